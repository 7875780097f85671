/**
 * Briefing on every idle core: stories go to a brief thread while it has room and are briefed on the calling thread
 * otherwise, each brief delivered as a promise the caller awaits in story order. `briefStory` is a pure function
 * of the story, its articles and the vectors, so a brief is the same bytes whichever thread made it.
 */
import type { Worker } from 'node:worker_threads';
import { EXTRACT_SENSE_MS } from '../core/config.js';
import type { AnalyzedArticle, Brief, Story } from '../core/model.js';
import type { TextVectors } from '../core/vectors.js';
import { briefStory } from './brief-story.js';
import { idleCoresSince, readIdle, startWorker, threadsForIdle } from './extract-pool.js';

export interface BriefPool {
  /** Briefs one story; rejects when briefing it throws (as the calling thread's `briefStory` would). */
  brief(story: Story, items: AnalyzedArticle[], vectors: TextVectors): Promise<Brief>;
  /** Lets the threads' finished briefs in before the next story is placed (see `Extractor.settle`). */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Articles queued on a thread: enough that it never waits while the calling thread briefs a story of its own, few
 * enough that the two threads finish a group together (stories are briefed biggest first).
 */
const THREAD_ARTICLES = 60;

interface Job {
  story: Story;
  items: AnalyzedArticle[];
  vectors: TextVectors;
  resolve: (brief: Brief) => void;
  reject: (error: Error) => void;
}

class BriefThread {
  private readonly worker: Worker;
  private readonly jobs = new Map<number, Job>();
  private nextJob = 0;
  private sentVectors: TextVectors | undefined;
  /** Articles of the stories sent and not yet briefed. */
  queued = 0;
  ready = false;
  failed = false;

  constructor() {
    this.worker = startWorker('brief-worker', null);
    this.worker.unref();
    this.worker.on('message', (message: { ready?: true; job: number; brief?: Brief; error?: string }) => {
      if (message.ready) {
        this.ready = true;
        return;
      }
      const job = this.jobs.get(message.job);
      if (!job) return;
      this.jobs.delete(message.job);
      this.queued -= job.items.length;
      if (message.brief) job.resolve(message.brief);
      else job.reject(new Error(message.error ?? 'the brief thread gave no brief'));
    });
    // A thread that dies hands its stories back to the calling thread: the briefs are the same either way.
    const fail = () => {
      if (this.failed) return;
      this.failed = true;
      for (const job of this.jobs.values()) runInline(job);
      this.jobs.clear();
      this.queued = 0;
    };
    this.worker.on('error', fail);
    this.worker.on('exit', fail);
  }

  get hasRoom(): boolean {
    return this.ready && !this.failed && this.queued < THREAD_ARTICLES;
  }

  run(job: Job): void {
    if (job.vectors !== this.sentVectors) {
      this.worker.postMessage({ vectors: [...job.vectors] });
      this.sentVectors = job.vectors;
    }
    const id = this.nextJob++;
    this.jobs.set(id, job);
    this.queued += job.items.length;
    this.worker.postMessage({ job: id, story: job.story, items: job.items });
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

function runInline(job: Job): void {
  try {
    job.resolve(briefStory(job.story, job.items, job.vectors));
  } catch (error) {
    job.reject(error as Error);
  }
}

/**
 * A pool with `threads` brief threads (0: every story on the calling thread; undefined: as many as the idle cores
 * measured while the first stories are briefed on the calling thread allow, as the extract pool decides).
 * @example const pool = createBriefPool(1); const brief = await pool.brief(story, items, vectors); await pool.close()
 */
export function createBriefPool(threads?: number): BriefPool {
  const start = readIdle();
  let chosen = threads;
  let seen = 0;
  const workers: BriefThread[] = [];
  const threadCount = (): number => {
    if (chosen === undefined && seen > 2 && performance.now() - start.at >= EXTRACT_SENSE_MS)
      chosen = threadsForIdle(idleCoresSince(start));
    return chosen ?? 0;
  };
  return {
    brief(story, items, vectors) {
      seen++;
      const count = threadCount();
      if (count > 0 && workers.length === 0) for (let i = 0; i < count; i++) workers.push(new BriefThread());
      return new Promise((resolve, reject) => {
        const job = { story, items, vectors, resolve, reject };
        const free = workers.find((worker) => worker.hasRoom);
        if (free) free.run(job);
        else runInline(job);
      });
    },
    settle() {
      return workers.length === 0 ? Promise.resolve() : new Promise((resolve) => setImmediate(resolve));
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.stop()));
    },
  };
}
