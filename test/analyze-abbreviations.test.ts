/** Sentence ends at abbreviations: a real BASIL report with "(R-Ariz.), … (D-N.Y.) and 18 members …" stays whole. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { splitSentences } from '../src/analyze/split-sentences.js';
import { SHARED } from './helpers/shared.js';

const TRIPLET = 'c6a0e65c-4f8b-41de-8200-cd700f683c64';

test('no sentence starts inside an abbreviation (a state code, a title) or on a lower-case word after one', () => {
  const dir = join(SHARED, 'data/basil/articles/2018');
  const files = readdirSync(dir).filter((name) => name.startsWith(TRIPLET));
  assert.equal(files.length, 3);
  let sentences = 0;
  for (const name of files) {
    const article = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { 'body-paragraphs': (string | string[])[] };
    const text = article['body-paragraphs'].map((p) => (Array.isArray(p) ? p.join(' ') : p)).join('\n\n');
    for (const span of splitSentences(text, name)) {
      const sentence = text.slice(span.start, span.end);
      sentences++;
      assert.doesNotMatch(sentence, /^(\p{Lu}\.\)|[,;:)])/u, `${name}: "${sentence.slice(0, 60)}"`);
      assert.doesNotMatch(
        sentence,
        /\(\p{Lu}-(\p{Lu}\.)?$|\(\p{Lu}-\p{Lu}\p{Ll}*\.\)$/u,
        `${name} ends inside "(D-N.Y.)"`,
      );
    }
  }
  assert.ok(sentences > 50);
});
