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

test('non-speech cues: a poll "shows", a hedge "seemed", a stance verb "want" with its plain subject', () => {
  const poll = quoteStarting('breitbart_2016-02-18_poll-bernie-sanders-burns', 'upstart Sen. Bernie Sanders');
  assert.equal(poll.quote.kind, 'reported');
  assert.equal(poll.speakerWords, 'a poll');
  const { text, analysis } = polnear('breitbart_2016-07-19_republicans-begin-roll-call');
  const hedge = analysis.quotes.find((q) => q.cue !== undefined && text.slice(q.cue.start, q.cue.end) === 'seemed');
  assert.ok(hedge, 'no quote cued by "seemed"');
  assert.match(text.slice(hedge.text.start, hedge.text.end), /supporters seemed equally unperturbed/);
  const want = quoteStarting(
    'breitbart_2016-03-15_the-latest-kasich-scores',
    'all immigrants in the country illegally',
  );
  assert.equal(want.speakerWords, 'Only about 4 in 10 Republican voters in each state');
});

test('a stance verb inside reported content does not cut it: "notes that … has vowed to cut …"', () => {
  const prefix = 'nyt_2016-03-21_factory-workers-feel-sting';
  const { quote } = quoteStarting(prefix, 'United Technologies has vowed');
  assert.equal(quote.kind, 'reported');
  const { text } = polnear(prefix);
  assert.match(text.slice(quote.text.start, quote.text.end), /has vowed to cut .* for the next few years$/);
});

test('a title-case headline "Trump Says He Never Pledged …" and a verb-first trailer ", said Howard Rubel, …"', () => {
  const headline = quoteStarting('huff-post_2016-03-10_trump-says-he-never', 'He Never Pledged');
  assert.equal(headline.speakerWords, 'Trump');
  const trailer = quoteStarting('nyt_2016-03-21_factory-workers-feel-sting', 'But that is not good enough');
  assert.equal(trailer.quote.speaker?.name, 'Howard Rubel');
  assert.equal(trailer.speakerWords, 'Howard Rubel, a senior analyst at Jefferies');
});

/** The quotes of a PolNeAR article whose cue is `cueWord`, as [kind, text, speaker name]. */
function cuedBy(prefix: string, cueWord: string): [string, string, string | undefined][] {
  const { text, analysis } = polnear(prefix);
  return analysis.quotes
    .filter((q) => q.cue !== undefined && text.slice(q.cue.start, q.cue.end) === cueWord)
    .map((q) => [q.kind, text.slice(q.text.start, q.text.end), q.speaker?.name]);
}

test('a stance verb takes a two-word noun phrase as its content: "praised her effort", "supported the idea"', () => {
  // PolNeAR's gold has both (sources "He" = Sanders, "Mr. Mitchell"); a bare two words after a cue used to be dropped.
  const effort = cuedBy('breitbart_2016-02-20_the-latest-hillary-clinton-tells', 'praised').filter(
    ([, t]) => t === 'her effort',
  );
  assert.deepEqual(effort, [['reported', 'her effort', 'Bernie Sanders']]);
  const idea = cuedBy('nyt_2015-11-10_netanyahu-and-obama-a-tortured', 'supported').filter(([, t]) => t === 'the idea');
  assert.equal(idea.length, 1);
  assert.match(idea[0]?.[2] ?? '', /Mitchell$/);
});

test('stance verbs PolNeAR annotates: "Rubio also bemoaned the current political climate …"', () => {
  const bemoaned = cuedBy('breitbart_2016-03-15_the-latest-kasich-scores-all-del', 'bemoaned').filter(
    ([kind]) => kind === 'reported',
  );
  assert.equal(bemoaned.length, 1);
  assert.match(bemoaned[0]?.[1] ?? '', /^the current political climate in which people/);
  assert.equal(bemoaned[0]?.[2], 'Marco Rubio');
});

test('a stance object ends before a participle clause: "backed a no-fly zone in Syria, putting her at odds …"', () => {
  // The gold Contents stop at the comma (sources Hillary Clinton, Sanders supporters).
  assert.deepEqual(cuedBy('usa-today_2015-12-14_on-the-islamic-state-a-split-mos', 'backed'), [
    ['reported', 'a no-fly zone in Syria', 'Hillary Clinton'],
  ]);
  const ouster = cuedBy('huff-post_2016-08-01_hillary-clinton-campaign-wants-a', 'called for').map(([, t]) => t);
  assert.ok(ouster.includes('her ouster'), JSON.stringify(ouster));
});

test('unowned noun cues: "sounded a call for the United States to accept …", "questions about U.S. leadership"', () => {
  const call = cuedBy('west-journal_2016-09-12_obama-seeks-more-muslim-refugees', 'call');
  assert.equal(call.length, 1);
  assert.match(call[0]?.[1] ?? '', /^the United States to accept more Muslim refugees/);
  assert.equal(call[0]?.[2], 'Barack Obama');
  const questions = cuedBy('wash-post_2015-11-15_carnage-renews-debate-over-milit', 'questions');
  assert.ok(
    questions.some(([, t]) => t.startsWith('U.S. leadership and willingness')),
    JSON.stringify(questions),
  );
});

test('a progressive is active: "Trump was talking about …", "Bernie Sanders is thanking supporters …"', () => {
  const talking = cuedBy('west-journal_2016-08-18_biden-aims-insult-at-trump-slams', 'talking about');
  assert.ok(talking.some(([, t, who]) => t.startsWith('America’s defense commitments') && who === 'Donald Trump'));
  const { text, analysis } = polnear('breitbart_2016-03-01_the-latest-sanders-wins-minnesot');
  const thanking = analysis.quotes.find(
    (q) => q.cue !== undefined && text.slice(q.cue.start, q.cue.end) === 'thanking',
  );
  assert.ok(thanking, 'no quote cued by "thanking"');
  assert.doesNotMatch(thanking.reason ?? '', /passive/);
});

test('no cue: "Vermont, states that vote on March 1" (a plural noun) and "Cruz invited Trump to a rally"', () => {
  assert.deepEqual(cuedBy('breitbart_2016-03-15_the-latest-sanders-declares-revo', 'states'), []);
  assert.deepEqual(cuedBy('wash-post_2016-01-17_cruz-glad-to-finish-fight-with-t', 'invited'), []);
});

test('relative dates are anchored to the publication date in metadata.tsv', () => {
  const published = new Map(
    readFileSync(join(SHARED, 'data', 'polnear', 'metadata.tsv'), 'utf8')
      .split('\n')
      .map((line) => line.split('\t'))
      .map((cells) => [cells[1] ?? '', cells[5] ?? ''] as const),
  );
  const cases: [string, string, string][] = [
    ['politico_2015-11-19_trump-calls-for-bringing-back-su', "last Friday's", '2015-11-13'],
    ['breitbart_2016-04-15_daggers-drawn-as-trump-cruz-wage', 'earlier this month', '2016-04'],
    ['huff-post_2016-03-16_donald-trump-got-more-votes-in-o', 'four years ago', '2012'],
  ];
  for (const [name, phrase, value] of cases) {
    const text = readFileSync(join(TEXT_DIR, `${name}.txt`), 'utf8');
    const at = text.indexOf(phrase);
    assert.ok(at >= 0, `${name}: no "${phrase}"`);
    const { dates } = analyze({ ...article(name, text), publishedAt: published.get(name) ?? '' });
    const date = dates.find((d) => d.span.start <= at && at < d.span.end);
    assert.equal(date?.value, value, `${name}: "${phrase}"`);
  }
});

test('"…, Carly Fiorina said Monday.": a time after the verb is no content; the sentence before it is', () => {
  const { quote } = quoteStarting('politico_2015-12-28_carly-fiorina', 'Donald Trump is on solid ground');
  assert.equal(quote.speaker?.name, 'Carly Fiorina');
  assert.equal(quote.kind, 'reported');
});

test('"said the email scandal is only the latest issue … that should …": the clause starts after "said"', () => {
  const { quote } = quoteStarting('breitbart_2016-07-19_former-ag-mukasey', 'the email scandal is only the latest');
  assert.match(quote.speaker?.name ?? '', /Mukasey/);
});

test('"The Latest: Cruz to give away engraved shotgun.": a headline after a label is nobody’s statement', () => {
  const { text, analysis } = polnear('breitbart_2016-01-05_the-latest-cruz-to-give');
  const labelled = analysis.quotes.filter((q) => q.speaker?.name === 'The Latest');
  assert.deepEqual(
    labelled.map((q) => text.slice(q.text.start, q.text.end)),
    [],
  );
});
