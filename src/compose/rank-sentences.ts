/** LexRank-style centrality: a sentence is central when sentences central to the story resemble it. */
import type { SparseVector } from '../core/text.js';
import { dot } from './unit-vectors.js';

/** Damping of the random walk (the usual PageRank value). */
const DAMPING = 0.85;
const ITERATIONS = 30;

/**
 * Stationary distribution of a random walk over the sentence similarity graph (edges weighted by cosine of the
 * unit-length vectors, self
 * loops left out), scaled so the mean is 1. Quadratic in the number of vectors: call it on a bounded pool.
 * @example rankSentences([a, b, c]) // [1.1, 0.95, 0.95]
 */
export function rankSentences(vectors: readonly SparseVector[]): number[] {
  const n = vectors.length;
  if (n === 0) return [];
  const weights: number[][] = vectors.map(() => []);
  const rowSums = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const similarity = dot(vectors[i]!, vectors[j]!);
      weights[i]![j] = similarity;
      weights[j]![i] = similarity;
      rowSums[i]! += similarity;
      rowSums[j]! += similarity;
    }
  }
  let rank = new Float64Array(n).fill(1 / n);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = new Float64Array(n).fill((1 - DAMPING) / n);
    let dangling = 0;
    for (let i = 0; i < n; i++) if (rowSums[i] === 0) dangling += rank[i]!;
    for (let i = 0; i < n; i++) {
      if (rowSums[i] === 0) continue;
      const share = (DAMPING * rank[i]!) / rowSums[i]!;
      const row = weights[i]!;
      for (let j = 0; j < n; j++) if (j !== i && row[j]) next[j]! += share * row[j]!;
    }
    for (let j = 0; j < n; j++) next[j]! += (DAMPING * dangling) / n;
    rank = next;
  }
  return [...rank].map((r) => r * n);
}
