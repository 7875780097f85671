/**
 * The word-based fallback embedder: a hashed bag of lower-cased words (feature hashing into 512 slots). It knows no
 * synonyms, so it only restates word overlap as a vector; it serves where the neural model must not be loaded
 * (tests of the plumbing, --no-embeddings callers that still want a vector interface) and for any language.
 */
import { type Embedder, toUnit } from './embedder.js';

const DIMENSIONS = 512;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * @example await createWordEmbedder().embed(['a b', 'b a']) // two equal vectors
 */
export function createWordEmbedder(): Embedder {
  return {
    model: 'hashed-words-512',
    async embed(texts) {
      return texts.map((text) => {
        const vector = new Float32Array(DIMENSIONS);
        for (const word of text.toLowerCase().match(WORD) ?? []) vector[slotOf(word)]! += 1;
        return toUnit(vector);
      });
    },
  };
}

/** FNV-1a over the word's UTF-16 units: stable across runs and machines. */
function slotOf(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % DIMENSIONS;
}
