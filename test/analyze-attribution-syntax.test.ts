// Who said what, chosen by syntax and discourse, on an unseen BASIL story read as a user would (2018 f688c56d,
// birthright citizenship; and 2018 ad409798): a role phrase names the person it titled, a relative pronoun speaks for
// the phrase right before it (never for a clause's subject further back), a stance toward someone "for doing" or a
// noun phrase under "considering" is no statement, and laws, documents and described groups are no speaker headings.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze, mergeEntities } from '../src/analyze/analyze.js';
import { alignStatements } from '../src/compare/align-statements.js';
import type { AnalyzedArticle, Article, Quote } from '../src/core/model.js';
import { basilWhole } from './helpers/basil-articles.js';
import { SHARED } from './helpers/shared.js';

const BASIL = join(SHARED, 'data', 'basil', 'articles');

const basil = basilWhole;

const STORY = 'f688c56d-7fae-42ef-b7f7-7db207b58d27';
const [fox, nyt, hpo] = ['1', '2', '3'].map((n) => basil('2018', `${STORY}_${n}`)) as [Article, Article, Article];
const analyses = new Map([fox, nyt, hpo].map((a) => [a.id, analyze(a)]));

/** The quote of an article whose words start with `start`. */
function quoteOf(article: Article, start: string): Quote {
  const quote = analyses
    .get(article.id)!
    .quotes.find((q) => article.text.slice(q.text.start, q.text.end).startsWith(start));
  assert.ok(quote, `${article.input}: no quote starting "${start}"`);
  return quote;
}

test('a role phrase names the person it stood before as a title: “…,” the House speaker said → Paul Ryan', () => {
  // HuffPost: "House Speaker Paul Ryan (Wis.)" four paragraphs before; "Trump’s idea" is the nearest name.
  assert.equal(quoteOf(hpo, 'You cannot end birthright citizenship').speaker?.name, 'Paul Ryan');
});

test('a relative pronoun speaks for the phrase before it, past an “including” aside, not a clause’s subject', () => {
  // "… if Trump follows through at all, considering … warnings he has received from fellow Republicans, including
  // House Speaker Paul Ryan (Wis.), who have said doing so would be outside the bounds the president’s authority."
  const name = quoteOf(hpo, 'doing so would be outside the bounds').speaker?.name ?? '';
  assert.doesNotMatch(name, /Trump/u);
  assert.match(name, /Republicans/u);
  // "Axios cited John Eastman, a constitutional law professor … and director of …, who said": past the clause, the
  // name that heads the appositives.
  assert.equal(quoteOf(hpo, 'the amendment has been misapplied').speaker?.name, 'John Eastman');
  // "Diamond and Silk -- two pro-Trump personalities who have long claimed …" (ad409798, Fox): the personalities.
  const ad = basil('2018', 'ad409798-ee94-4436-92c5-92669193be14_1');
  const claimed = analyze(ad).quotes.find((q) => ad.text.slice(q.text.start).startsWith('they are being censored'));
  assert.ok(claimed);
  assert.notEqual(claimed.speaker?.name, 'Silk');
});

test('a thing named before "which" is no speaker when the name is a preposition’s object after a noun', () => {
  // "the 14th Amendment to the Constitution, which states, “All persons born …”": not the Constitution's words.
  assert.notEqual(quoteOf(nyt, 'All persons born or naturalized').speaker?.name, 'Constitution');
});

test('no statement: a noun phrase under "considering", a stance toward someone "for doing" something', () => {
  // "warnings he has received from …" is a relative clause on "warnings", not the content's own verb.
  assert.ok(quoteOf(hpo, 'his tendency for pre-election bluster').reason);
  // "something Republicans blasted former President Barack Obama for doing with the Deferred Action for …": the
  // capitalised "Deferred" is a word of a name, not a verb.
  assert.ok(quoteOf(fox, 'former President Barack Obama for doing').reason);
});

test('one capitalised word that "states" or takes a plural "say" is no person: The 14th Amendment, Critics', () => {
  const people = analyses
    .get(fox.id)!
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);
  assert.ok(!people.includes('Amendment'), people.join(', '));
  assert.ok(!people.includes('Critics'), people.join(', '));
});

test('who said what on the triplet: no law, document or group word as a heading; the speaker’s words under him', () => {
  const items: AnalyzedArticle[] = [fox, nyt, hpo].map((article) => ({ article, analysis: analyses.get(article.id)! }));
  const statements = alignStatements(items, mergeEntities(items.map((i) => i.analysis)));
  const headings = new Set(statements.map((s) => s.speaker));
  for (const wrong of ['Amendment', 'Constitution', 'Citizenship']) assert.ok(!headings.has(wrong), wrong);
  const cannot = statements.filter((s) => s.quotes.some((q) => /^you cannot end birthright/i.test(q.text)));
  assert.ok(cannot.length > 0);
  for (const s of cannot) assert.match(s.speaker, /Ryan/u);
  const obama = statements.filter((s) => s.quotes.some((q) => q.text.includes('Deferred Action for Childhood')));
  assert.deepEqual(obama, []);
});

test('a pronoun opening reported content is its clause’s subject: “confirmed he knew about the cable” stays', () => {
  // BASIL 2013 1bb79cc1 (Fox): "After the chairman of the Joint Chiefs of Staff confirmed he knew about the cable …"
  const name = readdirSync(join(BASIL, '2013')).find((f) => f.startsWith('1bb79cc1-5d69-4136-a23d-6dbd300cbf25_3'));
  assert.ok(name);
  const article = basil('2013', name.replace(/\.json$/, ''));
  const confirmed = analyze(article).quotes.find(
    (q) => q.cue !== undefined && article.text.slice(q.cue.start, q.cue.end) === 'confirmed',
  );
  assert.ok(confirmed);
  assert.match(article.text.slice(confirmed.text.start, confirmed.text.end), /^he knew about the cable/u);
});

test('a verb of saying after a noun governs its clause: "issued a statement saying …", "with 30 percent … saying …"', () => {
  // PolNeAR counts both as attributions; the brief leaves them out (a thing's words, Quote.reason).
  for (const [file, content] of [
    ['usa-today_2016-06-27_orlando-shootings-temper-lgbt-pr.txt', 'it took the action'],
    ['nyt_2016-07-15_latest-poll-has-trump-pulling-ev.txt', 'they have a positive view of him'],
  ] as const) {
    const text = readFileSync(join(SHARED, 'data', 'polnear', 'text', file), 'utf8');
    const article: Article = { id: file, input: file, title: '', text, cites: [], provenanceNotes: [] };
    const found = analyze(article).quotes.find(
      (q) => q.kind === 'reported' && text.slice(q.text.start, q.text.end).startsWith(content),
    );
    assert.ok(found, `${file}: no reported content "${content}"`);
    assert.equal(text.slice(found.cue!.start, found.cue!.end), 'saying');
    assert.ok(found.reason, 'a thing’s words stay out of the brief');
  }
});
