/** Word-level text helpers shared by the comparing stages: content words and their light stems. */
import { ownCopy, remember } from './bounded-cache.js';
import { americanSpelling } from './spelling.js';

// A compact English function-word list (our own): words that carry no topic.
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below
between both but by can could did do does doing down during each even few for from further had has have having he
her here hers herself him himself his how however i if in into is it its itself just let me more most much must my
myself no nor not now of off on once one only or other our ours ourselves out over own per same she should since so
some such than that the their theirs them themselves then there these they this those through to too under until up
upon us very was we were what when where which while who whom whose why will with within without would yet you your
yours yourself yourselves said says say saying told tells according also new like well still many may might shall
two three four five six seven eight nine ten first second third year years week weeks day days month months time
there's it's that's he's she's i'm we're they're don't doesn't didn't won't can't isn't wasn't weren't`.split(/\s+/),
);

/** True when a lower-cased word carries no topic of its own. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/**
 * The content words of a text, lower-cased and lightly stemmed, in order; with `americanSpelling`, British
 * spellings read as American ones ("defence" → "defense"). Comparison across outlets uses it; clustering does not
 * yet: there it joined the seeds' Munich remarks (002) to the dpa interview event (001, 004), against EXPECTED.md.
 * @example contentWords("NATO's allies are spending more") // ['nato', 'ally', 'spend']
 */
export function contentWords(text: string, options: { americanSpelling?: boolean } = {}): string[] {
  const american = options.americanSpelling === true;
  // The comparing stages ask again and again for the same sentences (same-fact checks run pair by pair): a short
  // text's words are kept (a copy is handed out, so a caller may change its array).
  const texts = american ? AMERICAN_TEXTS : PLAIN_TEXTS;
  const short = text.length <= CACHED_TEXT_CHARS;
  const known = short ? texts.get(text) : undefined;
  if (known !== undefined) return known.slice();
  const tokens = american ? AMERICAN_TOKENS : PLAIN_TOKENS;
  const words: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}%]|[\p{L}\p{N}]/gu)) {
    const token = match[0];
    let word = tokens.get(token);
    if (word === undefined) {
      const key = ownCopy(token);
      word = contentWord(key, american);
      remember(tokens, key, word, CACHED_TOKENS);
    }
    if (word !== null) words.push(word);
  }
  if (short) remember(texts, ownCopy(text), words.slice(), CACHED_TEXTS);
  return words;
}

/** One lower-cased token's content word (stemmed), or null when it carries no topic: a pure function of the token. */
function contentWord(token: string, american: boolean): string | null {
  let word = token.replace(/’/g, "'");
  if (isStopWord(word)) return null;
  word = word.replace(/'s$/, '').replace(/\.$/, '');
  if (american) word = americanSpelling(word);
  if (word.length < 2 && !/\d/.test(word)) return null;
  if (isStopWord(word)) return null;
  return stem(word);
}

/**
 * Bounds of contentWords' caches, per thread: tokens (12.7k real documents hold ~250k distinct ones) and short texts
 * (sentences, titles, clauses). A full cache is emptied and filled again: memory stays bounded whatever the run.
 * Briefing 12.7k documents spent ~20% of its CPU in contentWords before (session 9, bench/brief-all.ts).
 */
const CACHED_TOKENS = 300_000;
const CACHED_TEXTS = 20_000;
const CACHED_TEXT_CHARS = 1_000;
const PLAIN_TOKENS = new Map<string, string | null>();
const AMERICAN_TOKENS = new Map<string, string | null>();
const PLAIN_TEXTS = new Map<string, readonly string[]>();
const AMERICAN_TEXTS = new Map<string, readonly string[]>();

/** A light suffix-stripping stem: enough to match "allies"/"ally", "spending"/"spend", "commitments"/"commitment". */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('es') && /(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is'))
    return word.slice(0, -1);
  return word;
}

/** Term counts of a word list. */
export function countTerms(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** A sparse vector: term → weight. */
export type SparseVector = Map<string, number>;

/** Cosine similarity of two sparse vectors (0 when either is empty). */
export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += weight * other;
  }
  if (dot === 0) return 0;
  return dot / (norm(a) * norm(b));
}

function norm(vector: SparseVector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

/** Share of the smaller set found in the larger (the overlap coefficient). */
export function overlap<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared / small.size;
}

/** Number of items two sets share. */
export function sharedCount<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared;
}

/**
 * Smoothed inverse document frequency of every term of a set of vectors: ln((n + 1) / document frequency).
 * @example inverseFrequencies([new Map([['a', 1]]), new Map([['a', 1], ['b', 1]])]).get('b') // ln(3)
 */
export function inverseFrequencies(vectors: readonly SparseVector[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const vector of vectors) for (const term of vector.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, count] of df) idf.set(term, Math.log((vectors.length + 1) / count));
  return idf;
}

/** A literal as a regular-expression source: a name such as "U.S." or "(R-N.Y.)" matches only itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
