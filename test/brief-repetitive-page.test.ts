/** A 6 MB page of one repeated paragraph (a real seed paragraph with a quote) goes through the whole brief and every
 *  output format: no stack overflow, no quadratic step. Timings for 1–6 MB are in bench/hostile-pages.ts. */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { brief } from '../src/api/brief.js';
import { render } from '../src/render/render.js';
import { createSqliteStore } from '../src/store/sqlite.js';
import { repeatedParagraphPage } from './helpers/repetitive-page.js';
import { tempDir } from './helpers/shared.js';

describe('a large repetitive page under the caps', { timeout: 600_000 }, () => {
  test('6 MB of one repeated paragraph is briefed and rendered in every format', async () => {
    const path = join(tempDir('repetitive'), 'repeated.txt');
    writeFileSync(path, repeatedParagraphPage(6_000_000));
    const store = await createSqliteStore({ path: ':memory:' });
    const result = await brief([path], { db: store });
    await store.close();
    assert.equal(result.failures.length, 0);
    assert.equal(result.briefs.stories.length, 1);
    for (const format of ['md', 'html', 'json', 'csv', 'feed'] as const) {
      assert.ok(render(result.briefs, format).length > 0, format);
    }
  });
});
