/** Line-level furniture removal shared by plain text and HTML: the ordered list of cleaning steps. */
import { cutComments } from './cut-comments.js';
import { cutRelated } from './cut-related.js';
import { dropCaption } from './drop-caption.js';
import { dropFurniture } from './drop-furniture.js';
import { dropLinkLists } from './drop-link-lists.js';
import { findTitle } from './find-title.js';
import { readLead } from './read-lead.js';
import { takeAuthorBio } from './take-author-bio.js';
import { takeByline } from './take-byline.js';
import { takeDateLines } from './take-date-lines.js';
import { takeProvenanceNotes } from './take-provenance-notes.js';
import { takeSourceLists } from './take-source-lists.js';
import type { Found, Line } from './types.js';

/**
 * Removes page furniture from normalised lines and gathers metadata into `found`. Order matters: widgets
 * and comment sections go first so that the title, byline and bio rules see the article's own lines.
 * @example cleanTextLines(splitLines(seedText), found) // article paragraphs; found.title, outlet, author, cites …
 */
export function cleanTextLines(lines: Line[], found: Found): Line[] {
  let kept = cutComments(lines);
  kept = dropFurniture(kept);
  kept = cutRelated(kept);
  kept = takeSourceLists(kept, found);
  kept = dropLinkLists(kept);
  kept = takeProvenanceNotes(kept, found);
  kept = takeDateLines(kept, found);
  kept = findTitle(kept, found);
  kept = takeByline(kept, found);
  kept = dropCaption(kept);
  kept = takeAuthorBio(kept, found);
  readLead(kept, found);
  return kept;
}
