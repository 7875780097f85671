/** The composer on real NeuS stories: grounded sentences, a story-sized quick look, and honest notes on bad input. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze, mergeEntities } from '../src/analyze/analyze.js';
import { briefStory } from '../src/api/brief.js';
import { checkGrounding } from '../src/compose/check-grounding.js';
import { compressSentence } from '../src/compose/compress-sentence.js';
import { isEmptyReading } from '../src/compose/read-claims.js';
import { compare } from '../src/compare/compare.js';
import { hashId } from '../src/core/ids.js';
import type { AnalyzedArticle, Article, Brief } from '../src/core/model.js';
import { extract } from '../src/extract/extract.js';
import { toMarkdown } from '../src/render/to-markdown.js';
import { loadSeedArticles } from './helpers/seed-articles.js';
import { SHARED } from './helpers/shared.js';

interface NeusRow {
  id: string;
  neus_split: string;
  articles: { title: string; text: string }[];
}

const rows = readFileSync(join(SHARED, 'data', 'neus-allsides', 'neus_mds.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as NeusRow)
  .filter((row) => row.neus_split === 'test');

function toItem(row: NeusRow, index: number): AnalyzedArticle {
  const excerpt = row.articles[index]!;
  const outcome = extract({
    id: hashId('d', row.id, String(index)),
    input: `${row.id}#${index}`,
    format: 'text',
    content: excerpt.text,
    title: excerpt.title,
  });
  assert.ok(outcome.ok);
  return { article: outcome.value, analysis: analyze(outcome.value) };
}

function briefOf(items: AnalyzedArticle[]): Brief {
  return briefStory({ id: 's_test', title: 'test', articleIds: items.map((i) => i.article.id) }, items);
}

describe('compose on NeuS test stories', () => {
  const briefs = rows.slice(0, 40).map((row) => briefOf(row.articles.map((_, i) => toItem(row, i))));

  it('grounds every quick-look and synthesis sentence in the spans it cites', () => {
    for (const brief of briefs) {
      const texts = new Map(brief.articles.map((a) => [a.id, a.text]));
      for (const item of [...brief.quickLook, ...brief.synthesis]) {
        const cited = item.citations.map((s) => texts.get(s.articleId)!.slice(s.start, s.end));
        const check = checkGrounding(item.text, cited);
        assert.ok(check.grounded, `${item.text}: ${check.problems.join(', ')}`);
      }
    }
  });

  it('sizes the quick look to the story: short for three excerpts, never more than 7 (issue 13)', () => {
    const lengths = briefs.map((b) => b.quickLook.length);
    assert.ok(lengths.every((n) => n <= 7));
    const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    assert.ok(mean >= 1 && mean < 4, `mean quick look ${mean}`);
  });

  it('numbers synthesis paragraphs from 0, consecutively, at most 4 sentences each', () => {
    for (const brief of briefs) {
      const numbers = brief.synthesis.map((s) => s.paragraph!);
      if (numbers.length > 0) assert.equal(numbers[0], 0);
      for (let i = 1; i < numbers.length; i++) assert.ok([0, 1].includes(numbers[i]! - numbers[i - 1]!));
      const sizes = new Map<number, number>();
      for (const n of numbers) sizes.set(n, (sizes.get(n) ?? 0) + 1);
      assert.ok([...sizes.values()].every((size) => size <= 4));
    }
  });
});

describe('compressSentence', () => {
  const sentences = rows.flatMap((row) => row.articles.map((a) => a.text)).flatMap((t) => t.split(/(?<=\.)\s+/));

  it('drops a dateline and wire credit but keeps the sentence', () => {
    const withDateline = sentences.find((s) => /^[A-Z]{4,}[A-Z ,.]*\(AP\) —/.test(s));
    assert.ok(withDateline, 'NeuS has an AP dateline sentence');
    const out = compressSentence(withDateline);
    assert.ok(!out.includes('(AP)'));
    assert.ok(withDateline.toLowerCase().endsWith(out.slice(1).toLowerCase()));
  });

  it('only deletes: the output is the source with pieces cut out, in order', () => {
    fc.assert(
      fc.property(fc.constantFrom(...sentences), (sentence) => {
        // Every character of the output, whitespace aside, is found in the source in order (a subsequence).
        const out = compressSentence(sentence).toLowerCase().replace(/\s/g, '');
        const source = sentence.toLowerCase().replace(/\s/g, '');
        let from = 0;
        for (const char of out) {
          from = source.indexOf(char, from) + 1;
          if (from === 0) return false;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });
});

describe('bad input still gives a brief that says what it could not do', () => {
  it('one source', () => {
    const row = rows[0]!;
    const brief = briefOf([toItem(row, 0)]);
    assert.ok(brief.quickLook.length > 0);
    assert.match(brief.notes!.join(' '), /Only one source/);
  });

  it('sources that share nothing: nothing is corroborated', () => {
    const items = [toItem(rows[1]!, 0), toItem(rows[90]!, 0), toItem(rows[180]!, 0)];
    const brief = briefOf(items);
    assert.ok(brief.synthesis.length > 0);
    assert.match(brief.notes!.join(' '), /No sentence is told by more than one source/);
  });

  it('an article with no text', () => {
    const real = toItem(rows[2]!, 0);
    const empty: Article = { ...real.article, id: 'a_empty', input: 'empty.txt', text: '' };
    const brief = briefOf([real, { article: empty, analysis: analyze(empty) }]);
    assert.ok(brief.quickLook.length > 0);
    assert.match(brief.notes!.join(' '), /a_empty \(empty\.txt\) has no text/);
  });

  it('every article empty: no sentence to use, and the brief says so', () => {
    const real = toItem(rows[3]!, 0);
    const empties = ['a_empty1', 'a_empty2'].map((id) => {
      const article: Article = { ...real.article, id, input: `${id}.txt`, text: '' };
      return { article, analysis: analyze(article) };
    });
    const brief = briefOf(empties);
    assert.deepEqual(brief.synthesis, []);
    assert.match(brief.notes!.join(' '), /No source sentence was fit/);
    assert.match(brief.notes!.join(' '), /a_empty2 \(a_empty2\.txt\) has no text/);
  });

  it('sources that only contradict each other: each side is marked as disputed, nothing is corroborated', () => {
    // Each article is one side of the seeds' "2 percent" dispute, cut from the seed page where it was found.
    const seeds = loadSeedArticles().map((article) => ({ article, analysis: analyze(article) }));
    const comparison = compare(
      { id: 's_seed', title: '', articleIds: [] },
      seeds,
      mergeEntities(seeds.map((i) => i.analysis)),
    );
    const dispute = comparison.disputes.find((d) => d.sides.length >= 2);
    assert.ok(dispute, 'the seeds hold a dispute');
    const sides = dispute.sides.map((side, index) => {
      const span = side.spans[0]!;
      const source = seeds.find((s) => s.article.id === span.articleId)!.article;
      const article: Article = { ...source, id: `a_side${index}`, text: source.text.slice(span.start, span.end) };
      return { article, analysis: analyze(article) };
    });
    const brief = briefOf(sides);
    assert.ok(brief.disputes.length > 0);
    assert.match(brief.notes!.join(' '), /No sentence is told by more than one source/);
    assert.match(
      brief.notes!.join(' '),
      /The sources disagree on \d+ point\(s\) \(.+\); sentences that take a side are marked/,
    );
    const sideSpans = brief.disputes.flatMap((d) => d.sides.flatMap((side) => side.spans));
    for (const item of [...brief.quickLook, ...brief.synthesis]) {
      const takesSide = item.citations.some((c) =>
        sideSpans.some((s) => s.articleId === c.articleId && s.start < c.end && c.start < s.end),
      );
      assert.equal(item.disputed !== undefined, takesSide, item.text);
    }
    assert.ok([...brief.quickLook, ...brief.synthesis].some((item) => item.disputed !== undefined));
    assert.match(toMarkdown({ version: 1, stories: [brief] }), /one side of a dispute: /);
  });
});

describe('claims in the brief carry the reading analyze gave them', () => {
  const seeds = loadSeedArticles().map((article) => ({ article, analysis: analyze(article) }));
  const brief = briefOf(seeds);

  it('copies measure, hedge, bound, range, change, quantifier and time from the analysed claim', () => {
    const analysed = seeds.flatMap((s) => s.analysis.claims);
    for (const claim of brief.claims) {
      const source = analysed.find(
        (c) =>
          c.span.articleId === claim.spans[0]!.articleId &&
          c.span.start === claim.spans[0]!.start &&
          c.value === claim.value &&
          c.unit === claim.unit &&
          (c.subject === claim.subject || (claim.subject === undefined && isEmptyReading(c.subject))),
      );
      assert.ok(source, claim.text);
      for (const field of ['measure', 'quantifier', 'time', 'approximate', 'bound', 'range', 'change'] as const) {
        // A measure that only repeats the subject, or one empty word ("did"), is left out.
        const dropped: boolean =
          field === 'measure' && (isEmptyReading(source.measure) || source.measure === source.subject);
        assert.deepEqual(claim[field], dropped ? undefined : source[field], `${field} of ${claim.text}`);
      }
    }
    assert.ok(brief.claims.some((c) => c.measure !== undefined));
    assert.ok(brief.claims.every((c) => !isEmptyReading(c.measure) && !isEmptyReading(c.subject)));
    assert.ok(brief.claims.some((c) => c.approximate || c.bound !== undefined || c.change !== undefined));
  });

  it('shows them in the Markdown claims section', () => {
    const claims = toMarkdown({ version: 1, stories: [brief] })
      .split(/^## /m)
      .find((s) => s.startsWith('Claims'))!;
    assert.match(claims, /measure: /);
    assert.match(claims, /lower bound|upper bound|approximate|change: /);
  });
});
