// Attribution forms the finder missed on real PolNeAR articles (read in place from ../shared/data/polnear/text),
// each a class of misses counted with bench/polnear-misses.ts (issue 12: all-attribution recall).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../src/analyze/analyze.js';
import type { Quote } from '../src/core/model.js';
import { SHARED } from './helpers/shared.js';

const TEXT_DIR = join(SHARED, 'data', 'polnear', 'text');

/** The reported quote of the PolNeAR article `prefix` whose content holds `words`, with its text, cue and speaker words. */
function reported(prefix: string, words: string): { quote: Quote; content: string; cue: string; source: string } {
  const name = readdirSync(TEXT_DIR).find((f) => f.startsWith(prefix));
  assert.ok(name, `no PolNeAR text ${prefix}*`);
  const text = readFileSync(join(TEXT_DIR, name), 'utf8');
  const article = { id: name, input: name, title: '', text, cites: [], provenanceNotes: [] };
  const quote = analyze(article).quotes.find(
    (q) => q.kind === 'reported' && text.slice(q.text.start, q.text.end).includes(words),
  );
  assert.ok(quote, `${prefix}: no reported quote holding "${words}"`);
  const at = (s: { start: number; end: number } | undefined) => (s === undefined ? '' : text.slice(s.start, s.end));
  return { quote, content: at(quote.text), cue: at(quote.cue), source: at(quote.speaker?.mention) };
}

test('“… “ongoing.” He said the FBI has not …”: "He said" after a quote that ends its sentence opens a report', () => {
  const { content, cue, quote } = reported('breitbart_2016-02-08_lynch-no-outs', 'the FBI has not publicly commented');
  assert.equal(cue, 'said');
  assert.match(content, /^the FBI has not publicly commented on the focus, scope or potential targets/);
  assert.match(quote.speaker?.name ?? '', /Baker/);
});

test('an attribution between commas inside its content: "In the long run, many economists say, this effect …"', () => {
  const { content, cue, source } = reported('huff-post_2015-12-08_the-biggest-b', 'this effect could ripple');
  assert.equal(cue, 'say');
  assert.equal(source, 'many economists');
  assert.match(content, /^In the long run, .* this effect could ripple through the rest of the health care system/);
});

test('a trailing attribution before a semicolon: "…, political analysts say; in 2012, …"', () => {
  const { content, cue, source } = reported(
    'nyt_2015-12-18_rubio-and-cruz-dive',
    'about 40 percent of the Hispanic vote',
  );
  assert.equal(cue, 'say');
  assert.equal(source, 'political analysts');
  assert.match(content, /^To win the White House, candidates probably need to capture about 40 percent/);
  assert.doesNotMatch(content, /Romney/);
});

test('"…, according to a national Gallup Poll taken last week.": a source that is no speaker phrase still attributes', () => {
  const { content, cue, quote } = reported(
    'breitbart_2016-05-12_trump-ryan-pl',
    'Republican-leaning voters now view Trump',
  );
  assert.equal(cue, 'according to');
  assert.equal(quote.speaker?.name, 'a national Gallup Poll taken last week');
  assert.doesNotMatch(content, /according/);
});

test('a question is its asker’s attribution: "When asked whom she supported, Ms. Sherry smiled and said …"', () => {
  const { content, cue } = reported('nyt_2016-02-01_with-wall-st-center', 'whom she supported');
  assert.equal(cue, 'asked');
  assert.equal(content, 'whom she supported');
});

test('a passive with its agent: "The immigration bill, opposed by House Republicans, …" is the Republicans’ stance', () => {
  const { content, cue, quote } = reported('nyt_2016-03-15_sanders-advances-ag', 'The immigration bill');
  assert.equal(cue, 'opposed');
  assert.equal(content, 'The immigration bill');
  assert.equal(quote.speaker?.name, 'House Republicans');
});

test('a collective noun is a speaker phrase: "…, a 15-year-old girl … was pepper-sprayed by another bystander, police said."', () => {
  const { cue, source } = reported('usa-today_2016-03-30_teen-girl-pepper', 'was pepper-sprayed by another bystander');
  assert.equal(cue, 'said');
  assert.equal(source, 'police');
});
