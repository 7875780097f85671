/**
 * The incremental store on real documents (every set in ../shared/data, in time order, as a feed would bring them):
 * the cost of adding 100 documents to stores of 1k, 5k and 10k (ingest + update + brief the changed stories), of a
 * rerun with nothing new, of an article arriving a little late (among the last batch's: the state is rewound to the
 * update before it, and only the articles after it are taken again), and of one much older article arriving late
 * (older than every update kept: a replay would take every article again, so past MAX_RETAKEN it is placed after
 * the newest instead), and of one undated article arriving late (the same). Wall and CPU time, with the load
 * average (the machine is shared). Embeddings off: the figures are the store and pipeline, not the model.
 * Run: node --import tsx bench/live-add.ts [sizes, default 1000,5000,10000]
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ingestDocuments } from '../src/api/ingest-documents.js';
import { refreshBriefs } from '../src/api/refresh-briefs.js';
import { updateStories } from '../src/api/update-stories.js';
import type { Document } from '../src/core/model.js';
import { createSqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/store.js';
import { SEEDS_DIR, tempDir } from '../test/helpers/shared.js';
import { loadEveryDocument } from './clustering-data.js';

const sizes = (process.argv[2] ?? '1000,5000,10000').split(',').map(Number);
const ADDED = 100;
const dir = tempDir('live-add');
// Time order (undated first, as the clusterer orders them). The newest dated documents are kept for the added
// batches, so each batch is newer than everything stored, as a feed brings news (a late one is measured apart).
const byTime = loadEveryDocument(SEEDS_DIR)
  .map((gold) => gold.document)
  .sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || a.input.localeCompare(b.input));
// Dated now, a second apart: pages of a feed arrive newer than anything stored (extraction also finds dates in the
// stored pages' markup, some later than the newest dataset date). Only the date is set, never the text.
const now = Date.now();
const newest = byTime
  .slice(byTime.length - ADDED * 3)
  .map((doc, i) => ({ ...doc, publishedAt: new Date(now + i * 1000).toISOString() }));
const documents = byTime.slice(0, byTime.length - ADDED * 3);
let files = 0;

/** Documents as JSONL input files of document objects (what `triangulate ingest` reads), each under 30 MB. */
function inputFiles(docs: Document[]): string[] {
  const paths: string[] = [];
  let chunk: string[] = [];
  let bytes = 0;
  const flush = (): void => {
    if (chunk.length === 0) return;
    const path = join(dir, `part-${String(files++).padStart(3, '0')}.jsonl`);
    writeFileSync(path, chunk.join('\n'));
    paths.push(path);
    chunk = [];
    bytes = 0;
  };
  for (const line of jsonLines(docs)) {
    if (bytes + line.length > 30_000_000) flush();
    chunk.push(line);
    bytes += line.length + 1;
  }
  flush();
  return paths;
}

function jsonLines(docs: Document[]): string[] {
  return docs.map((d) => {
    const body = d.format === 'html' ? { html: d.content } : { text: d.content };
    return JSON.stringify({
      id: d.inputId ?? d.id,
      title: d.title,
      outlet: d.outlet,
      url: d.url,
      publishedAt: d.publishedAt,
      ...body,
    });
  });
}

interface Step {
  wall: number;
  cpu: number;
  read: number;
  added: number;
  changed: number;
  replayed: boolean;
  retaken: number;
  outOfOrder: number;
  load: number;
  /** Wall seconds of ingest, update and brief. */
  split: number[];
}

/** Ingest + update + brief the changed stories, timed. */
async function step(store: Store, inputs: string[], brief: boolean): Promise<Step> {
  const load = loadavg()[0]!;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const ingested = await ingestDocuments(inputs, { store });
  const t1 = performance.now();
  const update = await updateStories(store);
  const t2 = performance.now();
  if (brief)
    await refreshBriefs(store, { storyIds: update.changed.map((c) => c.id), embeddings: false, collect: false });
  const t3 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  return {
    wall: (performance.now() - t0) / 1000,
    cpu: (cpu.user + cpu.system) / 1e6,
    read: ingested.read,
    added: ingested.added.length,
    changed: update.changed.length,
    replayed: update.replayed,
    retaken: update.retaken,
    outOfOrder: update.outOfOrder,
    load,
    split: [(t1 - t0) / 1000, (t2 - t1) / 1000, (t3 - t2) / 1000],
  };
}

function line(label: string, s: Step): string {
  return `${label.padEnd(34)} wall ${s.wall.toFixed(2).padStart(7)} s  cpu ${s.cpu.toFixed(2).padStart(7)} s  read ${s.read}  added ${s.added}  stories changed ${s.changed}${s.replayed ? `  REPLAY (${s.retaken} taken again)` : ''}${s.outOfOrder > 0 ? `  ${s.outOfOrder} placed after the newest` : ''}  load ${s.load.toFixed(1)}  (ingest/update/brief wall ${s.split.map((x) => x.toFixed(2)).join('/')} s)`;
}

const store = await createSqliteStore({ path: join(dir, 'live.sqlite') });
const all: string[] = [];
let stored = 0;
console.log(`live-add: ${documents.length} documents in time order; sizes ${sizes.join(', ')}; +${ADDED} each`);
for (const size of sizes) {
  if (size > stored) {
    const bulk = inputFiles(documents.slice(stored, size));
    all.push(...bulk);
    const grown = await step(store, bulk, false);
    console.log(line(`grow store to ${size} (no briefs)`, grown));
    stored = size;
  }
  const extra = inputFiles(newest.splice(0, ADDED));
  const added = await step(store, extra, true);
  all.push(...extra);
  console.log(line(`add ${ADDED} to ${size}`, added));
  const rerun = await step(store, extra, true);
  console.log(line(`rerun those ${ADDED} (nothing new)`, rerun));
}
const rerunAll = await step(store, all, true);
console.log(line(`rerun all ${stored + ADDED * sizes.length} (nothing new)`, rerunAll));
// One article dated among the last batch's, arriving after it: the state goes back to the update before it.
const recent = documents[stored + 1];
if (recent) {
  const lastBatch = (sizes.length - 1) * ADDED;
  const publishedAt = new Date(now + (lastBatch + ADDED / 2) * 1000 + 500).toISOString();
  const old = { ...recent, publishedAt, id: `${recent.id}-recent`, content: `${recent.content}\n` };
  const replay = await step(store, inputFiles([old]), true);
  console.log(line('1 article a minute late', replay));
}
// One older article arriving late: every stored article is taken again in time order.
const late = documents[stored];
if (late) {
  const old = { ...late, publishedAt: '1990-01-01T00:00:00Z', id: `${late.id}-late`, content: `${late.content}\n` };
  const replay = await step(store, inputFiles([old]), true);
  console.log(line('1 older article arriving late', replay));
}
// One undated article arriving late: undated articles come first in time order, so it too is older than all.
const undated = documents[stored + 2];
if (undated) {
  const { publishedAt: _, ...rest } = undated;
  const late = { ...rest, id: `${undated.id}-undated`, content: `${undated.content}\n` };
  const placed = await step(store, inputFiles([late]), true);
  console.log(line('1 undated article arriving late', placed));
}
await store.close();
