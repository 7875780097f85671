/** Plain text → normalised lines: one line per paragraph candidate, whitespace collapsed, bullets dropped. */
import { BULLET_PREFIX, INLINE_SPACE, INVISIBLE, LINE_BREAK, SYMBOL_ONLY_LINE, URL_IN_TEXT } from './patterns.js';
import type { Line } from './types.js';

/** Collapses whitespace runs to one space and trims; drops invisible characters. `normalizeInline(' a\t b ')` → `'a b'`. */
export function normalizeInline(text: string): string {
  return text.replace(INVISIBLE, '').replace(INLINE_SPACE, ' ').trim();
}

/** Strips one leading list bullet ("• item" → "item"); a line that is only symbols ("-") becomes empty. */
export function stripBullet(text: string): string {
  if (SYMBOL_ONLY_LINE.test(text)) return '';
  return text.replace(BULLET_PREFIX, '').trim();
}

/** The http(s) URLs in a piece of text, in order, without duplicates. */
export function findUrls(text: string): string[] {
  const urls: string[] = [];
  for (const match of text.matchAll(URL_IN_TEXT)) if (!urls.includes(match[0])) urls.push(match[0]);
  return urls;
}

/** Makes a line record from raw line text, or undefined when nothing is left. */
export function toLine(raw: string, links?: string[]): Line | undefined {
  const text = stripBullet(normalizeInline(raw));
  if (!text) return undefined;
  return { text, links: links ?? findUrls(text) };
}

/** Splits plain text into non-empty normalised lines. `splitLines('a\r\n\r\n• b')` → lines "a", "b". */
export function splitLines(content: string): Line[] {
  const lines: Line[] = [];
  for (const raw of content.split(LINE_BREAK)) {
    const line = toLine(raw);
    if (line) lines.push(line);
  }
  return lines;
}

/** Number of words in a line. */
export function countWords(text: string): number {
  return text.split(' ').filter(Boolean).length;
}

/** Joins kept lines into the clean text form: one paragraph per line, separated by a blank line. */
export function joinParagraphs(lines: readonly Line[]): string {
  return lines.map((line) => line.text).join('\n\n');
}
