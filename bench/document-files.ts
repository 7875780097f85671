/** Documents as JSONL files of document objects, the form every command reads (one input file holds at most 50 MB). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../src/core/model.js';

/** A file is closed before it passes this many bytes (under the 50 MiB input cap)… */
const CHUNK_BYTES = 30_000_000;
/** …or this many documents (under the 10,000 documents one input may hold: more were cut, 2,043 of 12,747). */
const CHUNK_DOCUMENTS = 5_000;

/**
 * Writes the documents into `dir` as part-000.jsonl, part-001.jsonl, …; returns the folder.
 * @example await brief([writeDocumentFiles(documents, dir)])
 */
export function writeDocumentFiles(documents: Document[], dir: string): string {
  mkdirSync(dir, { recursive: true });
  let chunk: string[] = [];
  let bytes = 0;
  let files = 0;
  const flush = () => {
    if (chunk.length === 0) return;
    writeFileSync(join(dir, `part-${String(files++).padStart(3, '0')}.jsonl`), chunk.join('\n'));
    chunk = [];
    bytes = 0;
  };
  for (const d of documents) {
    const body = d.format === 'html' ? { html: d.content } : { text: d.content };
    const meta = { id: d.inputId ?? d.id, title: d.title, outlet: d.outlet, url: d.url, publishedAt: d.publishedAt };
    const line = JSON.stringify({ ...meta, ...body });
    if (bytes + line.length > CHUNK_BYTES || chunk.length >= CHUNK_DOCUMENTS) flush();
    chunk.push(line);
    bytes += line.length + 1;
  }
  flush();
  return dir;
}
