/**
 * Generated hostile inputs for the ingest + extract property suite (test/fuzz-hostile.test.ts runs a few hundred,
 * bench/fuzz.ts runs 10,000): random bytes, tag soup around real seed sentences, broken JSON and JSON lines, feeds,
 * OPML, WARC headers with lying lengths, gzip (whole, truncated, bombs), BOMs and wrong charsets, under file names
 * with every extension the reader knows and some it does not.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { extract } from '../src/extract/extract.js';
import { summariseErrors } from '../src/ingest/ingest.js';
import { readContent } from '../src/ingest/read-content.js';
import { seedPaths } from '../test/helpers/shared.js';

const sentences = seedPaths()
  .flatMap((path) => readFileSync(path, 'utf8').split(/(?<=[.!?])\s+/))
  .filter((s) => s.length > 20)
  .slice(0, 200);

const EXTENSIONS = [
  '.html',
  '.htm',
  '.xhtml',
  '.txt',
  '.md',
  '.json',
  '.jsonl',
  '.ndjson',
  '.xml',
  '.rss',
  '.atom',
  '.rdf',
  '.opml',
  '.warc',
  '.html.gz',
  '.json.gz',
  '.warc.gz',
  '.bin',
  '',
];

const sentence = fc.constantFrom(...sentences);
const tag = fc.constantFrom(
  'div',
  'p',
  'article',
  'main',
  'section',
  'span',
  'a',
  'h1',
  'h2',
  'script',
  'style',
  'table',
  'td',
  'li',
  'ul',
  'nav',
  'footer',
  'svg',
  'noscript',
  'iframe',
  'template',
  'meta',
  'title',
  'time',
  'br',
  'img',
);
const attribute = fc.oneof(
  fc.constant(''),
  fc.constant(' class="content article-body"'),
  fc.constant(' class="related share"'),
  fc.constant(' href="javascript:alert(1)"'),
  fc.string({ maxLength: 20 }).map((s) => ` data-x="${s}"`),
  fc.constant(' property="og:title" content="Breaking"'),
  fc.constant(' itemprop="datePublished" datetime="2025-13-45T99:99"'),
);

/** Tag soup: nested, unclosed, mis-closed elements holding real sentences, entities and stray markup. */
const tagSoup: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    sentence,
    fc.constantFrom(
      '&amp;',
      '&nbsp;',
      '&#0;',
      '&#x110000;',
      '&bogus;',
      '<!-- c -->',
      '<![CDATA[x]]>',
      '</p>',
      '<',
      '>',
    ),
    fc
      .tuple(tag, attribute, fc.array(tie('node'), { maxLength: 5 }), fc.boolean())
      .map(
        ([name, attrs, children, close]) =>
          `<${name}${attrs}>${(children as string[]).join('')}${close ? `</${name}>` : ''}`,
      ),
  ),
})).node as fc.Arbitrary<string>;

const html = fc
  .tuple(tagSoup, fc.boolean(), fc.nat({ max: 400 }))
  .map(([body, full, depth]) =>
    full
      ? `<!doctype html><html><head><title>t</title></head><body>${'<div>'.repeat(depth)}${body}</body></html>`
      : body,
  );

const documentObject = fc.record(
  {
    id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
    text: fc.oneof(sentence, fc.string(), fc.constant('   '), fc.integer()),
    html: fc.oneof(html, fc.constant('')),
    title: fc.oneof(fc.string(), fc.constant(undefined)),
    url: fc.oneof(fc.webUrl(), fc.string()),
    publishedAt: fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.string(),
    ),
  },
  { requiredKeys: [] },
);

const json = fc.oneof(
  fc.array(documentObject, { maxLength: 8 }).map((a) => JSON.stringify(a)),
  documentObject.map((o) => JSON.stringify(o)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.array(documentObject, { maxLength: 8 }).map((a) => a.map((o) => JSON.stringify(o)).join('\n')),
  fc.string().map((s) => `{"text": "${s}`),
  fc.constant('{"version":"https://jsonfeed.org/version/1.1","items":[{"id":1,"content_html":"<p>x</p>"}]}'),
  fc.constant('{"name":"c","type":"public_channel","messages":[{"id":1,"type":"message","text":[{"type":"bold"}]}]}'),
);

const feed = fc
  .tuple(fc.array(fc.tuple(sentence, fc.oneof(html, sentence), fc.string()), { maxLength: 5 }), fc.boolean())
  .map(([items, atom]) =>
    atom
      ? `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">${items.map(([t, c, l]) => `<entry><title>${t}</title><link href="${l}"/><content type="html"><![CDATA[${c}]]></content></entry>`).join('')}</feed>`
      : `<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>x</title>${items.map(([t, c, l]) => `<item><title>${t}</title><link>${l}</link><description>${c}</description><pubDate>${l}</pubDate></item>`).join('')}</channel></rss>`,
  );

const opml = fc
  .array(fc.oneof(fc.webUrl(), fc.string()), { maxLength: 4 })
  .map((urls) => `<opml version="2.0"><body>${urls.map((u) => `<outline xmlUrl="${u}"/>`).join('')}</body></opml>`);

const warc = fc
  .tuple(fc.oneof(html, fc.string()), fc.integer({ min: -5, max: 5000 }), fc.boolean())
  .map(([body, delta, gz]) => {
    const block = `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n${gz ? 'Content-Encoding: gzip\r\n' : ''}\r\n${body}`;
    return `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/\r\nContent-Length: ${Buffer.byteLength(block) + delta}\r\n\r\n${block}\r\n\r\n`;
  });

const text = fc.oneof(
  fc.array(sentence, { maxLength: 30 }).map((s) => s.join(' ')),
  fc.string({ unit: 'grapheme', maxLength: 500 }),
  fc.string({ unit: 'binary', maxLength: 500 }),
);

const bytesOf = (s: string) => new Uint8Array(Buffer.from(s));

/** The raw content, before any wrapping. */
const content: fc.Arbitrary<Uint8Array> = fc.oneof(
  html.map(bytesOf),
  json.map(bytesOf),
  feed.map(bytesOf),
  opml.map(bytesOf),
  warc.map(bytesOf),
  text.map(bytesOf),
  fc.uint8Array({ maxLength: 2000 }),
);

/** Wrappings: none, a BOM, latin1 bytes, gzip, truncated gzip, a tiny gzip bomb. */
const wrapped = fc
  .tuple(
    content,
    fc.constantFrom('none', 'bom', 'utf16', 'gzip', 'cut-gzip', 'bomb'),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .map(([bytes, wrap, cut]) => {
    switch (wrap) {
      case 'bom':
        return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]));
      case 'utf16':
        return new Uint8Array(Buffer.from(Buffer.from(bytes).toString('utf8'), 'utf16le'));
      case 'gzip':
        return new Uint8Array(gzipSync(bytes));
      case 'cut-gzip': {
        const packed = gzipSync(bytes);
        return new Uint8Array(packed.subarray(0, Math.floor(packed.length * cut)));
      }
      case 'bomb':
        return new Uint8Array(gzipSync(Buffer.alloc(1_000_000 + Math.floor(cut * 1000), cut < 0.5 ? 0x20 : 0x00)));
      default:
        return bytes;
    }
  });

export interface HostileInput {
  name: string;
  bytes: Uint8Array;
}

/** One generated input: a file name and its bytes. */
export const hostileInput: fc.Arbitrary<HostileInput> = fc
  .tuple(fc.constantFrom(...EXTENSIONS), fc.string({ maxLength: 12 }), wrapped)
  .map(([extension, stem, bytes]) => ({ name: `${stem.replace(/[/\\]/g, '_') || 'x'}${extension}`, bytes }));

const CODES = new Set([
  'empty',
  'not-text',
  'invalid-utf8',
  'too-large',
  'unsupported-format',
  'unparseable',
  'not-found',
  'unreadable',
  'no-article',
]);

export interface HostileOutcome {
  documents: number;
  articles: number;
  /** Error codes seen (documents that failed to read or extract). */
  errors: string[];
}

/**
 * Reads one generated input and extracts every document in it. Throws (a crash) when a stage throws or returns
 * an outcome that is neither ok nor a known error code with a message.
 */
export async function runHostile(input: HostileInput): Promise<HostileOutcome> {
  const result: HostileOutcome = { documents: 0, articles: 0, errors: [] };
  const check = (outcome: { ok: boolean; error?: { code: string; message: string } }, stage: string) => {
    if (outcome.ok) return true;
    const { code, message } = outcome.error ?? { code: '', message: '' };
    if (!CODES.has(code) || typeof message !== 'string' || message.length === 0)
      throw new Error(`${stage} gave an unclear error: ${JSON.stringify(outcome.error)}`);
    result.errors.push(code);
    return false;
  };
  for (const item of summariseErrors(await readContent(input.name, input.bytes))) {
    if (!check(item.outcome, 'ingest') || !item.outcome.ok) continue;
    result.documents++;
    if (check(extract(item.outcome.value), 'extract')) result.articles++;
  }
  return result;
}
