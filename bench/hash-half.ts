/**
 * The dev/check splits of the data sets: an item's half follows a hash of its id (stable, unrelated to content).
 * Errors are studied on one half and gains confirmed on the other. Two parities are in use because the benches were
 * developed on different splits; keeping each bench on its own split keeps "studied" and "confirmed" honest.
 */
import { createHash } from 'node:crypto';

export type Half = 'even' | 'odd';

/**
 * By the parity of the first byte of the id's SHA-256 (clustering, NeuS summary development).
 * @example hashHalf('train-0001') // 'odd'
 */
export function hashHalf(id: string): Half {
  return parityHalf(createHash('sha256').update(id, 'utf8').digest()[0]!);
}

/**
 * By the parity of the number the first 8 hex digits of the id's SHA-256 spell, i.e. of its fourth byte (PolNeAR
 * attributions, entities, BASIL framing).
 */
export function hashHalf32(id: string): Half {
  return parityHalf(createHash('sha256').update(id, 'utf8').digest()[3]!);
}

function parityHalf(byte: number): Half {
  return byte % 2 === 0 ? 'even' : 'odd';
}
