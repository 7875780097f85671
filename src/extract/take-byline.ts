/** Reads byline lines ("Title/ Newslooks/ WASHINGTON/ J. Mansour/ Morning Edition/ Lead…", "By Jane Doe") into metadata. */
import { countWords } from './lines.js';
import { DATED_BYLINE_MAX_CHARS } from '../core/config.js';
import { findDateIn } from './parse-date.js';
import {
  ALL_CAPS_PLACE,
  BY_LINE,
  BYLINE_PERSON,
  BYLINE_SEPARATOR,
  BYLINE_WITH_DATE,
  EDITION_SEGMENT,
} from './patterns.js';
import { type Found, fill, type Line } from './types.js';

/** Byline lines are looked for among this many first lines. */
const BYLINE_SCAN_LINES = 6;
const isShortSegment = (text: string): boolean => text.length <= 40 && countWords(text) <= 5;

/**
 * Reads one "/"-separated byline: the title segment is dropped, the short segments give outlet, dateline
 * and author in that order (an edition name is skipped), and a long final segment is returned as content.
 * Returns undefined when the line is not such a byline.
 */
export function readSlashByline(text: string, found: Found): { content?: string } | undefined {
  const segments = text.split(BYLINE_SEPARATOR).map((segment) => segment.trim());
  if (segments.length < 3) return undefined;
  const last = segments[segments.length - 1]!;
  const hasContent = !isShortSegment(last);
  let middle = hasContent ? segments.slice(0, -1) : segments;
  if (found.title && middle[0] === found.title) middle = middle.slice(1);
  if (middle.length < 2 || !middle.every(isShortSegment)) return undefined;
  let outletTaken = false;
  for (const segment of middle) {
    if (EDITION_SEGMENT.test(segment)) continue;
    if (ALL_CAPS_PLACE.test(segment)) {
      fill(found, 'dateline', segment);
      continue;
    }
    const person = BYLINE_PERSON.exec(segment)?.[1];
    const initialled = /^(?:[Bb]y\s+)?\p{Lu}\.\s/u.test(segment);
    if (!outletTaken && !initialled && !/^by\s/i.test(segment)) {
      fill(found, 'outlet', segment);
      outletTaken = true;
    } else if (person) {
      fill(found, 'author', person);
    }
  }
  return hasContent ? { content: last } : {};
}

/**
 * Takes byline lines near the top: a "/"-separated byline keeps only its long final segment as text;
 * a "By Jane Doe" line is removed and gives the author.
 * @example takeByline([{ text: 'T/ Newslooks/ WASHINGTON/ J. Mansour/ Morning Edition/ NATO Secretary-General …' }], found)
 * // → [{ text: 'NATO Secretary-General …' }]; outlet Newslooks, dateline WASHINGTON, author J. Mansour
 */
export function takeByline(lines: Line[], found: Found): Line[] {
  const kept: Line[] = [];
  lines.forEach((line, i) => {
    // A byline that carries its date ("von Anja Schmoll-Trautmann am 14. Mai 2014, 15:40 Uhr") is furniture wherever it is.
    const dated = line.text.length <= DATED_BYLINE_MAX_CHARS ? BYLINE_WITH_DATE.exec(line.text) : null;
    if (dated) {
      fill(found, 'author', dated[1]);
      fill(found, 'publishedAt', findDateIn(line.text));
      return;
    }
    if (i >= BYLINE_SCAN_LINES) {
      kept.push(line);
      return;
    }
    const by = BY_LINE.exec(line.text);
    if (by) {
      fill(found, 'author', by[1]);
      return;
    }
    const byline = readSlashByline(line.text, found);
    if (!byline) kept.push(line);
    else if (byline.content) kept.push({ text: byline.content, links: line.links });
  });
  return kept;
}
