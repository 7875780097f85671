/** NeuS train/val stories for development (never test), split into two halves by a hash of the story id. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NeusStory } from './neus-data.js';
import { DATA } from './shared-data.js';

/** The stories of one NeuS split of this copy, in file order. */
export function loadNeusSplit(split: 'train' | 'val' | 'test'): NeusStory[] {
  return readFileSync(join(DATA, 'neus-allsides', 'neus_mds.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as NeusStory & { neus_split: string })
    .filter((row) => row.neus_split === split);
}

/**
 * Development half of a story: 'dev' when the first byte of sha256(id) is even (errors are read there), 'check'
 * when odd (a gain must hold there too).
 */
export function halfOf(id: string): 'dev' | 'check' {
  return createHash('sha256').update(id).digest()[0]! % 2 === 0 ? 'dev' : 'check';
}
