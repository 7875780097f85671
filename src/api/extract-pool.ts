/**
 * Extraction (and analysis) on every idle core: the first documents are done on the calling thread (a short run
 * pays no thread start-up) while the idle cores are measured; later ones by worker threads and the calling thread
 * side by side, each result delivered as a promise the caller awaits in input order. A caller that knows many
 * documents are coming (a folder of pages) says so, and the threads start at once, loading while the calling
 * thread extracts; they are stopped again if the machine turns out to be busy.
 * Extraction and analysis are pure functions of the Document, so the output is the same bytes whichever thread ran them.
 */
import { availableParallelism, cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  EXTRACT_EAGER_INPUTS,
  EXTRACT_INLINE_DOCUMENTS,
  EXTRACT_MAX_THREADS,
  EXTRACT_MIN_IDLE_CORES,
  EXTRACT_SENSE_MS,
} from '../core/config.js';
import type { Analysis, Article, Document } from '../core/model.js';
import { type ProcessedOutcome, processSafely } from './extract-safely.js';

export interface Extractor {
  /** Extracts (and, when the pool analyses, analyses) one document; resolves with its outcome (never rejects). */
  extract(doc: Document): Promise<ProcessedOutcome>;
  /** How many documents may be in flight before the caller should wait for the oldest. */
  readonly capacity: number;
  /**
   * Resolves once the threads' finished jobs are taken in (one turn of the event loop, when threads run). Call it
   * before each `extract`: a caller that only awaits promises already resolved (a store of better-sqlite3 answers in
   * microtasks) never lets the threads' replies in, so they sat idle while the calling thread did nearly every
   * document itself (2,000 documents: the thread 93% idle).
   */
  settle(): Promise<void>;
  /**
   * Tells the extractor how many inputs are coming. From EXTRACT_EAGER_INPUTS on, the threads start now instead of
   * after the first documents: a thread loads its parser while the calling thread extracts (sensing first left one
   * core working alone for the sense span and the thread's start-up, ~0.5 s of a 4 s run of 300 pages).
   */
  expect(inputs: number): void;
  /** Stops the worker threads. */
  close(): Promise<void>;
}

interface Job {
  doc: Document;
  resolve: (outcome: ProcessedOutcome) => void;
}

/** The machine's idle CPU time so far (ms, all cores) and when it was read: two readings give the idle cores between. */
export interface IdleReading {
  idleMs: number;
  at: number;
}

export function readIdle(): IdleReading {
  return { idleMs: cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0), at: performance.now() };
}

/** How many cores sat idle, on average, between a reading and now. */
export function idleCoresSince(start: IdleReading): number {
  const now = readIdle();
  return now.at > start.at ? (now.idleMs - start.idleMs) / (now.at - start.at) : 0;
}

/** The machine's idle CPU time and this process's own CPU time (ms, all threads) so far, and when they were read. */
export interface CpuReading extends IdleReading {
  ownMs: number;
}

export function readCpu(): CpuReading {
  const own = process.cpuUsage();
  return { ...readIdle(), ownMs: (own.user + own.system) / 1000 };
}

/**
 * How many cores the rest of the machine left this process, on average, between a reading and now: the idle ones
 * plus the ones it used itself. Unlike the idle cores alone, this is not lowered by the process's own threads, so it
 * can be read while threads started at once are loading and extracting.
 */
export function freeCoresSince(start: CpuReading): number {
  const now = readCpu();
  const span = now.at - start.at;
  return span > 0 ? (now.idleMs - start.idleMs + now.ownMs - start.ownMs) / span : 0;
}

/**
 * How many worker threads to use: `threads` when given (TRIANGULATE_THREADS); otherwise undefined, and the pool
 * measures the idle cores while it extracts the first documents itself (see `threadsForIdle`).
 */
export function extractThreads(threads?: number): number | undefined {
  return threads === undefined ? undefined : Math.max(0, Math.floor(threads));
}

/**
 * Worker threads for a machine that left `idleCores` idle while this process ran one extracting thread: none when
 * less than EXTRACT_MIN_IDLE_CORES was idle (a thread then only adds CPU), else one per further core, up to
 * EXTRACT_MAX_THREADS. The calling thread is the first core's: it reads the inputs and extracts whenever the
 * threads have enough queued (a thread of its own would load and warm up the parser once more, ~1 s of CPU).
 * @example threadsForIdle(0.95, 2) // 1 — threadsForIdle(0.2, 2) // 0
 */
export function threadsForIdle(idleCores: number, cores = availableParallelism()): number {
  return idleCores < EXTRACT_MIN_IDLE_CORES ? 0 : threadsForCores(cores);
}

/** The threads a machine of `cores` cores gets when they are free: one per core beside the calling thread's. */
function threadsForCores(cores: number): number {
  return cores < 2 ? 0 : Math.min(cores - 1, EXTRACT_MAX_THREADS);
}

/**
 * Whether threads started at once may stay: the calling thread's core plus EXTRACT_MIN_IDLE_CORES must have been
 * free, the same bar `threadsForIdle` sets while the calling thread runs alone.
 * @example keepsThreads(1.9) // true — keepsThreads(0.6) // false
 */
export function keepsThreads(freeCores: number): boolean {
  return freeCores >= 1 + EXTRACT_MIN_IDLE_CORES;
}

/** At most this many documents queued on a thread, the one it extracts included. */
const THREAD_QUEUE = 16;

/**
 * The calling thread extracts a document itself only when every thread has at least this many times its markup
 * waiting behind the page it is on: a thread's replies are taken in only between the calling thread's documents, so
 * a thread that held less sat idle while a long page was extracted beside it (with a fixed 4 documents queued, the
 * thread was idle 8% of a 300-page run). Markup length stands for extraction time; the margin covers what else the
 * calling thread does per document (reading, decoding, writing the line). Not tuned.
 */
const INLINE_BACKLOG = 1.5;

/** Starts a worker module of this folder (`extract-worker`, `brief-worker`): compiled JavaScript as is; under tsx
 *  (tests, benches) the TypeScript source, with tsx registered in the thread first (Node 20 threads do not inherit
 *  the `--import tsx` hooks). */
export function startWorker(name: string, workerData: unknown): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, import.meta.url), { workerData });
  const source = JSON.stringify(new URL(`./${name}.ts`, import.meta.url).href);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return new Worker(`import(${tsx}).then(({ register }) => { register(); return import(${source}); })`, {
    eval: true,
    workerData,
  });
}

class PoolWorker {
  private readonly worker: Worker;
  private readonly jobs = new Map<number, Job>();
  private nextJob = 0;
  /** Characters of markup in the documents the thread holds. */
  private chars = 0;
  failed = false;
  ready = false;

  constructor(
    private readonly onIdle: () => void,
    analyze: boolean,
  ) {
    this.worker = startWorker('extract-worker', { analyze });
    this.worker.unref();
    this.worker.on('message', (message: { ready?: true; job: number; outcome: ProcessedOutcome }) => {
      if (message.ready) {
        this.ready = true;
        this.onIdle();
        return;
      }
      const job = this.jobs.get(message.job);
      this.jobs.delete(message.job);
      if (job) this.chars -= job.doc.content.length;
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
      this.chars = 0;
      this.onIdle();
    };
    this.worker.on('error', (error) => fail(error.message));
    this.worker.on('exit', (code) => fail(`the extraction thread stopped (exit ${code})`));
  }

  get load(): number {
    return this.failed || !this.ready ? Number.POSITIVE_INFINITY : this.jobs.size;
  }

  /** Characters of markup the thread holds (unbounded while it cannot take documents). */
  get backlog(): number {
    return this.failed || !this.ready ? Number.POSITIVE_INFINITY : this.chars;
  }

  /**
   * Characters of markup waiting behind the document the thread is extracting (jobs are taken in order, the oldest
   * is under way and may be nearly done): what the thread surely has to do.
   */
  get waiting(): number {
    if (this.failed || !this.ready) return Number.POSITIVE_INFINITY;
    const current = this.jobs.values().next();
    return current.done ? 0 : this.chars - current.value.doc.content.length;
  }

  /** True when the thread holds as many documents as it may. */
  get full(): boolean {
    return this.load >= THREAD_QUEUE;
  }

  /** True while the thread holds documents not yet given back. */
  get busy(): boolean {
    return this.jobs.size > 0;
  }

  run(job: Job): void {
    const id = this.nextJob++;
    this.jobs.set(id, job);
    this.chars += job.doc.content.length;
    this.worker.postMessage({ job: id, doc: job.doc });
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

/**
 * An extractor with `threads` worker threads (0: everything on the calling thread; undefined: as many as the idle
 * cores measured over the first EXTRACT_SENSE_MS of extraction allow). Given `analyze` (the calling thread's copy
 * of the stage), every document is analysed in the same job, on whichever thread extracted it.
 * @example const extractor = createExtractor(); const outcome = await extractor.extract(doc); await extractor.close()
 */
export function createExtractor(
  threads?: number,
  {
    inlineFirst = true,
    idleCores = idleCoresSince,
    freeCores = freeCoresSince,
    senseMs = EXTRACT_SENSE_MS,
    analyze,
  }: {
    /** The analyze stage: outcomes then carry the analysis (worker threads load their own copy). */
    analyze?: (article: Article) => Analysis;
    /** False: every document goes to a thread (tests of the threads themselves). */
    inlineFirst?: boolean;
    /** Idle cores since a reading (replaceable so tests can pose as an idle or a busy machine). */
    idleCores?: (since: IdleReading) => number;
    /** Free cores since a reading, for threads started at once (replaceable as `idleCores`). */
    freeCores?: (since: CpuReading) => number;
    /** How long the idle cores are measured before threads start or not. */
    senseMs?: number;
  } = {},
): Extractor {
  const workers: PoolWorker[] = [];
  const queue: Job[] = [];
  const start = readIdle();
  let chosen = threads;
  let seen = 0;
  /** Threads were started at once (`expect`): the first documents need not wait for the sense span. */
  let atOnce = false;
  /** Set while threads started at once wait for the sense span to say whether the machine has room for them. */
  let eager: CpuReading | undefined;
  /** Threads found surplus: they finish the documents they hold, then stop. */
  let retired = false;
  const startWorkers = (count: number): void => {
    for (let i = 0; i < count; i++) workers.push(new PoolWorker(dispatch, analyze !== undefined));
  };
  const stopDrained = (): void => {
    if (queue.length > 0) return;
    for (let i = workers.length - 1; i >= 0; i--) {
      if (workers[i]!.busy) continue;
      void workers[i]!.stop();
      workers.splice(i, 1);
    }
  };
  // Each worker holds at most THREAD_QUEUE documents; the rest wait here (or the calling thread takes them).
  const dispatch = (): void => {
    if (retired) stopDrained();
    while (queue.length > 0) {
      const worker = workers.reduce((best, next) => (next.backlog < best.backlog ? next : best), workers[0]!);
      if (worker.load === Number.POSITIVE_INFINITY && workers.every((each) => each.failed)) {
        // Every thread failed to start or died: the calling thread does the rest.
        const job = queue.shift()!;
        job.resolve(processSafely(job.doc, analyze));
        continue;
      }
      if (worker.full) return;
      worker.run(queue.shift()!);
    }
  };
  /** Threads once the first documents are done (undefined while the idle cores are still being measured). */
  const threadCount = (): number | undefined => {
    if (eager !== undefined && performance.now() - eager.at >= senseMs) {
      const free = freeCores(eager);
      eager = undefined;
      if (!keepsThreads(free)) {
        chosen = 0;
        retired = true;
        stopDrained();
      }
    }
    if (chosen === undefined && seen > EXTRACT_INLINE_DOCUMENTS && performance.now() - start.at >= senseMs)
      chosen = threadsForIdle(idleCores(start));
    return chosen;
  };
  return {
    get capacity() {
      const count = chosen ?? 0;
      // Lines are awaited in input order: room for many, so the calling thread rarely waits on a thread's long page.
      return count === 0 ? 1 : (count + 1) * THREAD_QUEUE * 2;
    },
    settle() {
      return workers.length === 0 ? Promise.resolve() : new Promise((resolve) => setImmediate(resolve));
    },
    expect(inputs) {
      if (chosen !== undefined || seen > 0 || inputs < EXTRACT_EAGER_INPUTS) return;
      const count = threadsForCores(availableParallelism());
      if (count === 0) return;
      chosen = count;
      atOnce = true;
      eager = readCpu();
      startWorkers(count);
    },
    extract(doc) {
      seen++;
      const count = threadCount();
      if (count === undefined || count === 0 || (inlineFirst && !atOnce && seen <= EXTRACT_INLINE_DOCUMENTS))
        return Promise.resolve(processSafely(doc, analyze));
      if (workers.length === 0) startWorkers(count);
      // Until a thread has loaded, and whenever every thread has enough to do meanwhile, the calling thread extracts.
      const meanwhile = doc.content.length * INLINE_BACKLOG;
      if (inlineFirst && queue.length === 0 && workers.every((worker) => worker.full || worker.waiting >= meanwhile))
        return Promise.resolve(processSafely(doc, analyze));
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
