/**
 * Extraction, analysis and briefing on worker threads leave the whole job's output byte-identical: the analyze
 * lines, the stored stories and the brief JSON (sentence embeddings on) of real documents (BASIL, NeuS, AllSides,
 * Telegram posts, trafilatura-eval pages, the seeds) are the same with no thread, one and two. (Analysis could go on
 * threads once wink-nlp read every text as if first, src/analyze/wink-reader.ts: before, its word cache made some
 * tags depend on what a thread had read, and 80 of 12,128 analyses differed on two threads.)
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadAllsides, loadBasilGold, loadNeus, loadTelegram } from '../bench/clustering-data.js';
import { writeDocumentFiles } from '../bench/document-files.js';
import { brief } from '../src/api/brief.js';
import { analyzeInputs } from '../src/api/process-inputs.js';
import { createSqliteStore } from '../src/store/sqlite.js';
import { SHARED, seedPaths, tempDir } from './helpers/shared.js';

/** About 200 real documents of every kind the pool reads: JSONL document objects, HTML pages and the seed texts. */
function inputs(): string[] {
  const documents = [
    ...loadBasilGold().slice(0, 60),
    ...loadNeus().slice(0, 60),
    ...loadAllsides().slice(0, 40),
    ...loadTelegram().slice(0, 20),
  ].map((d) => d.document);
  const pagesDir = join(SHARED, 'data', 'trafilatura-eval', 'html');
  const pages = readdirSync(pagesDir)
    .sort()
    .slice(0, 16)
    .map((name) => join(pagesDir, name));
  return [writeDocumentFiles(documents, join(tempDir('brief-threads'), 'inputs')), ...pages, ...seedPaths()];
}

const given = inputs();

/** The briefs (as JSON) and the stored stories of one run with this many threads. */
async function run(threads: number): Promise<{ briefs: string; stories: string }> {
  const store = await createSqliteStore({ path: join(tempDir('brief-threads'), 'run.sqlite') });
  try {
    const result = await brief(given, { db: store, threads });
    return {
      briefs: JSON.stringify(result.briefs),
      stories: JSON.stringify(await store.loadStoredStories()),
    };
  } finally {
    await store.close();
  }
}

describe('worker threads for extraction, analysis and briefing', () => {
  it('give the analyze lines of the calling thread, in input order', async () => {
    const collect = async (threads: number) => {
      const lines: string[] = [];
      for await (const line of analyzeInputs(given, { threads })) lines.push(JSON.stringify(line));
      return lines;
    };
    const inline = await collect(0);
    assert.ok(inline.length >= 200);
    assert.deepEqual(await collect(2), inline);
  });

  it('leave the stories and the brief JSON byte-identical with 0, 1 and 2 threads', async () => {
    const inline = await run(0);
    assert.ok(JSON.parse(inline.stories).length >= 50);
    for (const threads of [1, 2]) {
      const threaded = await run(threads);
      assert.equal(threaded.stories, inline.stories, `stories with ${threads} threads`);
      assert.equal(threaded.briefs, inline.briefs, `briefs with ${threads} threads`);
    }
  });
});
