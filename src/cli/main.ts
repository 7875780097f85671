/**
 * The triangulate command: parses arguments and calls the library; no logic of its own.
 * Only the argument parser and the help texts load at start: each command imports the library parts it uses when
 * it runs (`--help` and usage errors answer without loading the parser, the NLP model or a database driver).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AnalyzeLine, ExtractLine } from '../api/process-inputs.js';
import type { BriefSet } from '../core/model.js';
import type { LlmConfig } from '../llm/chat-client.js';
import { UsageError } from '../core/outcome.js';
import { HELP, VERSION } from './help.js';
import { createProgress } from './progress.js';
import { printable, readMaxDocuments, writeFileSafely } from './safe-output.js';

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  db: { type: 'string' },
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  'allow-private': { type: 'boolean' },
  'max-docs': { type: 'string' },
  'llm-url': { type: 'string' },
  'llm-model': { type: 'string' },
  'no-embeddings': { type: 'boolean' },
  // watch
  every: { type: 'string' },
  once: { type: 'boolean' },
  verbose: { type: 'boolean' },
  'telegram-pages': { type: 'string' },
  webhook: { type: 'string' },
  'watch-entity': { type: 'string', multiple: true },
  'watch-keyword': { type: 'string', multiple: true },
  watchlist: { type: 'string' },
  // worker
  concurrency: { type: 'string' },
  progress: { type: 'string' },
  'exit-when-idle': { type: 'boolean' },
  enqueue: { type: 'boolean' },
  story: { type: 'string', multiple: true },
  'window-days': { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  'no-warm': { type: 'boolean' },
} as const;

/** Options only `watch` reads; any other command refuses them rather than ignoring them. */
const WATCH_ONLY = [
  'every',
  'once',
  'verbose',
  'telegram-pages',
  'webhook',
  'watch-entity',
  'watch-keyword',
  'watchlist',
] as const;

export type Parsed = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
}

/**
 * Runs the command line and returns the exit code (0 ok, 1 failed, 2 bad usage).
 * @example process.exitCode = await main(['brief', 'examples/'])
 */
export async function main(
  argv: string[],
  io: Io = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.stdout.write(`${HELP.main}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (!(command in HELP) || command === 'main') throw new UsageError(`unknown command "${command}"`);
    const { values, positionals } = parse(rest);
    if (values.help) {
      io.stdout.write(`${HELP[command]}\n`);
      return 0;
    }
    const misplaced = WATCH_ONLY.find((name) => command !== 'watch' && values[name] !== undefined);
    if (misplaced) throw new UsageError(`--${misplaced} is a watch option`);
    switch (command) {
      case 'watch':
        return await (await import('./run-watch.js')).runWatch(positionals, values, io);
      case 'extract':
      case 'analyze':
        return await runLines(command, positionals, values, io);
      case 'brief':
        return await runBrief(positionals, values, io);
      case 'stories':
        return await runStories(positionals, values, io);
      case 'worker': {
        if (positionals.length > 0) throw new UsageError('worker takes no inputs (it runs the jobs stored in --db)');
        const { runWorkerCommand } = await import('./worker-command.js');
        return await runWorkerCommand(
          {
            db: values.db,
            concurrency: values.concurrency,
            progress: values.progress,
            exitWhenIdle: values['exit-when-idle'] ?? false,
            quiet: values.quiet ?? false,
            noEmbeddings: values['no-embeddings'] ?? false,
          },
          io.stderr,
        );
      }
      case 'ingest':
        return await runIngest(positionals, values, io);
      case 'update':
        return await runUpdate(positionals, values, io);
      case 'serve':
        return await runServe(positionals, values, io);
    }
    return 2;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(
        `triangulate: ${printable(error.message)}\nRun 'triangulate ${command && command in HELP ? `${command} ` : ''}--help' for usage.\n`,
      );
      return 2;
    }
    io.stderr.write(`triangulate: ${printable((error as Error).message)}\n`);
    return 1;
  }
}

function parse(args: string[]): { values: Parsed; positionals: string[] } {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify.*$/s, ''));
  }
}

/**
 * TRIANGULATE_THREADS=N sets the extraction and brief threads (0: none); unset or not a number: one per core when
 * cores are idle.
 */
function threadsFromEnv(): { threads?: number } {
  const value = Number.parseInt(process.env.TRIANGULATE_THREADS ?? '', 10);
  return Number.isNaN(value) || value < 0 ? {} : { threads: value };
}

function requireInputs(positionals: string[]): string[] {
  if (positionals.length === 0) throw new UsageError('no inputs given: name files, folders, URLs, or - for stdin');
  return positionals;
}

function pickFormat<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`unknown format "${value}"; expected ${allowed.join(' | ')}`);
  }
  return value as T;
}

async function runLines(
  command: 'extract' | 'analyze',
  positionals: string[],
  values: Parsed,
  io: Io,
): Promise<number> {
  pickFormat(values.format, ['jsonl'] as const, 'jsonl');
  const inputs = requireInputs(positionals);
  const progress = createProgress(io.stderr, !values.quiet);
  const options = {
    onProgress: progress.update,
    fetch: { allowPrivate: values['allow-private'] ?? false },
    maxDocuments: readMaxDocuments(values['max-docs']),
    ...threadsFromEnv(),
  };
  const { analyzeInputs, extractInputs } = await import('../api/process-inputs.js');
  const lines: AsyncIterable<ExtractLine | AnalyzeLine> =
    command === 'extract' ? extractInputs(inputs, options) : analyzeInputs(inputs, options);
  let failed = 0;
  let total = 0;
  for await (const line of lines) {
    total++;
    if (!line.ok) failed++;
    await write(io.stdout, `${JSON.stringify(line)}\n`);
  }
  progress.finish();
  if (!values.quiet) io.stderr.write(`${command}: ${total} documents, ${total - failed} ok, ${failed} failed\n`);
  return 0;
}

async function runBrief(positionals: string[], values: Parsed, io: Io): Promise<number> {
  const format = pickFormat(values.format, ['md', 'json', 'html', 'csv', 'feed'] as const, 'md');
  const { readLlmConfig } = await import('../llm/chat-client.js');
  const llm = readLlmConfig({ url: values['llm-url'], model: values['llm-model'] }, process.env);
  if (positionals.length === 0 || values.story !== undefined)
    return runBriefStored(positionals, values, io, format, llm);
  const inputs = positionals;
  const maxDocuments = readMaxDocuments(values['max-docs']); // usage errors before the pipeline loads
  const [{ brief }, { render }, { streamBriefs }] = await Promise.all([
    import('../api/brief.js'),
    import('../render/render.js'),
    import('../render/stream-briefs.js'),
  ]);
  const progress = createProgress(io.stderr, !values.quiet);
  let embedNote = '';
  // Markdown, CSV and JSON on stdout alone are written brief by brief: a large run never holds them all.
  const streamed = values.out === undefined && format !== 'html' && format !== 'feed';
  const stream = streamed ? streamBriefs(format, (text) => write(io.stdout, text)) : undefined;
  const result = await brief(inputs, {
    ...(stream
      ? {
          collect: false,
          onBrief: (made) => {
            progress.finish();
            return stream.add(made);
          },
        }
      : {}),
    db: values.db,
    fetch: { allowPrivate: values['allow-private'] ?? false },
    maxDocuments,
    onProgress: progress.update,
    ...threadsFromEnv(),
    ...(llm ? { llm } : {}),
    ...(values['no-embeddings'] ? { embeddings: false } : {}),
    ...windowOption(values['window-days']),
    onEmbed: (stats) => {
      embedNote =
        stats.asked === 0
          ? ''
          : `; ${stats.asked} sentences compared by meaning (${stats.embedded} embedded in ${(stats.embedMs / 1000).toFixed(1)} s, ${stats.cached} cached)`;
    },
    onFailure: (line) => {
      progress.finish();
      io.stderr.write(`triangulate: ${printable(`${line.input}: ${line.error.code}: ${line.error.message}`)}\n`);
    },
  });
  progress.finish();
  const stories = stream ? stream.count : result.briefs.stories.length;
  if (stories === 0) {
    io.stderr.write('triangulate: no input could be read as an article; nothing to brief\n');
    return 1;
  }
  if (stream) await stream.end();
  else await write(io.stdout, render(result.briefs, format));
  if (values.out !== undefined) await writeOut(values.out, result.briefs);
  if (!values.quiet) {
    const outNote =
      values.out === undefined
        ? ''
        : `; wrote brief.md, brief.html, brief.json, brief.csv, feed.json to ${printable(values.out)}`;
    io.stderr.write(
      `brief: ${result.read} documents read (${result.added} new, ${result.failures.length} failed), ${stories} ${stories === 1 ? 'story' : 'stories'}${embedNote}${outNote}\n`,
    );
  }
  return 0;
}

/** `brief` without inputs: the stale stories of the store (or those named by --story), briefed and printed. */
async function runBriefStored(
  positionals: string[],
  values: Parsed,
  io: Io,
  format: 'md' | 'json' | 'html' | 'csv' | 'feed',
  llm: LlmConfig | undefined,
): Promise<number> {
  if (positionals.length > 0) throw new UsageError('--story briefs stored stories: give it no inputs');
  await requireStore(values.db, 'no inputs given and');
  const [{ openStore }, { refreshBriefs }, { render }] = await Promise.all([
    import('../store/open-store.js'),
    import('../api/refresh-briefs.js'),
    import('../render/render.js'),
  ]);
  const store = await openStore(values.db);
  try {
    const briefs = await refreshBriefs(store, {
      ...(values.story ? { storyIds: values.story } : {}),
      ...(llm ? { llm } : {}),
      ...(values['no-embeddings'] ? { embeddings: false } : {}),
    });
    if (values.story && briefs.length < new Set(values.story).size) {
      const found = new Set(briefs.map((b) => b.id));
      const missing = values.story.filter((id) => !found.has(id));
      io.stderr.write(`triangulate: no story ${printable(missing.join(', '))} in the store\n`);
      if (briefs.length === 0) return 1;
    }
    const set = { version: 1 as const, stories: briefs };
    if (briefs.length > 0) await write(io.stdout, render(set, format));
    if (values.out !== undefined) await writeOut(values.out, set);
    if (!values.quiet) {
      const what = values.story ? 'asked for' : 'stale';
      io.stderr.write(`brief: ${briefs.length} ${briefs.length === 1 ? 'story' : 'stories'} ${what}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

/** A store named by a file path must exist for the commands that only read it (no empty file is left behind). */
async function requireStore(db: string | undefined, lead: string): Promise<void> {
  const { DEFAULT_DB_PATH, isPostgresUrl } = await import('../store/open-store.js');
  const path = db ?? process.env.TRIANGULATE_DB ?? DEFAULT_DB_PATH;
  if (isPostgresUrl(path) || path === ':memory:') return;
  const { existsSync } = await import('node:fs');
  if (!existsSync(path))
    throw new UsageError(`${lead} there is no store at ${path}: name files, folders, URLs, or - for stdin`);
}

async function runIngest(positionals: string[], values: Parsed, io: Io): Promise<number> {
  const format = pickFormat(values.format, ['text', 'json'] as const, 'text');
  const inputs = requireInputs(positionals);
  const maxDocuments = readMaxDocuments(values['max-docs']);
  if (values.enqueue) {
    const { runEnqueueCommand } = await import('./enqueue-command.js');
    return runEnqueueCommand(
      {
        inputs,
        db: values.db,
        format,
        allowPrivate: values['allow-private'] ?? false,
        maxDocuments,
        quiet: values.quiet ?? false,
      },
      io,
    );
  }
  const [{ openStore }, { ingestDocuments }] = await Promise.all([
    import('../store/open-store.js'),
    import('../api/ingest-documents.js'),
  ]);
  const progress = createProgress(io.stderr, !values.quiet);
  const store = await openStore(values.db);
  try {
    const result = await ingestDocuments(inputs, {
      store,
      fetch: { allowPrivate: values['allow-private'] ?? false },
      maxDocuments,
      onProgress: progress.update,
      ...threadsFromEnv(),
      onFailure: (line) => {
        progress.finish();
        io.stderr.write(`triangulate: ${printable(`${line.input}: ${line.error.code}: ${line.error.message}`)}\n`);
      },
    });
    progress.finish();
    const { articles: _articles, ...summary } = result;
    if (format === 'json') await write(io.stdout, `${JSON.stringify(summary)}\n`);
    if (!values.quiet)
      io.stderr.write(
        `ingest: ${result.read} documents read (${result.added.length} new or changed, ${result.skipped} already stored, ${result.failures.length} failed)\n`,
      );
    return 0;
  } finally {
    await store.close();
  }
}

async function runUpdate(positionals: string[], values: Parsed, io: Io): Promise<number> {
  if (positionals.length > 0) throw new UsageError('update takes no inputs (it clusters what is in the store)');
  const format = pickFormat(values.format, ['text', 'json'] as const, 'text');
  const windowDays = readWindowDays(values['window-days']);
  await requireStore(values.db, 'update:');
  const [{ openStore }, { updateStories, MAX_RETAKEN }] = await Promise.all([
    import('../store/open-store.js'),
    import('../api/update-stories.js'),
  ]);
  const store = await openStore(values.db);
  try {
    const update = await updateStories(store, windowDays === undefined ? {} : { windowDays });
    if (format === 'json') await write(io.stdout, `${JSON.stringify(update)}\n`);
    else
      for (const story of update.changed)
        await write(
          io.stdout,
          `${story.status.padEnd(6)} ${story.id}  v${story.version}  ${story.articleIds.length} articles${story.aliases.length > 0 ? `  (aliases ${story.aliases.join(' ')})` : ''}\n`,
        );
    if (!values.quiet)
      io.stderr.write(
        `update: ${update.placed} articles placed, ${update.changed.length} ${update.changed.length === 1 ? 'story' : 'stories'} changed${update.replayed ? ` (an older article arrived: ${update.retaken} placed before taken again in time order)` : ''}${update.outOfOrder > 0 ? ` (${update.outOfOrder} older placed after the newest: replaying would take more than ${Math.max(MAX_RETAKEN, update.placed)} again)` : ''}\n`,
      );
    return 0;
  } finally {
    await store.close();
  }
}

function windowOption(value: string | undefined): { windowDays?: number } {
  const windowDays = readWindowDays(value);
  return windowDays === undefined ? {} : { windowDays };
}

export function readWindowDays(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const days = Number(value);
  if (!Number.isFinite(days) || days <= 0)
    throw new UsageError(`--window-days must be a positive number, not "${value}"`);
  return days;
}

async function runStories(positionals: string[], values: Parsed, io: Io): Promise<number> {
  if (positionals.length > 0) throw new UsageError('stories takes no inputs (it lists what is in the store)');
  const format = pickFormat(values.format, ['text', 'json'] as const, 'text');
  const { listStories } = await import('../api/list-stories.js');
  const result = await listStories({ db: values.db });
  if (format === 'json') {
    await write(io.stdout, `${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  if (result.stories.length === 0)
    await write(io.stdout, 'No stories in the store yet. Run: triangulate brief <inputs...>\n');
  for (const story of result.stories) {
    await write(io.stdout, `${story.id}  ${story.title}  (${story.articles.length} articles)\n`);
    for (const article of story.articles) await write(io.stdout, `    ${article.id}  ${article.input}\n`);
  }
  return 0;
}

/** Writes every format of a brief set into a folder. */
async function writeOut(out: string, briefs: BriefSet): Promise<void> {
  const { render } = await import('../render/render.js');
  await mkdir(out, { recursive: true });
  for (const kind of ['md', 'html', 'json', 'csv'] as const) {
    await writeFileSafely(join(out, `brief.${kind}`), render(briefs, kind));
  }
  await writeFileSafely(join(out, 'feed.json'), render(briefs, 'feed'));
}

/** Writes with back-pressure, so a large output piped to a slow reader does not pile up in memory. */
function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(text, (error) => (error ? reject(error) : undefined));
    if (ok) resolve();
    else stream.once('drain', resolve);
  });
}

/** `serve`: listens until SIGINT/SIGTERM, then closes the server and the store. */
async function runServe(positionals: string[], values: Parsed, io: Io): Promise<number> {
  if (positionals.length > 0)
    throw new UsageError('serve takes no inputs (add sources in the browser or with POST /api/ingest)');
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be 0–65535, not "${values.port}"`);
  const { startServer } = await import('../server/serve.js');
  const token = process.env.TRIANGULATE_TOKEN || undefined;
  const server = await startServer({
    ...(values.db === undefined ? {} : { db: values.db }),
    host: values.host ?? '127.0.0.1',
    port,
    ...(token === undefined ? {} : { token }),
    ...(values['no-embeddings'] ? { embeddings: false } : {}),
    ...(values['no-warm'] ? { warm: false } : {}),
  });
  const writes =
    server.writes.kind === 'open'
      ? 'adding sources open to this machine'
      : server.writes.kind === 'token'
        ? 'adding sources needs the TRIANGULATE_TOKEN'
        : 'adding sources switched off (set TRIANGULATE_TOKEN to allow it)';
  if (!values.quiet)
    io.stderr.write(
      `serve: ${server.counts.articles} articles in ${server.counts.stories} ${server.counts.stories === 1 ? 'story' : 'stories'} from ${printable(values.db ?? process.env.TRIANGULATE_DB ?? 'triangulate.sqlite')}${server.counts.articles === 0 ? ' (empty: add sources in the browser, or run triangulate brief <inputs> on it)' : ''}; open ${server.url} (${writes}); Ctrl-C stops\n`,
    );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  if (!values.quiet) io.stderr.write('serve: stopped\n');
  return 0;
}
