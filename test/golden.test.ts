/** Exact behaviour on the seed pages: the brief must match the reviewed golden file byte for byte. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { GOLDEN_DIR, goldenBrief } from './helpers/golden.js';

it('the seed brief matches test/golden/seeds-brief.md (regenerate with npm run golden and review the diff)', async () => {
  const expected = readFileSync(join(GOLDEN_DIR, 'seeds-brief.md'), 'utf8');
  assert.equal(await goldenBrief(), expected);
});
