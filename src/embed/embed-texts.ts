/** Vectors for the texts a run needs: from the store's cache first, the rest embedded in batches and cached. */
import { textKey, type TextVectors } from '../core/vectors.js';
import type { Store } from '../store/store.js';
import type { Embedder } from './embedder.js';

export interface EmbedStats {
  /** Distinct texts asked for, found in the cache, and embedded now. */
  asked: number;
  cached: number;
  embedded: number;
  /** Time spent embedding (model load included), in milliseconds. */
  embedMs: number;
}

/**
 * Embeds each distinct text once (cached vectors are reused, new ones saved to the store).
 * @example const { vectors } = await embedTexts(['Europe cannot defend itself'], embedder, store)
 */
export async function embedTexts(
  texts: Iterable<string>,
  embedder: Embedder,
  store?: Pick<Store, 'loadVectors' | 'saveVectors'>,
): Promise<{ vectors: TextVectors; stats: EmbedStats }> {
  const byKey = new Map<string, string>();
  for (const text of texts) if (text.trim() !== '') byKey.set(textKey(text), text);
  const keys = [...byKey.keys()].sort();
  const vectors = store ? await store.loadVectors(embedder.model, keys) : new Map<string, Float32Array>();
  const cached = vectors.size;
  const missing = keys.filter((key) => !vectors.has(key));
  const started = performance.now();
  const fresh = new Map<string, Float32Array>();
  if (missing.length > 0) {
    const embedded = await embedder.embed(missing.map((key) => byKey.get(key)!));
    for (const [i, key] of missing.entries()) fresh.set(key, embedded[i]!);
    await store?.saveVectors(embedder.model, fresh);
  }
  for (const [key, vector] of fresh) vectors.set(key, vector);
  const embedMs = performance.now() - started;
  return { vectors, stats: { asked: keys.length, cached, embedded: missing.length, embedMs } };
}
