/** Removes lines that are only a date; the first one becomes `publishedAt` when none is known. */
import { parseDateLine } from './parse-date.js';
import { type Found, fill, type Line } from './types.js';

/**
 * Drops date-only lines ("January 22, 2026 - 4:30pm") and keeps the first as the publication date.
 * @example takeDateLines(["January 22, 2026 - 4:30pm", "In agreeing …"], found) // found.publishedAt = '2026-01-22T16:30:00'
 */
export function takeDateLines(lines: Line[], found: Found): Line[] {
  return lines.filter((line) => {
    const iso = parseDateLine(line.text);
    if (iso === undefined) return true;
    fill(found, 'publishedAt', iso);
    return false;
  });
}
