/**
 * `watch`: polls feeds, pages, Telegram channels and folders on a schedule and hands what is new to a DocumentSink
 * (in process: ingest → update stories → brief the changed ones), then writes the story feeds and fires watchlist
 * alerts. What each source handled is stored (validators, seen items), so a restart refetches and redoes nothing;
 * an item counts as seen only after the sink stored it, so a crash at any point loses and duplicates nothing.
 */
import type { Document } from '../core/model.js';
import {
  WATCH_EVERY_MS,
  WATCH_REQUESTS_PER_HOST,
  WATCH_SOURCES_AT_ONCE,
  WATCH_TELEGRAM_PAGES,
} from '../core/config.js';
import type { Rejection } from '../core/outcome.js';
import type { FetchOptions } from '../ingest/fetch-url.js';
import type { ReadItem } from '../ingest/read-content.js';
import type { Store } from '../store/store.js';
import type { DocumentSink, SinkResult } from './document-sink.js';
import { createHostLimit } from './host-limit.js';
import { createInProcessSink, type InProcessSinkOptions } from './in-process-sink.js';
import { type PollContext, pollUrl } from './poll-url.js';
import { createRobotsCheck } from './robots-cache.js';
import { createFolderScanner, watchFolder } from './scan-folder.js';
import { nextPollDelay, type ScheduleOptions } from './schedule.js';
import { listWatchSources, type WatchSource } from './sources.js';
import { openStoryFeeds, type StoryFeeds } from './story-feeds.js';
import type { WatchEvent } from './watch-events.js';
import { createWebhook, type Webhook, type WebhookOptions } from './webhook.js';
import { findAlerts, isEmptyWatchlist, type Watchlist } from './watchlist.js';

export type { WatchEvent } from './watch-events.js';

export interface WatchOptions extends Partial<ScheduleOptions> {
  store: Store;
  /** Where new documents go (default: processed in this process, with `process`'s settings). */
  sink?: DocumentSink;
  process?: InProcessSinkOptions;
  fetch?: FetchOptions;
  telegramPages?: number;
  /** Writes `stories.atom` and `stories.json` of new and updated stories here. */
  outDir?: string;
  watchlist?: Watchlist;
  /** POSTs each watchlist alert here as JSON. */
  webhook?: string;
  webhookOptions?: Omit<WebhookOptions, 'onEvent'>;
  /** Poll every source once, then return (a cron job, a test). */
  once?: boolean;
  /** Stops the watch: in-flight fetches are abandoned, a batch the sink is storing is finished first. */
  signal?: AbortSignal;
  onEvent?: (event: WatchEvent) => void;
}

/** Documents handed to the sink at once: a stop waits for at most one batch. */
const SINK_BATCH = 25;
/** Alert keys are kept among the seen items under this source name. */
const ALERT_SOURCE = '#alerts';

/**
 * Watches until the signal aborts (or, with `once`, for one round of polls). Resolves with how many new documents
 * it stored.
 * @example await watch(['https://example.org/rss', 'tg:somechannel', 'inbox/'], { store, signal })
 */
export async function watch(inputs: string[], options: WatchOptions): Promise<{ newDocuments: number }> {
  const sources = await listWatchSources(inputs);
  const emit = (event: WatchEvent) => options.onEvent?.(event);
  const schedule: ScheduleOptions = { ...options, everyMs: options.everyMs ?? WATCH_EVERY_MS };
  const limit = createHostLimit(WATCH_REQUESTS_PER_HOST);
  const fetch: FetchOptions = { ...options.fetch, ...(options.signal ? { signal: options.signal } : {}) };
  const context = {
    fetch,
    limit,
    robots: createRobotsCheck(fetch, limit),
    telegramPages: options.telegramPages ?? WATCH_TELEGRAM_PAGES,
  };
  const run: Run = {
    options,
    emit,
    sink: options.sink ?? createInProcessSink(options.store, options.process),
    feeds: options.outDir === undefined ? undefined : await openStoryFeeds(options.outDir),
    webhook:
      options.webhook === undefined
        ? undefined
        : createWebhook(options.webhook, {
            fetch: options.fetch,
            ...options.webhookOptions,
            onEvent: (event) => emit({ kind: 'webhook', event }),
          }),
    sinkTurn: Promise.resolve(),
    newDocuments: 0,
  };
  emit({ kind: 'start', sources: sources.length, everyMs: schedule.everyMs });
  const slots = createHostLimit(WATCH_SOURCES_AT_ONCE);
  // Said when the stop is asked for: the batch in hand may take a while yet.
  options.signal?.addEventListener('abort', () => emit({ kind: 'stopping' }), { once: true });
  await Promise.all(sources.map((source) => followSource(source, run, context, schedule, slots)));
  await run.sinkTurn;
  await run.webhook?.close(options.once ? 30_000 : 5_000);
  emit({ kind: 'stopped', newDocuments: run.newDocuments });
  return { newDocuments: run.newDocuments };
}

interface Run {
  options: WatchOptions;
  emit: (event: WatchEvent) => void;
  sink: DocumentSink;
  feeds?: StoryFeeds;
  webhook?: Webhook;
  /** The sink takes one batch at a time (the clusterer's state is one), whichever source it came from. */
  sinkTurn: Promise<void>;
  newDocuments: number;
}

const stopped = (run: Run) => run.options.signal?.aborted === true;

/** One source's loop: poll, hand over what is new, wait (interval or backoff, jittered), again. */
async function followSource(
  source: WatchSource,
  run: Run,
  base: Omit<PollContext, 'findSeen'>,
  schedule: ScheduleOptions,
  slots: ReturnType<typeof createHostLimit>,
): Promise<void> {
  const context: PollContext = { ...base, findSeen: (ids) => run.options.store.findSeenItems(source.name, ids) };
  let wake: (() => void) | undefined;
  const scanner = source.kind === 'path' ? createFolderScanner(source.path) : undefined;
  const watcher = source.kind === 'path' && !run.options.once ? watchFolder(source.path, () => wake?.()) : undefined;
  try {
    while (!stopped(run)) {
      const failures = await slots.run('sources', () => pollOnce(source, run, context, scanner, schedule));
      if (run.options.once || stopped(run) || failures === undefined) return;
      await sleep(nextPollDelay(failures, schedule), run.options.signal, (resume) => {
        wake = resume;
      });
    }
  } finally {
    watcher?.close();
  }
}

/** Polls one source once; resolves with its failures in a row (undefined when the watch stopped mid-poll). */
async function pollOnce(
  source: WatchSource,
  run: Run,
  context: PollContext,
  scanner: ReturnType<typeof createFolderScanner> | undefined,
  schedule: ScheduleOptions,
): Promise<number | undefined> {
  const { store } = run.options;
  const state = await store.loadSourceState(source.name);
  const checkedAt = new Date().toISOString();
  if (source.kind === 'path') {
    const scan = await (scanner ?? createFolderScanner(source.path)).scan();
    await handItems(source, scan.items, run);
    return 0;
  }
  const polled = await pollUrl(source.url, state, context);
  if (stopped(run)) return undefined; // abandoned: nothing recorded, the next run polls it again
  const failures = (state?.failures ?? 0) + 1;
  switch (polled.status) {
    case 'not-modified':
      run.emit({ kind: 'not-modified', source: source.name, url: polled.url });
      await store.saveSourceState({ ...state, source: source.name, failures: 0, checkedAt });
      return 0;
    case 'blocked':
      run.emit({ kind: 'robots-blocked', source: source.name, url: polled.url, retryInMs: nextPollDelay(0, schedule) });
      await store.saveSourceState({ ...state, source: source.name, failures: 0, checkedAt });
      return 0;
    case 'failed':
      run.emit(errorEvent(source, polled.error, failures, schedule));
      await store.saveSourceState({ ...state, source: source.name, failures, checkedAt });
      return failures;
    case 'fetched': {
      const complete = await handItems(source, polled.items, run);
      if (!complete) return undefined;
      // The validators are stored last: a crash before this point means a full GET next time, never a lost item.
      const { etag, lastModified } = polled.complete ? polled : { etag: undefined, lastModified: undefined };
      await store.saveSourceState({
        source: source.name,
        ...(etag ? { etag } : {}),
        ...(lastModified ? { lastModified } : {}),
        failures: 0,
        checkedAt,
      });
      return 0;
    }
  }
}

function errorEvent(source: WatchSource, error: Rejection, failures: number, schedule: ScheduleOptions): WatchEvent {
  return {
    kind: 'error',
    source: source.name,
    message: `${error.code}: ${error.message}`,
    failures,
    retryInMs: nextPollDelay(failures, schedule),
  };
}

/** Hands a poll's unseen documents to the sink in batches; false when the watch stopped before all were handed. */
async function handItems(source: WatchSource, items: ReadItem[], run: Run): Promise<boolean> {
  const docs = new Map<string, Document>();
  for (const item of items) {
    if (item.outcome.ok) docs.set(item.outcome.value.id, item.outcome.value);
    // A post or item without text is normal in a channel or feed; other failures are worth a line.
    else if (item.outcome.error.code !== 'empty')
      run.emit({
        kind: 'item-failed',
        source: source.name,
        input: item.input,
        message: `${item.outcome.error.code}: ${item.outcome.error.message}`,
      });
  }
  const seen = await run.options.store.findSeenItems(source.name, [...docs.keys()]);
  const fresh = [...docs.values()].filter((doc) => !seen.has(doc.id));
  if (fresh.length === 0) {
    run.emit({ kind: 'unchanged', source: source.name, items: docs.size });
    return true;
  }
  for (let i = 0; i < fresh.length; i += SINK_BATCH) {
    if (stopped(run)) return false;
    const batch = fresh.slice(i, i + SINK_BATCH);
    await inTurn(run, async () => {
      const result = await run.sink.accept(batch);
      await run.options.store.markItemsSeen(
        source.name,
        batch.map((doc) => doc.id),
      );
      run.newDocuments += batch.length;
      for (const doc of batch)
        run.emit({
          kind: 'new',
          source: source.name,
          input: doc.input,
          documentId: doc.id,
          ...(doc.title ? { title: doc.title } : {}),
        });
      await publish(result, run);
    });
  }
  return true;
}

function inTurn(run: Run, task: () => Promise<void>): Promise<void> {
  const turn = run.sinkTurn.then(task);
  run.sinkTurn = turn.catch(() => undefined);
  return turn;
}

/** After a batch: the changed stories to the log and the feeds, watchlist alerts to the webhook. */
async function publish(result: SinkResult, run: Run): Promise<void> {
  for (const failed of result.failed)
    run.emit({ kind: 'item-failed', source: failed.input, input: failed.input, message: failed.message });
  if (result.stories.length === 0) return;
  run.emit({
    kind: 'stories',
    changed: result.stories.map((story) => ({ id: story.id, status: story.status, title: story.brief.title })),
  });
  if (run.feeds) {
    await run.feeds.update(result.stories, new Date());
    run.emit({ kind: 'feeds-written', dir: run.options.outDir!, stories: result.stories.length });
  }
  const list = run.options.watchlist;
  if (!list || isEmptyWatchlist(list)) return;
  const alerts = findAlerts(list, result.stories);
  const fired = await run.options.store.findSeenItems(
    ALERT_SOURCE,
    alerts.map((alert) => alert.key),
  );
  const fresh = alerts.filter((alert) => !fired.has(alert.key));
  for (const alert of fresh) {
    run.emit({ kind: 'alert', alert });
    run.webhook?.send(alert);
  }
  await run.options.store.markItemsSeen(
    ALERT_SOURCE,
    fresh.map((alert) => alert.key),
  );
}

/** Waits `ms`, or less when the signal aborts or `onWake`'s resume is called (a folder changed). */
function sleep(ms: number, signal: AbortSignal | undefined, onWake: (resume: () => void) => void): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    onWake(done);
  });
}
