/** Every input format INTERFACE.md lists, on real samples: feeds, JSON Feed, OPML over a loopback server, Telegram exports, WARC, .gz. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { WARCRecord, WARCSerializer } from 'warcio';
import { loadAeb } from '../bench/shared-data.js';
import type { Document } from '../src/core/model.js';
import { ingest } from '../src/ingest/ingest.js';
import { type ReadItem, readContent, readOpml } from '../src/ingest/read-content.js';
import { readFeed } from '../src/ingest/read-feed.js';
import { readTelegram } from '../src/ingest/read-telegram.js';
import { DATA } from '../bench/shared-data.js';
import { tempDir } from './helpers/shared.js';

const FEEDS = join(DATA, 'feeds-samples');
const RSS_PARSER = join(FEEDS, 'rss-parser');
const ok = (items: ReadItem[]): Document[] => items.flatMap((item) => (item.outcome.ok ? [item.outcome.value] : []));

interface Expected {
  title?: string;
  link?: string;
  isoDate?: string;
}

describe('feeds (../shared/data/feeds-samples)', () => {
  const stems = readdirSync(join(RSS_PARSER, 'expected-output')).map((name) => name.replace(/\.json$/, ''));

  test('items match rss-parser’s expected output: count, link and date of every item', async () => {
    let compared = 0;
    for (const stem of stems) {
      const input = readdirSync(join(RSS_PARSER, 'input')).find((name) => name.startsWith(`${stem}.`))!;
      const expected = (
        JSON.parse(readFileSync(join(RSS_PARSER, 'expected-output', `${stem}.json`), 'utf8')) as {
          feed: { items: Expected[] };
        }
      ).feed.items;
      const items = await readContent(input, readFileSync(join(RSS_PARSER, 'input', input)));
      if (expected.length === 0) continue;
      assert.equal(items.length, expected.length, `${stem}: item count`);
      items.forEach((item, i) => {
        if (!item.outcome.ok) return;
        const want = expected[i]!;
        if (want.link?.startsWith('http'))
          assert.equal(item.outcome.value.url, new URL(want.link).href, `${stem}#${i + 1} link`);
        if (want.isoDate) assert.equal(item.outcome.value.publishedAt, want.isoDate, `${stem}#${i + 1} date`);
        compared++;
      });
    }
    assert.ok(compared > 300, `compared ${compared} items`);
  });

  test('an ISO-8859-1 feed decodes by its XML declaration (no replacement characters)', async () => {
    const docs = ok(await readContent('encoding.rss', readFileSync(join(RSS_PARSER, 'input', 'encoding.rss'))));
    assert.equal(docs.length, 40);
    for (const doc of docs) assert.ok(!`${doc.title}${doc.content}`.includes('\ufffd'), doc.title);
    assert.ok(docs.some((doc) => /[ãçéí]/.test(doc.title ?? '')));
  });

  test('RSS 1.0, RSS 0.92, Atom and JSON Feed each give documents with title, url and body', async () => {
    for (const [name, path] of [
      ['craigslist.rss', join(RSS_PARSER, 'input', 'craigslist.rss')],
      ['heraldsun.rss', join(RSS_PARSER, 'input', 'heraldsun.rss')],
      ['heise.atom', join(RSS_PARSER, 'input', 'heise.atom')],
      ['feed.json', join(FEEDS, 'feed-extractor', 'json-feed-standard-realworld.json')],
    ] as const) {
      const docs = ok(await readContent(name, readFileSync(path)));
      assert.ok(docs.length > 0, name);
      for (const doc of docs) {
        assert.ok(doc.title && doc.url?.startsWith('http') && doc.content.trim(), `${name}: ${doc.input}`);
      }
    }
  });

  test('relative item links resolve against the URL the feed was fetched from', async () => {
    const bytes = readFileSync(join(FEEDS, 'feed-extractor', 'json-feed-miss-base-url.json'));
    const docs = ok(
      await readContent('feed.json', bytes, undefined, { baseUrl: 'https://jsonfeed.example/feed.json' }),
    );
    assert.ok(docs.length > 0);
    for (const doc of docs) assert.match(doc.url ?? '', /^https:\/\/jsonfeed\.example\/\d{4}\//);
  });

  test('an HTML page named .rss is one clear error; a .gz of a feed reads like the feed', async () => {
    const [bad] = await readContent('moved.rss', readFileSync(join(RSS_PARSER, 'input', 'unrecognized.rss')));
    assert.ok(bad && !bad.outcome.ok && bad.outcome.error.code === 'unparseable');
    const raw = readFileSync(join(RSS_PARSER, 'input', 'guardian.rss'));
    const ids = (docs: Document[]) => docs.map((doc) => doc.id);
    assert.deepEqual(ids(ok(await readContent('g.rss.gz', gzipSync(raw)))), ids(ok(await readContent('g.rss', raw))));
  });

  test('the feed reader never throws on arbitrary text (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constantFrom('<rss><channel><item>', '<feed', '{"version":"https://jsonfeed.org/version/1"}'),
        ),
        (text) => {
          assert.ok(readFeed('x.rss', text).length > 0);
          assert.equal(typeof readOpml(text).ok, 'boolean');
        },
      ),
    );
  });
});

describe('OPML over a loopback fixture server', () => {
  const guardian = readFileSync(join(RSS_PARSER, 'input', 'guardian.rss'));
  const heise = readFileSync(join(RSS_PARSER, 'input', 'heise.atom'));
  let base = '';
  const server = createServer((request, response) => {
    const body = request.url === '/guardian.rss' ? guardian : request.url === '/heise.atom' ? heise : undefined;
    response.writeHead(body ? 200 : 404, { 'content-type': 'application/rss+xml' });
    response.end(body);
  });
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  test('each feed of the list is fetched and read; a missing feed is one error; private hosts need allowPrivate', async () => {
    const dir = tempDir('opml');
    const list = join(dir, 'subscriptions.opml');
    writeFileSync(
      list,
      `<?xml version="1.0"?><opml version="2.0"><head><title>news</title></head><body><outline text="folder">` +
        `<outline type="rss" text="g" xmlUrl="${base}/guardian.rss"/><outline type="rss" text="h" xmlUrl="${base}/heise.atom"/>` +
        `<outline type="rss" text="gone" xmlUrl="${base}/gone.rss"/></outline></body></opml>`,
    );
    const items: ReadItem[] = [];
    for await (const item of ingest([list], { fetch: { allowPrivate: true } })) items.push(item);
    assert.equal(ok(items).length, 55 + 15);
    assert.equal(items.filter((item) => !item.outcome.ok).length, 1);
    const blocked: ReadItem[] = [];
    for await (const item of ingest([list])) blocked.push(item);
    assert.equal(ok(blocked).length, 0);
    assert.equal(blocked.length, 3);
  });
});

describe('Telegram Desktop exports built from real channel posts', () => {
  const raw = join(DATA, 'telegram-ru-news-posts', 'raw');
  const file = readdirSync(raw).sort()[0]!;
  const posts = (
    JSON.parse(readFileSync(join(raw, file), 'utf8')) as {
      message_id: number;
      text: string;
      date: string;
      channel: string;
    }[]
  ).slice(0, 40);

  /** The Desktop format: text as a plain string, or as an array of strings and entities when the post has links/formatting. */
  function desktopExport() {
    return {
      name: posts[0]!.channel,
      type: 'public_channel',
      id: 1000,
      messages: [
        { id: 1, type: 'service', date: posts[0]!.date.slice(0, 19), action: 'create_channel', text: '' },
        ...posts.map((post, i) => {
          const words = post.text.split(' ');
          const half = Math.floor(words.length / 2);
          const text =
            i % 2 === 0
              ? post.text
              : [
                  words.slice(0, half).join(' ') + (half > 0 ? ' ' : ''),
                  { type: 'bold', text: words.slice(half).join(' ') },
                ];
          const message: Record<string, unknown> = {
            id: post.message_id,
            type: 'message',
            date: post.date.slice(0, 19),
            date_unixtime: String(Math.floor(Date.parse(post.date) / 1000)),
            from: post.channel,
            text,
          };
          if (i % 5 === 0) message.forwarded_from = 'РИА Новости';
          return message;
        }),
        { id: 999999, type: 'message', date: posts[0]!.date.slice(0, 19), photo: '(File not included.)', text: '' },
      ],
    };
  }

  test('each message becomes a text document keeping its text, date, channel and forward source', async () => {
    const exported = desktopExport();
    const items = await readContent('ChatExport/result.json', Buffer.from(JSON.stringify(exported)));
    const docs = ok(items);
    const withText = posts.filter((post) => post.text.trim());
    assert.equal(docs.length, withText.length);
    assert.equal(items.filter((item) => !item.outcome.ok).length, 1 + (posts.length - withText.length));
    for (const post of withText) {
      const doc = docs.find((d) => d.inputId === String(post.message_id))!;
      assert.equal(doc.content, post.text.replace(/\r\n?/g, '\n'));
      assert.equal(doc.outlet, post.channel);
      assert.equal(doc.publishedAt, new Date(Math.floor(Date.parse(post.date) / 1000) * 1000).toISOString());
    }
    assert.ok(docs.some((doc) => doc.author === 'РИА Новости'));
  });

  test('the reader never throws on arbitrary message shapes (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 20 }), (messages) => {
        assert.ok(readTelegram('r.json', { messages }).length > 0);
      }),
    );
  });
});

describe('WARC archives built from real benchmark pages', () => {
  const pages = loadAeb().slice(0, 4);
  const gold = JSON.parse(readFileSync(join(DATA, 'aeb', 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string }
  >;

  async function archive(): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    for (const page of pages) {
      const url = gold[page.id]!.url;
      const request = WARCRecord.create({ url, type: 'request', httpHeaders: {}, statusline: 'GET / HTTP/1.1' }, [
        new Uint8Array(),
      ]);
      const response = WARCRecord.create(
        {
          url,
          type: 'response',
          httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' },
          statusline: 'HTTP/1.1 200 OK',
        },
        [Buffer.from(page.html)],
      );
      parts.push(await WARCSerializer.serialize(request), await WARCSerializer.serialize(response));
    }
    return Buffer.concat(parts);
  }

  test('each HTML response record becomes a document with its URL; requests are skipped; .warc.gz reads the same', async () => {
    const bytes = await archive();
    const docs = ok(await readContent('crawl.warc', bytes));
    assert.deepEqual(
      docs.map((doc) => doc.url),
      pages.map((page) => gold[page.id]!.url),
    );
    assert.deepEqual(
      docs.map((doc) => doc.content),
      pages.map((page) => page.html),
    );
    assert.equal(ok(await readContent('crawl.warc.gz', gzipSync(bytes))).length, pages.length);
  });

  test('a damaged archive keeps the records before the damage and reports one error', async () => {
    const bytes = await archive();
    const items = await readContent('cut.warc', bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    assert.equal(items.filter((item) => !item.outcome.ok).length, 1);
    assert.ok(ok(items).length >= 1 && ok(items).length < pages.length);
  });
});
