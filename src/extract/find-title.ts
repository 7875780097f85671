/** Finds the title among the text's lines (a repeated line, else the first line) and removes it from the text. */
import { BREADCRUMB_MAX_WORDS, REPEATED_TITLE_MIN_WORDS, TITLE_MAX_CHARS } from '../core/config.js';
import { countWords } from './lines.js';
import { ABBREVIATION_BEFORE_PERIOD } from './patterns.js';
import { sentenceEnds, titleFromSentence } from './title-from-sentence.js';
import type { Found, Line } from './types.js';

/** One collator for every comparison: `localeCompare` with options builds a new one on each call. */
const ACCENT_COLLATOR = new Intl.Collator(undefined, { sensitivity: 'accent' });
const sameText = (a: string, b: string): boolean => ACCENT_COLLATOR.compare(a, b) === 0;

/** True when a line reads as a headline: short, not several sentences, not ending in a full stop ("… on U.S." is fine). */
export function isHeadline(text: string): boolean {
  if (text.length > TITLE_MAX_CHARS || sentenceEnds(text).length > 0) return false;
  return !(text.endsWith('.') && !ABBREVIATION_BEFORE_PERIOD.test(text));
}

/**
 * True when a plain-text file's first line is its title by the file's convention: one sentence (a headline may
 * end in a full stop: "Chelsea Clinton, husband expecting second child."), short, and not the whole text.
 */
function isTitleLine(text: string, lineCount: number): boolean {
  return lineCount > 1 && text.length <= TITLE_MAX_CHARS && sentenceEnds(text).length === 0;
}

/** The most repeated short line (≥ 2 times), earliest on ties: on a saved page that is the title. */
export function findRepeatedTitle(lines: readonly Line[]): string | undefined {
  const counts = new Map<string, number>();
  for (const { text } of lines) {
    if (!isHeadline(text) || countWords(text) < REPEATED_TITLE_MIN_WORDS) continue;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 1;
  for (const [text, count] of counts) {
    if (count > bestCount) {
      best = text;
      bestCount = count;
    }
  }
  return best;
}

function isBreadcrumb(text: string): boolean {
  return countWords(text) <= BREADCRUMB_MAX_WORDS && text.length <= 40 && !/[.!?:,;]$/.test(text);
}

/** Removes every line equal to the title, and breadcrumb lines before its first occurrence. */
function dropTitleLines(lines: Line[], title: string): Line[] {
  const first = lines.findIndex((line) => sameText(line.text, title));
  if (first < 0) return lines;
  return lines.filter((line, i) => !(sameText(line.text, title) || (i < first && isBreadcrumb(line.text))));
}

/**
 * Sets `found.title` (unless known) and returns the lines without the title. Evidence, strongest first:
 * a known title (its lines are dropped); a repeated short line; the first line when it reads as a headline
 * (or, in a plain-text file, when it is one short sentence);
 * else the first sentence of the first paragraph, which stays in the text. A one-line document keeps its
 * line as text too.
 * @example findTitle(["Top StoryWorld", "T", "T/ Newslooks/ …", "T", …], found) // found.title = "T"
 */
export function findTitle(lines: Line[], found: Found): Line[] {
  if (found.titleKnown && found.title) return dropTitleLines(lines, found.title);
  const repeated = findRepeatedTitle(lines);
  if (repeated !== undefined) {
    found.title = repeated;
    return dropTitleLines(lines, repeated);
  }
  const first = lines[0];
  if (!first) return lines;
  if (isHeadline(first.text) || (found.titleLine && isTitleLine(first.text, lines.length))) {
    found.title = first.text;
    return lines.length > 1 ? lines.slice(1) : lines;
  }
  found.title = titleFromSentence(first.text);
  return lines;
}
