/** `triangulate serve` on a real loopback server over a real SQLite store briefed from the seed pages. */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { brief } from '../src/api/brief.js';
import { createApp } from '../src/server/app.js';
import { createStoreReader } from '../src/server/store-reader.js';
import { type RunningServer, startServer, writeAccess } from '../src/server/serve.js';
import { createSqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/store.js';
import { REPO_ROOT, seedPaths, tempDir } from './helpers/shared.js';

const HOSTILE = {
  title: '<script>alert("title")</script><img src=x onerror=alert(1)>',
  author: '"><svg onload=alert(2)>',
  outlet: 'Evil\'"<b>Outlet</b>',
  url: 'javascript:alert(3)',
};

let store: Store;
let server: RunningServer;
let base: string;

const get = (path: string, init?: RequestInit) => fetch(new URL(path, base), { redirect: 'manual', ...init });
const text = async (path: string) => {
  const response = await get(path);
  assert.equal(response.status, 200, `${path} answered ${response.status}`);
  return response.text();
};

describe('serve: the web reader and the JSON API', { timeout: 300_000 }, () => {
  before(async () => {
    store = await createSqliteStore({ path: join(tempDir('serve'), 'store.sqlite') });
    await brief(seedPaths(), { db: store, embeddings: false });
    server = await startServer({
      db: store,
      port: 0,
      embeddings: false,
      caps: { writeBurst: 100, writesPerMinute: 600 },
    });
    base = server.url;
  });
  after(async () => {
    await server.close();
    await store.close();
  });

  test('the list links each story; a citation opens its passage, marked, with a way back to the citation', async () => {
    const list = await text('/');
    const storyHref = /href="(\/stories\/[^"]+)"/.exec(list)?.[1];
    assert.ok(storyHref, 'the list links a story');
    const story = await text(storyHref);
    const citation = /<a id="(ref-[^"]+)" href="(\/articles\/[^"#]+)#([^"]+)"/.exec(story.replace(/&amp;/g, '&'));
    assert.ok(citation, 'the first citation of a passage links to its article page');
    const [, refId, articleHref, passageId] = citation;
    const article = await text(articleHref!);
    // The passage is marked under the anchor the citation names, and it links back to the citation's id.
    assert.match(article, new RegExp(`<mark id="${passageId}"`));
    const back = new RegExp(`href="${storyHref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#(ref-[^"]+)"`).exec(article);
    assert.ok(back, 'the marked passage links back to the story');
    assert.ok(story.includes(`id="${back[1]}"`), 'the way back lands on a citation of the story page');
    assert.ok(refId);
  });

  test('every page sends the strict CSP and carries no script; the style sheet is served', async () => {
    const story = (await (await get('/api/stories')).json()) as { stories: { id: string }[] };
    const paths = ['/', `/stories/${story.stories[0]!.id}`, '/search?q=Rutte', '/add', '/search'];
    for (const path of paths) {
      const response = await get(path);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.doesNotMatch(await response.text(), /<script|\son\w+=|style="/i, path);
    }
    const css = await get('/assets/reader.css');
    assert.match(css.headers.get('content-type') ?? '', /text\/css/);
  });

  test('the feeds list the stories: JSON Feed and Atom', async () => {
    const feed = (await (await get('/feed.json')).json()) as { items: { title: string }[] };
    assert.ok(feed.items.length > 0);
    const atom = await get('/feed.atom');
    assert.match(atom.headers.get('content-type') ?? '', /application\/atom\+xml/);
    const xml = await atom.text();
    assert.match(xml, /^<\?xml/);
    assert.ok(xml.includes(`<title>${feed.items[0]!.title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>`));
  });

  test('search finds words in articles and in statements', async () => {
    const page = await text('/search?q=Europe');
    assert.match(page, /<h2 id="found-articles">Articles <span class="count">[1-9]/);
    const results = (await (await get('/api/search?q=Europe')).json()) as { articles: unknown[] };
    assert.ok(results.articles.length > 0);
    assert.equal((await get('/api/search')).status, 400);
  });

  test('reads carry an ETag and answer 304 when it matches', async () => {
    const first = await get('/');
    const tag = first.headers.get('etag');
    assert.ok(tag);
    assert.equal(first.headers.get('cache-control'), 'no-cache');
    const again = await get('/', { headers: { 'If-None-Match': tag } });
    assert.equal(again.status, 304);
    const { stories, total } = (await (await get('/api/stories?limit=1')).json()) as {
      stories: { id: string }[];
      total: number;
    };
    assert.equal(stories.length, 1);
    assert.ok(total >= 1);
    // A browser's gzip is honoured for cached pages, and the page reads the same unpacked.
    const packed = await get(`/stories/${encodeURIComponent(stories[0]!.id)}`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    assert.equal(packed.headers.get('content-encoding'), 'gzip');
    const plain = await get(`/stories/${encodeURIComponent(stories[0]!.id)}`, {
      headers: { 'Accept-Encoding': 'identity' },
    });
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.equal(await packed.text(), await plain.text());
  });

  test('hostile titles, authors, outlets and URLs are shown as text, never as markup', async () => {
    const seedText = readFileSync(seedPaths()[2]!, 'utf8');
    const added = await get('/api/ingest', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ documents: [{ id: 'hostile-1', text: seedText, ...HOSTILE }] }),
    });
    assert.equal(added.status, 200);
    const report = (await added.json()) as { added: number; storyIds: string[] };
    assert.equal(report.added, 1);
    const pages = [
      '/',
      ...report.storyIds.map((id) => `/stories/${encodeURIComponent(id)}`),
      `/outlets/${encodeURIComponent(HOSTILE.outlet)}`,
    ];
    const view = (await (await get('/api/stories')).json()) as { stories: { id: string }[] };
    for (const { id } of view.stories) {
      const made = (await (await get(`/api/stories/${encodeURIComponent(id)}`)).json()) as {
        articles: { id: string }[];
      };
      for (const a of made.articles) pages.push(`/articles/${encodeURIComponent(a.id)}`);
    }
    for (const path of pages) {
      const html = await text(path);
      assert.doesNotMatch(html, /<script|<img|<svg|<b>Outlet|href="javascript:/i, path);
    }
    const storyHtml = await text(`/stories/${encodeURIComponent(report.storyIds[0]!)}`);
    assert.ok(
      storyHtml.includes('&lt;script&gt;') || storyHtml.includes('&quot;&gt;&lt;svg'),
      'the hostile strings are shown escaped',
    );
  });

  test('the add form needs its CSRF token and refuses cross-site posts', async () => {
    const form = await get('/add');
    const cookie = form.headers.get('set-cookie')?.split(';')[0];
    const token = /name="csrf" value="([^"]+)"/.exec(await form.text())?.[1];
    assert.ok(cookie && token);
    const post = (fields: Record<string, string>, headers: Record<string, string> = {}) => {
      const body = new FormData();
      for (const [k, v] of Object.entries(fields)) body.set(k, v);
      return get('/add', { method: 'POST', body, headers: { Origin: new URL(base).origin, ...headers } });
    };
    assert.equal((await post({ urls: 'https://example.org/a' })).status, 403, 'no cookie, no token');
    assert.equal((await post({ urls: 'https://example.org/a', csrf: 'wrong' }, { Cookie: cookie })).status, 403);
    const crossSite = await post(
      { urls: 'https://example.org/a', csrf: token },
      { Cookie: cookie, Origin: 'https://evil.example' },
    );
    assert.equal(crossSite.status, 403, 'another origin');
    const bad = await post({ urls: 'file:///etc/passwd', csrf: token }, { Cookie: cookie });
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /Only http and https URLs/);
  });

  test('a file uploaded in the form lands in a story, shown by its own name', async () => {
    const form = await get('/add');
    const cookie = form.headers.get('set-cookie')!.split(';')[0]!;
    const token = /name="csrf" value="([^"]+)"/.exec(await form.text())![1]!;
    const body = new FormData();
    body.set('csrf', token);
    const seed = seedPaths()[4]!;
    body.append('files', new Blob([readFileSync(seed)]), 'seed-four.txt');
    body.append('files', new Blob([new Uint8Array([0, 1, 2, 255])]), 'broken.json');
    const response = await get('/add', {
      method: 'POST',
      body,
      headers: { Cookie: cookie, Origin: new URL(base).origin },
    });
    assert.equal(response.status, 200);
    const page = await response.text();
    assert.match(page, /2 documents read|1 document read/);
    assert.match(page, /broken\.json/, 'the failed file is named as uploaded');
    assert.doesNotMatch(page, /triangulate-upload-/, 'no temporary path is shown');
    assert.match(page, /href="\/stories\//);
  });

  test('a URL on a private address is refused at the socket and the run goes on', async () => {
    const secret = createServer((_req, res) => res.end('<html><title>secret</title><p>internal only</p></html>'));
    await new Promise<void>((resolve) => secret.listen(0, '127.0.0.1', resolve));
    try {
      const port = (secret.address() as AddressInfo).port;
      const response = await get('/api/ingest', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ urls: [`http://[::ffff:127.0.0.1]:${port}/secret`] }),
      });
      assert.equal(response.status, 200);
      const report = (await response.json()) as { added: number; failures: { message: string }[] };
      assert.equal(report.added, 0);
      assert.match(report.failures[0]?.message ?? '', /private|loopback|refused/i);
      assert.equal(
        ((await (await get('/api/search?q=internal')).json()) as { articles: unknown[] }).articles.length,
        0,
      );
    } finally {
      await new Promise((resolve) => (secret as Server).close(resolve));
    }
  });

  test('the JSON API answers as /openapi.json describes', async () => {
    const doc = (await (await get('/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>
      >;
      components: { schemas: Record<string, object> };
    };
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    for (const name of ['brief', 'article', 'analysis'])
      ajv.addSchema(JSON.parse(readFileSync(join(REPO_ROOT, 'schema', `${name}.schema.json`), 'utf8')));
    ajv.addSchema({ $id: 'openapi', components: doc.components });
    const check = async (path: string, template: string, method = 'get', init?: RequestInit) => {
      const response = await get(path, init);
      const spec = doc.paths[template]![method]!.responses[String(response.status)];
      assert.ok(spec, `${template} documents status ${response.status}`);
      const schema = spec.content?.['application/json']?.schema;
      assert.ok(schema, `${template} ${response.status} has a JSON schema`);
      const validate = ajv.compile({ $ref: 'openapi#', ...rebase(schema) });
      const body = await response.json();
      assert.ok(validate(body), `${path}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
      return body;
    };
    const list = (await check('/api/stories', '/api/stories')) as { stories: { id: string }[] };
    const story = (await check(`/api/stories/${encodeURIComponent(list.stories[0]!.id)}`, '/api/stories/{id}')) as {
      articles: { id: string }[];
    };
    await check('/api/stories/nope', '/api/stories/{id}');
    const said = (await check(
      `/api/stories/${encodeURIComponent(list.stories[0]!.id)}/statements`,
      '/api/stories/{id}/statements',
    )) as { statements: { quotes: { span: { articleId: string } }[] }[] };
    assert.ok(said.statements.length > 0);
    await check(`/api/articles/${story.articles[0]!.id}`, '/api/articles/{id}');
    await check('/api/search?q=NATO', '/api/search');
    await check('/api/ingest', '/api/ingest', 'post', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ urls: ['ftp://example.org/x'] }),
    });
  });
});

/** An OpenAPI schema's local refs pointed at the document registered as "openapi". */
function rebase(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"openapi#/components/')) as object;
}

describe('serve: writes beyond loopback', { timeout: 120_000 }, () => {
  test('need the token; without one they are off; rate-limited', async () => {
    const dir = tempDir('serve-token');
    const local = await createSqliteStore({ path: join(dir, 'store.sqlite') });
    const exposed = await startServer({
      db: local,
      port: 0,
      token: 's3cret',
      embeddings: false,
      caps: { writeBurst: 2, writesPerMinute: 1 },
    });
    // Beyond loopback without a token, writes are off (decided from the host; the test itself stays on loopback).
    assert.equal(writeAccess('0.0.0.0', undefined).kind, 'closed');
    assert.equal(writeAccess('::', undefined).kind, 'closed');
    assert.equal(writeAccess('127.0.0.1', undefined).kind, 'open');
    const closedApp = createApp(
      createStoreReader(local, { makeBrief: async () => undefined, ingest: async () => assert.fail('no write') }),
      {
        writes: writeAccess('192.0.2.1', undefined),
      },
    );
    try {
      const ingest = (url: string, auth?: string) =>
        fetch(new URL('/api/ingest', url), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: `Bearer ${auth}` } : {}) },
          body: JSON.stringify({ documents: [{ text: readFileSync(seedPaths()[1]!, 'utf8') }] }),
        });
      assert.equal((await ingest(exposed.url)).status, 403);
      assert.equal((await ingest(exposed.url, 'wrong')).status, 403);
      assert.equal((await ingest(exposed.url, 's3cret')).status, 200);
      assert.equal((await ingest(exposed.url, 's3cret')).status, 200);
      assert.equal((await ingest(exposed.url, 's3cret')).status, 429, 'the burst of two is spent');
      const off = await closedApp.request('/api/ingest', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer anything' },
        body: JSON.stringify({ urls: ['https://example.org/'] }),
      });
      assert.equal(off.status, 403);
      assert.match(((await off.json()) as { error: { message: string } }).error.message, /TRIANGULATE_TOKEN/);
      const form = await (await fetch(new URL('/add', exposed.url))).text();
      assert.match(form, /name="token" type="password"/);
    } finally {
      await exposed.close();
      await local.close();
    }
  });
});

describe('serve: the command line', () => {
  test('bad usage is exit 2 with a clear message; a port in use is exit 1 naming the port', async () => {
    const { main } = await import('../src/cli/main.js');
    const run = async (args: string[]) => {
      let stderr = '';
      const write = (chunk: string) => {
        stderr += chunk;
        return true;
      };
      const sink = { write } as unknown as NodeJS.WriteStream;
      const code = await main(args, { stdout: sink, stderr: sink });
      return { code, stderr };
    };
    const badPort = await run(['serve', '--port', 'eighty']);
    assert.equal(badPort.code, 2);
    assert.match(badPort.stderr, /--port must be 0–65535/);
    const inputs = await run(['serve', 'examples/']);
    assert.equal(inputs.code, 2);
    assert.match(inputs.stderr, /serve takes no inputs/);
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    try {
      const port = (busy.address() as AddressInfo).port;
      const taken = await run(['serve', '--port', String(port), '--db', join(tempDir('serve-cli'), 's.sqlite')]);
      assert.equal(taken.code, 1);
      assert.match(taken.stderr, new RegExp(`port ${port} on 127.0.0.1 is in use`));
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });
});
