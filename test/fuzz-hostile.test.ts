/** Property: any generated hostile input (bench/hostile-inputs.ts) read and extracted ends in ok or a clear error, never a crash. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { hostileInput, runHostile } from '../bench/hostile-inputs.js';

describe('hostile-input property suite (ingest + extract)', () => {
  test('300 generated inputs: no crash, every outcome ok or a known error code (bench/fuzz.ts runs 10,000)', async () => {
    let articles = 0;
    let errors = 0;
    await fc.assert(
      fc.asyncProperty(hostileInput, async (input) => {
        const outcome = await runHostile(input);
        articles += outcome.articles;
        errors += outcome.errors.length;
      }),
      { numRuns: 300, seed: 16 },
    );
    // Both kinds of outcome occur: the generator reaches readable pages as well as broken ones.
    assert.ok(articles > 0 && errors > 0, `${articles} articles, ${errors} errors`);
  });
});
