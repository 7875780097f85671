/** The NeuS / AllSides test stories of this split and the published systems' outputs on them (read in place). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA } from './shared-data.js';

export interface NeusStory {
  id: string;
  articles: { title: string; text: string }[];
  reference: { title: string; text: string };
}

const DIR = join(DATA, 'neus-allsides');

/** The NeuS test stories (194 in this split), in file order. */
export function loadNeusTest(): NeusStory[] {
  return loadNeusSplit('test');
}

/** The stories of one NeuS split of this copy (train and val for development, never test), in file order. */
export function loadNeusSplit(split: 'train' | 'val' | 'test'): NeusStory[] {
  return readFileSync(join(DIR, 'neus_mds.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as NeusStory & { neus_split: string })
    .filter((row) => row.neus_split === split);
}

/** system → story id → summary, for the 10 systems the ACL 2025 repository publishes. */
export function loadNeusBaselines(): Record<string, Record<string, string>> {
  const file = JSON.parse(readFileSync(join(DIR, 'baselines', 'neus_test_generated_summaries.json'), 'utf8')) as {
    models: Record<string, Record<string, string>>;
  };
  return file.models;
}

/** The reference as the README scores it: title + ". " + text. */
export function referenceText(story: NeusStory): string {
  return `${story.reference.title}. ${story.reference.text}`;
}
