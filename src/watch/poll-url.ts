/**
 * Polls one URL source: robots.txt first, then a conditional GET (ETag / If-Modified-Since) through the guarded
 * fetcher, at most two requests per host; a feed gives its items, a channel preview page its posts (paging back
 * with `?before=` until a post already seen), any other page one document.
 */
import type { Rejection } from '../core/outcome.js';
import { decodeHtml } from '../ingest/decode-html.js';
import { type FetchOptions, type Fetched, fetchUrl } from '../ingest/fetch-url.js';
import { type ReadItem, readContent, sniffKind } from '../ingest/read-content.js';
import { isTelegramPage, readTelegramPage } from '../ingest/read-telegram-page.js';
import type { SourceState } from '../store/watch-state.js';
import type { HostLimit } from './host-limit.js';
import type { RobotsCheck } from './robots-cache.js';

export interface PollContext {
  fetch: FetchOptions;
  limit: HostLimit;
  robots: RobotsCheck;
  /** Channel pages read back on one poll at most (the first poll of a channel reads this many). */
  telegramPages: number;
  /** Which of these document ids this source already handled (paging stops at the first page holding one). */
  findSeen: (ids: string[]) => Promise<Set<string>>;
}

export type Polled =
  | { status: 'not-modified'; url: string }
  | {
      status: 'fetched';
      url: string;
      items: ReadItem[];
      etag?: string;
      lastModified?: string;
      pages: number;
      /** False when paging back stopped on an error: the validators must not be kept (a 304 would hide the rest). */
      complete: boolean;
    }
  | { status: 'blocked'; url: string }
  | { status: 'failed'; url: string; error: Rejection };

/**
 * @example await pollUrl('https://example.org/rss', state, context) // { status: 'not-modified', … } on a 304
 */
export async function pollUrl(url: string, state: SourceState | undefined, context: PollContext): Promise<Polled> {
  const first = await guardedGet(url, context, conditionalHeaders(state));
  if (first.status !== 'ok') return first;
  const fetched = first.fetched;
  if (fetched.notModified) return { status: 'not-modified', url };
  const validators = { etag: fetched.etag, lastModified: fetched.lastModified };
  const text = decodeHtml(fetched.bytes, fetched.contentType);
  if (text.ok && isTelegramPage(text.value)) {
    const read = await readChannel(url, text.value, context);
    return { status: 'fetched', url, ...validators, ...read };
  }
  const kind = sniffKind(fetched.bytes) ?? fetched.kind;
  const items = await readContent(url, fetched.bytes, kind === 'opml' ? 'feed' : kind, {
    contentType: fetched.contentType,
    baseUrl: fetched.url,
  });
  return { status: 'fetched', url, ...validators, items, pages: 1, complete: true };
}

function conditionalHeaders(state: SourceState | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (state?.etag) headers['if-none-match'] = state.etag;
  if (state?.lastModified) headers['if-modified-since'] = state.lastModified;
  return headers;
}

type Got = { status: 'ok'; fetched: Fetched } | Exclude<Polled, { status: 'fetched' } | { status: 'not-modified' }>;

/** One GET that robots.txt allows, within the per-host limit. */
async function guardedGet(url: string, context: PollContext, headers: Record<string, string> = {}): Promise<Got> {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return { status: 'failed', url, error: { code: 'unparseable', message: `not a valid URL: ${url}` } };
  }
  if (!(await context.robots.allows(url))) return { status: 'blocked', url };
  const fetched = await context.limit.run(host, () => fetchUrl(url, { ...context.fetch, headers }));
  return fetched.ok ? { status: 'ok', fetched: fetched.value } : { status: 'failed', url, error: fetched.error };
}

/** The posts of a channel's newest page and, back to the first seen post, of older pages; oldest first. */
async function readChannel(
  url: string,
  firstPage: string,
  context: PollContext,
): Promise<{ items: ReadItem[]; pages: number; complete: boolean }> {
  const base = url.replace(/[?#].*$/, '');
  const items: ReadItem[] = [];
  let page = readTelegramPage(base, firstPage);
  let pages = 1;
  for (;;) {
    const postItems = page.posts.map((post) => ({
      input: `${base}#${post.number}`,
      inputId: post.key,
      outcome: post.outcome,
    }));
    items.unshift(...postItems);
    const ids = postItems.flatMap((item) => (item.outcome.ok ? [item.outcome.value.id] : []));
    const seen = await context.findSeen(ids);
    if (seen.size > 0 || page.before === undefined || page.posts.length === 0 || pages >= context.telegramPages) break;
    const older = await guardedGet(`${base}?before=${page.before}`, context);
    // The newer pages already read still count; the rest waits for the next poll.
    if (older.status !== 'ok') return { items, pages, complete: false };
    const text = decodeHtml(older.fetched.bytes, older.fetched.contentType);
    if (!text.ok || !isTelegramPage(text.value)) return { items, pages, complete: false };
    page = readTelegramPage(base, text.value);
    pages++;
  }
  return { items, pages, complete: true };
}
