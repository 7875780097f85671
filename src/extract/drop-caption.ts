/** Drops a photo caption right under the title ("Mark Rutte, Secretary General of the North Atlantic Treaty Organization (NATO)"). */
import { CAPTION_SCAN_LINES, TITLE_MAX_CHARS } from '../core/config.js';
import { PHOTO_CAPTION } from './patterns.js';
import type { Line } from './types.js';

/**
 * Removes the first line among the first few that reads as "Name Surname, role…" with no sentence
 * punctuation — a caption, not a sentence of the article.
 * @example dropCaption(["Mark Rutte, Secretary General of … (NATO)", "Pars Today – The NATO …"]) → ["Pars Today – The NATO …"]
 */
export function dropCaption(lines: Line[]): Line[] {
  const index = lines
    .slice(0, CAPTION_SCAN_LINES)
    .findIndex((line) => line.text.length <= TITLE_MAX_CHARS && PHOTO_CAPTION.test(line.text));
  if (index < 0 || index === lines.length - 1) return lines;
  return lines.filter((_, i) => i !== index);
}
