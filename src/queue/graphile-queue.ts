/**
 * The PostgreSQL queue: graphile-worker's job tables in the store's database, so a job is added in the same
 * transaction as the stage result it follows (graphile_worker.add_job on that transaction's connection).
 *
 * A worker killed with -9 leaves its jobs locked (graphile-worker frees such locks only after four hours). So each
 * working process holds a PostgreSQL advisory lock named after its own tag for as long as it lives, and records which
 * graphile-worker pool ids are its own (table queue_pools). Every process checks, at start and every few seconds,
 * which lock holders of jobs and queues are gone (their process's advisory lock can be taken) and unlocks their
 * jobs, so a restarted or surviving worker runs them again.
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { Logger, makeWorkerUtils, run, type TaskList, type WorkerEvents } from 'graphile-worker';
import pg from 'pg';
import type { Store } from '../store/store.js';
import type { JobSpec, Queue, WorkOptions, Working } from './queue.js';
import { DEFAULT_MAX_ATTEMPTS } from './queue.js';

export interface GraphileQueueOptions {
  /** The store's PostgreSQL database (postgres://…); the job tables go into its `graphile_worker` schema. */
  url: string;
  /** The store on that database: jobs are added inside its transactions. */
  store: Store;
  /** How often idle workers look for delayed and retried jobs (new jobs arrive at once by LISTEN/NOTIFY). */
  pollMs?: number;
  /** Where graphile-worker's warnings and errors go (default: nowhere; job errors reach WorkOptions.onJob). */
  onLog?: (level: string, message: string) => void;
}

/** The first key of the liveness advisory locks (the second is a hash of the process's tag). */
const LIVENESS_LOCK_CLASS = 7_261_845;
/** How often a working process frees the jobs of workers that died. */
const RECOVERY_INTERVAL_MS = 5_000;
/** A lock by a pool no process claims (not a triangulate worker's) is taken as dead after this long. */
const UNCLAIMED_LOCK_MS = 60_000;
/** How long a stopping worker waits for graphile-worker to record its last completions. */
const STOP_SETTLE_MS = 5_000;

/**
 * Opens the queue, creating graphile-worker's schema when missing.
 * @example const queue = await createGraphileQueue({ url, store })
 */
export async function createGraphileQueue(options: GraphileQueueOptions): Promise<Queue> {
  const logger = quietLogger(options.onLog);
  const utils = await makeWorkerUtils({ connectionString: options.url, logger });
  await utils.migrate();
  const pool = new pg.Pool({ connectionString: options.url, max: 2 });
  pool.on('error', (error) => options.onLog?.('error', error.message));
  await pool.query('create table if not exists queue_pools (pool_id text primary key, process_tag text not null)');
  const { store } = options;

  /** Unlocks the jobs and queues whose locking process is gone; `own` are this process's pool ids. */
  const freeDeadWorkers = async (own: ReadonlySet<string>): Promise<void> => {
    const client = await pool.connect();
    try {
      const { rows } = await client.query<{ id: string; tag: string | null; unclaimed: boolean }>(
        `select l.id, p.process_tag as tag, min(l.locked_at) < now() - make_interval(secs => $1) as unclaimed
         from (select locked_by as id, locked_at from graphile_worker._private_jobs where locked_by is not null
               union all
               select locked_by, locked_at from graphile_worker._private_job_queues where locked_by is not null) l
         left join queue_pools p on p.pool_id = l.id
         group by l.id, p.process_tag`,
        [UNCLAIMED_LOCK_MS / 1000],
      );
      const dead: string[] = [];
      const deadTags = new Set<string>();
      for (const { id, tag, unclaimed } of rows) {
        if (own.has(id)) continue;
        if (tag === null) {
          if (unclaimed) dead.push(id);
          continue;
        }
        const taken = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1, hashtext($2)) as ok', [
          LIVENESS_LOCK_CLASS,
          tag,
        ]);
        if (!taken.rows[0]!.ok) continue; // its process still holds it: alive
        await client.query('select pg_advisory_unlock($1, hashtext($2))', [LIVENESS_LOCK_CLASS, tag]);
        dead.push(id);
        deadTags.add(tag);
      }
      if (dead.length > 0) await utils.forceUnlockWorkers(dead);
      if (deadTags.size > 0) await client.query('delete from queue_pools where process_tag = any($1)', [[...deadTags]]);
    } finally {
      client.release();
    }
  };

  return {
    async transaction(write) {
      return store.transaction(async (txStore) => {
        const added: JobSpec[] = [];
        const result = await write({ store: txStore, enqueue: (job) => added.push(job) });
        for (const job of added) {
          await txStore.execute(
            `select graphile_worker.add_job(identifier => $1, payload => $2::json, queue_name => $3,
               run_at => now() + make_interval(secs => $4), max_attempts => $5, job_key => $6, job_key_mode => $7)`,
            [
              job.task,
              JSON.stringify(job.payload ?? {}),
              job.queue ?? null,
              (job.delayMs ?? 0) / 1000,
              job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
              job.key,
              job.keepRunAt ? 'preserve_run_at' : 'replace',
            ],
          );
        }
        return result;
      });
    },

    async pending(task) {
      // A superseded job (its key moved to a newer one) has attempts = max_attempts but still counts while running.
      const { rows } = await pool.query<{ n: string }>(
        `select count(*) as n from graphile_worker._private_jobs j
         join graphile_worker._private_tasks t on t.id = j.task_id
         where ($1::text is null or t.identifier = $1) and (j.attempts < j.max_attempts or j.locked_at is not null)`,
        [task ?? null],
      );
      return Number(rows[0]!.n);
    },

    async work(handlers, workOptions: WorkOptions = {}) {
      const slots = Math.max(1, workOptions.concurrency ?? 1);
      const tag = randomBytes(9).toString('hex');
      // The liveness lock lives as long as this connection, which ends with the process, however it ends.
      const liveness = new pg.Client({ connectionString: options.url });
      liveness.on('error', (error) => options.onLog?.('error', error.message));
      await liveness.connect();
      await liveness.query('select pg_advisory_lock($1, hashtext($2))', [LIVENESS_LOCK_CLASS, tag]);
      const own = new Set<string>();
      const claims: Promise<unknown>[] = [];
      const events = new EventEmitter() as WorkerEvents;
      events.on('pool:create', ({ workerPool }) => {
        own.add(workerPool.id);
        claims.push(
          pool.query('insert into queue_pools (pool_id, process_tag) values ($1, $2) on conflict do nothing', [
            workerPool.id,
            tag,
          ]),
        );
      });
      await freeDeadWorkers(own);
      const taskList: TaskList = {};
      for (const [task, handler] of Object.entries(handlers)) {
        taskList[task] = async (payload, helpers) => {
          const info = { task, key: helpers.job.key ?? undefined, attempts: helpers.job.attempts };
          try {
            await handler(payload as never, info);
            workOptions.onJob?.(info);
          } catch (error) {
            workOptions.onJob?.(info, error instanceof Error ? error : new Error(String(error)));
            throw error;
          }
        };
      }
      // graphile-worker's own pg pool would be ended on stop before the last job's completion is written.
      const jobPool = new pg.Pool({ connectionString: options.url, max: slots + 2 });
      jobPool.on('error', (error) => options.onLog?.('error', error.message));
      jobPool.on('connect', (client) => client.on('error', (error) => options.onLog?.('error', error.message)));
      const runner = await run({
        pgPool: jobPool,
        concurrency: slots,
        noHandleSignals: true,
        pollInterval: options.pollMs ?? 1000,
        taskList,
        crontab: '',
        logger,
        events,
        // Asked before every job is taken: the first waits until this process has claimed its pool, so no job is
        // ever locked by a pool that a crash would leave unclaimed.
        forbiddenFlags: async () => {
          await Promise.all(claims);
          return null;
        },
      });
      const recovery = setInterval(() => {
        freeDeadWorkers(own).catch((error: Error) => options.onLog?.('error', `recovery: ${error.message}`));
      }, RECOVERY_INTERVAL_MS);
      recovery.unref();
      return {
        async stop() {
          clearInterval(recovery);
          await runner.stop();
          // graphile-worker writes the last jobs' completion after stop() resolves: wait for it before ending the pool.
          for (let waited = 0; waited < STOP_SETTLE_MS; waited += 50) {
            const { rows } = await pool.query<{ n: string }>(
              'select count(*) as n from graphile_worker._private_jobs where locked_by = any($1)',
              [[...own]],
            );
            if (rows[0]!.n === '0') break;
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          await jobPool.end();
          await pool.query('delete from queue_pools where process_tag = $1', [tag]);
          await liveness.end();
        },
      } satisfies Working;
    },

    async close() {
      await utils.release();
      await pool.end();
    },
  };
}

/** graphile-worker's log, reduced to warnings and errors handed to `onLog`. */
function quietLogger(onLog: GraphileQueueOptions['onLog']): Logger {
  return new Logger(() => (level, message) => {
    if (level === 'error' || level === 'warning') onLog?.(level, message);
  });
}
