/**
 * The quick look on NeuS train and val (never test), each split into halves by a hash of the story id: tune on
 * one half, confirm on the other. Run: node --import tsx bench/summary-dev.ts [train|val ...]
 */
import { referenceText } from './neus-data.js';
import { halfOf, loadNeusSplit } from './neus-splits.js';
import { fixed, table } from './report.js';
import { meanRouge, type RougeScores, rouge } from './rouge.js';
import { briefNeusStory, groundingOf } from './summary.js';

function benchSplit(split: 'train' | 'val'): string[][] {
  const halves: Record<'dev' | 'check', RougeScores[]> = { dev: [], check: [] };
  let words = 0;
  let sentences = 0;
  let grounded = 0;
  const stories = loadNeusSplit(split);
  for (const story of stories) {
    const brief = briefNeusStory(story);
    const summary = brief?.quickLook.map((b) => b.text).join(' ') ?? '';
    words += summary.split(/\s+/).filter(Boolean).length;
    halves[halfOf(story.id)].push(rouge(summary, referenceText(story)));
    if (brief) {
      const g = groundingOf(brief);
      sentences += g.sentences;
      grounded += g.grounded;
    }
  }
  const row = (name: string, scores: RougeScores[]) => {
    const m = meanRouge(scores);
    return [`${split} ${name}`, String(scores.length), fixed(m.r1, 2), fixed(m.r2, 2), fixed(m.rl, 2)];
  };
  return [
    [...row('dev half', halves.dev), '', ''],
    [...row('check half', halves.check), '', ''],
    [...row('all', [...halves.dev, ...halves.check]), fixed(words / stories.length, 1), `${grounded}/${sentences}`],
  ];
}

const splits = process.argv.slice(2).filter((s): s is 'train' | 'val' => s === 'train' || s === 'val');
table(
  ['split', 'stories', 'R-1', 'R-2', 'R-L', 'words', 'grounded'],
  (splits.length > 0 ? splits : (['val'] as const)).flatMap((split) => benchSplit(split)),
);
