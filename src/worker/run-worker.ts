/** `triangulate worker` as a library call: works the stage jobs of a PostgreSQL store until stopped. */
import { UsageError } from '../core/outcome.js';
import type { JobInfo } from '../queue/queue.js';
import { isPostgresUrl } from '../store/open-store.js';
import { stageHandlers } from './stage-jobs.js';

export interface WorkerOptions {
  /** The store and queue: a postgres:// URL (the only store several processes can share). */
  db: string;
  /** Jobs run at once in this process (default 1; extraction and analysis are CPU-bound, so one per core). */
  concurrency?: number;
  /** Called after each job, with its error when it failed. */
  onJob?: (job: JobInfo, error?: Error) => void;
  /** graphile-worker's warnings and errors. */
  onLog?: (level: string, message: string) => void;
  /** How often idle workers look for delayed and retried jobs, in ms (default 1000). */
  pollMs?: number;
  /** Sentence embeddings for briefs (default on: USE-lite, loaded with the first brief; false: words alone). */
  embeddings?: boolean;
}

export interface RunningWorker {
  /** Jobs waiting, delayed or running in the whole queue (every process's). */
  pending(): Promise<number>;
  /** Finishes the running jobs, takes no new one, and closes the store. */
  stop(): Promise<void>;
}

/**
 * Starts working stage jobs.
 * @example const worker = await startWorker({ db: 'postgres://postgres@127.0.0.1:5432/news', concurrency: 2 })
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  if (!isPostgresUrl(options.db))
    throw new UsageError('worker needs a PostgreSQL store: --db postgres://user@host:port/database');
  const [{ createPostgresStore }, { createGraphileQueue }] = await Promise.all([
    import('../store/postgres.js'),
    import('../queue/graphile-queue.js'),
  ]);
  const store = await createPostgresStore({ url: options.db, poolSize: (options.concurrency ?? 1) + 2 });
  try {
    const queue = await createGraphileQueue({
      url: options.db,
      store,
      ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }),
      ...(options.onLog ? { onLog: options.onLog } : {}),
    });
    const stages = options.embeddings === undefined ? {} : { embeddings: options.embeddings };
    const working = await queue.work(stageHandlers(store, queue, stages), {
      concurrency: options.concurrency ?? 1,
      ...(options.onJob ? { onJob: options.onJob } : {}),
    });
    return {
      pending: () => queue.pending(),
      async stop() {
        await working.stop();
        await queue.close();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
