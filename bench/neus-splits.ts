/** NeuS development halves: train/val stories (never test) split by a hash of the story id. */
import { hashHalf } from './hash-half.js';

export { loadNeusSplit } from './neus-data.js';

/**
 * Development half of a story: 'dev' when the first byte of sha256(id) is even (errors are read there), 'check'
 * when odd (a gain must hold there too).
 */
export function halfOf(id: string): 'dev' | 'check' {
  return hashHalf(id) === 'even' ? 'dev' : 'check';
}
