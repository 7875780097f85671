// The speaker finder on real sentences (PolNeAR texts and BASIL articles read in place from ../shared/data): the
// subject phrase's head noun speaks, a person beats a place, a pronoun prefers a subject to an object, relative
// pronouns, party labels, transcript turns, quantities of people, mixed quote marks.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../src/analyze/analyze.js';
import type { Article, Quote } from '../src/core/model.js';
import { basilArticle } from './helpers/basil-articles.js';
import { SHARED } from './helpers/shared.js';

const POLNEAR = join(SHARED, 'data', 'polnear', 'text');
const BASIL = join(SHARED, 'data', 'basil', 'articles');

function article(name: string, text: string): Article {
  return { id: name, input: name, title: '', text, cites: [], provenanceNotes: [] };
}

/** A BASIL article's body, paragraphs joined as the entities bench joins them. */
function basilText(year: string, uuidPrefix: string): { name: string; text: string } {
  const name = readdirSync(join(BASIL, year)).find((f) => f.startsWith(uuidPrefix));
  assert.ok(name, `no BASIL article ${year}/${uuidPrefix}*`);
  const json = JSON.parse(readFileSync(join(BASIL, year, name), 'utf8')) as { 'body-paragraphs': string[][] };
  return { name, text: json['body-paragraphs'].map((p) => p.join(' ')).join('\n\n') };
}

function polnearText(prefix: string): { name: string; text: string } {
  const name = readdirSync(POLNEAR).find((f) => f.startsWith(prefix));
  assert.ok(name, `no PolNeAR text ${prefix}*`);
  return { name, text: readFileSync(join(POLNEAR, name), 'utf8') };
}

/** The quote of the text whose words start with `start`: its speaker's name and the words naming the speaker. */
function speakerOf(
  source: { name: string; text: string },
  start: string,
): { quote: Quote; name?: string; words?: string } {
  const { name, text } = source;
  const quote = analyze(article(name, text)).quotes.find((q) => text.slice(q.text.start, q.text.end).startsWith(start));
  assert.ok(quote, `${name}: no quote starting "${start}"`);
  const mention = quote.speaker?.mention;
  const out: { quote: Quote; name?: string; words?: string } = { quote };
  if (quote.speaker !== undefined) out.name = quote.speaker.name;
  if (mention !== undefined) out.words = text.slice(mention.start, mention.end);
  return out;
}

test('a lawmaker’s party label is part of the name phrase: “…,” Rep. Earl Blumenauer (D-Ore.) said', () => {
  const found = speakerOf(
    polnearText('huff-post_2016-06-22_hillary-clinton-reassures-house-'),
    'There’s tremendous energy',
  );
  assert.equal(found.name, 'Earl Blumenauer');
  assert.equal(found.words, 'Rep. Earl Blumenauer (D-Ore.)');
});

test('a straight opening mark closed by a curly one: "I was hoping …,” Graham said', () => {
  const found = speakerOf(polnearText('politico_2016-07-22_rep-gwen-graham'), 'I was hoping to see more');
  assert.equal(found.quote.kind, 'direct');
  assert.match(found.name ?? '', /Graham$/);
});

test('a quantity of people is the speaker: "About three-quarters support a temporary ban …"', () => {
  const found = speakerOf(
    polnearText('breitbart_2016-02-20_the-latest-hillary-clinton-tells'),
    'a temporary ban on Muslims',
  );
  assert.equal(found.words, 'About three-quarters');
});

test('a partial quote belongs to its own clause’s subject: “when he yelled “You lie!”” → he, not the name before', () => {
  const found = speakerOf(polnearText('breitbart_2016-02-20_the-latest-hillary-clinton-tells'), 'You lie!');
  assert.equal(found.words, 'he');
  assert.equal(found.name, 'Joe Wilson');
});

test('a transcript turn names its speaker inside the quote: "PENCE: Well, look, …"', () => {
  const found = speakerOf(
    polnearText('breitbart_2016-09-25_pence-gennifer-flowers-won-t-be-'),
    'PENCE: Well, look, Hillary',
  );
  assert.equal(found.name, 'PENCE');
  assert.equal(found.words, 'PENCE');
});

test('a relative pronoun speaks for the phrase before it: "Democrats, who want to keep the White House"', () => {
  const found = speakerOf(polnearText('nyt_2015-11-09_jobs-report-gives-democrats-a-li'), 'to keep the White House');
  assert.equal(found.words, 'who');
  assert.equal(found.name, 'Democrats');
});

test('an owned cue noun is its owner’s: "particularly his warning that Britain would …" → his', () => {
  const found = speakerOf(
    polnearText('breitbart_2016-04-23_clinton-wades-in-urges-britain-t'),
    'Britain would go have to',
  );
  assert.equal(found.words, 'his');
});

test('BASIL: a person beats a place at the head of a clause: "in Columbus, Ohio, Santorum had dismissed …"', () => {
  const found = speakerOf(
    basilText('2012', '65cb14cb-2d27-41e5-a2be-6fd6314f4363_3'),
    'Obama’s politics as being based',
  );
  assert.equal(found.name, 'Rick Santorum');
  assert.equal(found.words, 'Santorum');
});

test('BASIL: a noun phrase’s head speaks, not the place that modifies it: "The Arizona group said …"', () => {
  const found = speakerOf(basilText('2011', '005a2961'), 'the call from Mr. Trump on Wednesday');
  assert.equal(found.name, 'The Arizona group');
});

test('BASIL: a role’s appositive names the speaker: "the legislator, Representative Carl Seel"', () => {
  const found = speakerOf(basilText('2011', '005a2961'), 'Of course I was surprised');
  assert.equal(found.name, 'Carl Seel');
});

test('BASIL: "he told reporters" is the subject named before, not a person who is an object there', () => {
  // "President Trump on Saturday said he appreciates FBI special counsel Robert Mueller releasing …" / "… claiming
  // Trump directed Michael Cohen to lie …": Mueller and Cohen are objects.
  const found = speakerOf(basilText('2019', 'c9e4d35f'), 'I thought that the BuzzFeed piece');
  assert.equal(found.words, 'he');
  assert.match(found.name ?? '', /Trump$/);
});

test('"Justice" is a title: each justice speaks under their own name, not the first justice named', () => {
  const wallMart = basilText('2011', '2058ec60-5372-4f5f-83a3-da780be3a350_1');
  assert.equal(speakerOf(wallMart, 'the theory about how the company discriminated').name, 'Anthony M. Kennedy');
  assert.equal(speakerOf(wallMart, 'Wal-Mart could be held accountable').name, 'Stephen G. Breyer');
  assert.equal(speakerOf(wallMart, 'companies had a responsibility').name, 'Ruth Bader Ginsburg');
});

test('“…,” he said: a sentence whose subject is he passes on its person (Schiff, not Rogers named before)', () => {
  const found = speakerOf(
    basilText('2017', 'df6a55fb-dfe5-4362-89a6-8c040d648a70_1'),
    'If all of this is part of a pattern',
  );
  assert.equal(found.words, 'he');
  assert.match(found.name ?? '', /Schiff$/);
});

test('a quote closing on a comma takes the speaker beside any past-tense verb: “…,” Toomey fumed on Tuesday', () => {
  const found = speakerOf(polnearText('politico_2016-06-22_what-will-it-take-for-the-senate'), 'If they were serious');
  assert.match(found.name ?? '', /Toomey$/);
});

test('a quote after a colon belongs to the clause before it: “Clinton’s response was: “…”', () => {
  const found = speakerOf(polnearText('west-journal_2015-12-01_just-leaked-look-at-hillary-s-sh'), 'Is Dalton Brody');
  assert.match(found.name ?? '', /Clinton$/);
});

test('a time after the verb is no speaker: “…, Senator Richard J. Durbin, Democrat of Illinois, said Tuesday.”', () => {
  const { name, text } = basilText('2015', '2b9468af-4ab0-4f25-85f4-c3ef93d72006_1');
  const speakers = analyze(article(name, text)).quotes.map((q) => q.speaker?.name ?? '');
  assert.ok(speakers.includes('Richard J. Durbin'));
  assert.ok(!speakers.some((s) => /^(?:Monday|Tuesday|Wednesday|Thursday|Friday)$/.test(s)), speakers.join(', '));
});

test('reported content with no verb of its own is marked no statement; a said clause is not', () => {
  const source = basilText('2013', '1bb79cc1-5d69-4136-a23d-6dbd300cbf25_1');
  assert.match(speakerOf(source, 'only minor changes to the draft').quote.reason ?? '', /no verb of its own/);
  // The attribution between commas leaves the statement whole: "Mr. Morell, officials said, acted on his own …".
  assert.equal(speakerOf(source, 'Mr. Morell, officials said, acted on his own').quote.reason, undefined);
});

test('a name followed by its verb is a clause, not the speaker phrase: “before Mr. Trump spoke, and Senator Chuck Schumer … denounced”', () => {
  const { name, text } = basilText('2019', '70c75d68-bf65-46a6-a822-15c23d77a275_2');
  const quotes = analyze(article(name, text)).quotes.filter((q) =>
    text.slice(q.text.start, q.text.end).includes('not a compromise but more hostage taking'),
  );
  assert.ok(quotes.length > 0);
  for (const q of quotes) assert.equal(q.speaker?.name, 'Chuck Schumer');
});

test('quoted words inside reported speech are its speaker’s, not a name’s the sentence passes on the way', () => {
  // NYT, 2018: "Mr. Vega … asserted … a fund-raiser for Hillary Clinton, and complained that bringing charges … would
  // effectively deliver a “solidly Republican” House seat into Democratic hands."
  const nyt = basilText('2018', 'eb17fa36-89f2-4d0b-8133-7bb4682228e1_2');
  assert.equal(speakerOf(nyt, 'solidly Republican').name, 'Gregory A. Vega');
  // HuffPost: Hunter "castigated the Justice Department, accusing the agency of being “corrupt …” and said it “uses
  // the law to extort …”": the department is what he spoke of, not who spoke.
  const huffpost = basilText('2018', 'eb17fa36-89f2-4d0b-8133-7bb4682228e1_3');
  assert.equal(speakerOf(huffpost, 'uses the law to extort').name, 'Duncan Hunter');
});

test('a thing’s quoted name is no one’s speech: “a charity called “Smiles for Life””', () => {
  const huffpost = basilText('2018', 'eb17fa36-89f2-4d0b-8133-7bb4682228e1_3');
  const { quote } = speakerOf(huffpost, 'Smiles for Life');
  assert.equal(quote.kind, 'scare');
  assert.match(quote.reason ?? '', /\bname\b/);
  // One capitalised word is no title by its shape: the participle naming the class says it is a name.
  const carson = polnearText('huff-post_2015-11-08_ben-carson-defends-himself-again');
  const named = analyze(article(carson.name, carson.text)).quotes.find((q) => {
    const before = carson.text.slice(q.text.start - 30, q.text.start);
    return carson.text.slice(q.text.start, q.text.end) === 'Perception' && before.includes('class called');
  });
  assert.ok(named, 'the class name is found as quoted words');
  assert.equal(named.kind, 'scare');
  assert.match(named.reason ?? '', /name of a thing/);
});

test('he or she names a person, never the organisation that spoke last, and “, saying” is the swiper’s, not MSNBC’s', () => {
  // Fox, 2018: "He went on to call censorship “a dangerous thing” and then took a swipe at CNN and MSNBC, saying …
  // “If you are weeding out Fake News, there is nothing so Fake as CNN & MSNBC …,” he tweeted."
  const fox = basilText('2018', 'ad409798-ee94-4436-92c5-92669193be14_1');
  for (const start of ['If you are weeding out Fake News', 'I get used to it', 'while they are']) {
    const { name } = speakerOf(fox, start);
    assert.match(name ?? '', /Trump/u, `"${start}…" is Trump's, not ${name}'s`);
  }
});

test('the subject is read by syntax: a titled name after a possessor, a pronoun before the verb, a relative’s noun', () => {
  // BASIL 2017 dd1e6e3b (Donald Trump Jr. and WikiLeaks), read as a user would: each was another person's.
  const fox = basilText('2017', 'dd1e6e3b-f36c-4064-8ef9-940984e9afa2_1');
  const nyt = basilText('2017', 'dd1e6e3b-f36c-4064-8ef9-940984e9afa2_2');
  const huffpost = basilText('2017', 'dd1e6e3b-f36c-4064-8ef9-940984e9afa2_3');
  // "President Trump’s attorney Ty Cobb told Fox News …": the attorney, not the president (nor his son).
  assert.equal(speakerOf(fox, 'he was not aware').name, 'Ty Cobb');
  // "… said Pence press secretary Alyssa Farah": the press secretary, not Pence.
  assert.equal(speakerOf(huffpost, 'The vice president was never aware').name, 'Alyssa Farah');
  // "After Trump won the election, Wikileaks suggested that …": the opening clause's subject is not the speaker.
  assert.match(speakerOf(huffpost, 'Trump should prod Australia').name ?? '', /^Wiki[Ll]eaks$/u);
  // "a quote from Mrs. Clinton in which she said she wanted …": she, not "2016".
  assert.equal(speakerOf(nyt, 'she wanted to').name, 'Hillary Clinton');
  // "… about then-Democratic presidential nominee Hillary Clinton wanting to “just drone” Julian Assange": Clinton's.
  assert.equal(speakerOf(fox, 'to “just drone”').name, 'Hillary Clinton');
  // "Vice President Mike Pence, who in an Oct. 14, 2016, interview claimed the campaign had not been in contact with
  // WikiLeaks, said in a statement …": the relative clause's content ends where the main clause comes back.
  const { quote } = speakerOf(huffpost, 'the campaign had not been in contact');
  assert.ok(huffpost.text.slice(quote.text.start, quote.text.end).endsWith('in contact with WikiLeaks'));
  // "Mr. Trump met with Russians in June 2016 who said they had damaging information": the Russians.
  assert.equal(speakerOf(nyt, 'they had damaging information').name, 'Russians');
});

test('a name after a preposition is no speaking person: “… in a statement to Wired explaining why …” is Thiel’s', () => {
  const source = polnearText('west-journal_2016-07-14_donald-trump-stuns-lgbt-communit');
  assert.equal(speakerOf(source, 'but most Americans agree').name, 'Peter Thiel');
});

test('a person described after a name that only modifies them speaks: "A former Justice Department computer crimes prosecutor said …" (BASIL c21cb217, Fox)', () => {
  // The whole article (every paragraph holds ''): alone, the paragraph was read right; the story's other mentions of
  // the Justice Department made it the speaker.
  const article = basilArticle('c21cb217-3e2c-49bd-884d-5c74a165ef10_2', '');
  const quote = analyze(article).quotes.find((q) =>
    article.text.slice(q.text.start, q.text.end).startsWith('it would not cost much'),
  );
  assert.ok(quote, 'the statement is found');
  assert.equal(quote.speaker?.name, 'A former Justice Department computer crimes prosecutor');
});
