/**
 * `watch` against feed servers on loopback that misbehave: 500, a hang, 304, a redirect to a private address, a
 * 50 MB body, a robots.txt refusal — each handled as the help says, with one clear log line (checked through the
 * CLI's own line formatter), the poll loop going on.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DATA } from '../bench/shared-data.js';
import { watchLine } from '../src/cli/watch-lines.js';
import { MAX_INPUT_BYTES } from '../src/core/config.js';
import { createSqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/store.js';
import type { DocumentSink } from '../src/watch/document-sink.js';
import { type WatchEvent, type WatchOptions, watch } from '../src/watch/watch.js';
import { onlyTestServer, type RouteServer, startRouteServer } from './helpers/route-server.js';
import { tempDir } from './helpers/shared.js';

const guardian = readFileSync(join(DATA, 'feeds-samples', 'rss-parser', 'input', 'guardian.rss'));
let server: RouteServer;
let hugeBytesSent = 0;

/** A sink that stores the documents and does no more (these tests are about fetching; the pipeline is tested elsewhere). */
const storing = (store: Store): DocumentSink => ({
  async accept(docs) {
    let added = 0;
    for (const doc of docs) if (await store.saveDocument(doc)) added++;
    return { added, failed: [], stories: [] };
  },
});

async function run(
  inputs: string[],
  extra: Partial<WatchOptions> = {},
): Promise<{ events: WatchEvent[]; lines: string[]; store: Store }> {
  const store = extra.store ?? (await createSqliteStore({ path: join(tempDir('watch'), 'store.sqlite') }));
  const events: WatchEvent[] = [];
  await watch(inputs, {
    store,
    sink: storing(store),
    once: true,
    fetch: { isBlocked: onlyTestServer, timeoutMs: 500 },
    backoffMinMs: 30_000,
    random: () => 0.5,
    onEvent: (event) => events.push(event),
    ...extra,
  });
  const lines = events.map((event) => watchLine(event)).filter((line): line is string => line !== undefined);
  return { events, lines, store };
}

describe('watch: faults of a feed server on loopback', () => {
  before(async () => {
    server = await startRouteServer({
      '/robots.txt': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('User-agent: *\nDisallow: /\n\nUser-agent: triangulate\nDisallow: /members/\n');
      },
      '/feed.rss': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') {
          res.writeHead(304, { etag: '"v1"' });
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' });
        res.end(guardian);
      },
      '/500': (_req, res) => {
        res.writeHead(500);
        res.end('broken');
      },
      '/hang': () => undefined,
      '/to-private': (_req, res) => {
        res.writeHead(302, { location: `http://[::1]:${server.port}/feed.rss` });
        res.end();
      },
      '/to-metadata': (_req, res) => {
        res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
        res.end();
      },
      '/huge': (_req, res) => {
        // 60 MiB, streamed without a length: the cap must stop reading, not the end of the body.
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        const chunk = Buffer.alloc(1024 * 1024, 'a');
        let sent = 0;
        const pump = () => {
          while (sent < 60) {
            sent++;
            hugeBytesSent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('close', () => {
          sent = 99;
        });
        pump();
      },
      '/huge-declared': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(60 * 1024 * 1024) });
        res.write('<rss>');
      },
      '/members/feed.rss': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(guardian);
      },
    });
  });
  after(() => server.close());

  it('reads a feed, then sends its ETag and takes the 304 as "nothing new"', async () => {
    const first = await run([`${server.base}/feed.rss`]);
    const fresh = first.events.filter((event) => event.kind === 'new');
    assert.ok(fresh.length >= 40, `only ${fresh.length} new documents`);
    assert.equal((await first.store.counts()).documents, fresh.length);
    assert.equal((await first.store.loadSourceState(`${server.base}/feed.rss`))?.etag, '"v1"');
    const second = await run([`${server.base}/feed.rss`], { store: first.store });
    assert.deepEqual(second.lines, [
      'watch: watching 1 source every 10m (±10%); Ctrl-C stops',
      `watch: 304 not modified ${server.base}/feed.rss`,
      'watch: stopped; 0 new documents this run',
    ]);
    await first.store.close();
  });

  it('backs off exponentially from a server answering 500, and says when it retries', async () => {
    const store = await createSqliteStore({ path: ':memory:' });
    const url = `${server.base}/500`;
    const first = await run([url], { store });
    assert.ok(
      first.lines.includes(
        `watch: error ${url}: not-found: ${url} answered HTTP 500; failure 1 in a row, retry in 30s`,
      ),
      first.lines.join('\n'),
    );
    const second = await run([url], { store });
    assert.ok(
      second.lines.some((line) => line.endsWith('failure 2 in a row, retry in 1m')),
      second.lines.join('\n'),
    );
    assert.equal((await store.loadSourceState(url))?.failures, 2);
    await store.close();
  });

  it('gives up on a server that never answers after the timeout', async () => {
    const started = Date.now();
    const { lines } = await run([`${server.base}/hang`]);
    assert.ok(
      lines.some((line) =>
        /error .*\/hang: unreadable: could not fetch .*: timed out after 500 ms; failure 1/.test(line),
      ),
      lines.join('\n'),
    );
    assert.ok(Date.now() - started < 5000);
  });

  it('refuses a redirect to a private address at that hop, and never reaches it', async () => {
    for (const path of ['/to-private', '/to-metadata']) {
      const before = server.hits.length;
      const { lines } = await run([`${server.base}${path}`]);
      assert.ok(
        lines.some((line) => line.includes('loopback, private, link-local and reserved addresses are blocked')),
        lines.join('\n'),
      );
      assert.deepEqual(
        server.hits.slice(before).filter((hit) => hit !== '/robots.txt'),
        [path],
      );
    }
  });

  it('stops reading a body over the 50 MiB cap, and refuses a declared one unread', async () => {
    hugeBytesSent = 0;
    const { lines } = await run([`${server.base}/huge`], { fetch: { isBlocked: onlyTestServer, timeoutMs: 20_000 } });
    assert.ok(
      lines.some((line) => line.includes(`too-large: the response is over ${MAX_INPUT_BYTES} bytes`)),
      lines.join('\n'),
    );
    assert.ok(hugeBytesSent < 60 * 1024 * 1024, 'the server was not made to send all of it');
    const declared = await run([`${server.base}/huge-declared`]);
    assert.ok(
      declared.lines.some((line) =>
        line.includes(`too-large: the response is ${60 * 1024 * 1024} bytes; the limit is ${MAX_INPUT_BYTES}`),
      ),
      declared.lines.join('\n'),
    );
  });

  it('obeys robots.txt for our user agent: a disallowed feed is never fetched', async () => {
    const before = server.hits.length;
    const { lines, events } = await run([`${server.base}/members/feed.rss`, `${server.base}/feed.rss`]);
    assert.ok(
      lines.includes(`watch: robots.txt disallows ${server.base}/members/feed.rss; not fetched, checked again in 10m`),
      lines.join('\n'),
    );
    assert.ok(!server.hits.slice(before).includes('/members/feed.rss'));
    // robots.txt was read once for the host, though two sources on it were polled.
    assert.equal(server.hits.slice(before).filter((hit) => hit === '/robots.txt').length, 1);
    assert.ok(events.some((event) => event.kind === 'new'));
  });

  it('never has more than two requests in flight to one host', async () => {
    let inFlight = 0;
    let most = 0;
    for (let i = 0; i < 6; i++) {
      server.routes.set(`/slow${i}`, (_req, res) => {
        inFlight++;
        most = Math.max(most, inFlight);
        setTimeout(() => {
          inFlight--;
          res.writeHead(200, { 'content-type': 'application/rss+xml' });
          res.end(guardian);
        }, 100);
      });
    }
    // A long timeout: a client that gave up would leave the server counting a request no one waits for.
    await run(
      Array.from({ length: 6 }, (_, i) => `${server.base}/slow${i}`),
      { fetch: { isBlocked: onlyTestServer, timeoutMs: 20_000 } },
    );
    assert.equal(most, 2);
  });

  it('stops at once when told to, abandoning a fetch in flight and recording nothing for it', async () => {
    const store = await createSqliteStore({ path: ':memory:' });
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 200);
    const started = Date.now();
    const { lines } = await run([`${server.base}/hang`], {
      store,
      once: false,
      signal: stop.signal,
      fetch: { isBlocked: onlyTestServer },
    });
    assert.ok(Date.now() - started < 3000, 'the 20 s timeout was not waited for');
    assert.equal(await store.loadSourceState(`${server.base}/hang`), undefined);
    assert.equal(lines.at(-1), 'watch: stopped; 0 new documents this run');
    await store.close();
  });
});
