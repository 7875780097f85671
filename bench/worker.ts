/**
 * `triangulate worker` throughput on the real documents of ../shared/data (the pool of bench/brief-all.ts): the same
 * stage jobs (analyze each document, then update the stories) run by 1 and 2 worker processes on PostgreSQL, beside
 * the in-process queue on SQLite in this process. Documents are enqueued first (timed apart); documents/s is over
 * the work alone. The machine is shared: CPU seconds (of the workers, not PostgreSQL's) and the load average are
 * printed with every figure.
 * Run: npm run bench -- worker, or node --import tsx bench/worker.ts [--limit N] (N documents spread over the pool).
 * Needs a built dist/ (npx tsc -p tsconfig.build.json) and PostgreSQL (TRIANGULATE_TEST_PG, default 127.0.0.1:5432).
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { enqueueInputs, stageHandlers } from '../src/worker/stage-jobs.js';
import type { Document } from '../src/core/model.js';
import { createGraphileQueue } from '../src/queue/graphile-queue.js';
import { createMemoryQueue } from '../src/queue/memory-queue.js';
import { createPostgresStore } from '../src/store/postgres.js';
import { createSqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/store.js';
import { REPO_ROOT, SEEDS_DIR, tempDir } from '../test/helpers/shared.js';
import { loadEveryDocument } from './clustering-data.js';
import { writeDocumentFiles } from './document-files.js';
import { fixed, table } from './report.js';

const ADMIN_URL = process.env.TRIANGULATE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface Measured {
  label: string;
  documents: number;
  enqueueSeconds: number;
  workSeconds: number;
  cpuSeconds: number;
  stories: number;
  load: string;
}

/** `limit` documents spread evenly over the pool (every k-th), or all of them. */
export function benchDocuments(limit?: number): Document[] {
  const all = loadEveryDocument(SEEDS_DIR).map(({ document }) => document);
  if (limit === undefined || limit >= all.length) return all;
  const step = all.length / limit;
  return Array.from({ length: limit }, (_, i) => all[Math.floor(i * step)]!);
}

/** A new empty database named for this bench (dropped first when a previous run left it). */
export async function benchDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.href;
}

const loadNow = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

async function storiesIn(store: Store): Promise<number> {
  return (await store.counts()).stories;
}

async function inProcess(inputs: string, documents: number): Promise<Measured> {
  const store = await createSqliteStore({ path: join(tempDir('worker-bench'), 'store.sqlite') });
  const queue = createMemoryQueue(store);
  try {
    const enqueueStart = performance.now();
    await enqueueInputs([inputs], { store, queue });
    const enqueueSeconds = (performance.now() - enqueueStart) / 1000;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const working = await queue.work(stageHandlers(store, queue, { embeddings: false }));
    while ((await queue.pending()) > 0) await new Promise((resolve) => setTimeout(resolve, 200));
    await working.stop();
    const workSeconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    return {
      label: 'in-process queue, SQLite, 1 process',
      documents,
      enqueueSeconds,
      workSeconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      stories: await storiesIn(store),
      load: loadNow(),
    };
  } finally {
    await queue.close();
    await store.close();
  }
}

/** Runs one built `triangulate worker` until the queue is empty; resolves with its CPU seconds (its last line). */
function workerProcess(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(REPO_ROOT, 'bin', 'triangulate.js'),
        'worker',
        '--db',
        url,
        '--exit-when-idle',
        '--no-embeddings',
        '--progress',
        '1000',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      process.stderr.write(chunk);
    });
    child.on('exit', (code) => {
      const cpu = /CPU ([\d.]+) s/.exec(stderr);
      if (code === 0 && cpu) resolve(Number(cpu[1]));
      else reject(new Error(`worker exited ${code}: ${stderr.slice(-500)}`));
    });
  });
}

async function onWorkers(inputs: string, documents: number, workers: number): Promise<Measured> {
  const url = await benchDatabase(`tri_worker_bench_${workers}`);
  const store = await createPostgresStore({ url });
  const queue = await createGraphileQueue({ url, store });
  try {
    const enqueueStart = performance.now();
    await enqueueInputs([inputs], { store, queue });
    const enqueueSeconds = (performance.now() - enqueueStart) / 1000;
    const start = performance.now();
    const cpus = await Promise.all(Array.from({ length: workers }, () => workerProcess(url)));
    const workSeconds = (performance.now() - start) / 1000;
    return {
      label: `graphile-worker, PostgreSQL, ${workers} worker process${workers === 1 ? '' : 'es'}`,
      documents,
      enqueueSeconds,
      workSeconds,
      cpuSeconds: cpus.reduce((a, b) => a + b, 0),
      stories: await storiesIn(store),
      load: loadNow(),
    };
  } finally {
    await queue.close();
    await store.close();
  }
}

export async function benchWorker(limit?: number): Promise<void> {
  const documents = benchDocuments(limit);
  const inputs = writeDocumentFiles(documents, join(tempDir('worker-bench'), 'inputs'));
  console.log(
    `\n## worker: documents/s on ${documents.length} real documents${limit ? ` (a subset spread over the pool: every ${fixed(12_747 / documents.length, 1)}th)` : ''}; load average before ${loadNow()}\n`,
  );
  const rows: Measured[] = [];
  rows.push(await inProcess(inputs, documents.length));
  for (const workers of [1, 2]) rows.push(await onWorkers(inputs, documents.length, workers));
  table(
    ['run', 'documents', 'enqueue s', 'work s (wall)', 'documents/s', 'CPU s (workers)', 'stories', 'load avg after'],
    rows.map((r) => [
      r.label,
      String(r.documents),
      fixed(r.enqueueSeconds, 1),
      fixed(r.workSeconds, 1),
      fixed(r.documents / r.workSeconds, 1),
      fixed(r.cpuSeconds, 1),
      String(r.stories),
      r.load,
    ]),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--limit');
  await benchWorker(at > 0 ? Number(process.argv[at + 1]) : undefined);
}
