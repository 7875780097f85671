/** Extraction on worker threads gives the same outcomes, in the same order, as extraction on the calling thread. */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { availableParallelism } from 'node:os';
import { createExtractor, keepsThreads, threadsForIdle } from '../src/api/extract-pool.js';
import { extractSafely } from '../src/api/extract-safely.js';
import { extractInputs } from '../src/api/process-inputs.js';
import { EXTRACT_EAGER_INPUTS } from '../src/core/config.js';
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
    const collect = async (threads?: number) => {
      const lines: string[] = [];
      for await (const line of extractInputs(inputs(), threads === undefined ? {} : { threads })) {
        lines.push(JSON.stringify(line));
      }
      return lines;
    };
    const inline = await collect(0);
    assert.ok(inline.length >= 18);
    assert.deepEqual(await collect(2), inline);
    // As many inputs as start threads at once (kept on an idle machine, stopped on a busy one): the same lines.
    assert.ok(inputs().length >= EXTRACT_EAGER_INPUTS);
    assert.deepEqual(await collect(), inline);
  });

  it('start only when a core sat idle, and then one per further core', () => {
    assert.equal(threadsForIdle(0.2, 2), 0);
    assert.equal(threadsForIdle(0.95, 2), 1);
    assert.equal(threadsForIdle(3.1, 4), 3);
    assert.equal(threadsForIdle(0.9, 1), 0);
    assert.equal(threadsForIdle(15, 16), 4);
  });

  it('measure the idle cores over the first documents: a busy machine gets none, an idle one threads beside the calling thread', async () => {
    const docs: Document[] = [];
    for await (const item of ingest(inputs())) if (item.outcome.ok) docs.push(item.outcome.value);
    const run = async (idle: number) => {
      const extractor = createExtractor(undefined, { idleCores: () => idle, senseMs: 0 });
      try {
        const outcomes = await Promise.all(docs.map((doc) => extractor.extract(doc)));
        return { outcomes, capacity: extractor.capacity };
      } finally {
        await extractor.close();
      }
    };
    const expected = docs.map(extractSafely);
    const busy = await run(0);
    assert.equal(busy.capacity, 1);
    assert.deepEqual(busy.outcomes, expected);
    const idle = await run(availableParallelism());
    assert.equal(idle.capacity > 1, availableParallelism() >= 2);
    assert.deepEqual(idle.outcomes, expected);
  });

  it('start at once when many inputs are coming, and stop again when the machine proves busy', async () => {
    const docs: Document[] = [];
    for await (const item of ingest(inputs())) if (item.outcome.ok) docs.push(item.outcome.value);
    const threaded = availableParallelism() >= 2;
    const run = async (free: number, announced: number) => {
      const extractor = createExtractor(undefined, { freeCores: () => free, senseMs: 0 });
      try {
        extractor.expect(announced);
        const before = extractor.capacity;
        const outcomes: Awaited<ReturnType<typeof extractor.extract>>[] = [];
        for (const doc of docs) outcomes.push(await extractor.extract(doc));
        return { before, after: extractor.capacity, outcomes };
      } finally {
        await extractor.close();
      }
    };
    const expected = docs.map(extractSafely);
    // A folder of pages on an idle machine: threads before the first document, kept.
    const idle = await run(availableParallelism(), EXTRACT_EAGER_INPUTS);
    assert.equal(idle.before > 1, threaded);
    assert.equal(idle.after > 1, threaded);
    assert.deepEqual(idle.outcomes, expected);
    // The same on a busy machine: started, then stopped after the sense span; the calling thread does the rest.
    const busy = await run(0.3, EXTRACT_EAGER_INPUTS);
    assert.equal(busy.before > 1, threaded);
    assert.equal(busy.after, 1);
    assert.deepEqual(busy.outcomes, expected);
    // A few inputs: nothing starts before the first documents.
    const few = await run(availableParallelism(), 2);
    assert.equal(few.before, 1);
    assert.deepEqual(few.outcomes, expected);
  });

  it('keep threads started at once only when a core beside the calling thread was free', () => {
    assert.equal(keepsThreads(1.9), true);
    assert.equal(keepsThreads(1.2), false);
    assert.equal(keepsThreads(0.3), false);
  });
});
