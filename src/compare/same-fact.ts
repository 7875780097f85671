/**
 * Whether two sentences state the same fact in other words. Sentence vectors say how close the meanings are, but
 * they cannot tell "can" from "cannot" (0.98) or "42 dead" from "17 dead" (0.97): words decide those. A pair is the
 * same fact only when the vectors are close AND the numbers, the negation, the names and the stance words agree.
 */
import {
  CONTRADICT_SIMILARITY,
  CONTRADICT_WORD_SHARE,
  LIKELY_LOW_SIMILARITY,
  NEAR_FACT_ALONE_SIMILARITY,
  NEAR_FACT_LOW_SIMILARITY,
  NEAR_FACT_SIMILARITY,
  NEAR_FACT_STRONG_WORD_SHARE,
  NEAR_FACT_WORD_SHARE,
  NEGATION_SCOPE_WORDS,
  SAME_FACT_SHARED_SIMILARITY,
  SAME_FACT_SIMILARITY,
  SAME_FACT_STRONG_WORD_SHARE,
  SAME_FACT_WORD_SHARE,
} from '../core/config.js';
import { contentWords, isStopWord } from '../core/text.js';
import { type TextVectors, vectorOf, vectorSimilarity } from '../core/vectors.js';

const NUMBER = /\d+(?:[.,]\d+)*/g;
/**
 * Negation cues; "without" is left out ("cannot defend itself without the US" and "depends on the US" agree), and
 * so are "not only", "not the only", "not just", "not alone" and "no one": they deny that something is exclusive,
 * not the claim ("The U.S. is not the only country to grant birthright citizenship" and "at least 30 other
 * countries … grant automatic birthright citizenship" agree).
 */
export const NEGATIONS =
  /\b(?:not(?! (?:(?:the |an? )?only|just|merely|simply|alone)\b)|never|no(?! one\b)|none|nobody|nothing|neither|nor|cannot|no longer)\b|n['’]t\b(?! (?:(?:the |an? )?only|just|merely|simply|alone)\b)/gi;
/**
 * Stance words in opposed pairs: one side's word against the other side's is a different (or disputed) fact. Only
 * unambiguous words: "up", "down", "drop" ("drop out"), "back" and "against" ("a case against Wal-Mart") are not.
 */
const OPPOSED_STANCES: [RegExp, RegExp][] = [
  [
    /\b(?:den(?:y|ies|ied)|refut(?:e|es|ed)|dismiss(?:es|ed)? (?:the |these |those )?(?:claims?|allegations?|accusations?|reports?))\b/i,
    /\b(?:confirm(?:s|ed)?|admit(?:s|ted)?|acknowledg(?:e|es|ed))\b/i,
  ],
  [/\b(?:support(?:s|ed)?|favou?r(?:s|ed)?|endors(?:e|es|ed))\b/i, /\b(?:oppos(?:e|es|ed))\b/i],
  [/\b(?:ris(?:e|es|en)|rose|increas(?:e|es|ed))\b/i, /\b(?:f[ae]ll(?:s|en)?|declin(?:e|es|ed)|decreas(?:e|es|ed))\b/i],
  [/\b(?:won|wins?|approved?)\b/i, /\b(?:lost|los(?:e|es)|blocked|vetoed)\b/i],
];
/** A capitalised word: a name (or a sentence's first word, which can only add names), the cheapest entity evidence. */
const NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}’'.-]*/gu;

/**
 * 'same': state the same fact (cite it); 'likely': probably do (a repeat in the brief, and a claim stated there is not
 * single-source); 'near': close in meaning, so they may (not enough to cite or to call a repeat, but a claim is only
 * single-source when no other outlet's sentence comes this near: uncertain is not single-source).
 */
export type FactRelation = 'same' | 'likely' | 'near' | 'contradicting' | 'different';

/**
 * Same fact, contradicting (the same matter stated with opposite polarity or an opposed stance: a denial against an
 * allegation, "rose" against "fell"), near (maybe the same: see NEAR_FACT_SIMILARITY) or different. `weight` gives a
 * word's weight in the story (words every sentence uses, such as the main actors' names, count for little); without
 * it every word counts alike. Without vectors for both texts: different (words decide elsewhere).
 * @example factRelation('Europe can defend itself.', 'Europe cannot defend itself.', vectors) // 'contradicting'
 */
export function factRelation(
  a: string,
  b: string,
  vectors: TextVectors,
  weight: (word: string) => number = () => 1,
): FactRelation {
  const similarity = vectorSimilarity(vectorOf(vectors, a), vectorOf(vectors, b));
  if (similarity === undefined) return 'different';
  // One uncommon figure ("just over $200,000") of one named actor in both: maybe the same fact, whatever else either
  // sentence adds ("… while Cantor spent more than $1 million" / "With just over $200,000, David Brat … toppled
  // Mr. Cantor"): uncertain is not single-source.
  const figureNear = sameFigure(a, b) && sharesName(a, b);
  // Below the lowest bar of any judgement nothing is decided: skip the word checks.
  if (similarity < Math.min(LIKELY_LOW_SIMILARITY, CONTRADICT_SIMILARITY, NEAR_FACT_LOW_SIMILARITY))
    return figureNear ? 'near' : 'different';
  const opposed = polarity(a) !== polarity(b) || opposedStance(a, b);
  if (
    opposed &&
    similarity >= CONTRADICT_SIMILARITY &&
    sameMatter(a, b) &&
    wordShare(a, b, 'longer') >= CONTRADICT_WORD_SHARE
  )
    return 'contradicting';
  // Other figures for one matter are a disagreement, not a second source: each figure is its outlet's alone.
  if (figuresDiffer(a, b)) return 'different';
  // Close meanings that share some words, or very close ones, are uncertain even where their words part ways (a
  // name, a year or a negation on one side only): near. Closeness alone is not enough: sentences of one story on
  // other facts ("Weber questioned the reliability of the United States" / "Rutte insisted Washington remained fully
  // committed to NATO") score 0.65–0.75.
  const shared = similarity >= NEAR_FACT_LOW_SIMILARITY ? weightedShare(a, b, weight) : 0;
  const near =
    (similarity >= NEAR_FACT_SIMILARITY && shared >= NEAR_FACT_WORD_SHARE) ||
    (similarity >= NEAR_FACT_LOW_SIMILARITY && shared >= NEAR_FACT_STRONG_WORD_SHARE) ||
    similarity >= NEAR_FACT_ALONE_SIMILARITY ||
    figureNear
      ? 'near'
      : 'different';
  // A negation outside the shared matter ("… but not before a knuckle-rapping") does not make two reports differ.
  if (!wordsAgreeOnMatter(a, b)) return near;
  const share = wordShare(a, b);
  if (similarity >= SAME_FACT_SHARED_SIMILARITY && share >= SAME_FACT_STRONG_WORD_SHARE) return 'same';
  const close =
    similarity >= SAME_FACT_SHARED_SIMILARITY && (similarity >= SAME_FACT_SIMILARITY || share >= SAME_FACT_WORD_SHARE);
  const wordy = similarity >= LIKELY_LOW_SIMILARITY && share >= SAME_FACT_STRONG_WORD_SHARE;
  return close || wordy ? 'likely' : near;
}

/** The share of the shorter (or the longer) text's content words the other text has too. */
function wordShare(a: string, b: string, of: 'shorter' | 'longer' = 'shorter'): number {
  const wordsA = new Set(contentWords(a));
  const wordsB = new Set(contentWords(b));
  const size = of === 'shorter' ? Math.min(wordsA.size, wordsB.size) : Math.max(wordsA.size, wordsB.size);
  return size === 0 ? 0 : [...wordsA].filter((w) => wordsB.has(w)).length / size;
}

/**
 * The share of the heavier text's word weight that the two texts share: both must hold much of the other's matter
 * (a short generic sentence, "Rutte said Europe cannot defend itself without the United States", shares most of its
 * own light weight with any long sentence naming Rutte and the United States).
 */
function weightedShare(a: string, b: string, weight: (word: string) => number): number {
  const wordsA = new Set(contentWords(a));
  const wordsB = new Set(contentWords(b));
  const sum = (words: Iterable<string>) => [...words].reduce((total, word) => total + weight(word), 0);
  const heavier = Math.max(sum(wordsA), sum(wordsB));
  return heavier > 0 ? sum([...wordsA].filter((word) => wordsB.has(word))) / heavier : 0;
}

/** A year: a sentence that dates an event is not restated by one that gives no date. */
const YEAR = /\b(?:1[5-9]|20)\d\d\b/;

/**
 * The same figures (or none on one side), both dated or neither, and a shared name (or none on one side): the two
 * speak of one matter.
 */
function sameMatter(a: string, b: string): boolean {
  if (figuresDiffer(a, b)) return false;
  if (YEAR.test(a) !== YEAR.test(b)) return false;
  const namesA = namesOf(a);
  const namesB = namesOf(b);
  return namesA.size === 0 || namesB.size === 0 || [...namesA].some((n) => namesB.has(n));
}

/**
 * The word evidence a pair of close meanings must pass: one matter, no opposed stance, and the same polarity counting
 * only the negations whose scope holds a word both texts share. A year on one side only still parts two texts: it is
 * often the fact only one outlet adds ("… a U.S. combat brigade from Romania … in October 2025").
 */
function wordsAgreeOnMatter(a: string, b: string): boolean {
  return sameMatter(a, b) && !opposedStance(a, b) && scopedPolarity(a, b) === scopedPolarity(b, a);
}

/**
 * Odd or even count of the negation cues of `text` that bear on what `other` says: those followed, within
 * NEGATION_SCOPE_WORDS words and before a clause break, by a content word `other` has too. "would not step down"
 * against "step down" counts; "not 'based on the Bible'" against a text without the Bible does not.
 * @example scopedPolarity('Europe cannot defend itself.', 'Europe can defend itself.') // 1
 */
export function scopedPolarity(text: string, other: string): number {
  const shared = new Set(contentWords(other));
  let count = 0;
  for (const match of text.matchAll(NEGATIONS)) {
    const after = text.slice(match.index! + match[0].length).split(/[,;:()—–]|\s-{1,2}\s/u)[0]!;
    const scope = after.split(/\s+/u).filter(Boolean).slice(0, NEGATION_SCOPE_WORDS).join(' ');
    // "cannot defend itself without the US" is a double negation: it says Europe depends on the US.
    if (/\bwithout\b/iu.test(scope)) continue;
    if (contentWords(scope).some((word) => shared.has(word))) count++;
  }
  return count % 2;
}

/** Odd or even count of negation cues. */
export function polarity(text: string): number {
  return (text.match(NEGATIONS)?.length ?? 0) % 2;
}

/** True when one text uses one side of an opposed stance pair and the other text only the other side. */
export function opposedStance(a: string, b: string): boolean {
  return OPPOSED_STANCES.some(
    ([one, other]) =>
      (one.test(a) && !one.test(b) && other.test(b) && !other.test(a)) ||
      (one.test(b) && !one.test(a) && other.test(a) && !other.test(b)),
  );
}

/** Both texts give one figure of at least three digits that is no year ("200,000", "5.4 million" is not: 5.4). */
function sameFigure(a: string, b: string): boolean {
  const uncommon = (text: string) =>
    [...numbersOf(text)].filter((n) => n.replace(/\D/g, '').length >= 3 && !/^(?:1[5-9]|20)\d\d$/.test(n));
  const inB = new Set(uncommon(b));
  return uncommon(a).some((n) => inB.has(n));
}

/** The texts share a name. */
function sharesName(a: string, b: string): boolean {
  const namesB = namesOf(b);
  return [...namesOf(a)].some((name) => namesB.has(name));
}

/** Both texts give figures and share none. */
export function figuresDiffer(a: string, b: string): boolean {
  const numbersA = numbersOf(a);
  const numbersB = numbersOf(b);
  return numbersA.size > 0 && numbersB.size > 0 && ![...numbersA].some((n) => numbersB.has(n));
}

function numbersOf(text: string): Set<string> {
  return new Set((text.match(NUMBER) ?? []).map((n) => n.replace(/,/g, '')));
}

/** Lower-cased names, the leading article and possessive dropped; initials such as "U.S." keep their letters only. */
function namesOf(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(NAME)) {
    const name = match[0]
      .replace(/['’]s$/, '')
      .replace(/\./g, '')
      .toLowerCase();
    if (name.length > 1 && !isStopWord(name)) names.add(name);
  }
  return names;
}
