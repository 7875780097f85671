// Reader-pass errors on unseen BASIL stories (issue #12, session 9): the addressee of "told" is no part of what was
// said, a "who" after "Name of Place, State" speaks for the person, a title word inside an organisation's name does
// not cut it, a stance's object ends where the main clause's "told" comes back, a thing's "recalled" is no one's
// speech, and a stance word used as a noun ("conservative support", "a warning shot") is no cue.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/analyze.js';
import type { Article, Quote } from '../src/core/model.js';
import { basilWhole } from './helpers/basil-articles.js';

const basil = basilWhole;

const cache = new Map<string, Quote[]>();
function quotesOf(article: Article): Quote[] {
  if (!cache.has(article.id)) cache.set(article.id, analyze(article).quotes);
  return cache.get(article.id)!;
}
const words = (article: Article, q: Quote): string => article.text.slice(q.text.start, q.text.end);
const cueOf = (article: Article, q: Quote): string => (q.cue ? article.text.slice(q.cue.start, q.cue.end) : '');

const POT = 'b764f81f-6d08-4d7c-b1a8-8961bed0a455';
const [ap, nyt, hpo] = ['1', '2', '3'].map((n) => basil('2014', `${POT}_${n}`)) as [Article, Article, Article];

test('"told The Denver Post he spoke …": the reported content starts after the addressee', () => {
  const told = quotesOf(ap).filter((q) => cueOf(ap, q) === 'told' && /Hickenlooper/.test(q.speaker?.name ?? ''));
  assert.ok(told.length > 0, 'no report of Hickenlooper under "told"');
  for (const q of told) assert.match(words(ap, q), /^he spoke with Nebraska/);
  // "A U.S. intelligence official told The Huffington Post the review was completed …" (BASIL 1bb79cc1).
  const hp = basil('2013', '1bb79cc1-5d69-4136-a23d-6dbd300cbf25_2');
  const review = quotesOf(hp).filter((q) => cueOf(hp, q) === 'told' && q.kind === 'reported');
  assert.ok(review.length > 0);
  for (const q of review) assert.doesNotMatch(words(hp, q), /^The Huffington Post/);
});

test('"said Sheriff Adam Hayward of Deuel County, Neb., who said that …": the sheriff speaks, not "Neb."', () => {
  const gratified = quotesOf(nyt).find((q) => words(nyt, q).startsWith('he was gratified'));
  assert.ok(gratified);
  assert.equal(gratified.speaker?.name, 'Adam Hayward');
});

test('"The Rocky Mountain High Intensity Drug Trafficking Area wrote …": the whole name speaks', () => {
  const report = quotesOf(ap).find((q) => words(ap, q).startsWith('the amount of Colorado pot seized'));
  assert.ok(report);
  assert.equal(report.speaker?.name, 'Rocky Mountain High Intensity Drug Trafficking Area');
});

test('"Polis …, who … advocated full-scale federal legalization of the drug, told HuffPost that …": each its own', () => {
  const advocated = quotesOf(hpo).find((q) => cueOf(hpo, q) === 'advocated');
  assert.ok(advocated);
  assert.equal(words(hpo, advocated), 'full-scale federal legalization of the drug');
  const told = quotesOf(hpo).find((q) => words(hpo, q).startsWith('Nebraska and Oklahoma attempting'));
  assert.equal(told?.speaker?.name, 'Jared Polis');
});

test('a thing\'s "recalled" is no speech; "conservative support" and "a warning shot" are no cues (BASIL ee05c9b3)', () => {
  const cantor = basil('2014', 'ee05c9b3-529c-4268-ad72-19bd34f7197e_1');
  const recalled = quotesOf(cantor).find((q) => words(cantor, q).startsWith('the defeat of former Speaker'));
  assert.notEqual(recalled?.speaker?.name, 'Eric Cantor');
  assert.ok(!quotesOf(cantor).some((q) => cueOf(cantor, q) === 'support'));
  assert.ok(!quotesOf(cantor).some((q) => cueOf(cantor, q) === 'warning'));
});
