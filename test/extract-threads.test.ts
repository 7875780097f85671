/** Extraction on worker threads gives the same outcomes, in the same order, as extraction on the calling thread. */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createExtractor } from '../src/api/extract-pool.js';
import { extractSafely } from '../src/api/extract-safely.js';
import { extractInputs } from '../src/api/process-inputs.js';
import type { Document } from '../src/core/model.js';
import { ingest } from '../src/ingest/ingest.js';
import { SHARED, seedPaths } from './helpers/shared.js';

function inputs(): string[] {
  const pagesDir = join(SHARED, 'data', 'trafilatura-eval', 'html');
  const pages = readdirSync(pagesDir)
    .sort()
    .slice(0, 12)
    .map((name) => join(pagesDir, name));
  return [...seedPaths(), ...pages, join(SHARED, 'no-such-file.html')];
}

describe('extraction threads', () => {
  it('give the outcomes the calling thread gives, each to its own document (seeds and trafilatura-eval pages)', async () => {
    const docs: Document[] = [];
    for await (const item of ingest(inputs())) if (item.outcome.ok) docs.push(item.outcome.value);
    assert.ok(docs.length >= 17);
    const extractor = createExtractor(2, { inlineFirst: false });
    try {
      const threaded = await Promise.all(docs.map((doc) => extractor.extract(doc)));
      assert.deepEqual(threaded, docs.map(extractSafely));
    } finally {
      await extractor.close();
    }
  });

  it('leave extractInputs lines byte-identical and in input order', async () => {
    const collect = async (threads: number) => {
      const lines: string[] = [];
      for await (const line of extractInputs(inputs(), { threads })) lines.push(JSON.stringify(line));
      return lines;
    };
    const inline = await collect(0);
    assert.ok(inline.length >= 18);
    assert.deepEqual(await collect(2), inline);
  });
});
