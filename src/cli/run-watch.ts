/** `triangulate watch`: reads the options, opens the store, runs the watch until Ctrl-C; the work is in src/watch. */
import { readFile } from 'node:fs/promises';
import { UsageError } from '../core/outcome.js';
import { isPostgresUrl, openStore } from '../store/open-store.js';
import { parseDuration } from '../watch/schedule.js';
import { parseWatchlist, type Watchlist } from '../watch/watchlist.js';
import { type Io, type Parsed, readWindowDays } from './main.js';
import { printable } from './safe-output.js';
import { watchLine } from './watch-lines.js';

/**
 * @example process.exitCode = await runWatch(['https://example.org/rss'], { every: '15m' }, io)
 */
export async function runWatch(positionals: string[], values: Parsed, io: Io): Promise<number> {
  if (positionals.length === 0)
    throw new UsageError('no sources given: name feed URLs, tg:channel, .opml files or folders');
  const everyMs = values.every === undefined ? undefined : parseDuration(values.every);
  if (values.every !== undefined && everyMs === undefined)
    throw new UsageError(`--every needs a duration such as 90s, 15m or 2h, not "${values.every}"`);
  const telegramPages = values['telegram-pages'] === undefined ? undefined : Number(values['telegram-pages']);
  if (telegramPages !== undefined && !(Number.isSafeInteger(telegramPages) && telegramPages >= 1))
    throw new UsageError('--telegram-pages needs a whole number of at least 1');
  const watchlist = await readWatchlist(values);
  if (values.webhook !== undefined && !/^https?:\/\//i.test(values.webhook))
    throw new UsageError('--webhook needs an http(s) URL');
  if (values.webhook !== undefined && watchlist.entities.length + watchlist.keywords.length === 0)
    throw new UsageError('--webhook fires on watchlist matches: add --watch-entity, --watch-keyword or --watchlist');
  const { readLlmConfig } = await import('../llm/chat-client.js');
  const llm = readLlmConfig({ url: values['llm-url'], model: values['llm-model'] }, process.env);
  const windowDays = readWindowDays(values['window-days']);
  const store = await openStore(values.db);
  // On PostgreSQL, new documents are stored and queued for `triangulate worker` instead of worked on here.
  const db = values.db ?? process.env.TRIANGULATE_DB;
  const queue =
    db !== undefined && isPostgresUrl(db)
      ? await (await import('../queue/graphile-queue.js')).createGraphileQueue({ url: db, store })
      : undefined;
  const stop = new AbortController();
  let signals = 0;
  const onSignal = () => {
    signals++;
    // A second Ctrl-C does not wait for the batch in hand: every store write is a transaction, so nothing tears.
    if (signals > 1) process.exit(130);
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const { watch } = await import('../watch/watch.js');
    await watch(positionals, {
      store,
      sink: queue === undefined ? undefined : (await import('../worker/stage-jobs.js')).createQueueSink(queue),
      process: {
        ...(values['no-embeddings'] ? { embeddings: false } : {}),
        ...(llm ? { llm } : {}),
        ...(windowDays === undefined ? {} : { windowDays }),
      },
      ...(everyMs === undefined ? {} : { everyMs }),
      ...(telegramPages === undefined ? {} : { telegramPages }),
      fetch: { allowPrivate: values['allow-private'] ?? false },
      ...(values.out === undefined ? {} : { outDir: values.out }),
      watchlist,
      ...(values.webhook === undefined ? {} : { webhook: values.webhook }),
      once: values.once ?? false,
      signal: stop.signal,
      onEvent: (event) => {
        const line = values.quiet && event.kind !== 'error' ? undefined : watchLine(event, values.verbose ?? false);
        if (line !== undefined) io.stderr.write(`${line}\n`);
      },
    });
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await queue?.close();
    await store.close();
  }
}

async function readWatchlist(values: Parsed): Promise<Watchlist> {
  const list: Watchlist = {
    entities: [...(values['watch-entity'] ?? [])],
    keywords: [...(values['watch-keyword'] ?? [])],
  };
  if (values.watchlist === undefined) return list;
  let text: string;
  try {
    text = await readFile(values.watchlist, 'utf8');
  } catch (error) {
    throw new UsageError(
      `${printable(values.watchlist)}: cannot read the watchlist (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const parsed = parseWatchlist(text);
  if (typeof parsed === 'string') throw new UsageError(`${printable(values.watchlist)}: ${parsed}`);
  return {
    entities: [...new Set([...list.entities, ...parsed.entities])],
    keywords: [...new Set([...list.keywords, ...parsed.keywords])],
  };
}
