/** Maximal marginal relevance selection: high-scoring sentences that do not repeat each other. */
import { MMR_LAMBDA } from '../core/config.js';
import type { Candidate } from './score-sentences.js';
import { dot } from './unit-vectors.js';

/** A sentence this similar to one already chosen (or to one of its supporting sentences) is a repeat. */
const REPEAT_SIMILARITY = 0.6;

/**
 * Picks up to `count` candidates greedily by λ·score − (1−λ)·max similarity to those already picked.
 * Ties break on reading order, so the result is deterministic.
 * @example selectSentences(candidates, 6)
 */
export function selectSentences(
  candidates: Candidate[],
  count: number,
  exclude: ReadonlySet<string> = new Set(),
): Candidate[] {
  const pool = candidates.filter((c) => !exclude.has(key(c)));
  const chosen: Candidate[] = [];
  const taken = new Set<Candidate>();
  const covered = new Set<string>();
  // Each candidate's highest similarity to the chosen ones, updated with the newest pick only: O(count × pool).
  const redundancy = new Float64Array(pool.length);
  while (chosen.length < count) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < pool.length; i++) {
      const candidate = pool[i]!;
      if (taken.has(candidate) || covered.has(key(candidate)) || redundancy[i]! >= REPEAT_SIMILARITY) continue;
      const value = MMR_LAMBDA * candidate.score - (1 - MMR_LAMBDA) * redundancy[i]!;
      if (
        value > bestValue + 1e-12 ||
        (Math.abs(value - bestValue) <= 1e-12 && best >= 0 && readingOrder(candidate, pool[best]!) < 0)
      ) {
        best = i;
        bestValue = value;
      }
    }
    if (best < 0) break;
    const picked = pool[best]!;
    chosen.push(picked);
    taken.add(picked);
    for (let i = 0; i < pool.length; i++) {
      if (taken.has(pool[i]!)) continue;
      redundancy[i] = Math.max(redundancy[i]!, dot(pool[i]!.vector, picked.vector));
    }
    // Sentences of other outlets that say the same are now covered: citing them is enough.
    for (const span of picked.support) covered.add(`${span.articleId}:${span.start}:${span.end}`);
    // Meaning hook (issue 11): sentences likely stating the same fact in other words are repeats too.
    for (const span of picked.stated ?? []) covered.add(`${span.articleId}:${span.start}:${span.end}`);
  }
  return chosen;
}

/** Reading order: article order in the story, then position in the article. */
export function readingOrder(a: Candidate, b: Candidate): number {
  return a.articleIndex - b.articleIndex || a.position - b.position;
}

function key(candidate: Candidate): string {
  return candidate.key;
}
