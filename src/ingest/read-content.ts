/** One input's bytes → the documents inside it, chosen by file extension. No I/O here except what the caller injects (OPML's feeds). */
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { MAX_DOCUMENTS_PER_INPUT, MAX_INPUT_BYTES } from '../core/config.js';
import type { Document } from '../core/model.js';
import { type Outcome, reject, succeed } from '../core/outcome.js';
import { decodeHtml } from './decode-html.js';
import { decodeText } from './decode-text.js';
import { fromDocumentObject, makeDocument } from './document-object.js';
import { ENTITY_DECLARATION, WARC_START } from './patterns.js';
import { isTelegramExport, readTelegram } from './read-telegram.js';

/** The documents found in one input, each its own outcome, labelled with where it came from. */
export interface ReadItem {
  input: string;
  inputId?: string;
  outcome: Outcome<Document>;
}

export type InputKind = 'html' | 'text' | 'json' | 'jsonl' | 'feed' | 'opml' | 'warc';

const KIND_BY_EXTENSION: Record<string, InputKind> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.rdf': 'feed',
  '.atom': 'feed',
  '.opml': 'opml',
  '.warc': 'warc',
};

/** The input kind for a file name (after any `.gz`), or undefined when the extension is not read. */
export function kindOf(name: string): InputKind | undefined {
  return KIND_BY_EXTENSION[extensionOf(name)];
}

/** True when a file name has an extension this version reads (so folder walks can skip the rest). */
export function isReadable(name: string): boolean {
  const lower = name.toLowerCase();
  return kindOf(lower.endsWith('.gz') ? lower.slice(0, -3) : lower) !== undefined;
}

export interface ReadOptions {
  /** The HTTP `Content-Type` the bytes came with (its charset is honoured). */
  contentType?: string;
  /** The URL the bytes came from (relative feed links resolve against it). */
  baseUrl?: string;
  /** Reads the feeds an OPML list names (the I/O edge injects a fetcher); without it OPML is an error. */
  readFeedList?: (urls: string[]) => Promise<ReadItem[]>;
  /** At most this many documents are read from the input (default MAX_DOCUMENTS_PER_INPUT); the rest is one error. */
  maxDocuments?: number;
}

/**
 * Reads the documents in one input.
 * @example await readContent('page.html', bytes) // [{ input: 'page.html', outcome: { ok: true, value: Document } }]
 */
export async function readContent(
  input: string,
  bytes: Uint8Array,
  kindHint?: InputKind,
  options: ReadOptions = {},
): Promise<ReadItem[]> {
  const cap = options.maxDocuments ?? MAX_DOCUMENTS_PER_INPUT;
  return capItems(input, await readAll(input, bytes, kindHint, { ...options, maxDocuments: cap }), cap);
}

/** The first `cap` items, then one `too-large` line saying how many more the input held. */
function capItems(input: string, items: ReadItem[], cap: number): ReadItem[] {
  const note = items.find(isCapNote)?.outcome;
  const documents = items.filter((item) => !isCapNote(item));
  if (note === undefined && documents.length <= cap) return items;
  const held = note && !note.ok ? note.error.message : `the input holds ${documents.length} documents`;
  return [
    ...documents.slice(0, cap),
    { input, outcome: reject('too-large', `${held}; only the first ${cap} are read (--max-docs)`) },
  ];
}

/** A reader's note that it stopped early at the cap (its message says how many the input held). */
const CAP_NOTE = 'cap-note';
const isCapNote = (item: ReadItem): boolean => item.inputId === CAP_NOTE;

async function readAll(
  input: string,
  bytes: Uint8Array,
  kindHint: InputKind | undefined,
  options: ReadOptions & { maxDocuments: number },
): Promise<ReadItem[]> {
  const one = (outcome: Outcome<Document>): ReadItem[] => [{ input, outcome }];
  if (bytes.length > MAX_INPUT_BYTES) {
    return one(reject('too-large', `the input is ${bytes.length} bytes; the limit is ${MAX_INPUT_BYTES}`));
  }
  let name = input.toLowerCase();
  if (name.endsWith('.gz') || isGzip(bytes)) {
    const unpacked = gunzip(bytes);
    if (!unpacked.ok) return one(unpacked);
    bytes = unpacked.value;
    if (name.endsWith('.gz')) name = name.slice(0, -3);
  }
  const kind = kindHint ?? kindOf(name) ?? sniffKind(bytes);
  if (kind === undefined) {
    const ext = extensionOf(name) || '(none)';
    return one(
      reject(
        'unsupported-format',
        `unknown file extension ${ext}; expected .html, .htm, .txt, .md, .json, .jsonl, .ndjson, .xml, .rss, .atom, .opml, .warc (or any of them .gz)`,
      ),
    );
  }
  // The feed and WARC parsers load only for inputs of their kind (most runs read pages).
  if (kind === 'warc') return (await import('./read-warc.js')).readWarc(input, bytes, options.maxDocuments);
  // Pages and feeds declare their charset (header, XML declaration, <meta>); plain text must be UTF-8.
  const decoded =
    kind === 'html' || kind === 'feed' || kind === 'opml' ? decodeHtml(bytes, options.contentType) : decodeText(bytes);
  if (!decoded.ok) return one(decoded);
  const text = decoded.value;
  switch (kind) {
    case 'html':
      return one({ ok: true, value: makeDocument({ input, format: 'html', content: text }) });
    case 'text':
      return one({ ok: true, value: makeDocument({ input, format: 'text', content: text, titleLine: true }) });
    case 'json':
      return readJson(input, text, options.maxDocuments, options.baseUrl);
    case 'jsonl':
      return readJsonLines(input, text, options.maxDocuments);
    case 'feed':
      return (await import('./read-feed.js')).readFeed(input, text, options.baseUrl);
    case 'opml': {
      const urls = readOpml(text);
      if (!urls.ok) return one(urls);
      if (!options.readFeedList)
        return one(reject('unsupported-format', 'OPML lists are read only where feeds can be fetched'));
      return options.readFeedList(urls.value.slice(0, options.maxDocuments + 1));
    }
  }
}

/** Guesses the kind of unnamed bytes (standard input, a URL without a telling type) from how they start. */
export function sniffKind(bytes: Uint8Array): InputKind | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024))
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart();
  if (WARC_START.test(head)) return 'warc';
  if (/^<\?xml[\s\S]*?<opml\b|^<opml\b/i.test(head)) return 'opml';
  if (/^(?:<\?xml[\s\S]*?)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(head)) return 'feed';
  if (head.startsWith('<')) return 'html';
  if (head.startsWith('{') || head.startsWith('['))
    return head.startsWith('{') && /\}\s*\n\s*\{/.test(head) ? 'jsonl' : 'json';
  return undefined;
}

/**
 * The feed URLs an OPML subscription list names (every `xmlUrl`, nested outlines included, first-seen order).
 * @example readOpml('<opml><body><outline xmlUrl="https://example.org/rss"/></body></opml>') // { ok: true, value: ['https://example.org/rss'] }
 */
export function readOpml(text: string): Outcome<string[]> {
  if (ENTITY_DECLARATION.test(text))
    return reject('unparseable', 'the OPML declares XML entities (<!ENTITY>); refused as unsafe');
  let opml: { body?: { outlines?: unknown[] } };
  try {
    // Loaded on first use (synchronously, from its CommonJS build): runs without OPML never load the feed parser.
    const { parseOpml } = requireModule('feedsmith') as typeof import('feedsmith');
    opml = parseOpml(text) as typeof opml;
  } catch (error) {
    return reject('unparseable', `not a readable OPML list: ${(error as Error).message}`);
  }
  const urls: string[] = [];
  const visit = (outlines: unknown[] | undefined, depth: number): void => {
    if (!outlines || depth > MAX_OPML_DEPTH) return;
    for (const outline of outlines) {
      const entry = (outline ?? {}) as { xmlUrl?: unknown; outlines?: unknown[] };
      if (typeof entry.xmlUrl === 'string' && entry.xmlUrl.trim() && !urls.includes(entry.xmlUrl.trim()))
        urls.push(entry.xmlUrl.trim());
      visit(entry.outlines, depth + 1);
    }
  };
  visit(opml.body?.outlines, 0);
  return urls.length > 0 ? succeed(urls) : reject('empty', 'the OPML list names no feeds (no xmlUrl)');
}

const requireModule = createRequire(import.meta.url);

/** Outline nesting deeper than this is not followed (folders in real lists are one or two levels deep). */
const MAX_OPML_DEPTH = 16;

const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b;

async function readJson(input: string, text: string, cap: number, baseUrl?: string): Promise<ReadItem[]> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [{ input, outcome: reject('unparseable', `invalid JSON: ${(error as Error).message}`) }];
  }
  if (isTelegramExport(value)) return readTelegram(input, value);
  if (isJsonFeed(value)) return (await import('./read-feed.js')).readFeed(input, text, baseUrl);
  if (Array.isArray(value)) {
    // Only the first `cap` objects are read (each becomes a document; a million tiny ones took minutes and gigabytes).
    const items = value
      .slice(0, cap)
      .map((item, index) => withInputId(`${input}#${index + 1}`, fromDocumentObject(item, `${input}#${index + 1}`)));
    if (value.length > cap) items.push(capNote(input, `the array holds ${value.length} documents`));
    return items;
  }
  return [withInputId(input, fromDocumentObject(value, input))];
}

function isJsonFeed(value: unknown): boolean {
  const version = (value as { version?: unknown } | null)?.version;
  return typeof version === 'string' && version.includes('jsonfeed.org');
}

function readJsonLines(input: string, text: string, cap: number): ReadItem[] {
  const items: ReadItem[] = [];
  // Line by line without splitting the whole text: past the cap, the remaining lines are only counted.
  let index = -1;
  for (let from = 0; from <= text.length; ) {
    const newline = text.indexOf('\n', from);
    const to = newline < 0 ? text.length : newline;
    const line = text.slice(from, to).trim();
    from = to + 1;
    index++;
    if (line === '') continue;
    if (items.length >= cap) {
      let more = 1; // this line, and every non-blank line after it
      for (let at = from; at < text.length; ) {
        const next = text.indexOf('\n', at);
        const end = next < 0 ? text.length : next;
        if (/\S/.test(text.slice(at, end))) more++;
        at = end + 1;
      }
      items.push(capNote(input, `the file holds ${cap + more} JSON lines`));
      break;
    }
    const label = `${input}#${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      items.push({
        input: label,
        outcome: reject('unparseable', `line ${index + 1}: invalid JSON: ${(error as Error).message}`),
      });
      continue;
    }
    items.push(withInputId(label, fromDocumentObject(value, label)));
  }
  if (items.length === 0) items.push({ input, outcome: reject('empty', 'the file holds no JSON lines') });
  return items;
}

function capNote(input: string, message: string): ReadItem {
  return { input, inputId: CAP_NOTE, outcome: reject('too-large', message) };
}

function withInputId(input: string, outcome: Outcome<Document>): ReadItem {
  return outcome.ok && outcome.value.inputId !== undefined
    ? { input, inputId: outcome.value.inputId, outcome }
    : { input, outcome };
}

function gunzip(bytes: Uint8Array): Outcome<Uint8Array> {
  try {
    return { ok: true, value: gunzipSync(bytes, { maxOutputLength: MAX_INPUT_BYTES }) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      return reject('too-large', `the gzip input unpacks to more than ${MAX_INPUT_BYTES} bytes`);
    }
    return reject('unparseable', `corrupt gzip data: ${(error as Error).message}`);
  }
}

function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}
