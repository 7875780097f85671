// An article's analysis depends on its own text only, never on the articles analysed before it in the process
// (wink-nlp's word cache once made "Clinton's" one token or two depending on what had been read: see
// src/analyze/wink-reader.ts). Real PolNeAR and BASIL articles from ../shared/data.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadBasil } from '../bench/clustering-data.js';
import { analyze } from '../src/analyze/analyze.js';
import { createWinkReader, type WinkReader } from '../src/analyze/wink-reader.js';
import type { Article } from '../src/core/model.js';
import { SHARED } from './helpers/shared.js';

const TEXT_DIR = join(SHARED, 'data', 'polnear', 'text');

/** PolNeAR articles with possessives of names met elsewhere ("Trump’s", "Obama’s", "Clinton’s"). */
const NAMES = [
  'breitbart_2015-11-11_the-ninth-circle-the-hellish-vie',
  'breitbart_2015-11-17_wash-post-fact-check-if-obama-sa',
  'breitbart_2015-12-07_clinton-camp-trump-s-islamaphobi',
];

function polnear(name: string): Article {
  const text = readFileSync(join(TEXT_DIR, `${name}.txt`), 'utf8');
  return { id: name, input: name, title: '', text, cites: [], provenanceNotes: [] };
}

function basilArticles(): Article[] {
  return loadBasil().map(({ document }) => ({
    id: document.id,
    input: document.input,
    title: document.title ?? '',
    text: document.content ?? '',
    cites: [],
    provenanceNotes: [],
  }));
}

// Analysed first, in a process (node:test runs each file in its own) that has read nothing else yet.
const alone = NAMES.map((name) => analyze(polnear(name)));

/**
 * Other PolNeAR articles that end a sentence on a possessive ("… different from Trump’s.", "… of Clinton’s."): wink
 * took such a word whole there and, once it was cached, everywhere after.
 */
const OTHERS = [
  'huff-post_2016-06-08_chuck-grassley-compares-trump-s-',
  'breitbart_2016-07-26_cash-for-opponent-pours-in-as-fl',
];

test('an article analysed alone and after every BASIL article and other PolNeAR articles gives the same analysis', () => {
  for (const article of [...basilArticles(), ...OTHERS.map(polnear)]) analyze(article);
  NAMES.forEach((name, i) => {
    assert.deepEqual(analyze(polnear(name)), alone[i], `${name} analysed differently after other articles`);
  });
});

test('a wink reader that starts afresh every few thousand new words reads as one that never does', () => {
  const texts = basilArticles()
    .slice(0, 60)
    .map((a) => a.text as string);
  const read = (reader: WinkReader, text: string): string =>
    reader.read(text, (doc, its) =>
      JSON.stringify([
        doc.tokens().out(its.value),
        doc.tokens().out(its.pos),
        doc.tokens().out(its.type),
        doc.sentences().out(its.span),
        doc.entities().out(its.detail),
      ]),
    );
  const steady = createWinkReader();
  // The model's own lexicon is 87,593 words: 500 new ones (a few articles' worth) start a fresh wink instance.
  const recycling = createWinkReader({ recycleAt: 88_100 });
  const first = texts.map((text) => read(steady, text));
  assert.deepEqual(
    texts.map((text) => read(recycling, text)),
    first,
  );
  // And in reverse order (every text after all the others) the same again.
  assert.deepEqual(
    [...texts].reverse().map((text) => read(steady, text)),
    [...first].reverse(),
  );
});
