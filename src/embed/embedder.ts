/** The sentence-embedding edge: one interface, a neural driver and a word-based fallback (like the store's drivers). */

export interface Embedder {
  /** Names the model; cached vectors are kept per model, so a change of model never mixes vectors. */
  readonly model: string;
  /** Unit-length vectors, one per text, in order. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

/** Scales a vector to unit length in place (a zero vector stays zero). */
export function toUnit(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const x of vector) norm += x * x;
  if (norm === 0) return vector;
  const scale = 1 / Math.sqrt(norm);
  for (let i = 0; i < vector.length; i++) vector[i]! *= scale;
  return vector;
}
