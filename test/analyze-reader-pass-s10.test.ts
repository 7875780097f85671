// Reader-pass errors on an unseen BASIL story (issue #12, session 10; 7a97de89, 2016, Maine Gov. LePage): a pronoun
// after a sentence opened by "the governor" is the governor's, a ", saying" participle is its clause subject's (not
// the verb's object), a possessive name before a party adjective and a group noun is no speaker, a dateline dash
// starts the subject phrase, and "his greatest fear" is a noun, not a cue. And on 01c59743 (2018, Mattis resigns): a
// "he" after "it condemned Mr. Trump’s approach" is not Trump, and "in the wake of reports that" is no cue. And on
// 59f2f47c (2016, Trump–Cruz): "a super PAC that opposes Trump posted …" and "responded to claims that she is …" say
// nothing of the PAC's or the spokeswoman's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/analyze.js';
import type { Article, Quote } from '../src/core/model.js';
import { basilWhole } from './helpers/basil-articles.js';

const LEPAGE = '7a97de89-1433-46f7-bcc2-f80b041cb9a0';
const [fox, nyt, hpo] = ['1', '2', '3'].map((n) => basilWhole('2016', `${LEPAGE}_${n}`)) as [Article, Article, Article];

const cache = new Map<string, Quote[]>();
function quotesOf(article: Article): Quote[] {
  if (!cache.has(article.id)) cache.set(article.id, analyze(article).quotes);
  return cache.get(article.id)!;
}
const words = (article: Article, q: Quote): string => article.text.slice(q.text.start, q.text.end);
function speakerOf(article: Article, start: string): string | undefined {
  const q = quotesOf(article).find((x) => words(article, x).startsWith(start));
  assert.ok(q, `no quote starting "${start}"`);
  return q.speaker?.name;
}

test('"Earlier, the Republican governor had refused …, even saying … he wished … shoot Gattine": the governor wished', () => {
  assert.match(speakerOf(fox, 'it was 1825') ?? '', /LePage/);
});

test('"the governor identified himself and went on to curse out Gattine. “… Thank you,” he said": the governor', () => {
  assert.match(speakerOf(fox, 'I would like to talk to you') ?? '', /LePage/);
});

test('"Democrats have been pounding LePage, saying that he needs to step down": the Democrats say it', () => {
  assert.equal(speakerOf(hpo, 'he needs to step down'), 'Democrats');
});

test('"LePage hinted … before his term ends in 2018, telling a local radio station, “…”": LePage tells it', () => {
  assert.match(speakerOf(hpo, 'I’m looking at all options') ?? '', /LePage/);
});

test('"LePage hinted on Tuesday that he may resign …": the content starts after "that"', () => {
  const hinted = quotesOf(hpo).find((q) => hpo.text.slice(q.cue?.start ?? 0, q.cue?.end ?? 0) === 'hinted');
  assert.ok(hinted);
  assert.match(words(hpo, hinted), /^he may resign/);
});

test('"Mr. LePage’s Republican allies in the House … announced": the allies, not LePage', () => {
  const speaker = speakerOf(nyt, 'they would oppose those efforts') ?? '';
  assert.match(speaker, /allies/);
});

test('"AUGUSTA, Me. — Paul R. LePage, the embattled Republican governor of Maine, declared": LePage declared', () => {
  assert.match(speakerOf(nyt, 'he would not step down') ?? '', /LePage/);
});

test('"He has said newspapers are his greatest fear and joked about …": one report, ending at "fear"', () => {
  const said = quotesOf(hpo).find((q) => words(hpo, q).startsWith('newspapers are his greatest'));
  assert.ok(said);
  assert.equal(words(hpo, said), 'newspapers are his greatest fear');
  assert.ok(!quotesOf(hpo).some((q) => hpo.text.slice(q.cue?.start ?? 0, q.cue?.end ?? 0) === 'fear'));
});

test('"he wished it was 1825 so he could shoot Gattine": a year before "so" is no counted value', () => {
  const claims = analyze(fox).claims;
  assert.ok(!claims.some((c) => c.value === 1825), JSON.stringify(claims.filter((c) => c.value === 1825)));
});

const MATTIS = '01c59743-7082-44fc-8414-3c04126f470f';
const [, mattisNyt, mattisHpo] = ['1', '2', '3'].map((n) => basilWhole('2018', `${MATTIS}_${n}`)) as [
  Article,
  Article,
  Article,
];

test('"Mr. Mattis’s letter …. Instead, it condemned Mr. Trump’s approach …. He said": Mattis, not Trump', () => {
  assert.match(speakerOf(mattisNyt, 'the core of American national interests') ?? '', /Mattis/);
});

test('"News of Mattis’ departure comes in the wake of reports that …": "reports" is a noun, no cue', () => {
  const cues = quotesOf(mattisHpo).map((q) => mattisHpo.text.slice(q.cue?.start ?? 0, q.cue?.end ?? 0));
  assert.ok(!cues.includes('reports'), JSON.stringify(cues));
});

const FEUD = '59f2f47c-5da0-4fbc-be6e-4f15d45d82e2';
const feudFox = basilWhole('2016', `${FEUD}_3`);

test('"a super PAC that opposes Trump posted a meme-style ad": the PAC states nothing', () => {
  const opposes = quotesOf(feudFox).filter((q) => feudFox.text.slice(q.cue?.start ?? 0, q.cue?.end ?? 0) === 'opposes');
  assert.ok(
    opposes.every((q) => q.reason !== undefined),
    JSON.stringify(opposes),
  );
});

test('"Katrina Pierson responded to claims that she is one of the mystery women": no one says she is', () => {
  const claim = quotesOf(feudFox).filter((q) => words(feudFox, q).startsWith('she is one of the mystery women'));
  assert.ok(
    claim.every((q) => q.speaker === undefined || q.reason !== undefined),
    JSON.stringify(claim.map((q) => q.speaker?.name)),
  );
});
