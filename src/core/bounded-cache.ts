/**
 * Per-thread memo tables for pure functions of short strings on hot paths: bounded (a full table is emptied and filled
 * again, so memory stays flat whatever the run) and holding their own copies of the keys.
 */

/**
 * A string that holds its own characters: V8 cuts a long substring as a view of its parent, so a cached token or
 * sentence would keep a whole article's text alive; prefixing and cutting again copies it.
 */
export function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}

/** Sets `key` in a table of at most `limit` entries, emptying it first when full. */
export function remember<V>(cache: Map<string, V>, key: string, value: V, limit: number): void {
  if (cache.size >= limit) cache.clear();
  cache.set(key, value);
}
