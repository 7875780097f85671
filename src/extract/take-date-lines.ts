/** Removes lines that are only a date; the first one becomes `publishedAt` when none is known. */
import { DATE_LINE_MAX_CHARS } from '../core/config.js';
import { countWords } from './lines.js';
import { findDateIn, parseDateLine } from './parse-date.js';
import { DATE_IN_TEXT } from './patterns.js';
import { type Found, fill, type Line } from './types.js';

/**
 * Drops date-only lines ("January 22, 2026 - 4:30pm") and keeps the first as the publication date.
 * @example takeDateLines(["January 22, 2026 - 4:30pm", "In agreeing …"], found) // found.publishedAt = '2026-01-22T16:30:00'
 */
export function takeDateLines(lines: Line[], found: Found): Line[] {
  return lines.filter((line) => {
    const iso = parseDateLine(line.text) ?? shortDateLine(line.text);
    if (iso === undefined) return true;
    fill(found, 'publishedAt', iso);
    return false;
  });
}

/** A short line that is a date in another language or form ("7. oktober 2020", "16 marca 2021", "2021-10-16 | Botschaft"). */
function shortDateLine(text: string): string | undefined {
  if (text.length > DATE_LINE_MAX_CHARS) return undefined;
  const iso = findDateIn(text);
  if (iso === undefined) return undefined;
  const rest = text.replace(DATE_IN_TEXT, ' ').replace(/\b\d{1,2}[:.]\d{2}\b|\buhr\b|[^\p{L}\s]/giu, ' ');
  return countWords(rest.replace(/\s+/g, ' ').trim()) <= 1 ? iso : undefined;
}
