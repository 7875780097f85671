/** Paragraphs and sentences as exact, trimmed, non-overlapping spans of an article's text. */
import type { Span } from '../core/model.js';
import { parse } from './nlp.js';
import { RULE_SENTENCE_END } from './patterns.js';

/** A plain character range, before it is tied to an article. */
export interface Range {
  start: number;
  end: number;
}

/**
 * Blocks of text between line breaks, trimmed; empty blocks are skipped.
 * @example splitParagraphs('A.\n\nB.') // → [{start: 0, end: 2}, {start: 4, end: 6}]
 */
export function splitParagraphs(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (i === text.length || c === 10 || c === 13) {
      const range = trimRange(text, start, i);
      if (range !== undefined) out.push(range);
      start = i + 1;
    }
  }
  return out;
}

/**
 * Sentences within paragraphs. `ends` are sentence-end offsets (from wink); without them a rule splitter is used.
 * @example splitSentences('He left. She came.', 'a1') // → two spans: [0,8) and [9,18)
 */
export function splitSentences(
  text: string,
  articleId: string,
  paragraphs: Range[] = splitParagraphs(text),
  ends: number[] | undefined = undefined,
): Span[] {
  const boundaries = ends ?? sentenceEnds(text);
  const out: Span[] = [];
  let b = 0;
  for (const paragraph of paragraphs) {
    let start = paragraph.start;
    while (b < boundaries.length && boundaries[b]! <= paragraph.start) b += 1;
    while (b < boundaries.length && boundaries[b]! < paragraph.end) {
      const range = trimRange(text, start, boundaries[b]!);
      if (range !== undefined) out.push({ articleId, ...range });
      start = Math.max(start, boundaries[b]!);
      b += 1;
    }
    const last = trimRange(text, start, paragraph.end);
    if (last !== undefined) out.push({ articleId, ...last });
  }
  return out;
}

/** Sentence ends from wink, or from the rule splitter when wink's tokens cannot be mapped. */
export function sentenceEnds(text: string): number[] {
  const parsed = parse(text);
  return parsed.mapped ? parsed.sentenceEnds : ruleSentenceEnds(text);
}

/** A simple splitter: end punctuation (plus closing quotes) followed by space and a capital or opening quote. */
export function ruleSentenceEnds(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(RULE_SENTENCE_END)) {
    const end = (m.index ?? 0) + (m[1]?.length ?? 0);
    out.push(end);
  }
  return out;
}

const SPACE = /\s/;

function isSpace(c: number): boolean {
  return c === 32 || (c > 8 && c < 14) || (c > 127 && SPACE.test(String.fromCharCode(c)));
}

/** Shrink [start, end) past whitespace; undefined when nothing is left. */
export function trimRange(text: string, start: number, end: number): Range | undefined {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s += 1;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e -= 1;
  return s < e ? { start: s, end: e } : undefined;
}
