// Claims and dates on real sentences: PolNeAR articles (read in place, dated by their file names) and the seeds.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../src/analyze/analyze.js';
import { findClaims } from '../src/analyze/find-claims.js';
import { findDates } from '../src/analyze/find-dates.js';
import type { Article, Claim } from '../src/core/model.js';
import { loadSeedArticle } from './helpers/seed-articles.js';
import { SHARED } from './helpers/shared.js';

const TEXT_DIR = join(SHARED, 'data', 'polnear', 'text');

/** The paragraph of a PolNeAR article that holds `needle`, dated by the article's file name (publication date). */
function polnearParagraph(prefix: string, needle: string): Article {
  const name = readdirSync(TEXT_DIR).find((f) => f.startsWith(prefix));
  assert.ok(name, `no PolNeAR text ${prefix}*`);
  const paragraph = readFileSync(join(TEXT_DIR, name), 'utf8')
    .split('\n')
    .find((p) => p.includes(needle));
  assert.ok(paragraph, `${prefix}: no paragraph with "${needle}"`);
  const publishedAt = /_(\d{4}-\d{2}-\d{2})_/.exec(name)?.[1];
  return { id: name, input: name, title: '', text: paragraph, cites: [], provenanceNotes: [], publishedAt };
}

function claimWith(article: Article, needle: string): Claim {
  const claim = analyze(article).claims.find((c) => c.text.includes(needle));
  assert.ok(claim, `no claim with "${needle}" in: ${article.text}`);
  return claim;
}

test('claims: a range "ranging from 2 to 9 percentage points" is one claim with both ends', () => {
  const article = polnearParagraph(
    'huff-post_2016-05-02_huffpollster-indiana',
    'modest leads ranging from 2 to 9 percentage points',
  );
  const claim = claimWith(article, 'ranging from 2 to 9');
  assert.deepEqual([claim.value, claim.unit, claim.range], [9, 'percentage points', { min: 2, max: 9 }]);
});

test('claims: "ranging from 5 percent to 25 percent" does not leave the lower end as its own claim', () => {
  const article = polnearParagraph('nyt_2016-09-28_what-mexico-could-do', 'ranging from 5 percent to 25 percent');
  const claims = analyze(article).claims.filter((c) => c.unit === 'percent');
  assert.deepEqual(
    claims.map((c) => [c.value, c.range]),
    [[25, { min: 5, max: 25 }]],
  );
});

test('claims: a change "Trump rose 1 percentage point" is marked up', () => {
  const article = polnearParagraph('west-journal_2016-09-30_new-poll-shows', 'Trump rose 1 percentage point since');
  const claim = claimWith(article, 'rose 1 percentage point');
  assert.deepEqual([claim.value, claim.unit, claim.change], [1, 'percentage points', 'up']);
});

test('claims: money with a bound and a month anchored to the article date ("more than $21 million in January")', () => {
  const article = polnearParagraph(
    'breitbart_2016-02-20_the-latest-hillary',
    'raised more than $21 million in January',
  );
  const claim = claimWith(article, '$21 million');
  assert.deepEqual(
    [claim.value, claim.unit, claim.bound, claim.approximate, claim.time],
    [21_000_000, 'USD', 'lower', undefined, '2016-01'],
  );
});

test('claims: "roughly $15 million" is approximate', () => {
  const article = polnearParagraph('breitbart_2016-02-20_the-latest-hillary', 'raised roughly $15 million in January');
  const claim = claimWith(article, '$15 million');
  assert.deepEqual([claim.value, claim.unit, claim.approximate, claim.bound], [15_000_000, 'USD', true, undefined]);
});

test('claims: seed 001 — measure, quantifier over a group, approximation, "only Poland and Lithuania"', () => {
  const claims = analyze(loadSeedArticle(1)).claims;
  const pledge = claims.find((c) => c.value === 3.5);
  assert.deepEqual([pledge?.unit, pledge?.subject, pledge?.measure], ['percent', 'GDP', 'military spending']);
  const half = claims.find((c) => c.quantifier === 'more than half');
  assert.deepEqual([half?.value, half?.subject, half?.approximate], [2, 'member countries', true]);
  const only = claims.find((c) => c.quantifier === 'only');
  assert.deepEqual([only?.subject, only?.value, only?.unit], ['Poland and Lithuania', 4, 'percent']);
});

test('claims: seed 002 — a count names what it counts ("35,000 deaths in December")', () => {
  const claim = analyze(loadSeedArticle(2)).claims.find((c) => c.value === 35_000);
  assert.deepEqual([claim?.unit, claim?.measure], ['deaths', 'deaths']);
});

test('claims: seed 002 — "doubling his defence spending" is a change by a factor of 2', () => {
  const claim = analyze(loadSeedArticle(2)).claims.find((c) => c.unit === 'factor');
  assert.deepEqual([claim?.value, claim?.change, claim?.subject], [2, 'times', 'defence spending']);
});

test('dates: "on Friday" is the Friday before the article date (2015-12-20 was a Sunday)', () => {
  const article = polnearParagraph('breitbart_2015-12-20_republican-donor-adelson', 'Sheldon Adelson said on Friday');
  const friday = findDates(article.text, article.id, [], article.publishedAt).find(
    (d) => article.text.slice(d.span.start, d.span.end) === 'Friday',
  );
  assert.equal(friday?.value, '2015-12-18');
});

test('dates: a month without a year is the latest such month not after the article date; no date, no value', () => {
  const article = polnearParagraph(
    'breitbart_2016-02-20_the-latest-hillary',
    'raised more than $21 million in January',
  );
  const [dated] = findDates(article.text, article.id, [], '2016-02-20');
  assert.equal(dated?.value, '2016-01');
  const [undated] = findDates(article.text, article.id, []);
  assert.equal(undated?.value, undefined);
});

test('claims and dates: any text gives spans inside the text and never throws (property)', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (text) => {
      const span = { articleId: 'p', start: 0, end: text.length };
      const dates = findDates(text, 'p', [], '2016-02-20');
      const claims = findClaims(text, 'p', [span], dates);
      for (const item of [...claims.map((c) => c.span), ...dates.map((d) => d.span)]) {
        assert.ok(item.start >= 0 && item.start <= item.end && item.end <= text.length);
      }
    }),
  );
});
