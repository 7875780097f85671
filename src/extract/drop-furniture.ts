/** Drops single-line page furniture: rating widgets, menus, share prompts, "Previous/Next Article" and "More on …". */
import { ADJACENT_HEADLINE_MAX_CHARS } from '../core/config.js';
import { ADJACENT_ARTICLE_LABEL, FURNITURE_LINES, MORE_ON_LINE, SHARE_BUTTON_WORD } from './patterns.js';
import type { Line } from './types.js';

/** True when a line is a whole furniture line (a widget label, a menu entry). */
export function isFurnitureLine(text: string): boolean {
  return MORE_ON_LINE.test(text) || FURNITURE_LINES.some((pattern) => pattern.test(text)) || isShareBar(text);
}

/** Two or more share-button names and at most two other words ("Whatsapp Facebook Pint Baixar"). */
function isShareBar(text: string): boolean {
  const words = text.split(/[\s|,·•/]+/).filter(Boolean);
  if (words.length > 8) return false;
  const buttons = words.filter((word) => SHARE_BUTTON_WORD.test(word)).length;
  return buttons >= 2 && words.length - buttons <= 2;
}

function isHeadlineLike(text: string): boolean {
  return text.length <= ADJACENT_HEADLINE_MAX_CHARS && !/[.!?:]$/.test(text);
}

/**
 * Removes furniture lines; "Previous Article" / "Next Article" also take the headline line after them.
 * @example dropFurniture(lines) // drops "Menu", "Next Article", "Trump Pushes Children’s Accounts…"
 */
export function dropFurniture(lines: Line[]): Line[] {
  const kept: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    const adjacent = ADJACENT_ARTICLE_LABEL.exec(text);
    if (adjacent) {
      const next = lines[i + 1];
      const headlineOnSameLine = Boolean(adjacent[1]?.trim());
      if (!headlineOnSameLine && next && isHeadlineLike(next.text) && !ADJACENT_ARTICLE_LABEL.test(next.text)) i++;
      continue;
    }
    if (isFurnitureLine(text)) continue;
    kept.push(lines[i]!);
  }
  return kept;
}
