/**
 * Would title embeddings let NeuS orphans find their story? Measured before building on them (issue #11). The NeuS
 * pool is clustered as the yardstick clusters it; for every excerpt left alone (an orphan) this reads its nearest
 * other excerpt and its nearest story by words (TF-IDF over title + lead), by USE-lite title vectors, and by a mix,
 * then scores post-hoc adoption rules (adopt the orphan into its best story, or pair it with another orphan, when the
 * best stands out) per half of the gold stories (hashHalf of the story id), beside two oracle bounds: every orphan
 * joins a predicted story holding a gold mate (then orphan mates left over are paired too).
 * Measured (session 9, 6,449 excerpts, 1,283 orphans): nearest excerpt a gold mate by words 0.284, by title vector
 * 0.136, best mix (0.3) 0.307. Even / odd B³ F1 as clustered 0.8207 / 0.8169; the best post-hoc rule below by words
 * alone 0.8205 / 0.8210, with title vectors (per-orphan z-scores, mix 0.5, pairs) 0.8241 / 0.8214 (best of the grid,
 * so optimistic; a wider grid of word-only ratio rules found no more than 0.8222 / 0.8204);
 * embedding the 6,449 titles took 150 s CPU on the loaded machine (~14 ms a title idle). Not built: too little
 * for the cost. Perfect adoption of every orphan into a predicted story holding a mate reaches only 0.873 (P 0.838
 * R 0.910), and pairing the orphan mates left over too 0.896 (P 0.838 R 0.963): mates often sit in stories that
 * hold other stories' excerpts, so work on orphans alone cannot reach 0.90; precision must rise as well.
 * Usage: node --import tsx bench/orphan-meaning.ts [cacheDir=/tmp/clu] (the cache of bench/clustering-dev.ts)
 */
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cluster } from '../src/cluster/cluster.js';
import type { AnalyzedArticle } from '../src/core/model.js';
import { contentWords } from '../src/core/text.js';
import { textKey, vectorSimilarity } from '../src/core/vectors.js';
import { embedTexts } from '../src/embed/embed-texts.js';
import { createUseLiteEmbedder } from '../src/embed/use-lite.js';
import { createSqliteStore } from '../src/store/sqlite.js';
import { bCubed } from './b-cubed.js';
import { loadNeus } from './clustering-data.js';
import { assignments, prepare } from './clustering.js';
import { hashHalf } from './hash-half.js';

const cacheDir = process.argv[2] ?? '/tmp/clu';
const cachePath = join(cacheDir, 'neus.json');
const { items, gold } = existsSync(cachePath)
  ? (() => {
      const raw = JSON.parse(readFileSync(cachePath, 'utf8')) as { items: AnalyzedArticle[]; gold: [string, string][] };
      return { items: raw.items, gold: new Map(raw.gold) };
    })()
  : prepare(loadNeus());

const predicted = assignments(cluster(items));
const ids = items.map((item) => item.article.id);
const position = new Map(ids.map((id, i) => [id, i]));
const members = new Map<string, number[]>();
for (const [id, story] of predicted) members.set(story, [...(members.get(story) ?? []), position.get(id)!]);
const goldOf = (i: number): string => gold.get(ids[i]!)!;

const store = await createSqliteStore({ path: join(tmpdir(), 'triangulate-bench-title-vectors.sqlite') });
const cpu = process.cpuUsage();
const { vectors, stats } = await embedTexts(
  items.map((item) => item.article.title),
  createUseLiteEmbedder(),
  store,
);
const used = process.cpuUsage(cpu);
await store.close();
console.log(
  `NeuS: ${items.length} excerpts; titles embedded ${stats.embedded} (cached ${stats.cached}), ${((used.user + used.system) / 1e6).toFixed(1)} s CPU`,
);
const titleVector = items.map((item) => vectors.get(textKey(item.article.title)));
const wordVector = tfidf(items.map((item) => contentWords(`${item.article.title}. ${item.article.text}`)));

const stories = [...members.entries()];
const orphans = stories.filter(([, list]) => list.length === 1).map(([, list]) => list[0]!);

// Nearest other excerpt of each orphan, by words, title vector and mixes of the two.
const MIXES = [0, 0.3, 0.5, 1];
const nearestHits = MIXES.map(() => 0);
for (const i of orphans) {
  const best = MIXES.map(() => ({ j: -1, score: Number.NEGATIVE_INFINITY }));
  for (let j = 0; j < items.length; j++) {
    if (j === i) continue;
    const words = cosine(wordVector[i]!, wordVector[j]!);
    const meaning = vectorSimilarity(titleVector[i], titleVector[j]) ?? 0;
    MIXES.forEach((mix, k) => {
      const score = mix * meaning + (1 - mix) * words;
      if (score > best[k]!.score) best[k] = { j, score };
    });
  }
  best.forEach(({ j }, k) => {
    if (goldOf(j) === goldOf(i)) nearestHits[k]!++;
  });
}
console.log(
  `orphans ${orphans.length}; nearest excerpt a gold mate: ${MIXES.map((mix, k) => `${mix === 0 ? 'words' : mix === 1 ? 'title vector' : `mix ${mix}`} ${(nearestHits[k]! / orphans.length).toFixed(3)}`).join(', ')}`,
);

// Each orphan against every predicted story (mean link), as z-scores over that orphan's stories.
const scored = orphans.map((i) => {
  const rows = stories
    .filter(([, list]) => list[0] !== i || list.length > 1)
    .map(([story, list]) => {
      let words = 0;
      let meaning = 0;
      for (const j of list) {
        words += cosine(wordVector[i]!, wordVector[j]!);
        meaning += vectorSimilarity(titleVector[i], titleVector[j]) ?? 0;
      }
      return { story, multi: list.length > 1, words: words / list.length, meaning: meaning / list.length };
    });
  const w = meanAndSpread(rows.map((row) => row.words));
  const m = meanAndSpread(rows.map((row) => row.meaning));
  return rows.map((row) => ({
    story: row.story,
    multi: row.multi,
    words: (row.words - w.mean) / w.spread,
    meaning: (row.meaning - m.mean) / m.spread,
  }));
});

const figure = (assigned: Map<string, string>): string => {
  const all = bCubed(assigned, gold);
  const halves = (['even', 'odd'] as const).map((half) =>
    bCubed(assigned, gold, (id) => hashHalf(gold.get(id)!) === half).f1.toFixed(4),
  );
  return `even / odd ${halves.join(' / ')}, all ${all.f1.toFixed(4)} (P ${all.precision.toFixed(3)} R ${all.recall.toFixed(3)})`;
};
console.log(`as clustered: ${figure(predicted)}`);
console.log(
  '| mix (title vector share) | orphan pairs | z floor | z gap | adopted | B³ F1 |\n|---|---|---|---|---|---|',
);
for (const mix of [0, 0.35, 0.5])
  for (const pairs of [false, true])
    for (const [floor, gap] of [
      [6, 2],
      [6, 3],
      [10, 3],
    ] as const) {
      const assigned = new Map(predicted);
      let adopted = 0;
      orphans.forEach((i, k) => {
        let top = Number.NEGATIVE_INFINITY;
        let second = Number.NEGATIVE_INFINITY;
        let into = '';
        for (const row of scored[k]!) {
          if (!row.multi && !pairs) continue;
          const score = mix * row.meaning + (1 - mix) * row.words;
          if (score > top) {
            second = top;
            top = score;
            into = row.story;
          } else if (score > second) second = score;
        }
        if (top >= floor && top - second >= gap) {
          assigned.set(ids[i]!, into);
          adopted++;
        }
      });
      console.log(`| ${mix} | ${pairs} | ${floor} | ${gap} | ${adopted} | ${figure(assigned)} |`);
    }

// Oracle bounds: every orphan with a gold mate in a story of two or more joins it; every gold story whole.
const oracle = new Map(predicted);
for (const i of orphans) {
  const home = stories.find(([, list]) => list.length > 1 && list.some((j) => goldOf(j) === goldOf(i)));
  if (home) oracle.set(ids[i]!, home[0]);
}
console.log(`oracle adoption of orphans: ${figure(oracle)}`);
// …and the orphans left without one are paired with their gold mates that are orphans too.
for (const i of orphans)
  if (oracle.get(ids[i]!) === predicted.get(ids[i]!)) oracle.set(ids[i]!, `orphans of ${goldOf(i)}`);
console.log(`oracle, also pairing orphan mates: ${figure(oracle)}`);

function tfidf(documents: string[][]): Map<string, number>[] {
  const frequency = new Map<string, number>();
  for (const words of documents) for (const word of new Set(words)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  return documents.map((words) => {
    const counts = new Map<string, number>();
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [word, count] of counts) {
      const weight = (1 + Math.log(count)) * Math.log(documents.length / frequency.get(word)!);
      vector.set(word, weight);
      norm += weight * weight;
    }
    for (const [word, weight] of vector) vector.set(word, weight / Math.sqrt(norm || 1));
    return vector;
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [word, weight] of a) dot += weight * (b.get(word) ?? 0);
  return dot;
}

function meanAndSpread(values: number[]): { mean: number; spread: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
  return { mean, spread: Math.sqrt(variance) || 1 };
}
