/** A plain-text file's first line is its title (INTERFACE), also when the headline ends in a full stop. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { DATA } from '../bench/shared-data.js';
import { extract } from '../src/extract/extract.js';
import { readContent } from '../src/ingest/read-content.js';

const POLNEAR = join(DATA, 'polnear', 'text');

async function extractFile(name: string) {
  const path = join(POLNEAR, name);
  const items = await readContent(path, readFileSync(path));
  const doc = items[0]?.outcome;
  assert.ok(doc?.ok, `${name} read`);
  const article = extract(doc.value);
  assert.ok(article.ok, `${name} extracted`);
  return { doc: doc.value, article: article.value };
}

describe('title line of a plain-text file', () => {
  test('a headline ending in a full stop is the title and leaves the text', async () => {
    const { article } = await extractFile('breitbart_2015-11-16_o-malley-campaign-to-shift-staff.txt');
    assert.equal(article.title, 'O’Malley campaign to shift staff, resources to Iowa.');
    assert.ok(!article.text.startsWith('O’Malley campaign'), article.text.slice(0, 80));
  });

  test('the same text as a document object (no title line convention) keeps its first sentence', async () => {
    const { doc } = await extractFile('breitbart_2015-11-16_o-malley-campaign-to-shift-staff.txt');
    const { titleLine: _, ...asPost } = doc;
    const article = extract({ ...asPost, id: `${doc.id}-post` });
    assert.ok(article.ok);
    assert.ok(article.value.text.startsWith('O’Malley campaign'));
  });
});
