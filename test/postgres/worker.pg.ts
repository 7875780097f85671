/**
 * `triangulate worker` on a real PostgreSQL server with real worker processes, on real documents (BASIL triplets and
 * NeuS stories from ../shared/data): the stories are those of an in-process batch run whether 1, 2 or 4 workers do
 * the work, and a worker killed with -9 at a random point loses, duplicates and splits nothing once one restarts.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { writeDocumentFiles } from '../../bench/document-files.js';
import { enqueueInputs, stageHandlers } from '../../src/worker/stage-jobs.js';
import { brief } from '../../src/api/brief.js';
import { createGraphileQueue } from '../../src/queue/graphile-queue.js';
import { createMemoryQueue } from '../../src/queue/memory-queue.js';
import { createPostgresStore } from '../../src/store/postgres.js';
import { createSqliteStore } from '../../src/store/sqlite.js';
import { freshDatabase } from '../helpers/pg-databases.js';
import { waitFor } from '../helpers/queue-contract.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/shared.js';
import {
  corpusDocuments,
  articlesStored,
  exited,
  randomKillPoint,
  type Outcome,
  spawnWorker,
  storeOutcome,
  workedStoreProblems,
} from '../helpers/worker-corpus.js';

const documents = corpusDocuments(3, 5);
const input = writeDocumentFiles(documents, join(tempDir('worker'), 'docs'));
let expected: Outcome;

/** A fresh PostgreSQL store with every document of the corpus enqueued by `triangulate ingest --enqueue`. */
async function enqueued(): Promise<string> {
  const url = await freshDatabase('worker');
  const result = await runCli(['ingest', input, '--db', url, '--enqueue', '--format', 'json', '--quiet']);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(JSON.parse(result.stdout).enqueued, documents.length);
  const again = await runCli(['ingest', input, '--db', url, '--enqueue', '--format', 'json', '--quiet']);
  assert.equal(JSON.parse(again.stdout).enqueued, 0, 'a stored content hash is not enqueued twice');
  const store = await createPostgresStore({ url });
  const queue = await createGraphileQueue({ url, store });
  try {
    assert.equal(await queue.pending('analyze'), documents.length);
  } finally {
    await queue.close();
    await store.close();
  }
  return url;
}

async function assertSameStories(url: string, context: string): Promise<void> {
  assert.deepEqual(await workedStoreProblems(url, expected, documents.length), [], context);
}

before(async () => {
  // The reference: the in-process batch (`brief`) on SQLite.
  const store = await createSqliteStore({ path: ':memory:' });
  try {
    const result = await brief([input], { db: store, embeddings: false, threads: 0 });
    assert.equal(result.read, documents.length);
    expected = await storeOutcome(store);
    assert.ok(expected.stories.length >= 8, `${expected.stories.length} stories`);
    assert.equal(expected.briefs.length, expected.stories.length);
  } finally {
    await store.close();
  }
});

describe('worker: the same stories however the work is done', () => {
  it('in process, on the in-process queue over SQLite', async () => {
    const store = await createSqliteStore({ path: ':memory:' });
    const queue = createMemoryQueue(store);
    try {
      await enqueueInputs([input], { store, queue });
      const working = await queue.work(stageHandlers(store, queue, { embeddings: false }), { concurrency: 2 });
      await waitFor(async () => (await queue.pending()) === 0, 120_000);
      await working.stop();
      const { counts: _counts, ...got } = await storeOutcome(store);
      const { counts: _expectedCounts, ...want } = expected;
      assert.deepEqual(got, want);
    } finally {
      await queue.close();
      await store.close();
    }
  });

  for (const workers of [1, 2, 4]) {
    it(`by ${workers} worker process${workers === 1 ? '' : 'es'} on PostgreSQL`, async () => {
      const url = await enqueued();
      const runs = Array.from({ length: workers }, () => exited(spawnWorker(url, ['--exit-when-idle', '--quiet'])));
      for (const run of await Promise.all(runs)) assert.equal(run.code, 0, run.stderr);
      await assertSameStories(url, `${workers} workers`);
    });
  }
});

describe('worker: killed with -9 at random points', () => {
  for (let trial = 1; trial <= 3; trial++) {
    it(`trial ${trial}: a restarted worker completes with nothing lost, duplicated or split`, async (t) => {
      const url = await enqueued();
      const first = spawnWorker(url, ['--concurrency', '2', '--quiet']);
      const firstExit = exited(first);
      const second = spawnWorker(url, ['--quiet']);
      const secondExit = exited(second);
      const killAfter = await randomKillPoint(url, 0);
      const storedAtKill = await articlesStored(url);
      t.diagnostic(`killed after ${killAfter} ms, ${storedAtKill} of ${documents.length} articles stored`);
      first.kill('SIGKILL');
      second.kill('SIGKILL');
      const killed = await Promise.all([firstExit, secondExit]);
      assert.deepEqual(
        killed.map((run) => run.signal),
        ['SIGKILL', 'SIGKILL'],
        `both workers were killed (after ${killAfter} ms, ${storedAtKill} articles stored)`,
      );
      const restart = await exited(spawnWorker(url, ['--exit-when-idle', '--quiet']));
      assert.equal(restart.code, 0, restart.stderr);
      await assertSameStories(url, `killed after ${killAfter} ms, ${storedAtKill} articles stored`);
    });
  }
});
