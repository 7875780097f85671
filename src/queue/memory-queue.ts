/**
 * The in-process queue: jobs in memory, run by async loops in this process, with the same keys, queue names,
 * delays and retries as the PostgreSQL driver. Jobs are lost when the process ends: for one-process use and tests.
 */
import type { Store } from '../store/store.js';
import {
  DEFAULT_MAX_ATTEMPTS,
  type JobHandler,
  type JobInfo,
  type JobPayload,
  type JobSpec,
  type Queue,
  retryDelayMs,
  type WorkOptions,
  type Working,
} from './queue.js';

interface MemoryJob {
  id: number;
  task: string;
  key: string | undefined;
  payload: JobPayload;
  queue: string | undefined;
  runAt: number;
  attempts: number;
  maxAttempts: number;
  running: boolean;
}

/**
 * @example const queue = createMemoryQueue(store); await queue.transaction(async (tx) => tx.enqueue({ task: 'x', key: 'x:1' }))
 */
export function createMemoryQueue(store: Store): Queue {
  const jobs: MemoryJob[] = [];
  const busyQueues = new Set<string>();
  const wakers = new Set<() => void>();
  let nextId = 1;
  const wake = () => {
    for (const waker of wakers) waker();
  };

  const insert = (spec: JobSpec): void => {
    const runAt = Date.now() + (spec.delayMs ?? 0);
    const maxAttempts = spec.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    const payload = spec.payload ?? {};
    const existing = jobs.find((job) => job.key === spec.key);
    if (existing?.running) {
      // Superseded: it keeps running but is neither retried nor counted once a newer job holds its key.
      existing.key = undefined;
      existing.attempts = existing.maxAttempts;
    } else if (existing) {
      existing.payload =
        Array.isArray(existing.payload) && Array.isArray(payload) ? [...existing.payload, ...payload] : payload;
      existing.runAt = spec.keepRunAt && existing.attempts === 0 ? existing.runAt : runAt;
      existing.task = spec.task;
      existing.queue = spec.queue;
      existing.maxAttempts = maxAttempts;
      existing.attempts = 0;
      return;
    }
    jobs.push({
      id: nextId++,
      task: spec.task,
      key: spec.key,
      payload,
      queue: spec.queue,
      runAt,
      attempts: 0,
      maxAttempts,
      running: false,
    });
  };

  const next = (handlers: Readonly<Record<string, JobHandler>>): MemoryJob | undefined => {
    const now = Date.now();
    let best: MemoryJob | undefined;
    for (const job of jobs) {
      if (job.running || job.runAt > now || job.attempts >= job.maxAttempts || !(job.task in handlers)) continue;
      if (job.queue !== undefined && busyQueues.has(job.queue)) continue;
      if (!best || job.runAt < best.runAt || (job.runAt === best.runAt && job.id < best.id)) best = job;
    }
    return best;
  };

  /** Milliseconds until the earliest delayed or retried job is due (a cap on how long a loop sleeps). */
  const untilNextDue = (): number => {
    const due = jobs.filter((job) => !job.running && job.attempts < job.maxAttempts).map((job) => job.runAt);
    return due.length === 0 ? 1000 : Math.max(1, Math.min(1000, Math.min(...due) - Date.now()));
  };

  const runOne = async (job: MemoryJob, handlers: Readonly<Record<string, JobHandler>>, options: WorkOptions) => {
    job.running = true;
    job.attempts++;
    if (job.queue !== undefined) busyQueues.add(job.queue);
    const info: JobInfo = { task: job.task, key: job.key, attempts: job.attempts };
    try {
      await handlers[job.task]!(job.payload, info);
      jobs.splice(jobs.indexOf(job), 1);
      options.onJob?.(info);
    } catch (error) {
      job.runAt = Date.now() + retryDelayMs(job.attempts);
      options.onJob?.(info, error instanceof Error ? error : new Error(String(error)));
    } finally {
      job.running = false;
      if (job.queue !== undefined) busyQueues.delete(job.queue);
      wake();
    }
  };

  return {
    async transaction(write) {
      const added: JobSpec[] = [];
      const result = await store.transaction((txStore) => write({ store: txStore, enqueue: (job) => added.push(job) }));
      // Only after the commit: a transaction that throws leaves no job behind.
      for (const job of added) insert(job);
      if (added.length > 0) wake();
      return result;
    },
    async pending(task) {
      return jobs.filter(
        (job) => (task === undefined || job.task === task) && (job.running || job.attempts < job.maxAttempts),
      ).length;
    },
    async work(handlers, options = {}) {
      let stopping = false;
      const loop = async (): Promise<void> => {
        while (!stopping) {
          const job = next(handlers);
          if (job) {
            await runOne(job, handlers, options);
            continue;
          }
          await new Promise<void>((resolve) => {
            const done = () => {
              clearTimeout(timer);
              wakers.delete(done);
              resolve();
            };
            const timer = setTimeout(done, untilNextDue());
            wakers.add(done);
          });
        }
      };
      const loops = Array.from({ length: Math.max(1, options.concurrency ?? 1) }, loop);
      return {
        async stop() {
          stopping = true;
          wake();
          await Promise.all(loops);
        },
      } satisfies Working;
    },
    async close() {
      wake();
    },
  };
}
