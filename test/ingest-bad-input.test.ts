/** Hostile and broken input: every case ends in a clear per-document outcome, in bounded time, and the batch goes on. */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import { DATA, loadAeb, loadTrafilaturaEval } from '../bench/shared-data.js';
import { MAX_HTML_DEPTH, MAX_INPUT_BYTES } from '../src/core/config.js';
import { extract } from '../src/extract/extract.js';
import { ingest } from '../src/ingest/ingest.js';
import { type ReadItem, readContent } from '../src/ingest/read-content.js';
import { tempDir } from './helpers/shared.js';

const page = loadAeb()[5]!;
const paragraphs = page.gold
  .split('\n')
  .filter((line) => line.trim())
  .slice(0, 4)
  .map((line) => `<p>${line}</p>`)
  .join('');
const extractHtml = (html: string) =>
  extract({ id: 'd_hostile', input: 'hostile.html', format: 'html', content: html });

describe('extract on hostile markup (generated structure around real paragraphs)', () => {
  test(`nesting deeper than ${MAX_HTML_DEPTH} levels is refused before parsing; ordinary depth is read`, () => {
    const nest = (depth: number) =>
      `<html><body>${'<div>'.repeat(depth)}${paragraphs}${'</div>'.repeat(depth)}</body></html>`;
    const deep = extractHtml(nest(50_000));
    assert.ok(!deep.ok && deep.error.code === 'unparseable' && /levels deep/.test(deep.error.message));
    const unclosed = extractHtml(`<html><body>${'<span><b>'.repeat(20_000)}${paragraphs}`);
    assert.ok(!unclosed.ok && unclosed.error.code === 'unparseable');
    const normal = extractHtml(nest(60));
    assert.ok(normal.ok && normal.value.text.includes(page.gold.split('\n')[0]!.trim().slice(0, 60)));
  });

  test('a run of unclosed <p> tags is not mistaken for nesting', () => {
    const html = `<html><body><article>${page.gold
      .split('\n')
      .map((line) => `<p>${line}`)
      .join('\n')
      .repeat(20)}</article></body></html>`;
    assert.ok(extractHtml(html).ok);
  });

  test('truncated markup (a download cut in the middle of a tag) still gives text or a clear rejection', () => {
    for (const share of [0.2, 0.5, 0.8]) {
      const cut = page.html.slice(0, Math.floor(page.html.length * share));
      const outcome = extractHtml(`${cut.slice(0, cut.lastIndexOf('<') + 3)}`);
      assert.ok(outcome.ok || ['no-article', 'unparseable'].includes(outcome.error.code));
    }
  });

  test('a page with no article (only its navigation, header and footer) is a no-article outcome', () => {
    const { document } = parseHTML(page.html);
    const chrome = Array.from(document.querySelectorAll('nav, header, footer'))
      .map((element) => (element as { outerHTML: string }).outerHTML)
      .join('');
    assert.ok(chrome.length > 0, 'the page has chrome to keep');
    const outcome = extractHtml(`<html><body>${chrome}</body></html>`);
    assert.ok(!outcome.ok && outcome.error.code === 'no-article', JSON.stringify(outcome).slice(0, 200));
  });

  test('markup over the size limit, even after scripts and styles are dropped, is too-large', () => {
    const body = `<div>${paragraphs}</div>`;
    const huge = `<html><body>${body.repeat(Math.ceil(17_000_000 / body.length))}</body></html>`;
    const outcome = extractHtml(huge);
    assert.ok(!outcome.ok && outcome.error.code === 'too-large');
    const scripted = `<html><body><script>${'x'.repeat(17_000_000)}</script>${paragraphs}</body></html>`;
    assert.ok(extractHtml(scripted).ok, 'a page that is big only because of a script is read');
  });
});

describe('readContent on hostile bytes', () => {
  test('an input over the byte cap (a 50 MB page) is rejected without decoding it', async () => {
    const bytes = Buffer.alloc(MAX_INPUT_BYTES + 1, Buffer.from(page.html));
    const [item] = await readContent('huge.html', bytes);
    assert.ok(item && !item.outcome.ok && item.outcome.error.code === 'too-large');
  });

  test('a gzip bomb stops at the cap; a corrupt .gz is unparseable', async () => {
    const bomb = gzipSync(Buffer.alloc(MAX_INPUT_BYTES + 1024));
    const [big] = await readContent('bomb.html.gz', bomb);
    assert.ok(big && !big.outcome.ok && big.outcome.error.code === 'too-large');
    const corrupt = gzipSync(Buffer.from(page.html));
    corrupt.fill(0x41, 20, 200);
    const [bad] = await readContent('page.html.gz', corrupt);
    assert.ok(bad && !bad.outcome.ok && bad.outcome.error.code === 'unparseable');
  });

  test('a feed with an XML entity bomb ("billion laughs") is refused at once', async () => {
    const guardian = readFileSync(join(DATA, 'feeds-samples', 'rss-parser', 'input', 'guardian.rss'), 'utf8');
    const entities = Array.from({ length: 10 }, (_, i) =>
      i === 0 ? '<!ENTITY lol0 "lol">' : `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`,
    ).join('');
    const bomb = guardian.replace('<rss', `<!DOCTYPE rss [${entities}]><rss`).replace('<title>', '<title>&lol9;');
    const [item, ...rest] = await readContent('bomb.rss', Buffer.from(bomb));
    assert.equal(rest.length, 0);
    assert.ok(item && !item.outcome.ok && item.outcome.error.code === 'unparseable');
  });

  test('a page in latin1 that declares nothing is detected; one that declares the wrong charset is still read', async () => {
    const doc = loadTrafilaturaEval().find((d) =>
      /charset=["']?iso-8859-1/i.test(Buffer.from(d.bytes.subarray(0, 4096)).toString('latin1')),
    )!;
    const undeclared = Buffer.from(
      Buffer.from(doc.bytes)
        .toString('latin1')
        .replace(/charset=["']?iso-8859-1/gi, 'x'),
      'latin1',
    );
    const [item] = await readContent('latin1.html', undeclared);
    assert.ok(item?.outcome.ok && !item.outcome.value.content.includes('\ufffd'));
    const [wrong] = await readContent(
      'wrong.html',
      Buffer.from(
        Buffer.from(doc.bytes)
          .toString('latin1')
          .replace(/iso-8859-1/gi, 'utf-8'),
        'latin1',
      ),
    );
    assert.ok(wrong?.outcome.ok && !wrong.outcome.value.content.includes('\ufffd'));
  });
});

describe('a batch with bad inputs goes on', () => {
  const latin1Page = iconv.encode(`<html><head></head><body><article>${paragraphs}</article></body></html>`, 'latin1');
  let base = '';
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' });
    response.end(request.url === '/latin1.html' ? latin1Page : '');
  });
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  test('every input gets its own outcome and the good ones are read', async () => {
    const dir = tempDir('bad-batch');
    writeFileSync(join(dir, 'a-good.html'), page.html);
    writeFileSync(join(dir, 'b-corrupt.html.gz'), gzipSync(Buffer.from(page.html)).subarray(0, 100));
    writeFileSync(join(dir, 'c-empty.txt'), '');
    writeFileSync(
      join(dir, 'd-bomb.rss'),
      '<!DOCTYPE r [<!ENTITY a "aaaa">]><rss><channel><item><title>&a;</title></item></channel></rss>',
    );
    const items: ReadItem[] = [];
    for await (const item of ingest([dir, `${base}/latin1.html`], { fetch: { allowPrivate: true } })) items.push(item);
    assert.deepEqual(
      items.map((item) => (item.outcome.ok ? 'ok' : item.outcome.error.code)),
      ['ok', 'unparseable', 'empty', 'unparseable', 'ok'],
    );
    const fetched = items[4]!.outcome;
    // Decoded by the HTTP header's charset: the same text as the page's own latin1 bytes say.
    assert.ok(fetched.ok);
    assert.equal(fetched.value.content, iconv.decode(latin1Page, 'latin1'));
  });
});
