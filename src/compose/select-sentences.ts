/** Maximal marginal relevance selection: high-scoring sentences that do not repeat each other. */
import { MMR_LAMBDA } from '../core/config.js';
import { cosine } from '../core/text.js';
import type { Candidate } from './score-sentences.js';

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
  const pool = candidates.filter((c) => !exclude.has(`${c.span.articleId}:${c.span.start}:${c.span.end}`));
  const chosen: Candidate[] = [];
  const covered = new Set<string>();
  while (chosen.length < count) {
    let best: Candidate | undefined;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (const candidate of pool) {
      if (chosen.includes(candidate) || covered.has(key(candidate))) continue;
      let redundancy = 0;
      for (const picked of chosen) redundancy = Math.max(redundancy, cosine(candidate.vector, picked.vector));
      if (redundancy >= REPEAT_SIMILARITY) continue;
      const value = MMR_LAMBDA * candidate.score - (1 - MMR_LAMBDA) * redundancy;
      if (
        value > bestValue + 1e-12 ||
        (Math.abs(value - bestValue) <= 1e-12 && best && readingOrder(candidate, best) < 0)
      ) {
        best = candidate;
        bestValue = value;
      }
    }
    if (!best) break;
    chosen.push(best);
    // Sentences of other outlets that say the same are now covered: citing them is enough.
    for (const span of best.support) covered.add(`${span.articleId}:${span.start}:${span.end}`);
  }
  return chosen;
}

/** Reading order: article order in the story, then position in the article. */
export function readingOrder(a: Candidate, b: Candidate): number {
  return a.articleIndex - b.articleIndex || a.position - b.position;
}

function key(candidate: Candidate): string {
  return `${candidate.span.articleId}:${candidate.span.start}:${candidate.span.end}`;
}
