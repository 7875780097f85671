/**
 * `watch` end to end on loopback, through the incremental core: a Telegram channel (preview pages built from real
 * posts) read page by page and then only its new posts; the Atom and JSON feeds of the changed stories; a watchlist
 * whose alerts reach a webhook that fails once; a folder whose new file is picked up without waiting for the schedule.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseFeed } from 'feedsmith';
import { watchLine } from '../src/cli/watch-lines.js';
import { createSqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/store.js';
import { ATOM_FILE, JSON_FEED_FILE } from '../src/watch/story-feeds.js';
import { type WatchEvent, type WatchOptions, watch } from '../src/watch/watch.js';
import { onlyTestServer, type RouteServer, startRouteServer } from './helpers/route-server.js';
import { REPO_ROOT, seedPaths, tempDir } from './helpers/shared.js';
import { type ChannelPost, channelFiles, postUrls, previewPage, readChannel } from './helpers/telegram-preview.js';

const ajv = new Ajv2020({ strict: true, allErrors: true });
const schema = (name: string) => ajv.compile(JSON.parse(readFileSync(join(REPO_ROOT, 'schema', name), 'utf8')));
let server: RouteServer;
let posts: ChannelPost[] = [];
let visible = 0;
const webhookBodies: Record<string, unknown>[] = [];
let webhookCalls = 0;

async function run(
  inputs: string[],
  options: Partial<WatchOptions> & { store: Store },
): Promise<{ events: WatchEvent[]; lines: string[] }> {
  const events: WatchEvent[] = [];
  await watch(inputs, {
    once: true,
    fetch: { isBlocked: onlyTestServer },
    process: { embeddings: false },
    onEvent: (event) => events.push(event),
    ...options,
  });
  return {
    events,
    lines: events.map((event) => watchLine(event)).filter((line): line is string => line !== undefined),
  };
}

describe('watch: channels, feeds of stories, watchlists, folders', () => {
  before(async () => {
    posts = readChannel(channelFiles()[2]!); // a news channel's 150 real posts
    visible = 100;
    server = await startRouteServer({
      '/s/newschannel': (req, res) => {
        const before = /[?&]before=(\d+)/.exec(req.url ?? '')?.[1];
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(previewPage('newschannel', posts.slice(0, visible), before === undefined ? undefined : Number(before)));
      },
      '/hook': (req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          webhookCalls++;
          // The first delivery fails: the alert must be retried, not lost.
          if (webhookCalls === 1) {
            res.writeHead(503);
            return res.end();
          }
          webhookBodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
          res.writeHead(204);
          res.end();
        });
      },
    });
  });
  after(() => server.close());

  it('reads a channel page by page, post by post with its links as cites; then only the new posts', async () => {
    const store = await createSqliteStore({ path: join(tempDir('watch-tg'), 'store.sqlite') });
    const out = tempDir('watch-out');
    const channel = `${server.base}/s/newschannel`;
    const first = await run([channel], { store, telegramPages: 3, outDir: out });
    const fresh = first.events.filter((event) => event.kind === 'new');
    assert.equal(fresh.length, 60, 'three pages of 20 posts');
    assert.deepEqual(
      server.hits.filter((hit) => hit.startsWith('/s/')),
      [
        '/s/newschannel',
        `/s/newschannel?before=${posts[80]!.message_id}`,
        `/s/newschannel?before=${posts[60]!.message_id}`,
      ],
    );
    const articles = await store.loadArticles();
    assert.equal(articles.length, 60);
    for (const { article } of articles) {
      const post = posts.find((p) => article.url === `https://t.me/newschannel/${p.message_id}`);
      assert.ok(post, article.url);
      for (const url of postUrls(post.text)) assert.ok(article.cites.includes(url), `${article.url} cites ${url}`);
    }
    // Stories are updated after each batch of documents; the feeds hold every story any batch changed.
    const changedIds = new Set(
      first.events.flatMap((event) => (event.kind === 'stories' ? event.changed.map((story) => story.id) : [])),
    );
    assert.ok(changedIds.size > 0);
    const jsonText = JSON.parse(readFileSync(join(out, JSON_FEED_FILE), 'utf8'));
    const validFeed = schema('story-feed.schema.json');
    assert.ok(validFeed(jsonText), ajv.errorsText(validFeed.errors));
    const json = parseFeed(jsonText);
    const atom = parseFeed(readFileSync(join(out, ATOM_FILE), 'utf8'));
    assert.equal(json.format, 'json');
    assert.equal(atom.format, 'atom');
    const jsonItems = (json.feed as { items: unknown[] }).items.length;
    assert.equal((atom.feed as { entries: unknown[] }).entries.length, jsonItems);
    assert.equal(jsonItems, changedIds.size);

    // Five new posts: the next poll reads the newest page only (it holds seen posts) and hands over just those five.
    visible = 105;
    const hitsBefore = server.hits.length;
    const second = await run([channel], { store, telegramPages: 3, outDir: out });
    const added = second.events.flatMap((event) => (event.kind === 'new' ? [event.input] : []));
    assert.deepEqual(
      added,
      posts.slice(100, 105).map((post) => `${channel}#${post.message_id}`),
    );
    assert.deepEqual(
      server.hits.slice(hitsBefore).filter((hit) => hit.startsWith('/s/')),
      ['/s/newschannel'],
    );
    assert.equal((await store.counts()).articles, 65);
    const updated = JSON.parse(readFileSync(join(out, JSON_FEED_FILE), 'utf8')) as { items: { id: string }[] };
    assert.ok(updated.items.length >= jsonItems, 'the feed keeps earlier stories beside the new ones');
    await store.close();
  });

  it('fires a webhook for a new story and a new statement by a watched person, retrying a failed delivery, once', async () => {
    // Who speaks in the seed stories is found by a first run, not written into the test.
    const folder = tempDir('watch-seeds');
    for (const path of seedPaths()) copyFileSync(path, join(folder, basename(path)));
    const probe = await createSqliteStore({ path: ':memory:' });
    const briefs: { statements: { speaker: string }[] }[] = [];
    await watch([folder], {
      store: probe,
      once: true,
      process: { embeddings: false },
      sink: undefined,
      onEvent: () => undefined,
    });
    const { refreshBriefs } = await import('../src/api/refresh-briefs.js');
    briefs.push(...(await refreshBriefs(probe, { embeddings: false })));
    const ids = (await probe.loadStoredStories()).map((story) => story.id);
    briefs.push(...(await refreshBriefs(probe, { storyIds: ids, embeddings: false })));
    await probe.close();
    const speaker = briefs
      .flatMap((brief) => brief.statements.map((statement) => statement.speaker))
      .find((name) => /^\p{Lu}\p{L}+ \p{Lu}\p{L}+$/u.test(name));
    assert.ok(speaker, 'the seed stories quote a named person');

    const store = await createSqliteStore({ path: ':memory:' });
    const options = {
      store,
      watchlist: { entities: [speaker], keywords: [] },
      webhook: `${server.base}/hook`,
      webhookOptions: { firstRetryMs: 50 },
    };
    const { lines } = await run([folder], options);
    assert.ok(
      lines.some((line) => /webhook failed .*HTTP 503.*attempt 1, retry in 50ms/.test(line)),
      lines.join('\n'),
    );
    const validAlert = schema('watch-alert.schema.json');
    for (const body of webhookBodies) assert.ok(validAlert(body), ajv.errorsText(validAlert.errors));
    const kinds = webhookBodies.map((body) => body.event);
    assert.ok(kinds.includes('new-story'), JSON.stringify(kinds));
    assert.ok(kinds.includes('new-statement'), JSON.stringify(kinds));
    const statement = webhookBodies.find((body) => body.event === 'new-statement')!.statement as { speaker: string };
    assert.match(statement.speaker, new RegExp(speaker.split(' ').at(-1)!));
    // The same sources again: nothing new, so no alert fires twice.
    const delivered = webhookBodies.length;
    await run([folder], options);
    assert.equal(webhookBodies.length, delivered);
    await store.close();
  });

  it('picks up a file dropped into a watched folder at once, not at the next scheduled poll', async () => {
    const folder = tempDir('watch-folder');
    mkdirSync(join(folder, 'sub'));
    const store = await createSqliteStore({ path: ':memory:' });
    const stop = new AbortController();
    const events: WatchEvent[] = [];
    const seed = seedPaths()[1]!;
    const done = watch([folder], {
      store,
      everyMs: 3_600_000,
      signal: stop.signal,
      process: { embeddings: false },
      onEvent: (event) => {
        events.push(event);
        if (event.kind === 'unchanged') copyFileSync(seed, join(folder, 'sub', basename(seed)));
        if (event.kind === 'stories') stop.abort();
      },
    });
    const timer = setTimeout(() => stop.abort(), 60_000);
    await done;
    clearTimeout(timer);
    const fresh = events.filter((event) => event.kind === 'new');
    assert.equal(fresh.length, 1, JSON.stringify(events.map((e) => e.kind)));
    assert.equal((await store.counts()).articles, 1);
    await store.close();
  });
});
