/**
 * Reader pass on BASIL 2012 b4dbeda7 (Netanyahu in a Florida ad; HuffPost, Fox, NYT), whole texts read in place.
 * A sentence giving one figure is not a second source for a sentence giving another figure, however many names the
 * two share (BASIL 2012 b4dbeda7, Netanyahu in a Florida ad: Fox "is costing Secure America $1 million", the NYT
 * "They have reserved $500,000 of airtime in Fort Myers, West Palm Beach and Miami"); a "so-called" phrase is the
 * writer's, not a partial quote with the cue "called"; an outlet that names "Bibi Netanyahu" does not omit him; the cue
 * nearest a quote gives its speaker ("When asked if …, Netanyahu responded, “There is no bus.”").
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, mergeEntities } from '../src/analyze/analyze.js';
import { compare } from '../src/compare/compare.js';
import type { AnalyzedArticle, Span } from '../src/core/model.js';
import { basilArticle } from './helpers/basil-articles.js';

const TRIPLET = 'b4dbeda7-a1f3-4711-ae77-db23809d1ed2';
const items: AnalyzedArticle[] = [1, 2, 3].map((n) => {
  const article = basilArticle(`${TRIPLET}_${n}`, '');
  return { article, analysis: analyze(article) };
});
const comparison = compare({ id: 's', title: '', articleIds: [] }, items, mergeEntities(items.map((i) => i.analysis)));
const textOf = (span: Span) =>
  items.find((i) => i.article.id === span.articleId)!.article.text.slice(span.start, span.end);
const supportOf = (needle: string) => {
  const entry = comparison.support.find((s) => textOf(s.sentence).includes(needle));
  assert.ok(entry, needle);
  return entry.support.map(textOf);
};

describe('figures part sentences across outlets', () => {
  it('the $1 million sentence is not supported by the $500,000 one, nor the other way round', () => {
    assert.ok(!supportOf('is costing Secure America $1 million').some((t) => t.includes('$500,000')));
    assert.ok(!supportOf('reserved $500,000 of airtime').some((t) => t.includes('$1 million')));
  });

  it('the claims cite only outlets giving their figure', () => {
    const claim = comparison.claims.find((c) => c.value === 500000);
    assert.ok(claim);
    assert.deepEqual(claim.articles, [`a-${TRIPLET}_3`]);
  });

  it('the sentence naming the same places without a figure still supports the $1 million one', () => {
    assert.ok(supportOf('is costing Secure America $1 million').some((t) => t.includes('airing in Miami')));
  });
});

describe('a so-called phrase is the writer’s, not a partial quote', () => {
  it('“apology tour” after “so-called” has no cue and no speaker’s statement', () => {
    const huffpost = items[0]!;
    const { text } = huffpost.article;
    const at = text.indexOf('apology tour');
    assert.ok(at > 0);
    const quote = huffpost.analysis.quotes.find((q) => q.text.start === at);
    assert.ok(quote);
    assert.equal(quote.kind, 'scare');
    assert.equal(quote.cue, undefined);
  });
});

describe('omissions hold only for names an outlet never uses', () => {
  it('HuffPost, which names "Bibi Netanyahu", does not omit Benjamin Netanyahu', () => {
    const outlets = comparison.outlets.map((o) => o.omits.join(' | '));
    assert.ok(
      outlets.every((omits) => !omits.includes('Netanyahu')),
      outlets.join(' / '),
    );
  });
});

describe('the cue nearest a quote speaks for it', () => {
  it('“There is no bus.” after “When asked if …, Netanyahu responded,” is Netanyahu’s', () => {
    const huffpost = items[0]!;
    const { text } = huffpost.article;
    const quote = huffpost.analysis.quotes.find((q) => text.slice(q.text.start, q.text.end) === 'There is no bus.');
    assert.ok(quote);
    assert.match(quote.speaker?.name ?? '', /Netanyahu/);
    assert.equal(text.slice(quote.cue!.start, quote.cue!.end), 'responded');
  });
});
