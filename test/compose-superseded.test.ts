/** A brief does not tell, beside a later article's report, what an earlier article said was still to happen. */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { brief } from '../src/api/brief.js';
import type { Brief } from '../src/core/model.js';
import { SHARED, tempDir } from './helpers/shared.js';

// Obama endorses Clinton (June 9, Fox and NYT) after the Huffington Post's June 8 "Obama will meet with Sanders on
// Thursday" and "Obama has yet to make an endorsement".
const TRIPLET = join(SHARED, 'data', 'basil', 'articles', '2016', 'eadabee7-3db9-43c4-a485-3e8b1882cd3c');

function toDocument(path: string): object {
  const record = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const paragraphs = record['body-paragraphs'] as (string | string[])[];
  return {
    id: record.uuid,
    title: record.title,
    text: paragraphs.map((p) => (Array.isArray(p) ? p.join(' ') : p)).join('\n\n'),
    outlet: record.source,
    url: record.url,
    publishedAt: record.date,
    story: 'triplet',
  };
}

describe('a story told over two days', () => {
  let story: Brief;
  before(async () => {
    const folder = tempDir('superseded');
    for (const n of [1, 2, 3])
      writeFileSync(join(folder, `${n}.json`), JSON.stringify(toDocument(`${TRIPLET}_${n}.json`)));
    story = (await brief([folder], { db: ':memory:', embeddings: false })).briefs.stories[0]!;
  });

  test('no quick-look or synthesis sentence says the meeting or the endorsement is still to come', () => {
    const told = [...story.quickLook, ...story.synthesis].map((item) => item.text);
    for (const text of told) assert.doesNotMatch(text, /will meet with sanders|yet to make an endorsement/iu, text);
  });

  test('the endorsement itself is still told', () => {
    assert.ok(story.quickLook.some((item) => /endorsed Hillary Clinton/u.test(item.text)));
  });
});
