/** Moves a list of the page's own sources ("Wire provenance" + its links) out of the text into `cites`. */
import { SOURCE_ENTRY_MAX_CHARS } from '../core/config.js';
import { SOURCE_LIST_HEADING, SOURCE_LIST_INTRO, URL_ONLY_LINE } from './patterns.js';
import { addCites, type Found, type Line } from './types.js';

function isSourceEntry(line: Line): boolean {
  if (line.links.length === 0) return false;
  return URL_ONLY_LINE.test(line.text) || line.text.length <= SOURCE_ENTRY_MAX_CHARS;
}

/**
 * Finds each source-list heading followed (after an optional intro line) by link lines; removes heading,
 * intro and entries, and records the links as cites. A heading with no links after it stays in the text.
 * @example takeSourceLists(["Wire provenance", "This … draws on the following …:", "https://t.me/x/1"], found) → []
 */
export function takeSourceLists(lines: Line[], found: Found): Line[] {
  const kept: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!SOURCE_LIST_HEADING.test(line.text)) {
      kept.push(line);
      continue;
    }
    let j = i + 1;
    const intro = lines[j];
    if (intro && intro.links.length === 0 && SOURCE_LIST_INTRO.test(intro.text)) j++;
    const start = j;
    while (j < lines.length && isSourceEntry(lines[j]!)) j++;
    if (j === start) {
      kept.push(line);
      continue;
    }
    for (const entry of lines.slice(start, j)) addCites(found, entry.links);
    i = j - 1;
  }
  return kept;
}
