/** `triangulate worker`: runs stage jobs from a PostgreSQL store until Ctrl-C / SIGTERM (or idle, when asked). */
import { UsageError } from '../core/outcome.js';
import type { JobInfo } from '../queue/queue.js';
import { printable } from './safe-output.js';

export interface WorkerCommandOptions {
  db: string | undefined;
  concurrency: string | undefined;
  progress: string | undefined;
  exitWhenIdle: boolean;
  quiet: boolean;
  noEmbeddings: boolean;
}

/** How often a worker that exits when idle asks whether any job is left. */
const IDLE_CHECK_MS = 500;

/**
 * Runs until stopped; the exit code is 0 after a clean stop.
 * @example process.exitCode = await runWorkerCommand({ db: 'postgres://…', ... }, process.stderr)
 */
export async function runWorkerCommand(
  options: WorkerCommandOptions,
  stderr: NodeJS.WritableStream,
  signals: NodeJS.EventEmitter = process,
): Promise<number> {
  const db = options.db ?? process.env.TRIANGULATE_DB;
  if (db === undefined) throw new UsageError('worker needs --db postgres://user@host:port/database');
  const concurrency = positiveInteger(options.concurrency, '--concurrency', 1);
  const every = positiveInteger(options.progress, '--progress', 100, true);
  const say = (line: string) => {
    if (!options.quiet) stderr.write(`worker: ${printable(line)}\n`);
  };
  const done = new Map<string, number>();
  let total = 0;
  let failed = 0;
  const started = performance.now();
  const { startWorker } = await import('../worker/run-worker.js');
  const onJob = (job: JobInfo, error?: Error) => {
    total++;
    done.set(job.task, (done.get(job.task) ?? 0) + 1);
    if (error) {
      failed++;
      // Errors are reported even when quiet.
      stderr.write(
        `worker: ${printable(`${job.task} ${job.key ?? ''} failed (attempt ${job.attempts}): ${error.message}`)}\n`,
      );
    }
    if (every > 0 && total % every === 0) {
      const seconds = (performance.now() - started) / 1000;
      const tasks = [...done].map(([task, n]) => `${n} ${task}`).join(', ');
      say(`${total} jobs done (${tasks}), ${failed} failed, ${(total / seconds).toFixed(1)} jobs/s`);
    }
  };
  const worker = await startWorker({
    db,
    concurrency,
    onJob,
    ...(options.noEmbeddings ? { embeddings: false } : {}),
    onLog: (level, message) => say(`${level}: ${message}`),
  });
  say(`working with concurrency ${concurrency}${options.exitWhenIdle ? ' until the queue is empty' : ''}`);

  const stopped = new Promise<string>((resolve) => {
    let signalled = 0;
    const onSignal = (signal: string) => {
      signalled++;
      if (signalled > 1) {
        stderr.write('worker: stopping now; unfinished jobs are run again by the next worker\n');
        process.exit(130);
      }
      resolve(`${signal}: finishing the running jobs (again to quit at once)`);
    };
    signals.on('SIGINT', () => onSignal('SIGINT'));
    signals.on('SIGTERM', () => onSignal('SIGTERM'));
    if (options.exitWhenIdle) {
      const check = async (): Promise<void> => {
        if ((await worker.pending()) === 0) resolve('the queue is empty');
        else setTimeout(() => void check().catch(() => resolve('cannot read the queue')), IDLE_CHECK_MS);
      };
      void check();
    }
  });
  say(`stopping: ${await stopped}`);
  await worker.stop();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage();
  say(
    `stopped after ${total} jobs (${failed} failed) in ${seconds.toFixed(1)} s, CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`,
  );
  return 0;
}

function positiveInteger(value: string | undefined, name: string, fallback: number, zeroAllowed = false): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < (zeroAllowed ? 0 : 1) || n > 1000)
    throw new UsageError(`${name} takes a whole number from ${zeroAllowed ? 0 : 1} to 1000, not "${value}"`);
  return n;
}
