/** The holder walks pick the same elements, in the same order, as the CSS selectors they replace, on real pages. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { SHARED } from '../../test/helpers/shared.js';
import { parseDocument } from './dom.js';
import { findHolders, isAuthorHolder, isDateHolder } from './find-holders.js';

const DATE_SELECTOR =
  '[itemprop="datePublished"], [class*="date" i], [class*="datum" i], [class*="publish" i], [class*="posted" i], [class*="meta" i], [id*="date" i], time';
const AUTHOR_SELECTOR =
  '[itemprop="author"], [rel="author"], a[href*="/author/"], a[href*="/autor/"], [class*="author-name"], [class*="author__name"], [class*="byline__name"], .author, .byline, .autor';

/** The same elements (by identity) in the same order. */
const same = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((element, i) => element === b[i]);

const pagesDir = join(SHARED, 'data', 'trafilatura-eval', 'html');

test('date and author holders match their CSS selectors on 40 trafilatura-eval pages', () => {
  const names = readdirSync(pagesDir).sort().slice(0, 40);
  let seen = 0;
  for (const name of names) {
    const document = parseDocument(gunzipSync(readFileSync(join(pagesDir, name))).toString('utf8'));
    for (const [selector, holder] of [
      [DATE_SELECTOR, isDateHolder],
      [AUTHOR_SELECTOR, isAuthorHolder],
    ] as const) {
      const expected = Array.from(document.querySelectorAll(selector));
      assert.ok(same(findHolders(document, holder, Number.POSITIVE_INFINITY), expected), `${name}: ${selector}`);
      assert.ok(same(findHolders(document, holder, 3), expected.slice(0, 3)), `${name}: the first 3 of ${selector}`);
      seen += expected.length;
    }
  }
  assert.ok(seen > 100, `the pages hold holders to compare (${seen})`);
});
