/** Titles made from a body paragraph: its first sentence, cut at a word boundary. */
import { TITLE_FROM_SENTENCE_MAX_CHARS } from '../core/config.js';
import { ABBREVIATION_BEFORE_PERIOD, SENTENCE_END } from './patterns.js';

/** The offsets where sentences end inside a line (after the punctuation and closing quotes), skipping abbreviations. */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const match of text.matchAll(SENTENCE_END)) {
    const punctuation = match.index;
    if (text[punctuation] === '.' && ABBREVIATION_BEFORE_PERIOD.test(text.slice(0, punctuation + 1))) continue;
    ends.push(punctuation + match[0].trimEnd().length);
  }
  return ends;
}

/** The first sentence of a paragraph. `firstSentence('A b. C d.')` → `'A b.'`. */
export function firstSentence(text: string): string {
  const end = sentenceEnds(text)[0];
  return end === undefined ? text : text.slice(0, end);
}

/**
 * A title from a paragraph: the first sentence without its final period, cut at a word boundary and
 * ended with "…" when longer than the limit.
 * @example titleFromSentence('In agreeing the “framework of a future deal” with Donald Trump over Greenland on Wednesday, Mark Rutte may have …')
 * // 'In agreeing the “framework of a future deal” with Donald Trump over Greenland on Wednesday, Mark…'
 */
export function titleFromSentence(text: string, max = TITLE_FROM_SENTENCE_MAX_CHARS): string {
  const sentence = firstSentence(text).replace(/\.$/, '');
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  const head = (space > max / 2 ? cut.slice(0, space) : sentence.slice(0, max)).replace(/[\s,;:–—-]+$/, '');
  return `${head}…`;
}
