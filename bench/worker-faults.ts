/**
 * Fault trials for `triangulate worker`: on real documents (BASIL triplets and NeuS stories), two workers are started
 * and killed with -9 at random points of their work, twice per trial (a replacement is started after the first kill); then one
 * worker is restarted and must finish with no document lost or worked twice and the stories of the in-process batch
 * (none split). Prints where each kill fell (articles stored by then) and the outcome.
 * Run: npm run bench -- worker-faults, or node --import tsx bench/worker-faults.ts [--trials 20] (needs a built dist/)
 */
import { join } from 'node:path';
import { enqueueInputs } from '../src/worker/stage-jobs.js';
import { brief } from '../src/api/brief.js';
import { createGraphileQueue } from '../src/queue/graphile-queue.js';
import { createPostgresStore } from '../src/store/postgres.js';
import { createSqliteStore } from '../src/store/sqlite.js';
import { tempDir } from '../test/helpers/shared.js';
import {
  corpusDocuments,
  articlesStored,
  exited,
  randomKillPoint,
  spawnWorker,
  storeOutcome,
  workedStoreProblems,
} from '../test/helpers/worker-corpus.js';
import { writeDocumentFiles } from './document-files.js';
import { benchDatabase } from './worker.js';

export async function benchWorkerFaults(trials = 20): Promise<void> {
  const documents = corpusDocuments(5, 8);
  const inputs = writeDocumentFiles(documents, join(tempDir('worker-faults'), 'inputs'));
  const reference = await createSqliteStore({ path: ':memory:' });
  await brief([inputs], { db: reference, embeddings: false, threads: 0 });
  const expected = await storeOutcome(reference);
  await reference.close();
  console.log(
    `\n## worker faults: ${trials} trials, ${documents.length} documents (${expected.stories.length} stories in process), two kill -9 each\n`,
  );
  let passed = 0;
  for (let trial = 1; trial <= trials; trial++) {
    const url = await benchDatabase('tri_worker_faults');
    const store = await createPostgresStore({ url });
    const queue = await createGraphileQueue({ url, store });
    await enqueueInputs([inputs], { store, queue });
    await queue.close();
    await store.close();
    const kills: string[] = [];
    let workers = [spawnWorker(url, ['--concurrency', '2', '--quiet'], true), spawnWorker(url, ['--quiet'], true)];
    for (const round of [1, 2]) {
      const exits = workers.map(exited);
      const after = await randomKillPoint(url, await articlesStored(url));
      for (const worker of workers) worker.kill('SIGKILL');
      await Promise.all(exits);
      kills.push(`${after} ms (${await articlesStored(url)} articles stored)`);
      if (round === 1) workers = [spawnWorker(url, ['--quiet'], true)];
    }
    const start = performance.now();
    const restart = await exited(spawnWorker(url, ['--exit-when-idle', '--quiet'], true));
    const seconds = (performance.now() - start) / 1000;
    const problems = restart.code === 0 ? await workedStoreProblems(url, expected, documents.length) : [restart.stderr];
    if (problems.length === 0) passed++;
    console.log(
      `trial ${trial}: killed after ${kills.join(', then ')}; restart finished in ${seconds.toFixed(1)} s: ${problems.length === 0 ? 'ok' : problems.join('; ')}`,
    );
  }
  console.log(`\nworker faults: ${passed}/${trials} trials with nothing lost, duplicated or split`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--trials');
  await benchWorkerFaults(at > 0 ? Number(process.argv[at + 1]) : undefined);
}
