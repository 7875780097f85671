/** One input's bytes → the documents inside it, chosen by file extension. Pure: no I/O here. */
import { gunzipSync } from 'node:zlib';
import { MAX_INPUT_BYTES } from '../core/config.js';
import type { Document } from '../core/model.js';
import { type Outcome, reject } from '../core/outcome.js';
import { decodeText } from './decode-text.js';
import { fromDocumentObject, makeDocument } from './document-object.js';

/** The documents found in one input, each its own outcome, labelled with where it came from. */
export interface ReadItem {
  input: string;
  inputId?: string;
  outcome: Outcome<Document>;
}

export type InputKind = 'html' | 'text' | 'json' | 'jsonl';

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
};

/** Formats INTERFACE.md names that a later version reads; said plainly instead of "unknown". */
const NOT_YET: Record<string, string> = {
  '.xml': 'feeds',
  '.rss': 'feeds',
  '.atom': 'feeds',
  '.opml': 'OPML subscription lists',
  '.warc': 'WARC archives',
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

/**
 * Reads the documents in one input.
 * @example readContent('page.html', bytes) // [{ input: 'page.html', outcome: { ok: true, value: Document } }]
 */
export function readContent(input: string, bytes: Uint8Array, kindHint?: InputKind): ReadItem[] {
  const one = (outcome: Outcome<Document>): ReadItem[] => [{ input, outcome }];
  if (bytes.length > MAX_INPUT_BYTES) {
    return one(reject('too-large', `the input is ${bytes.length} bytes; the limit is ${MAX_INPUT_BYTES}`));
  }
  let name = input.toLowerCase();
  if (name.endsWith('.gz')) {
    const unpacked = gunzip(bytes);
    if (!unpacked.ok) return one(unpacked);
    bytes = unpacked.value;
    name = name.slice(0, -3);
  }
  const kind = kindHint ?? kindOf(name);
  if (kind === undefined) {
    const ext = extensionOf(name) || '(none)';
    const later = NOT_YET[ext];
    const message = later
      ? `${later} (${ext}) are not supported by this version yet`
      : `unknown file extension ${ext}; expected .html, .htm, .txt, .md, .json, .jsonl or .ndjson`;
    return one(reject('unsupported-format', message));
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return one(decoded);
  const text = decoded.value;
  switch (kind) {
    case 'html':
      return one({ ok: true, value: makeDocument({ input, format: 'html', content: text }) });
    case 'text':
      return one({ ok: true, value: makeDocument({ input, format: 'text', content: text }) });
    case 'json':
      return readJson(input, text);
    case 'jsonl':
      return readJsonLines(input, text);
  }
}

function readJson(input: string, text: string): ReadItem[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [{ input, outcome: reject('unparseable', `invalid JSON: ${(error as Error).message}`) }];
  }
  if (Array.isArray(value)) {
    return value.map((item, index) =>
      withInputId(`${input}#${index + 1}`, fromDocumentObject(item, `${input}#${index + 1}`)),
    );
  }
  return [withInputId(input, fromDocumentObject(value, input))];
}

function readJsonLines(input: string, text: string): ReadItem[] {
  const items: ReadItem[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === '') continue;
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
