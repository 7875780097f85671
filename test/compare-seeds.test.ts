/** Comparison on the seed pages against EXPECTED.md: the 2% dispute, the 3.5% + 1.5% = 5% agreement, the dpa statement. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, mergeEntities } from '../src/analyze/analyze.js';
import { isFragment } from '../src/compare/align-statements.js';
import { compare } from '../src/compare/compare.js';
import type { AnalyzedArticle } from '../src/core/model.js';
import { loadSeedArticles } from './helpers/seed-articles.js';

const items: AnalyzedArticle[] = loadSeedArticles().map((article) => ({ article, analysis: analyze(article) }));
const comparison = compare(
  { id: 's_seed', title: '', articleIds: [] },
  items,
  mergeEntities(items.map((i) => i.analysis)),
);
const seedOf = (articleId: string) => items.findIndex((i) => i.article.id === articleId);

describe('compare on the seed pages', () => {
  it('shows the "who is at 2%" conflict with each side’s text and span (000, 001, 002), picking no winner', () => {
    const dispute = comparison.disputes.find((d) => d.topic === '2 percent');
    assert.ok(dispute, 'a dispute about 2 percent');
    const bySeed = new Map(dispute.sides.map((side) => [seedOf(side.spans[0]!.articleId), side]));
    assert.deepEqual([...bySeed.keys()].sort(), [0, 1, 2]);
    assert.match(bySeed.get(0)!.text, /most NATO European members have not reached/);
    assert.match(bySeed.get(1)!.text, /more than half of the member countries/);
    assert.match(bySeed.get(2)!.text, /The Europeans now, all, and Canada, on 2%/);
    for (const side of dispute.sides) {
      const span = side.spans[0]!;
      const text = items[seedOf(span.articleId)]!.article.text.slice(span.start, span.end);
      assert.equal(text, side.text);
    }
  });

  it('finds no dispute where figures merely differ in kind (deaths, decades)', () => {
    assert.ok(
      comparison.disputes.every((d) => /percent|%/.test(d.topic)),
      comparison.disputes.map((d) => d.topic).join(', '),
    );
  });

  it('corroborates "to reach the 5%" (002) with the 3.5% + 1.5% of 001', () => {
    const five = comparison.claims.find((c) => c.value === 5 && c.unit === 'percent');
    assert.ok(five);
    assert.deepEqual(five.articles.map(seedOf).sort(), [1, 2]);
    assert.ok(!comparison.singleSource.some((s) => /reach the 5%/.test(s.text)), 'the 5% is not single-source');
  });

  it('aligns the two dpa translations of Rutte’s remark as one statement', () => {
    const statement = comparison.statements.find((s) => s.quotes.some((q) => /no doubt about that/.test(q.text)));
    assert.ok(statement);
    assert.deepEqual(statement.quotes.map((q) => seedOf(q.span.articleId)).sort(), [1, 4]);
  });
  it('shows no reported-speech fragment as a statement (a phrase cut off mid-clause or a phrase’s tail)', () => {
    const reported = comparison.statements.filter((s) => s.kind === 'reported').flatMap((s) => s.quotes);
    assert.ok(reported.length >= 3, 'reported statements remain');
    for (const quote of reported) assert.ok(!isFragment(quote.text), quote.text);
    // Two pieces analysis finds in seeds 000 and 001, which are no statements of their own.
    const all = comparison.statements.flatMap((s) => s.quotes.map((q) => q.text));
    assert.ok(!all.some((text) => /guarantees that$|^for Ukraine in March 2025/.test(text)));
  });
});
