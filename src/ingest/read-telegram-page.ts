/**
 * A public Telegram channel's web preview page (`https://t.me/s/<channel>`) → one text document per post, the
 * post's links as its declared provenance (`cites`), and where the next older page starts (`?before=`).
 */
import { parseHTML } from 'linkedom';
import type { Document } from '../core/model.js';
import { type Outcome, reject, succeed } from '../core/outcome.js';
import { makeDocument } from './document-object.js';

export interface TelegramPost {
  /** `channel/123`, the page's `data-post`. */
  key: string;
  /** The post number within the channel. */
  number: number;
  outcome: Outcome<Document>;
}

export interface TelegramPage {
  channel?: string;
  posts: TelegramPost[];
  /** The `before=` value of the next older page, when the page links one (or has posts to page back from). */
  before?: number;
}

/** The preview page's own class names: the marker that says a fetched HTML page is a channel preview. */
const MESSAGE_MARKER = /class="[^"]*\btgme_widget_message_wrap\b/;

/**
 * True when an HTML page is a Telegram channel preview (it has the preview's message wrappers).
 * @example isTelegramPage('<div class="tgme_widget_message_wrap">…') // true
 */
export function isTelegramPage(html: string): boolean {
  return MESSAGE_MARKER.test(html);
}

/**
 * The channel name of a preview URL (`https://t.me/s/name`, `telegram.me/s/name`) or a `tg:name` source.
 * @example telegramChannel('https://t.me/s/durov') // 'durov'
 */
export function telegramChannel(source: string): string | undefined {
  const short = /^tg:([A-Za-z0-9_]{4,64})$/.exec(source);
  if (short) return short[1];
  const url = /^https?:\/\/(?:www\.)?(?:t\.me|telegram\.me)\/s\/([A-Za-z0-9_]{4,64})\/?(?:\?.*)?$/i.exec(source);
  return url?.[1];
}

/**
 * Reads the posts of one preview page, newest last as the page shows them. A post with no text (a photo alone) is
 * an `empty` rejection; the rest are text documents whose `cites` are the post's outbound http(s) links.
 * @example readTelegramPage('https://t.me/s/durov', html).posts[0]?.key // 'durov/345'
 */
export function readTelegramPage(pageUrl: string, html: string): TelegramPage {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const channel = textOf(document.querySelector('.tgme_channel_info_header_title')) || undefined;
  const posts: TelegramPost[] = [];
  for (const message of document.querySelectorAll('.tgme_widget_message[data-post]')) {
    const key = message.getAttribute('data-post') ?? '';
    const number = Number(/\/(\d+)$/.exec(key)?.[1]);
    if (!Number.isSafeInteger(number)) continue;
    const outlet = channel ?? (textOf(message.querySelector('.tgme_widget_message_owner_name')) || undefined);
    posts.push({ key, number, outcome: readPost(pageUrl, message, key, outlet) });
  }
  return { ...(channel ? { channel } : {}), posts, ...olderPage(document, posts) };
}

type Node = ReturnType<typeof parseHTML>['document']['body'];

function readPost(pageUrl: string, message: Node, key: string, outlet: string | undefined): Outcome<Document> {
  const label = `${pageUrl.replace(/[?#].*$/, '')}#${key.replace(/^.*\//, '')}`;
  const body = message.querySelector('.tgme_widget_message_text');
  const text = body ? postText(body) : '';
  if (!text.trim()) return reject('empty', `${label}: the post has no text (media only)`);
  const cites = body ? postLinks(body, pageUrl) : [];
  const datetime = message.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const published = datetime && !Number.isNaN(Date.parse(datetime)) ? new Date(datetime).toISOString() : undefined;
  return succeed(
    makeDocument({
      input: label,
      inputId: key,
      format: 'text',
      content: text,
      url: `https://t.me/${key}`,
      outlet,
      publishedAt: published,
      ...(cites.length > 0 ? { cites } : {}),
    }),
  );
}

/** The text a reader sees: `<br>` as a line break, every other tag as its text. */
function postText(body: Node): string {
  for (const br of body.querySelectorAll('br')) br.replaceWith('\n');
  return (body.textContent ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

/** Outbound http(s) links of the post, first-seen order; hashtag searches inside the preview are not sources. */
function postLinks(body: Node, pageUrl: string): string[] {
  const links: string[] = [];
  for (const anchor of body.querySelectorAll('a[href]')) {
    let url: URL;
    try {
      url = new URL(anchor.getAttribute('href') ?? '', pageUrl);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    if (/^\?q=/.test(url.search) && url.pathname.startsWith('/s/')) continue;
    if (!links.includes(url.href)) links.push(url.href);
  }
  return links;
}

/** The next older page: the page's "load more" link or `rel=prev`, else the lowest post number on the page. */
function olderPage(document: ReturnType<typeof parseHTML>['document'], posts: TelegramPost[]): { before?: number } {
  const more = document.querySelector('.tme_messages_more[data-before]')?.getAttribute('data-before');
  const prev = document.querySelector('link[rel="prev"][href]')?.getAttribute('href') ?? '';
  const linked = Number(more ?? /[?&]before=(\d+)/.exec(prev)?.[1]);
  if (Number.isSafeInteger(linked) && linked > 0) return { before: linked };
  const lowest = Math.min(...posts.map((post) => post.number));
  return Number.isFinite(lowest) && lowest > 1 ? { before: lowest } : {};
}

function textOf(node: Node | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
