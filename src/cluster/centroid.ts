/** Bounded sums of article vectors, compared by average link: the mean cosine of an article to a group's members. */

/** An article's unit-length TF-IDF vector (IDF as it stood when the article arrived), cut to its heaviest terms. */
export type TermShape = Map<string, number>;

export interface Centroid {
  sum: Map<string, number>;
  size: number;
}

/** A centroid holding nothing yet. */
export function emptyCentroid(): Centroid {
  return { sum: new Map(), size: 0 };
}

/**
 * Adds an article's shape to a centroid, keeping only its `limit` heaviest terms (memory per story stays bounded).
 * @example addToCentroid(centroid, shape, 300)
 */
export function addToCentroid(centroid: Centroid, shape: TermShape, limit: number): void {
  for (const [term, weight] of shape) centroid.sum.set(term, (centroid.sum.get(term) ?? 0) + weight);
  centroid.size++;
  // Trimming only when the map has grown well past the limit keeps the sort cost amortised.
  if (centroid.sum.size > 2 * limit) centroid.sum = heaviest(centroid.sum, limit);
}

/**
 * Average link: the mean cosine between the article and the group's members (exact until the centroid is trimmed).
 * Unlike the cosine to the centroid it does not favour large, diverse groups, whose centroid points everywhere.
 * @example averageSimilarity(shape, centroid) // 0.31
 */
export function averageSimilarity(shape: TermShape, centroid: Centroid): number {
  if (centroid.size === 0) return 0;
  let dot = 0;
  for (const [term, weight] of shape) {
    const other = centroid.sum.get(term);
    if (other !== undefined) dot += weight * other;
  }
  return dot / centroid.size;
}

/** The `limit` heaviest entries of a term map (ties by term, so the result is deterministic). */
export function heaviest(terms: Map<string, number>, limit: number): Map<string, number> {
  return new Map([...terms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit));
}

/**
 * Adds a whole centroid to another (two stories found to be one), keeping it bounded like `addToCentroid`.
 * @example mergeCentroid(into, from, 300)
 */
export function mergeCentroid(into: Centroid, from: Centroid, limit: number): void {
  for (const [term, weight] of from.sum) into.sum.set(term, (into.sum.get(term) ?? 0) + weight);
  into.size += from.size;
  if (into.sum.size > 2 * limit) into.sum = heaviest(into.sum, limit);
}
