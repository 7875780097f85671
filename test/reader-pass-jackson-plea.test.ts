/**
 * Reader pass on BASIL 2013 f506aafc (Jesse Jackson Jr. pleads guilty; HuffPost, NYT, Fox), whole texts read in place.
 * An article that never writes "Jackson Jr." means by "Mr. Jackson" / "Jackson" the person it opened on — the son —
 * not "the Rev. Jesse L. Jackson" named later as his father, nor "Sandra Jackson", his wife.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../src/analyze/analyze.js';
import { basilArticle } from './helpers/basil-articles.js';

const TRIPLET = 'f506aafc-8b43-427a-936e-bbd1ef33e076';

function speakerOf(n: number, words: string): string | undefined {
  const article = basilArticle(`${TRIPLET}_${n}`, '');
  const quote = analyze(article).quotes.find((q) => article.text.slice(q.text.start, q.text.end).startsWith(words));
  assert.ok(quote, words);
  return quote.speaker?.name;
}

describe('a bare surname names the person the article opened on', () => {
  it('NYT: “For years I lived off my campaign,” Mr. Jackson, 47, said — the son', () => {
    assert.match(speakerOf(2, 'For years I lived off my campaign') ?? '', /Jackson Jr\./);
  });

  it('Fox: “I truly understand the consequences …” Jackson said through tears — the son, not his wife', () => {
    assert.match(speakerOf(3, 'I truly understand the consequences') ?? '', /Jackson Jr\./);
  });
});
