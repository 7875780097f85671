/**
 * The triangulate command: parses arguments and calls the library; no logic of its own.
 * Only the argument parser and the help texts load at start: each command imports the library parts it uses when
 * it runs (`--help` and usage errors answer without loading the parser, the NLP model or a database driver).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AnalyzeLine, ExtractLine } from '../api/process-inputs.js';
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
  concurrency: { type: 'string' },
  progress: { type: 'string' },
  'exit-when-idle': { type: 'boolean' },
} as const;

type Parsed = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

interface Io {
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
    switch (command) {
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
          },
          io.stderr,
        );
      }
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

/** TRIANGULATE_THREADS=N sets the extraction threads (0: none); unset or not a number: one per core. */
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
  const inputs = requireInputs(positionals);
  const maxDocuments = readMaxDocuments(values['max-docs']); // usage errors before the pipeline loads
  const [{ brief }, { render }] = await Promise.all([import('../api/brief.js'), import('../render/render.js')]);
  const progress = createProgress(io.stderr, !values.quiet);
  let embedNote = '';
  const result = await brief(inputs, {
    db: values.db,
    fetch: { allowPrivate: values['allow-private'] ?? false },
    maxDocuments,
    onProgress: progress.update,
    ...threadsFromEnv(),
    ...(llm ? { llm } : {}),
    ...(values['no-embeddings'] ? { embeddings: false } : {}),
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
  if (result.briefs.stories.length === 0) {
    io.stderr.write('triangulate: no input could be read as an article; nothing to brief\n');
    return 1;
  }
  await write(io.stdout, render(result.briefs, format));
  if (values.out !== undefined) {
    await mkdir(values.out, { recursive: true });
    for (const kind of ['md', 'html', 'json', 'csv'] as const) {
      await writeFileSafely(join(values.out, `brief.${kind}`), render(result.briefs, kind));
    }
    await writeFileSafely(join(values.out, 'feed.json'), render(result.briefs, 'feed'));
  }
  if (!values.quiet) {
    const stories = result.briefs.stories.length;
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

/** Writes with back-pressure, so a large output piped to a slow reader does not pile up in memory. */
function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(text, (error) => (error ? reject(error) : undefined));
    if (ok) resolve();
    else stream.once('drain', resolve);
  });
}
