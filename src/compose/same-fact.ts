/** Whether two brief sentences state the same fact: the one place the brief asks it, so a better judge can replace it. */
import { SAME_FACT_MIN_OVERLAP, SAME_FACT_MIN_SHARED_WORDS } from '../core/config.js';
import { contentWords } from '../core/text.js';

/**
 * Word-based for now: the two sentences share SAME_FACT_MIN_SHARED_WORDS content words (stemmed) and at least
 * SAME_FACT_MIN_OVERLAP of the shorter one's. The meaning layer (sentence embeddings) is meant to take its place.
 * @example sameFact('Rutte said Europe cannot defend itself without the US.', 'Europe cannot defend itself without the United States, Rutte said.') // true
 */
export function sameFact(a: string, b: string): boolean {
  const left = new Set(contentWords(a));
  const right = new Set(contentWords(b));
  const smaller = Math.min(left.size, right.size);
  if (smaller === 0) return false;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared >= SAME_FACT_MIN_SHARED_WORDS && shared / smaller >= SAME_FACT_MIN_OVERLAP;
}
