/** Unit-length sparse vectors: their cosine is a plain dot product, so no norm is recomputed per comparison. */
import type { SparseVector } from '../core/text.js';

/**
 * Scales a vector to unit length in place (an empty or zero vector stays as it is).
 * @example toUnitLength(new Map([['a', 3], ['b', 4]])) // a → 0.6, b → 0.8
 */
export function toUnitLength(vector: SparseVector): void {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  if (sum === 0) return;
  const norm = Math.sqrt(sum);
  for (const [term, weight] of vector) vector.set(term, weight / norm);
}

/**
 * Dot product of two sparse vectors; their cosine when both are unit length.
 * @example dot(new Map([['a', 1]]), new Map([['a', 0.5]])) // 0.5
 */
export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}
