/** Whether a sentence is supported by the passages it cites: lexical cover, and no number or name of its own. */
import { contentWords } from '../core/text.js';
import { CAPITALISED_WORD, NUMBER } from './patterns.js';

/** Share of a sentence's content words that must appear in its cited passages (issue 6's grounding rule). */
export const GROUNDING_MIN_COVER = 0.6;

export interface GroundingCheck {
  grounded: boolean;
  /** Share of the sentence's content words found in the cited passages. */
  cover: number;
  /** What is missing: `number "35"`, `name "Rutte"`, `cover 0.42`. */
  problems: string[];
}

/**
 * Checks one sentence against the text of the passages it cites: at least 60% of its content words occur in
 * them, and every number and capitalised name it uses occurs in them too.
 * @example checkGrounding('Iraq voted to expel US troops.', ['Iraqi lawmakers voted Sunday to expel US troops.']).grounded // false ("Iraq")
 */
export function checkGrounding(sentence: string, cited: readonly string[]): GroundingCheck {
  const source = cited.join('\n');
  const sourceContent = new Set(contentWords(source));
  const words = contentWords(sentence);
  const found = words.filter((word) => sourceContent.has(word)).length;
  const stemmedCover = words.length === 0 ? 1 : found / words.length;
  // Stems forgive "voted"/"votes"; a reader (and the acceptance rule) checks the words as written, so the sentence
  // must pass both: a headline's "demands" against a lead's "demanded" was grounded by stems alone (27 NeuS dev entries).
  const cover = Math.min(stemmedCover, surfaceCover(sentence, source));
  const problems: string[] = [];
  if (cover < GROUNDING_MIN_COVER) problems.push(`cover ${cover.toFixed(2)}`);
  const sourceNumbers = new Set(numbersIn(source));
  for (const number of numbersIn(sentence)) if (!sourceNumbers.has(number)) problems.push(`number "${number}"`);
  // A name is found when the source has the same word in any case ("Senate" / "senate"; "U.S." / "US").
  const sourceWords = new Set([...namesIn(source, false), ...(source.match(/[\p{L}\p{N}'’.-]+/gu) ?? [])].map(fold));
  for (const name of namesIn(sentence, true)) if (!sourceWords.has(fold(name))) problems.push(`name "${name}"`);
  return { grounded: problems.length === 0, cover, problems };
}

/** Share of the sentence's written words of four or more letters (lower-cased, as written) found in the source. */
export function surfaceCover(sentence: string, source: string): number {
  const words = surfaceWords(sentence);
  if (words.length === 0) return 1;
  const sourceWords = new Set(surfaceWords(source, 1));
  return words.filter((word) => sourceWords.has(word)).length / words.length;
}

function surfaceWords(text: string, minLength = 4): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).filter((word) => word.length >= minLength);
}

/** Numbers with separators removed, so "35,000" and "35000" match. */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(NUMBER)].map((m) => m[0].replace(/,/g, ''));
}

/**
 * Capitalised words; when `skipSentenceStart`, the first word of the text and words after a sentence end are
 * skipped unless they are capitalised in the middle too ("The" opens sentences; "Iraq" is a name anywhere).
 */
export function namesIn(text: string, skipSentenceStart: boolean): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(CAPITALISED_WORD)) {
    const word = match[0].replace(/['’]s$/, '').replace(/[.'’-]+$/, (tail) => (/\p{Lu}\./u.test(match[0]) ? tail : ''));
    if (skipSentenceStart && opensSentence(text, match.index)) continue;
    if (word.length > 0) names.push(word);
  }
  return names;
}

function opensSentence(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd();
  // Only a real sentence start: after a colon, dash or quotation mark a capitalised word is still checked.
  return before === '' || /[.!?]["”’')]*$/.test(before);
}

function fold(name: string): string {
  return name.toLowerCase().replace(/[.'’]/g, '');
}
