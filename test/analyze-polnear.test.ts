// Quote attribution on real PolNeAR articles (read in place from ../shared/data/polnear/text) and on bad input.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../src/analyze/analyze.js';
import type { Analysis, Article } from '../src/core/model.js';
import { SHARED } from './helpers/shared.js';

const TEXT_DIR = join(SHARED, 'data', 'polnear', 'text');

function article(name: string, text: string): Article {
  return { id: name, input: name, title: '', text, cites: [], provenanceNotes: [] };
}

/** The PolNeAR article whose text starts with `prefix` (file name), analysed on its raw text. */
function polnear(prefix: string): { text: string; analysis: Analysis } {
  const name = readdirSync(TEXT_DIR).find((f) => f.startsWith(prefix));
  assert.ok(name, `no PolNeAR text ${prefix}*`);
  const text = readFileSync(join(TEXT_DIR, name), 'utf8');
  return { text, analysis: analyze(article(name, text)) };
}

function quoteStarting(prefix: string, start: string) {
  const { text, analysis } = polnear(prefix);
  const quote = analysis.quotes.find((q) => text.slice(q.text.start, q.text.end).startsWith(start));
  assert.ok(quote, `${prefix}: no quote starting "${start}"`);
  const mention = quote.speaker?.mention;
  return { quote, speakerWords: mention === undefined ? undefined : text.slice(mention.start, mention.end) };
}

test("two apostrophes are a quote mark: ''…,'' Ms. White said", () => {
  const { quote, speakerWords } = quoteStarting('nyt_2015-11-16_social-sites-overflow', "We're offering our community");
  assert.equal(quote.kind, 'direct');
  assert.equal(speakerWords, 'Ms. White');
  assert.match(quote.speaker?.name ?? '', /White$/);
});

test('verb before the speaker with an appositive: "said Paul H. Chipok, a lawyer in Orlando …"', () => {
  const { quote, speakerWords } = quoteStarting('nyt_2015-11-25_golf-courses', 'Some courses are adapting');
  assert.equal(quote.speaker?.name, 'Paul H. Chipok');
  assert.match(speakerWords ?? '', /^Paul H\. Chipok, a lawyer in Orlando/);
});

test('"she said" resolves to the woman named before, not a man', () => {
  const { quote, speakerWords } = quoteStarting('nyt_2015-11-25_golf-courses', "They're spending a fortune");
  assert.equal(speakerWords, 'she');
  assert.match(quote.speaker?.name ?? '', /Tanzer/);
});

test('a dash by-line after a quote names its speaker (“…” ― Steve Quinlan)', () => {
  const { quote } = quoteStarting('huff-post_2016-09-27_latinos-share', 'Maybe, we can build a wall');
  assert.equal(quote.speaker?.name, 'Steve Quinlan');
});

test('a paragraph ending "Cruz continued:" attributes the quote paragraph after it', () => {
  const { quote } = quoteStarting('breitbart_2015-11-11_the-ninth-circle', 'You look at the questions');
  assert.match(quote.speaker?.name ?? '', /Cruz$/);
});

test('"as Tom Ridge, a former secretary of homeland security, put it:"', () => {
  const { quote } = quoteStarting('nyt_2015-11-17_terrorism-moves', 'The barbarians are no longer at the gate');
  assert.equal(quote.speaker?.name, 'Tom Ridge');
});

test('reported speech with a pronoun clause: "Sanders says he’d continue …"', () => {
  const { quote } = quoteStarting('breitbart_2016-01-05_the-latest-cruz', 'he’d continue Obama’s actions');
  assert.equal(quote.kind, 'reported');
  assert.match(quote.speaker?.name ?? '', /Sanders$/);
});

test('bad input: a 5,000-sentence article of repeated PolNeAR text, and one with its closing marks removed', () => {
  const { text } = polnear('nyt_2015-11-25_golf-courses');
  const sentencesPerCopy = analyze(article('one', text)).sentences.length;
  const long = Array.from({ length: Math.ceil(5000 / sentencesPerCopy) + 1 }, () => text).join('\n\n');
  for (const input of [long, long.replace(/''/g, "'")]) {
    const analysis = analyze(article('long', input));
    if (input === long) assert.ok(analysis.sentences.length >= 5000, `${analysis.sentences.length} sentences`);
    for (const q of analysis.quotes)
      assert.ok(q.text.start >= 0 && q.text.end <= input.length && q.text.start < q.text.end);
  }
});

test('bad input: Russian Telegram posts (another script) and a page that is all quotes', () => {
  const dir = join(SHARED, 'data', 'telegram-ru-news-posts', 'raw');
  const first = readdirSync(dir).sort()[0]!;
  const posts = JSON.parse(readFileSync(join(dir, first), 'utf8')) as { text?: unknown }[];
  const russian = posts
    .map((p) => (typeof p.text === 'string' ? p.text : ''))
    .slice(0, 200)
    .join('\n\n');
  const ru = analyze(article('ru', russian));
  assert.ok(ru.sentences.length > 0);
  for (const q of ru.quotes) assert.ok(q.text.end <= russian.length);
  const { text } = polnear('nyt_2015-11-25_golf-courses');
  const allQuotes = text
    .split('\n')
    .filter((line) => line.startsWith("''"))
    .join('\n\n');
  const quoted = analyze(article('quotes', allQuotes));
  assert.ok(quoted.quotes.filter((q) => q.kind === 'direct').length >= 5);
});
