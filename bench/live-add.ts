/**
 * The incremental store on real documents (every set in ../shared/data, in time order, as a feed would bring them):
 * the cost of adding 100 documents to stores of 1k, 5k and 10k (ingest + update + brief the changed stories) in a
 * fresh process and in a long-running one, of a rerun with nothing new, of an article arriving a little late (among
 * the last batch's: the state is rewound to the update before it, and only the articles after it are taken again),
 * and of one much older and one undated article arriving late (past MAX_RETAKEN they are placed after the newest).
 * One store grows in time order (1k, 5k, 10k; a growth that holds articles older than the newest stored is replayed,
 * so each size is the store a batch run over its documents gives) and is copied at each size: the 100 are added to the copy, so they never make the next growth late. Each measured run is a process
 * of its own (bench/live-add-step.ts): its first step is a fresh process's, its second a long-running one's (the
 * clusterer kept warm from the first). CPU and wall time, with the load average (the machine is shared). Embeddings
 * off: the figures are the store and pipeline, not the model.
 * Run: node --import tsx bench/live-add.ts [sizes, default 1000,5000,10000]
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Document } from '../src/core/model.js';
import { createSqliteStore } from '../src/store/sqlite.js';
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
  .slice(byTime.length - ADDED * 2)
  .map((doc, i) => ({ ...doc, publishedAt: new Date(now + i * 1000).toISOString() }));
const documents = byTime.slice(0, byTime.length - ADDED * 2);
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

interface StepResult {
  label: string;
  /** CPU and wall seconds of ingest, update and brief. */
  cpu: number[];
  wall: number[];
  read: number;
  added: number;
  changed: number;
  replayed: boolean;
  retaken: number;
  outOfOrder: number;
}

const sum = (list: number[]): number => list.reduce((a, b) => a + b, 0);

function line(s: StepResult, load: number): string {
  const flags = `${s.replayed ? `  REPLAY (${s.retaken} taken again)` : ''}${s.outOfOrder > 0 ? `  ${s.outOfOrder} placed after the newest` : ''}`;
  const phases = (list: number[]): string => list.map((x) => x.toFixed(2)).join('/');
  return `${s.label.padEnd(42)} cpu ${sum(s.cpu).toFixed(2).padStart(6)} s (ingest/update/brief ${phases(s.cpu)})  wall ${sum(s.wall).toFixed(2).padStart(6)} s  read ${s.read}  added ${s.added}  stories changed ${s.changed}${flags}  load ${load.toFixed(1)}`;
}

/** Runs steps in a process of their own on a store file; prints and returns its figures. */
function run(path: string, steps: [string, string[], number?][]): StepResult[] {
  const load = loadavg()[0]!;
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'bench/live-add-step.ts', path, JSON.stringify(steps)],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  const { startup, steps: results } = JSON.parse(out.trim().split('\n').at(-1)!) as {
    startup: number;
    steps: StepResult[];
  };
  console.log(`  (process start-up: ${startup.toFixed(2)} s cpu)`);
  for (const result of results) console.log(line(result, load));
  return results;
}

const base = join(dir, 'base.sqlite');
// Two batches of the newest documents, dated after everything stored: the first added fresh, the second warm.
const [first, second] = [inputFiles(newest.slice(0, ADDED)), inputFiles(newest.slice(ADDED, 2 * ADDED))];
const all: string[] = [];
let stored = 0;
console.log(`live-add: ${documents.length} documents in time order; sizes ${sizes.join(', ')}; +${ADDED} each`);
for (const size of sizes) {
  const bulk = inputFiles(documents.slice(stored, size));
  all.push(...bulk);
  // Some pages carry dates in their markup later than their dataset's date, so a growth can hold articles older than
  // the newest stored: it is replayed whatever that takes (past MAX_RETAKEN they were placed after the newest, and
  // the store was no longer the one a batch run over its documents gives, which is what the adds are measured on).
  run(base, [[`grow store to ${size} (from ${stored})`, bulk, Number.MAX_SAFE_INTEGER]]);
  stored = size;
  const copy = join(dir, `at-${size}.sqlite`);
  const snapshot = await createSqliteStore({ path: base });
  await snapshot.execute(`vacuum into '${copy}'`);
  await snapshot.close();
  run(copy, [
    [`add ${ADDED} to ${size} (fresh process)`, first],
    [`add ${ADDED} to ${size + ADDED} (long-running)`, second],
    [`rerun those ${ADDED} (nothing new, long-running)`, second],
  ]);
  run(copy, [[`rerun ${2 * ADDED} (nothing new, fresh process)`, [...first, ...second]]]);
  if (size !== sizes.at(-1)) continue;
  const late = [...documents.slice(stored, stored + 3)];
  if (late.length < 3) break;
  // One article dated among the last batch's, arriving after it: the state goes back to the update before it.
  const publishedAt = new Date(now + (ADDED + ADDED / 2) * 1000 + 500).toISOString();
  const recent = { ...late[0]!, publishedAt, id: `${late[0]!.id}-recent`, content: `${late[0]!.content}\n` };
  // One much older and one undated (undated articles come first in time order, so it too is older than all).
  const old = {
    ...late[1]!,
    publishedAt: '1990-01-01T00:00:00Z',
    id: `${late[1]!.id}-late`,
    content: `${late[1]!.content}\n`,
  };
  const { publishedAt: _, ...rest } = late[2]!;
  const undated = { ...rest, id: `${late[2]!.id}-undated`, content: `${late[2]!.content}\n` };
  run(copy, [
    ['1 article a minute late (fresh process)', inputFiles([recent])],
    ['1 article dated 1990 arriving late', inputFiles([old])],
    ['1 undated article arriving late', inputFiles([undated])],
  ]);
  run(copy, [[`rerun all ${stored + 2 * ADDED + 3} (nothing new, fresh process)`, [...all, ...first, ...second]]]);
}
