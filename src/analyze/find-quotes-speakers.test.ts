import assert from 'node:assert/strict';
import { test } from 'node:test';
import { basilArticle } from '../../test/helpers/basil-articles.js';
import { loadSeedArticle } from '../../test/helpers/seed-articles.js';
import type { Article } from '../core/model.js';
import { analyze } from './analyze.js';

/** The quotes of a kind whose text starts with `start`, with their speaker and whether they are scare quotes. */
function quotesStarting(article: Article, start: string) {
  return analyze(article)
    .quotes.filter((q) => article.text.slice(q.text.start, q.text.end).startsWith(start))
    .map((q) => ({ kind: q.kind, speaker: q.speaker?.name }));
}

test('quotes: a question, then "After all, he said, “…”": the asker says both, not the lawyer asked (BASIL)', () => {
  const article = basilArticle(
    '2058ec60-5372-4f5f-83a3-da780be3a350_1',
    'Chief Justice Roberts asked',
    'The chief justice also asked',
  );
  const question = quotesStarting(article, 'how many examples').find((q) => q.kind === 'partial');
  assert.match(question?.speaker ?? '', /Roberts/);
  const apples = quotesStarting(article, 'you’re going to have some bad apples');
  assert.ok(apples.length > 0 && apples.every((q) => /Roberts/.test(q.speaker ?? '')), JSON.stringify(apples));
});

test('quotes: a programme title quoted after a cue is a scare quote, not speech (BASIL)', () => {
  const article = basilArticle('2b9468af-4ab0-4f25-85f4-c3ef93d72006_1', 'television program');
  assert.deepEqual(
    quotesStarting(article, 'Charlie Rose').map((q) => q.kind),
    ['scare'],
  );
  const fox = basilArticle('2b9468af-4ab0-4f25-85f4-c3ef93d72006_3', 'On the Record with Greta');
  assert.deepEqual(
    quotesStarting(fox, 'On the Record').map((q) => q.kind),
    ['scare'],
  );
});

test('quotes: ", saying" after "Rice’s comments came as Netanyahu …" is Netanyahu’s, not Rice’s (BASIL)', () => {
  const article = basilArticle('2b9468af-4ab0-4f25-85f4-c3ef93d72006_3', "Rice's comments came as");
  const saying = quotesStarting(article, 'such a session could');
  assert.deepEqual(saying, [{ kind: 'reported', speaker: 'Netanyahu' }]);
});

test('quotes: "UPDATE:" before a sentence with its own attribution is no speaker (BASIL)', () => {
  const article = basilArticle('1bb79cc1-5d69-4136-a23d-6dbd300cbf25_2', 'UPDATE:');
  const speakers = analyze(article).quotes.map((q) => q.speaker?.name);
  assert.ok(!speakers.includes('UPDATE'), JSON.stringify(speakers));
  assert.ok(speakers.includes('Eric Schultz'), JSON.stringify(speakers));
});

test('quotes: a partial quote inside a report under the same cue is the report’s speaker’s (BASIL)', () => {
  const article = basilArticle('1bb79cc1-5d69-4136-a23d-6dbd300cbf25_3', 'cry for help');
  const cry = quotesStarting(article, 'cry for help').find((q) => q.kind === 'partial');
  assert.equal(cry?.speaker, 'former diplomatic security agents');
});

test('quotes: ", saying" shares the sentence’s first cue’s subject: the White House, not Mr. Obama (BASIL)', () => {
  const article = basilArticle('2b9468af-4ab0-4f25-85f4-c3ef93d72006_1', 'Mr. Obama agreed with Ms. Rice');
  const saying = quotesStarting(article, 'he had raised the same concerns');
  assert.deepEqual(saying, [{ kind: 'reported', speaker: 'White House' }]);
});

test('quotes: "the adoption of the policy by Trump …, which demonstrated that …" is no statement of Trump (seed 001)', () => {
  const seed = loadSeedArticle(1);
  const text = seed.text.split('\n\n').filter((p) => p.includes('which demonstrated'))[0] ?? '';
  assert.ok(text !== '');
  const article = { ...seed, text };
  const demonstrated = quotesStarting(article, 'that the United States in practice');
  assert.deepEqual(demonstrated, [{ kind: 'reported', speaker: undefined }]);
});
