/**
 * kill -9 of `watch` at random points, then a restart: nothing lost, nothing twice, the same stories as a run that
 * was never killed (bench/watch-kill.ts runs 20 trials; this runs three).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  type Fixture,
  readContents,
  runToEnd,
  runTrial,
  type StoreContents,
  startFixture,
} from '../bench/watch-kill-trial.js';
import { tempDir } from './helpers/shared.js';

let fixture: Fixture;
let reference: StoreContents;

describe('watch: kill -9 at a random point, then restart', () => {
  before(async () => {
    fixture = await startFixture();
    const db = join(tempDir('watch-kill-ref'), 'store.sqlite');
    await runToEnd(fixture, db);
    reference = await readContents(db);
  });
  after(() => fixture.close());

  it('the run never killed stores every document once and places every article', () => {
    assert.ok(reference.documents.length > 100, `${reference.documents.length} documents`);
    assert.equal(new Set(reference.documents).size, reference.documents.length);
    assert.equal(reference.articles + reference.failures, reference.documents.length);
    assert.equal(reference.seen, reference.documents.length);
    const placed = reference.stories.flatMap((story) => story.split(' '));
    assert.equal(placed.length, reference.articles);
  });

  for (let trial = 1; trial <= 3; trial++) {
    it(`trial ${trial}: the restarted store equals the one never killed`, async () => {
      const result = await runTrial(fixture, reference.documents.length);
      const where = `killed after ${result.killedAfter} new documents + ${result.killDelayMs} ms`;
      assert.deepEqual(result.contents.documents, reference.documents, `${where}: documents`);
      assert.equal(result.contents.articles, reference.articles, `${where}: articles`);
      assert.equal(result.contents.failures, reference.failures, `${where}: failures`);
      assert.equal(result.contents.seen, reference.seen, `${where}: seen items`);
      assert.deepEqual(result.contents.stories, reference.stories, `${where}: stories`);
    });
  }
});
