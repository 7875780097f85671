/**
 * Single-source labels by meaning (issue 11): uncertain is not single-source, and a fact another outlet states in
 * other words is neither labelled "one source" nor told twice in the quick look. Real BASIL articles only.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { basilParagraphs } from '../bench/clustering-data.js';
import { brief } from '../src/api/brief.js';
import { factRelation, scopedPolarity } from '../src/compare/same-fact.js';
import { embedTexts } from '../src/embed/embed-texts.js';
import { createUseLiteEmbedder } from '../src/embed/use-lite.js';
import { SHARED, tempDir } from './helpers/shared.js';

const ROOT = join(SHARED, 'data', 'basil', 'articles');
/** BASIL 2018 triplet on birthright citizenship (NYT, Fox, HuffPost), not in the labelled same-fact pairs. */
const TRIPLET = 'f688c56d-7fae-42ef-b7f7-7db207b58d27';

/** The triplet's three articles as JSON lines (title, flattened body paragraphs, outlet, url, date). */
function tripletLines(): string[] {
  const year = readdirSync(ROOT).find((y) => readdirSync(join(ROOT, y)).some((f) => f.startsWith(TRIPLET)))!;
  return readdirSync(join(ROOT, year))
    .filter((f) => f.startsWith(TRIPLET))
    .sort()
    .map((f) => {
      const r = JSON.parse(readFileSync(join(ROOT, year, f), 'utf8'));
      const text = basilParagraphs(r['body-paragraphs'])
        .map((p) => p.join(' '))
        .join('\n\n');
      return JSON.stringify({ id: r.uuid, title: r.title, text, outlet: r.source, url: r.url, publishedAt: r.date });
    });
}

/** The first sentence-like piece of the triplet's text holding `needle`. */
function sentenceWith(needle: string): string {
  for (const line of tripletLines()) {
    const text = JSON.parse(line).text as string;
    const at = text.indexOf(needle);
    if (at < 0) continue;
    const start = Math.max(text.lastIndexOf('. ', at) + 2, text.lastIndexOf('\n', at) + 1);
    const end = text.indexOf('.', at + needle.length);
    return text.slice(start, end + 1);
  }
  throw new Error(`test: no sentence of ${TRIPLET} holds ${needle}`);
}

describe('single-source by meaning', () => {
  const FOX = sentenceWith('is not the only country to grant birthright citizenship');
  const OTHERS = sentenceWith('at least 30 other countries');

  it('"not the only country" does not deny the claim: the sentences are not parted by a negation', async () => {
    assert.equal(scopedPolarity(FOX, OTHERS), 0);
    const { vectors } = await embedTexts([FOX, OTHERS], createUseLiteEmbedder());
    assert.notEqual(factRelation(FOX, OTHERS, vectors), 'different', `${FOX}\n${OTHERS}`);
  });

  it('the quick look tells the fact once and labels no entry "one source" that another outlet states', async () => {
    const dir = tempDir('single-source');
    const input = join(dir, 'birthright.jsonl');
    writeFileSync(input, `${tripletLines().join('\n')}\n`);
    const result = await brief([input], { db: join(dir, 't.sqlite') });
    const quickLook = result.briefs.stories[0]!.quickLook;
    const told = quickLook.filter(
      (item) => /not the only country/.test(item.text) || /at least 30 other countries/.test(item.text),
    );
    assert.equal(told.length, 1, told.map((item) => item.text).join('\n'));
    assert.equal(told[0]!.onlySource, undefined, told[0]!.text);
  });
});
