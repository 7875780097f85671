/** Drops related-links blocks: a "Related articles" / "Mehr zum Thema" heading and the headline lines under it. */
import { RELATED_ITEM_MAX_CHARS } from '../core/config.js';
import { countWords } from './lines.js';
import { RELATED_HEADING } from './patterns.js';
import type { Line } from './types.js';

/** A line that reads like a listed headline or link, not like a paragraph of the article. */
function isListedItem(line: Line): boolean {
  if (line.text.length > RELATED_ITEM_MAX_CHARS) return false;
  return line.links.length > 0 || !/[.!?:;"”»]$/.test(line.text) || countWords(line.text) < 6;
}

/**
 * Removes every related-links heading and the run of headline-like lines after it; an article paragraph ends the run.
 * @example cutRelated(lines) // "Mehr zum Thema", "Wie man …", "Was …" are gone; the next paragraph stays
 */
export function cutRelated(lines: Line[]): Line[] {
  const kept: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!RELATED_HEADING.test(lines[i]!.text)) {
      kept.push(lines[i]!);
      continue;
    }
    while (i + 1 < lines.length && isListedItem(lines[i + 1]!) && !RELATED_HEADING.test(lines[i + 1]!.text)) i++;
  }
  return kept;
}
