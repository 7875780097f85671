/** Content-hash ids: the same inputs always give the same ids. */
import { createHash } from 'node:crypto';

/** A short, stable hex digest of the given parts. `hashId('a', 'x')` → `a_3f2c…` (16 hex digits). */
export function hashId(prefix: string, ...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part);
    hash.update('\u0000');
  }
  return `${prefix}_${hash.digest('hex').slice(0, 16)}`;
}

/** The passage a span points at. */
export function spanText(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}
