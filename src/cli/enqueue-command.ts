/** `triangulate ingest --enqueue`: store the inputs' documents and queue their jobs for `triangulate worker`. */
import { UsageError } from '../core/outcome.js';
import { printable } from './safe-output.js';

export interface EnqueueCommandOptions {
  inputs: string[];
  db: string | undefined;
  format: 'text' | 'json';
  allowPrivate: boolean;
  maxDocuments: number | undefined;
  quiet: boolean;
}

/**
 * Reads the inputs and enqueues each new document (stored and queued in one transaction).
 * @example process.exitCode = await runEnqueueCommand({ inputs: ['feeds/'], db: 'postgres://…', ... }, io)
 */
export async function runEnqueueCommand(
  options: EnqueueCommandOptions,
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Promise<number> {
  const { isPostgresUrl } = await import('../store/open-store.js');
  const db = options.db ?? process.env.TRIANGULATE_DB;
  if (db === undefined || !isPostgresUrl(db))
    throw new UsageError(
      '--enqueue needs a PostgreSQL store that workers share: --db postgres://user@host:port/database',
    );
  const [{ createPostgresStore }, { createGraphileQueue }, { enqueueInputs }] = await Promise.all([
    import('../store/postgres.js'),
    import('../queue/graphile-queue.js'),
    import('../worker/stage-jobs.js'),
  ]);
  const store = await createPostgresStore({ url: db });
  try {
    const queue = await createGraphileQueue({ url: db, store });
    try {
      const result = await enqueueInputs(options.inputs, {
        store,
        queue,
        fetch: { allowPrivate: options.allowPrivate },
        ...(options.maxDocuments === undefined ? {} : { maxDocuments: options.maxDocuments }),
        onFailure: (failure) =>
          io.stderr.write(
            `triangulate: ${printable(`${failure.input}: ${failure.error.code}: ${failure.error.message}`)}\n`,
          ),
      });
      if (options.format === 'json') io.stdout.write(`${JSON.stringify(result)}\n`);
      if (!options.quiet)
        io.stderr.write(
          `ingest: ${result.read} documents read (${result.enqueued} enqueued, ${result.read - result.enqueued - result.failures.length} already stored, ${result.failures.length} failed); 'triangulate worker --db …' works them\n`,
        );
      return 0;
    } finally {
      await queue.close();
    }
  } finally {
    await store.close();
  }
}
