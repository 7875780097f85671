/** A feed's text → one document per item: RSS 0.9x/1.0/2.0, Atom and JSON Feed (parsed by feedsmith). */
import { parseFeed } from 'feedsmith';
import type { Document } from '../core/model.js';
import { type Outcome, reject, succeed } from '../core/outcome.js';
import { makeDocument } from './document-object.js';
import { ENTITY_DECLARATION, HTML_TAG } from './patterns.js';

/** One item of a feed, read from any of the formats (fields feedsmith names differently per format). */
type Loose = Record<string, unknown>;

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const record = (value: unknown): Loose => (typeof value === 'object' && value !== null ? (value as Loose) : {});

function firstString(...values: unknown[]): string | undefined {
  for (const value of values) {
    const found = str(value) ?? list(value).map(str).find(Boolean);
    if (found) return found;
  }
  return undefined;
}

/** Author names of an item: `authors: [{ name }]`, a plain `author` string, or Dublin Core creators. */
function authorOf(item: Loose): string | undefined {
  const names = [...list(item.authors), ...list(item.author)]
    .map((author) => str(author) ?? str(record(author).name))
    .filter((name): name is string => Boolean(name));
  const creators = list(record(item.dc).creators).map(str).filter(Boolean) as string[];
  const all = [...new Set([...names, ...creators])];
  return all.length > 0 ? all.join(', ') : undefined;
}

/** The item's link: RSS `link`, JSON Feed `url`, Atom's alternate `links`, or a permalink `guid`. */
function linkOf(item: Loose): string | undefined {
  const atom = list(item.links).map(record);
  const alternate = atom.find((link) => !link.rel || link.rel === 'alternate') ?? atom[0];
  const guid = record(item.guid);
  return firstString(item.link, item.url, alternate?.href, guid.isPermaLink !== false ? guid.value : undefined);
}

/** An absolute http(s) URL for a possibly relative link, or undefined. */
function absolute(link: string | undefined, base: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    const url = base ? new URL(link, base) : new URL(link);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An ISO date for a feed date (RFC 822 or ISO 8601), or the original text when it does not parse. */
function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}

/** The fullest body an item carries: full content first, then the summary. */
function bodyOf(item: Loose): string | undefined {
  return firstString(
    record(item.content).encoded,
    item.content_html,
    record(item.content).value,
    item.content,
    item.content_text,
    item.description,
    record(item.summary).value,
    item.summary,
  );
}

function toDocument(
  item: Loose,
  label: string,
  outlet: string | undefined,
  base: string | undefined,
): Outcome<Document> {
  const body = bodyOf(item);
  const title = firstString(record(item.title).value, item.title, record(item.dc).titles);
  if (!body) return reject('empty', `${label}: the feed item has no content or summary (only its link can be read)`);
  return succeed(
    makeDocument({
      input: label,
      format: HTML_TAG.test(body) ? 'html' : 'text',
      content: body.replace(/\r\n?/g, '\n'),
      url: absolute(linkOf(item), base),
      title,
      outlet,
      author: authorOf(item),
      publishedAt: isoDate(
        firstString(item.pubDate, item.date_published, item.published, item.updated, record(item.dc).dates),
      ),
    }),
  );
}

export interface FeedItem {
  input: string;
  outcome: Outcome<Document>;
}

/**
 * Reads every item of a feed. A feed that does not parse, or that declares XML entities (an entity-expansion
 * bomb has no place in a feed), is one `unparseable` rejection.
 * @example readFeed('news.rss', rssText) // [{ input: 'news.rss#1', outcome: { ok: true, value: Document } }, …]
 */
export function readFeed(input: string, text: string, baseUrl?: string): FeedItem[] {
  if (ENTITY_DECLARATION.test(text)) {
    return [{ input, outcome: reject('unparseable', 'the feed declares XML entities (<!ENTITY>); refused as unsafe') }];
  }
  let parsed: { format: string; feed: unknown };
  try {
    const source = /^\s*[{[]/.test(text) ? JSON.parse(text) : text;
    parsed = parseFeed(source) as { format: string; feed: unknown };
  } catch (error) {
    return [{ input, outcome: reject('unparseable', `not a readable feed: ${(error as Error).message}`) }];
  }
  const feed = record(parsed.feed);
  const outlet = firstString(record(feed.title).value, feed.title);
  const base = absolute(firstString(feed.link, feed.home_page_url, feed.feed_url), baseUrl) ?? baseUrl;
  const items = [...list(feed.items), ...list(feed.entries)].map(record);
  if (items.length === 0) return [{ input, outcome: reject('empty', `the ${parsed.format} feed has no items`) }];
  return items.map((item, index) => {
    const label = `${input}#${index + 1}`;
    return { input: label, outcome: toDocument(item, label, outlet, base) };
  });
}
