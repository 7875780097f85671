/** The dev/check split of a data set: an item's half follows a hash of its id (stable, unrelated to content). */
import { createHash } from 'node:crypto';

/**
 * 'even' or 'odd' by the parity of the first byte of the id's SHA-256; errors are studied on 'even', gains checked on 'odd'.
 * @example hashHalf('train-0001') // 'odd'
 */
export function hashHalf(id: string): 'even' | 'odd' {
  return createHash('sha256').update(id).digest()[0]! % 2 === 0 ? 'even' : 'odd';
}
