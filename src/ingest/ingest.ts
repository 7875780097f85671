/** Stage 1: sources → Documents. The I/O edge: reads files, stdin and URLs, then hands bytes to pure readers. */
import { readFile } from 'node:fs/promises';
import { reject } from '../core/outcome.js';
import { makeDocument } from './document-object.js';
import { type FetchOptions, fetchUrl } from './fetch-url.js';
import { listSources, type Source } from './list-inputs.js';
import { type ReadItem, readContent } from './read-content.js';

export interface IngestOptions {
  fetch?: FetchOptions;
  /** Reads standard input; replaceable so library callers and tests can pass bytes. */
  readStdin?: () => Promise<Uint8Array>;
  /** Called once the sources are listed and after each one is read (for progress bars). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Reads every input (files, folders, URLs, `-`), yielding one item per document found, in input order.
 * @example for await (const item of ingest(['examples/'])) if (item.outcome.ok) console.log(item.outcome.value.id)
 */
export async function* ingest(inputs: string[], options: IngestOptions = {}): AsyncGenerator<ReadItem> {
  const sources = await listSources(inputs);
  options.onProgress?.(0, sources.length);
  for (let index = 0; index < sources.length; index++) {
    yield* await readSource(sources[index]!, options);
    options.onProgress?.(index + 1, sources.length);
  }
}

async function readSource(source: Source, options: IngestOptions): Promise<ReadItem[]> {
  switch (source.kind) {
    case 'missing':
      return [{ input: source.path, outcome: reject('not-found', `${source.path}: ${source.reason}`) }];
    case 'stdin': {
      const bytes = await (options.readStdin ?? readStdin)();
      // Standard input has no file name: a leading "<" says HTML, "{" or "[" says JSON, else plain text.
      const head = Buffer.from(bytes.subarray(0, 512)).toString('utf8').trimStart();
      const kind = head.startsWith('<') ? 'html' : head.startsWith('{') || head.startsWith('[') ? 'json' : 'text';
      return readContent('-', bytes, kind === 'json' && head.includes('\n{') ? 'jsonl' : kind);
    }
    case 'file': {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(source.path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'error';
        return [{ input: source.path, outcome: reject('unreadable', `${source.path}: cannot read (${code})`) }];
      }
      return readContent(source.path, bytes);
    }
    case 'url': {
      const fetched = await fetchUrl(source.url, options.fetch);
      if (!fetched.ok) return [{ input: source.url, outcome: fetched }];
      return readContent(source.url, fetched.value.bytes, fetched.value.kind).map((item) =>
        item.outcome.ok && item.outcome.value.url === undefined
          ? {
              ...item,
              outcome: { ok: true, value: makeDocument({ ...withoutId(item.outcome.value), url: fetched.value.url }) },
            }
          : item,
      );
    }
  }
}

function withoutId<T extends { id: string }>(value: T): Omit<T, 'id'> {
  const { id: _id, ...rest } = value;
  return rest;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
