/**
 * The job queue the pipeline's stages run on: an in-process driver (memory-queue.ts) and a PostgreSQL one on
 * graphile-worker (graphile-queue.ts), both held to one contract (test/helpers/queue-contract.ts).
 */
import type { Store } from '../store/store.js';

/** A job's data: an object, or an array (arrays of a waiting job and its replacement are concatenated). */
export type JobPayload = Record<string, unknown> | unknown[];

export interface JobSpec {
  /** The handler that runs it. */
  task: string;
  /**
   * At most one waiting job per key: adding a key whose job waits replaces that job (payload, time, attempts);
   * adding a key whose job is running adds a new job, run after it (the running one may have read an older state).
   */
  key: string;
  payload?: JobPayload;
  /** Jobs with one queue name run one at a time, whatever the number of workers and processes. */
  queue?: string;
  /** Not before this many milliseconds from now. */
  delayMs?: number;
  /** When replacing a waiting job, keep its start time: a debounce that a steady stream cannot postpone forever. */
  keepRunAt?: boolean;
  /** Runs before the job is given up (default 25); a failed run is retried after e^attempts seconds. */
  maxAttempts?: number;
}

/** What a handler learns about the job it runs. */
export interface JobInfo {
  task: string;
  key: string | undefined;
  /** Runs so far, this one included. */
  attempts: number;
}

/** Runs one job; throwing makes it a failed attempt (retried later). Handlers must be idempotent. */
export type JobHandler = (payload: JobPayload, job: JobInfo) => Promise<void>;

export interface WorkOptions {
  /** Jobs run at once in this process (default 1). */
  concurrency?: number;
  /** Called after each job, ok or failed. */
  onJob?: (job: JobInfo, error?: Error) => void;
}

/** A running set of workers. */
export interface Working {
  /** Takes no new job, waits for the running ones, and stops. */
  stop(): Promise<void>;
}

/** Inside Queue.transaction: the store bound to the transaction, and jobs committed with its writes. */
export interface QueueTransaction {
  store: Store;
  enqueue(job: JobSpec): void;
}

export interface Queue {
  /** Runs `write` in one store transaction; the jobs it enqueues commit with its writes, or are dropped with them. */
  transaction<T>(write: (tx: QueueTransaction) => Promise<T>): Promise<T>;
  /** Jobs waiting, delayed or running (of one task when given); jobs given up are not counted. */
  pending(task?: string): Promise<number>;
  /** Starts running jobs with these handlers (a job of a task without a handler waits). */
  work(handlers: Readonly<Record<string, JobHandler>>, options?: WorkOptions): Promise<Working>;
  /** Releases the queue's connections (stop workers first). */
  close(): Promise<void>;
}

/** The delay before retrying a job that failed `attempts` times: graphile-worker's rule, kept by every driver. */
export function retryDelayMs(attempts: number): number {
  return Math.round(Math.exp(Math.min(attempts, 10)) * 1000);
}

/** Default attempts before a job is given up (graphile-worker's default). */
export const DEFAULT_MAX_ATTEMPTS = 25;
