/** Story clustering: B-cubed on BASIL and NeuS (one pool each) beside a title-and-lead baseline, and a scaling table. */
import { analyze } from '../src/analyze/analyze.js';
import { cluster } from '../src/cluster/cluster.js';
import type { ClusterSettings } from '../src/cluster/create-clusterer.js';
import { hashId } from '../src/core/ids.js';
import type { AnalyzedArticle, Article, Story } from '../src/core/model.js';
import { contentWords } from '../src/core/text.js';
import { extract } from '../src/extract/extract.js';
import { SEEDS_DIR } from '../test/helpers/shared.js';
import { type BCubed, bCubed } from './b-cubed.js';
import { hashHalf } from './hash-half.js';
import {
  type GoldDocument,
  loadAllsides,
  loadBasilGold,
  loadNeus,
  loadOtherDocuments,
  loadTelegram,
  loadUci,
} from './clustering-data.js';
import { fixed, sampleRss, table } from './report.js';

export interface Prepared {
  items: AnalyzedArticle[];
  gold: Map<string, string>;
  failed: number;
}

/** Extract + analyze every document (the clusterer's real input); gold keyed by article id. */
export function prepare(documents: GoldDocument[]): Prepared {
  const items: AnalyzedArticle[] = [];
  const gold = new Map<string, string>();
  let failed = 0;
  for (const { document, gold: cluster } of documents) {
    const outcome = extract({ ...document, id: hashId('d', document.id, document.content) });
    // A headline-only item (UCI) has no body for extract to keep: it is read as an article whose text is its headline.
    if (!outcome.ok && outcome.error.code === 'no-article' && document.title) {
      const article: Article = {
        id: hashId('a', document.id),
        input: document.input,
        title: document.title,
        text: document.title,
        cites: [],
        provenanceNotes: [],
      };
      if (document.outlet) article.outlet = document.outlet;
      items.push({ article, analysis: analyze(article) });
      if (cluster !== undefined) gold.set(article.id, cluster);
      continue;
    }
    if (!outcome.ok) {
      failed++;
      continue;
    }
    items.push({ article: outcome.value, analysis: analyze(outcome.value) });
    if (cluster !== undefined) gold.set(outcome.value.id, cluster);
  }
  sampleRss();
  return { items, gold, failed };
}

/** Article id → story index, at the story or the event level. */
export function assignments(stories: Story[], level: 'story' | 'event' = 'story'): Map<string, string> {
  const out = new Map<string, string>();
  for (const story of stories) {
    if (level === 'story') for (const id of story.articleIds) out.set(id, story.id);
    else for (const event of story.events ?? []) for (const id of event.articleIds) out.set(id, event.id);
  }
  return out;
}

/**
 * The naive baseline: title + lead (first 40 content words) as a word set, two articles linked when their
 * Jaccard similarity reaches the threshold, single link. Pairs come from an inverted index of words found
 * in at most 200 articles.
 */
export function titleLeadBaseline(items: AnalyzedArticle[], threshold: number): Map<string, string> {
  const sets = items.map(
    ({ article }) => new Set([...contentWords(article.title), ...contentWords(article.text).slice(0, 40)]),
  );
  const postings = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const word of set) {
      if (!postings.has(word)) postings.set(word, []);
      postings.get(word)!.push(i);
    }
  });
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  sets.forEach((set, i) => {
    const shared = new Map<number, number>();
    for (const word of set) {
      const list = postings.get(word)!;
      if (list.length > 200) continue;
      for (const j of list) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, count] of shared) {
      if (count / (set.size + sets[j]!.size - count) >= threshold) parent[find(j)] = find(i);
    }
  });
  return new Map(items.map(({ article }, i) => [article.id, String(find(i))]));
}

const BASELINE_THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3];

function bestBaseline(prepared: Prepared): { threshold: number; score: BCubed } {
  let best = { threshold: 0, score: { precision: 0, recall: 0, f1: -1 } };
  for (const threshold of BASELINE_THRESHOLDS) {
    const score = bCubed(titleLeadBaseline(prepared.items, threshold), prepared.gold);
    if (score.f1 > best.score.f1) best = { threshold, score };
  }
  return best;
}

const row = (name: string, s: BCubed, note = ''): string[] => [
  name,
  fixed(s.precision),
  fixed(s.recall),
  fixed(s.f1),
  note,
];

function qualitySection(
  title: string,
  prepared: Prepared,
  published: string,
  settings: Partial<ClusterSettings> = {},
  shuffled = false,
): void {
  const start = performance.now();
  const stories = cluster(prepared.items, settings);
  const ms = performance.now() - start;
  sampleRss();
  const baseline = bestBaseline(prepared);
  const goldClusters = new Set(prepared.gold.values()).size;
  console.log(
    `\n### ${title}: ${prepared.items.length} documents, ${goldClusters} gold clusters (${prepared.failed} not extracted)\n`,
  );
  console.log(`Published clustering figures: ${published}\n`);
  const halves = (predicted: Map<string, string>): string =>
    (['even', 'odd'] as const)
      .map((half) => {
        const score = bCubed(predicted, prepared.gold, (id) => hashHalf(prepared.gold.get(id)!) === half);
        return `${half} ${fixed(score.f1)}`;
      })
      .join(' / ');
  const rows = [
    row(
      'triangulate stories',
      bCubed(assignments(stories), prepared.gold),
      `${stories.length} stories, ${fixed(ms, 0)} ms; F1 by halves of the gold stories: ${halves(assignments(stories))}`,
    ),
    row(
      'triangulate events',
      bCubed(assignments(stories, 'event'), prepared.gold),
      `second level; ${halves(assignments(stories, 'event'))}`,
    ),
  ];
  if (shuffled) {
    // Undated items arrive in input order, which for NeuS puts a story's excerpts side by side: the same pool in an
    // order unrelated to the stories shows how much of the figure that order carries.
    const reordered = prepared.items.map((item) => ({
      ...item,
      article: { ...item.article, input: hashId('order', item.article.id) },
    }));
    const other = cluster(reordered, settings);
    rows.push(
      row(
        'triangulate stories, order unrelated to story',
        bCubed(assignments(other), prepared.gold),
        halves(assignments(other)),
      ),
    );
  }
  table(
    ['system', 'B³ P', 'B³ R', 'B³ F1', 'note'],
    [
      ...rows,
      row(
        'title+lead Jaccard, single link',
        baseline.score,
        `best of thresholds ${BASELINE_THRESHOLDS.join('/')} on this data (${baseline.threshold})`,
      ),
    ],
  );
}

/** Documents/s and memory of clustering alone (analysis done beforehand) at growing sizes. */
function scalingSection(all: AnalyzedArticle[]): void {
  console.log(`\n### Scaling (cluster stage only, on already analysed real documents)\n`);
  const sizes = [1000, 5000, all.length];
  const rows: string[][] = [];
  for (const size of sizes) {
    const items: AnalyzedArticle[] = [];
    // Past the real documents, real documents repeat under new ids (a re-crawl), so every size is real text.
    for (let i = 0; i < size; i++) {
      const item = all[i % all.length]!;
      items.push(i < all.length ? item : { ...item, article: { ...item.article, id: `${item.article.id}-r${i}` } });
    }
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const start = performance.now();
    const stories = cluster(items);
    const ms = performance.now() - start;
    sampleRss();
    const heapAfter = process.memoryUsage().heapUsed;
    rows.push([
      String(size),
      String(stories.length),
      fixed(size / (ms / 1000), 0),
      fixed((ms * 1000) / size, 0),
      fixed(Math.max(0, heapAfter - heapBefore) / 1024 / 1024, 0),
      fixed(process.memoryUsage().rss / 1024 / 1024, 0),
    ]);
  }
  table(['documents', 'stories', 'documents/s', 'µs/document', 'heap growth MB', 'RSS MB'], rows);
}

export function benchClustering(): void {
  console.log('\n## Story clustering (B-cubed, one pool per data set)');
  const basil = prepare(loadBasilGold());
  qualitySection(
    'BASIL (../shared/data/basil, gold = triplet)',
    basil,
    'none (README); issue 5 cites ~0.94 for a naive title-and-lead overlap',
  );
  const neus = prepare(loadNeus());
  qualitySection('NeuS (../shared/data/neus-allsides/neus_mds.jsonl, gold = story)', neus, 'none (README)', {}, true);
  const uci = prepare(loadUci());
  qualitySection('UCI News Aggregator head (headlines only, smoke test)', uci, 'none (README)');
  const rest = prepare([...loadAllsides(), ...loadTelegram(), ...loadOtherDocuments(SEEDS_DIR)]);
  const all = [...basil.items, ...neus.items, ...uci.items, ...rest.items];
  console.log(`\nAll real documents: ${all.length} (${rest.failed} of the others not extracted).`);
  scalingSection(all);
}
