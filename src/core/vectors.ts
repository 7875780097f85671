/**
 * Sentence vectors handed to the pure stages: computed at the edge (src/embed), keyed by a hash of the text, so a
 * stage that holds a title or a sentence can look its vector up without knowing how or whether it was computed.
 */
import { createHash } from 'node:crypto';

/** Unit-length vectors by `textKey` of the embedded text. Texts with no vector (other languages, embeddings off) are absent. */
export type TextVectors = ReadonlyMap<string, Float32Array>;

/** No vectors at all: every stage then decides on words alone. */
export const NO_VECTORS: TextVectors = new Map();

/**
 * The cache and lookup key of a text: a hash of its whitespace-normalised form (24 hex digits).
 * @example textKey('Europe  cannot defend itself') === textKey('Europe cannot defend itself') // true
 */
export function textKey(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim(), 'utf8').digest('hex').slice(0, 24);
}

/**
 * Cosine of two unit vectors; undefined when either is missing or they differ in length (another model).
 * @example vectorSimilarity(a, b) // 0.83
 */
export function vectorSimilarity(a: Float32Array | undefined, b: Float32Array | undefined): number | undefined {
  if (a === undefined || b === undefined || a.length !== b.length) return undefined;
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot;
}

/** The vector of a text, if it was embedded. */
export function vectorOf(vectors: TextVectors, text: string): Float32Array | undefined {
  return vectors.size === 0 ? undefined : vectors.get(textKey(text));
}
