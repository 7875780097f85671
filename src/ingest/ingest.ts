/** Stage 1: sources → Documents. The I/O edge: reads files, stdin and URLs, then hands bytes to pure readers. */
import { MAX_DOCUMENTS_PER_INPUT, REPEATED_ERRORS_SHOWN } from '../core/config.js';
import { type RejectionCode, reject, succeed } from '../core/outcome.js';
import { makeDocument } from './document-object.js';
import { type FetchOptions, fetchUrl } from './fetch-url.js';
import { listSources, type Source } from './list-inputs.js';
import { readFileCapped, readStreamCapped } from './read-capped.js';
import { type InputKind, type ReadItem, readContent, sniffKind } from './read-content.js';

export interface IngestOptions {
  fetch?: FetchOptions;
  /** Reads standard input; replaceable so library callers and tests can pass bytes. */
  readStdin?: () => Promise<Uint8Array>;
  /** Called once the sources are listed and after each one is read (for progress bars). */
  onProgress?: (done: number, total: number) => void;
  /** At most this many documents per input (default MAX_DOCUMENTS_PER_INPUT, `--max-docs`). */
  maxDocuments?: number;
}

/**
 * Reads every input (files, folders, URLs, `-`), yielding one item per document found, in input order.
 * @example for await (const item of ingest(['examples/'])) if (item.outcome.ok) console.log(item.outcome.value.id)
 */
export async function* ingest(inputs: string[], options: IngestOptions = {}): AsyncGenerator<ReadItem> {
  const sources = await listSources(inputs);
  options.onProgress?.(0, sources.length);
  for (let index = 0; index < sources.length; index++) {
    yield* summariseErrors(await readSafely(sources[index]!, options));
    options.onProgress?.(index + 1, sources.length);
  }
}

/**
 * One input's items with repeated failures folded: after REPEATED_ERRORS_SHOWN failures with one code, the rest of
 * that code are one line saying how many (a JSON array of a million numbers is not a million error lines).
 */
export function summariseErrors(items: ReadItem[]): ReadItem[] {
  const seen = new Map<string, number>();
  const kept: ReadItem[] = [];
  for (const item of items) {
    if (item.outcome.ok) {
      kept.push(item);
      continue;
    }
    const count = (seen.get(item.outcome.error.code) ?? 0) + 1;
    seen.set(item.outcome.error.code, count);
    if (count <= REPEATED_ERRORS_SHOWN) kept.push(item);
  }
  for (const [code, count] of seen) {
    if (count <= REPEATED_ERRORS_SHOWN) continue;
    const first = items.find((item) => !item.outcome.ok && item.outcome.error.code === code)!;
    const input = first.input.replace(/#\d+$/, '');
    const more = count - REPEATED_ERRORS_SHOWN;
    kept.push({
      input,
      outcome: reject(
        code as RejectionCode,
        `${more} more ${more === 1 ? 'document' : 'documents'} of this input failed the same way (${code}); not listed one by one`,
      ),
    });
  }
  return kept;
}

/** One source's items; anything unexpected (a reader that throws) is one error line for that source, not the run's end. */
async function readSafely(source: Source, options: IngestOptions): Promise<ReadItem[]> {
  try {
    return await readSource(source, options);
  } catch (error) {
    const input = source.kind === 'url' ? source.url : source.kind === 'stdin' ? '-' : source.path;
    return [{ input, outcome: reject('unreadable', `${input}: cannot read: ${(error as Error).message}`) }];
  }
}

async function readSource(source: Source, options: IngestOptions): Promise<ReadItem[]> {
  const readFeedList = (urls: string[]) => readFeedUrls(urls, options);
  switch (source.kind) {
    case 'missing':
      return [{ input: source.path, outcome: reject(source.code ?? 'not-found', `${source.path}: ${source.reason}`) }];
    case 'stdin': {
      const read = options.readStdin ? succeed(await options.readStdin()) : await readStreamCapped(process.stdin);
      if (!read.ok) return [{ input: '-', outcome: read }];
      const bytes = read.value;
      // Standard input has no file name: its first bytes say what it is (markup, feed, JSON, WARC), else plain text.
      return readContent('-', bytes, sniffKind(bytes) ?? 'text', { readFeedList, maxDocuments: options.maxDocuments });
    }
    case 'file': {
      const read = await readFileCapped(source.readPath ?? source.path, {
        noFollow: source.noFollow,
        label: source.path,
      });
      if (!read.ok) return [{ input: source.path, outcome: read }];
      return readContent(source.path, read.value, undefined, { readFeedList, maxDocuments: options.maxDocuments });
    }
    case 'url':
      return readUrl(source.url, options, undefined);
  }
}

/** Fetches a URL and reads what it holds; documents without their own URL get the fetched one. */
async function readUrl(url: string, options: IngestOptions, kindHint: InputKind | undefined): Promise<ReadItem[]> {
  const fetched = await fetchUrl(url, options.fetch);
  if (!fetched.ok) return [{ input: url, outcome: fetched }];
  const { bytes, contentType } = fetched.value;
  const kind = kindHint ?? sniffKind(bytes) ?? fetched.value.kind;
  const items = await readContent(
    url,
    bytes,
    kind === 'html' && fetched.value.kind !== 'html' ? fetched.value.kind : kind,
    {
      contentType,
      baseUrl: fetched.value.url,
      // An OPML list found at a URL names feeds, not further lists: they are read as feeds.
      readFeedList: (urls) => readFeedUrls(urls, options),
      maxDocuments: options.maxDocuments,
    },
  );
  return items.map((item) =>
    item.outcome.ok && item.outcome.value.url === undefined
      ? {
          ...item,
          outcome: { ok: true, value: makeDocument({ ...withoutId(item.outcome.value), url: fetched.value.url }) },
        }
      : item,
  );
}

/** Reads each feed of an OPML list through the same fetcher (timeouts, size cap, private-address rule). */
async function readFeedUrls(urls: string[], options: IngestOptions): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  const cap = options.maxDocuments ?? MAX_DOCUMENTS_PER_INPUT;
  for (const url of urls) {
    if (items.length > cap) break; // the list's cap is reached: the remaining feeds are not fetched
    for (const item of await readUrl(url, options, 'feed')) items.push(item);
  }
  return items;
}

function withoutId<T extends { id: string }>(value: T): Omit<T, 'id'> {
  const { id: _id, ...rest } = value;
  return rest;
}
