/**
 * The stage jobs on the in-process queue over SQLite, on the seed pages: the watch sink stores and queues each
 * document once; the jobs leave every document done, every article in a story and every story briefed; running
 * them again (a crash after the work, before the job's completion was recorded) changes nothing.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { analyzeJob, briefJobs, createQueueSink, stageHandlers, storiesJob } from '../src/worker/stage-jobs.js';
import { hashId } from '../src/core/ids.js';
import type { Document } from '../src/core/model.js';
import { createMemoryQueue } from '../src/queue/memory-queue.js';
import { createSqliteStore } from '../src/store/sqlite.js';
import { waitFor } from './helpers/queue-contract.js';
import { seedPaths } from './helpers/shared.js';
import { storeOutcome } from './helpers/worker-corpus.js';

const docs: Document[] = seedPaths().map((path) => {
  const content = readFileSync(path, 'utf8');
  return { id: hashId('d', 'text', content, path), input: path, format: 'text', content };
});

describe('stage jobs', () => {
  it('work queued documents into stored stories and briefs, and a rerun of every job changes nothing', async () => {
    const store = await createSqliteStore({ path: ':memory:' });
    const queue = createMemoryQueue(store);
    try {
      const sink = createQueueSink(queue);
      assert.deepEqual(await sink.accept(docs), { added: docs.length, failed: [], stories: [] });
      assert.equal((await sink.accept(docs)).added, 0, 'a stored content hash is not queued again');
      assert.equal(await queue.pending('analyze'), docs.length);
      const handlers = stageHandlers(store, queue, { embeddings: false });
      let working = await queue.work(handlers);
      await waitFor(async () => (await queue.pending()) === 0, 60_000);
      await working.stop();
      const first = await storeOutcome(store);
      assert.equal(first.counts.articles, docs.length);
      assert.equal(first.placed.length, docs.length);
      assert.equal(first.briefs.length, first.stories.length);
      assert.ok(first.stories.length >= 1);

      // Every job again, as after a crash between a job's work and the record that it was done.
      await queue.transaction(async (tx) => {
        for (const doc of docs) tx.enqueue(analyzeJob(doc.id));
        tx.enqueue(storiesJob());
        for (const job of briefJobs(first.stories.map((story) => story.id))) tx.enqueue(job);
      });
      working = await queue.work(handlers);
      await waitFor(async () => (await queue.pending()) === 0, 60_000);
      await working.stop();
      assert.deepEqual(await storeOutcome(store), first);
    } finally {
      await queue.close();
      await store.close();
    }
  });
});
