/**
 * Extraction on every core: the first documents are extracted on the calling thread (a short run pays no thread
 * start-up), later ones by worker threads, each result delivered as a promise the caller awaits in input order.
 * Extraction is a pure function of the Document, so the output is the same bytes whichever thread ran it.
 */
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { EXTRACT_INLINE_DOCUMENTS, EXTRACT_MAX_THREADS, EXTRACT_MIN_SPARE_CORES } from '../core/config.js';
import type { Article, Document } from '../core/model.js';
import type { Outcome } from '../core/outcome.js';
import { extractSafely } from './extract-safely.js';

export interface Extractor {
  /** Extracts one document; resolves with its outcome (never rejects). */
  extract(doc: Document): Promise<Outcome<Article>>;
  /** How many documents may be in flight before the caller should wait for the oldest. */
  readonly capacity: number;
  /** Stops the worker threads. */
  close(): Promise<void>;
}

interface Job {
  doc: Document;
  resolve: (outcome: Outcome<Article>) => void;
}

/**
 * How many worker threads to use: `threads` when given; else one per core (up to EXTRACT_MAX_THREADS) when the
 * machine has spare cores, none when it is busy. Threads cost ~20% more CPU in all (each loads and compiles the
 * parser), which only pays when they run side by side: on a loaded machine one thread finishes first.
 */
export function extractThreads(threads?: number): number {
  if (threads !== undefined) return Math.max(0, Math.floor(threads));
  const cores = availableParallelism();
  const spare = cores - loadavg()[0]!;
  return cores < 2 || spare < EXTRACT_MIN_SPARE_CORES ? 0 : Math.min(cores, EXTRACT_MAX_THREADS);
}

/** Starts the worker module: compiled JavaScript as is; under tsx (tests, benches) the TypeScript source, with tsx
 *  registered in the thread first (Node 20 threads do not inherit the `--import tsx` hooks). */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./extract-worker.js', import.meta.url));
  const source = JSON.stringify(new URL('./extract-worker.ts', import.meta.url).href);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return new Worker(`import(${tsx}).then(({ register }) => { register(); return import(${source}); })`, {
    eval: true,
  });
}

class PoolWorker {
  private readonly worker: Worker;
  private readonly jobs = new Map<number, Job>();
  private nextJob = 0;
  failed = false;
  ready = false;

  constructor(private readonly onIdle: () => void) {
    this.worker = startWorker();
    this.worker.unref();
    this.worker.on('message', (message: { ready?: true; job: number; outcome: Outcome<Article> }) => {
      if (message.ready) {
        this.ready = true;
        this.onIdle();
        return;
      }
      const job = this.jobs.get(message.job);
      this.jobs.delete(message.job);
      job?.resolve(message.outcome);
      this.onIdle();
    });
    const fail = (reason: string) => {
      if (this.failed) return;
      this.failed = true;
      for (const job of this.jobs.values()) {
        job.resolve({ ok: false, error: { code: 'unparseable', message: `extraction failed: ${reason}` } });
      }
      this.jobs.clear();
      this.onIdle();
    };
    this.worker.on('error', (error) => fail(error.message));
    this.worker.on('exit', (code) => fail(`the extraction thread stopped (exit ${code})`));
  }

  get load(): number {
    return this.failed || !this.ready ? Number.POSITIVE_INFINITY : this.jobs.size;
  }

  run(job: Job): void {
    const id = this.nextJob++;
    this.jobs.set(id, job);
    this.worker.postMessage({ job: id, doc: job.doc });
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

/**
 * An extractor with `threads` worker threads (0: everything on the calling thread).
 * @example const extractor = createExtractor(); const outcome = await extractor.extract(doc); await extractor.close()
 */
export function createExtractor(
  threads = extractThreads(),
  {
    inlineFirst = true,
  }: { /** False: every document goes to a thread (tests of the threads themselves). */ inlineFirst?: boolean } = {},
): Extractor {
  const workers: PoolWorker[] = [];
  const queue: Job[] = [];
  let seen = 0;
  // Each worker is fed one job at a time (plus one queued), so a slow page does not hold others behind it.
  const dispatch = (): void => {
    while (queue.length > 0) {
      const worker = workers.reduce((best, next) => (next.load < best.load ? next : best), workers[0]!);
      if (worker.load === Number.POSITIVE_INFINITY && workers.every((each) => each.failed)) {
        // Every thread failed to start or died: the calling thread does the rest.
        const job = queue.shift()!;
        job.resolve(extractSafely(job.doc));
        continue;
      }
      if (worker.load >= 2) return;
      worker.run(queue.shift()!);
    }
  };
  return {
    capacity: threads === 0 ? 1 : threads * 4,
    extract(doc) {
      seen++;
      if (threads === 0 || (inlineFirst && seen <= EXTRACT_INLINE_DOCUMENTS))
        return Promise.resolve(extractSafely(doc));
      if (workers.length === 0) for (let i = 0; i < threads; i++) workers.push(new PoolWorker(dispatch));
      // Until a thread has loaded, the calling thread keeps extracting instead of waiting for it.
      if (inlineFirst && queue.length === 0 && !workers.some((worker) => worker.ready))
        return Promise.resolve(extractSafely(doc));
      return new Promise((resolve) => {
        queue.push({ doc, resolve });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.stop()));
    },
  };
}
