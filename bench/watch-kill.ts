/**
 * kill -9 bench for `watch`: 20 trials of "kill at a random point, restart, compare with a run never killed"
 * (bench/watch-kill-trial.ts). Prints one row per trial and the count of trials whose store differed.
 * Run: node --import tsx bench/watch-kill.ts [trials]
 */
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { tempDir } from '../test/helpers/shared.js';
import { readContents, runToEnd, runTrial, startFixture } from './watch-kill-trial.js';

const trials = Number(process.argv[2] ?? 20);
const fixture = await startFixture();
try {
  const db = join(tempDir('watch-kill-ref'), 'store.sqlite');
  const started = Date.now();
  await runToEnd(fixture, db);
  const reference = await readContents(db);
  console.log(
    `reference run: ${reference.documents.length} documents, ${reference.articles} articles, ${reference.failures} failures, ${reference.stories.length} stories (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  let differed = 0;
  let vacuous = 0;
  for (let trial = 1; trial <= trials; trial++) {
    const result = await runTrial(fixture, reference.documents.length);
    const c = result.contents;
    const same = {
      documents: isDeepStrictEqual(c.documents, reference.documents),
      articles: c.articles === reference.articles && c.failures === reference.failures,
      seen: c.seen === reference.seen,
      stories: isDeepStrictEqual(c.stories, reference.stories),
    };
    const ok = Object.values(same).every(Boolean);
    if (!ok) differed++;
    if (result.finishedBeforeKill) vacuous++;
    const lost = reference.documents.filter((id) => !c.documents.includes(id)).length;
    const extra = c.documents.filter((id) => !reference.documents.includes(id)).length;
    console.log(
      `trial ${String(trial).padStart(2)}: killed after ${String(result.killedAfter).padStart(3)} new documents + ${String(result.killDelayMs).padStart(3)} ms${result.finishedBeforeKill ? ' (had finished)' : ''} → documents ${c.documents.length} (lost ${lost}, extra ${extra}), articles ${c.articles}, seen ${c.seen}, stories ${c.stories.length}${same.stories ? ' same' : ' DIFFER'} — ${ok ? 'ok' : 'DIFFERS'}`,
    );
  }
  console.log(
    `${trials} trials: ${trials - differed} equal to the run never killed, ${differed} differed; ${vacuous} kills came after the run had finished`,
  );
  process.exitCode = differed > 0 ? 1 : 0;
} finally {
  await fixture.close();
}
