import assert from 'node:assert/strict';
import { test } from 'node:test';
import { basilArticle } from '../../test/helpers/basil-articles.js';
import { analyze } from './analyze.js';
import {
  ACTION,
  ADDRESSEE_SUBJECT,
  KNOWN_FACT,
  NOT_A_STATEMENT,
  NOT_ASSERTED,
  NOUN_MODIFIER,
  PREPOSITION_OBJECT,
} from './is-statement.js';

/** The reason analyze gives the reported quote whose text starts with `start` (null: a statement). */
function reasonOf(name: string, needle: string, start: string): string | null {
  const article = basilArticle(name, needle);
  const quote = analyze(article).quotes.find(
    (q) => q.kind === 'reported' && article.text.slice(q.text.start, q.text.end).startsWith(start),
  );
  assert.ok(quote, `no reported quote starting "${start}" in ${name}`);
  return quote.reason ?? null;
}

test('is-statement: ", referring to …" after a quote is the writer’s gloss, not the speaker’s words (BASIL)', () => {
  const reason = reasonOf('84678e18-0b79-4570-9c9f-cb1cf88d968e_2', 'Keystone Pipeline', 'the proposed cross-country');
  assert.equal(reason, PREPOSITION_OBJECT);
});

test('is-statement: a refused or questioned cue says nothing ("refused to testify", "why she didn’t reveal")', () => {
  const name = '84678e18-0b79-4570-9c9f-cb1cf88d968e_1';
  assert.equal(reasonOf(name, 'refused to testify', 'at a House hearing'), NOT_ASSERTED);
  assert.equal(reasonOf(name, 'calling her evasive', 'the program sooner'), NOT_ASSERTED);
  // "The White House didn’t immediately respond to a HuffPost request for comment …" (BASIL 2017 dd1e6e3b)
  const huffpost = 'dd1e6e3b-f36c-4064-8ef9-940984e9afa2_3';
  assert.equal(reasonOf(huffpost, 'immediately respond', 'to a HuffPost request'), NOT_ASSERTED);
});

test('is-statement: "Clinton was asked whether …" is the asker’s question, not a statement of Clinton (BASIL)', () => {
  const reason = reasonOf(
    '1bb79cc1-5d69-4136-a23d-6dbd300cbf25_3',
    'Clinton was asked whether',
    'whether she had seen',
  );
  assert.equal(reason, ADDRESSEE_SUBJECT);
});

test("is-statement: content that opens on a relative clause's verb is a thing, not a statement (BASIL)", () => {
  const deal = reasonOf('2b9468af-4ab0-4f25-85f4-c3ef93d72006_3', 'reported progress', 'would clamp down');
  assert.equal(deal, NOT_A_STATEMENT);
});

test('is-statement: "said that wasn’t a fair comparison" and "X, officials said, acted …" stay statements', () => {
  const sellers = reasonOf('2058ec60-5372-4f5f-83a3-da780be3a350_2', 'Sellers said that', 'wasn');
  assert.equal(sellers, null);
  const morell = reasonOf(
    '1bb79cc1-5d69-4136-a23d-6dbd300cbf25_1',
    'officials said, acted',
    'Mr. Morell, officials said',
  );
  assert.equal(morell, null);
});

test('is-statement: a fact learned and an action decided are not words said; "said he did not know" is (BASIL)', () => {
  assert.equal(
    reasonOf('84678e18-0b79-4570-9c9f-cb1cf88d968e_1', 'When Bopp learned', 'Lerner had been promoted'),
    KNOWN_FACT,
  );
  assert.equal(reasonOf('1bb79cc1-5d69-4136-a23d-6dbd300cbf25_2', 'also decided', 'to change the phrase'), ACTION);
  assert.equal(
    reasonOf('2b9468af-4ab0-4f25-85f4-c3ef93d72006_1', 'he did not know whether', 'whether Mr. Obama'),
    null,
  );
});

test('is-statement: "a line from the final draft noting that …" is the line’s content, not Nuland’s (BASIL)', () => {
  const article = basilArticle('1bb79cc1-5d69-4136-a23d-6dbd300cbf25_2', 'final draft noting');
  const quotes = analyze(article).quotes.filter((q) => /noting/.test(article.text.slice(q.cue?.start, q.cue?.end)));
  assert.ok(quotes.length > 0);
  assert.ok(
    quotes.every((q) => q.reason === NOUN_MODIFIER),
    JSON.stringify(quotes),
  );
});
