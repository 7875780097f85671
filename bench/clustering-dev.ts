/**
 * Development runs of the clusterer (not part of `npm run bench`): B³ on BASIL, NeuS (both halves of its stories,
 * split by a hash of the story id) and UCI, from prepared items cached on disk so that a run takes seconds.
 * Usage: [ONLY=basil,neus,uci] [POOLS=1] [SHUFFLE=1] node --import tsx bench/clustering-dev.ts [cacheDir] [settings JSON]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cluster } from '../src/cluster/cluster.js';
import type { ClusterSettings } from '../src/cluster/create-clusterer.js';
import { hashId } from '../src/core/ids.js';
import { bCubed } from './b-cubed.js';
import { loadBasilGold, loadNeus, loadUci } from './clustering-data.js';
import { assignments, type Prepared, prepare, titleLeadBaseline } from './clustering.js';
import { hashHalf } from './hash-half.js';

const cacheDir = process.argv[2] ?? '/tmp/clu';
const settings = JSON.parse(process.argv[3] ?? '{}') as Partial<ClusterSettings>;

function cached(name: string, load: () => Prepared): Prepared {
  const path = join(cacheDir, `${name}.json`);
  if (existsSync(path)) {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as {
      items: Prepared['items'];
      gold: [string, string][];
      failed: number;
    };
    return { items: raw.items, gold: new Map(raw.gold), failed: raw.failed };
  }
  const prepared = load();
  writeFileSync(path, JSON.stringify({ items: prepared.items, gold: [...prepared.gold], failed: prepared.failed }));
  return prepared;
}

const f = (x: number): string => x.toFixed(3);
for (const [name, load] of [
  ['basil', () => prepare(loadBasilGold())],
  ['neus', () => prepare(loadNeus())],
  ['uci', () => prepare(loadUci())],
] as const) {
  if (process.env.ONLY && !process.env.ONLY.split(',').includes(name)) continue;
  const prepared = cached(name, load);
  // SHUFFLE=1: undated items are taken in an order unrelated to their story (NeuS ids otherwise put a story's
  // excerpts next to each other, which bounded posting windows would quietly exploit).
  if (process.env.SHUFFLE)
    prepared.items = prepared.items.map((item) => ({
      ...item,
      article: { ...item.article, input: hashId('x', item.article.id) },
    }));
  const start = performance.now();
  const stories = cluster(prepared.items, settings);
  const ms = performance.now() - start;
  const story = assignments(stories);
  const event = assignments(stories, 'event');
  const all = bCubed(story, prepared.gold);
  const parts = [`${name}: stories P ${f(all.precision)} R ${f(all.recall)} F1 ${f(all.f1)}`];
  const inHalf = (half: string) => (item: string) => hashHalf(prepared.gold.get(item)!) === half;
  if (name !== 'uci')
    for (const half of ['even', 'odd'] as const)
      parts.push(`${half} F1 ${f(bCubed(story, prepared.gold, inHalf(half)).f1)}`);
  const ev = bCubed(event, prepared.gold);
  parts.push(`events F1 ${f(ev.f1)} (P ${f(ev.precision)} R ${f(ev.recall)})`);
  if (name !== 'uci')
    for (const half of ['even', 'odd'] as const)
      parts.push(`${half} ${f(bCubed(event, prepared.gold, inHalf(half)).f1)}`);
  // POOLS=1: each half is also clustered as a pool of its own. A rule tuned on the full pool can depend on its size
  // (how crowded its topics are); hold-out sets are smaller pools, so a gain must hold here too.
  if (process.env.POOLS && name !== 'uci')
    for (const half of ['even', 'odd'] as const) {
      const items = prepared.items.filter((item) => hashHalf(prepared.gold.get(item.article.id)!) === half);
      parts.push(`${half} alone F1 ${f(bCubed(assignments(cluster(items, settings)), prepared.gold).f1)}`);
    }
  if (name === 'uci')
    parts.push(`baseline(0.2) ${f(bCubed(titleLeadBaseline(prepared.items, 0.2), prepared.gold).f1)}`);
  parts.push(`${stories.length} stories ${ms.toFixed(0)} ms`);
  console.log(parts.join(' | '));
}
