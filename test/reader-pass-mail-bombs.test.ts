/**
 * Reader pass on BASIL 2018 1f99798f (a suspect arrested in the mail-bomb case; Fox, NYT, HuffPost), whole texts read
 * in place. Each outlet's lead tells the arrest in its own words; a dated lead is not "one source" when a sentence
 * near it in meaning gives the same date ("… arrested in Florida on Friday morning …" / "Federal authorities made an
 * arrest on Friday …"). A bullet is not cut inside a list: it would tell a reader the list ended early. A relative
 * clause's own subject speaks ("…, which two people briefed on the matter have said has become …"), not a name before it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, mergeEntities } from '../src/analyze/analyze.js';
import { compare } from '../src/compare/compare.js';
import { shortenForBullet } from '../src/compose/shorten-bullet.js';
import { meaningRequests } from '../src/compare/find-meaning-support.js';
import type { AnalyzedArticle } from '../src/core/model.js';
import { embedTexts } from '../src/embed/embed-texts.js';
import { createUseLiteEmbedder } from '../src/embed/use-lite.js';
import { basilArticle } from './helpers/basil-articles.js';

const TRIPLET = '1f99798f-2b60-4ecb-b5f4-4aa7991e8ace';

describe('dated leads told by every outlet', () => {
  it('no lead of the three is labelled single-source', async () => {
    const items: AnalyzedArticle[] = [1, 2, 3].map((n) => {
      const article = { ...basilArticle(`${TRIPLET}_${n}`, ''), publishedAt: '2018-10-26' };
      return { article, analysis: analyze(article) };
    });
    const { vectors } = await embedTexts(meaningRequests(items), createUseLiteEmbedder());
    const comparison = compare(
      { id: 's', title: '', articleIds: [] },
      items,
      mergeEntities(items.map((i) => i.analysis)),
      vectors,
    );
    const single = comparison.singleSource.map((s) => s.text);
    for (const lead of ['A male suspect was arrested in Florida', 'Federal authorities made an arrest on Friday'])
      assert.ok(!single.some((text) => text.startsWith(lead)), `${lead} labelled single-source`);
  });
});

describe('a bullet cut inside a list', () => {
  it('the packages’ addressees are all kept or the sentence is no bullet', () => {
    const { text } = basilArticle(`${TRIPLET}_1`, 'Forensic investigators in Quantico');
    const start = text.indexOf('Forensic investigators in Quantico');
    const sentence = text.slice(start, text.indexOf('Maxine Waters.', start) + 'Maxine Waters.'.length);
    const bullet = shortenForBullet(sentence);
    assert.ok(bullet === undefined || bullet.includes('Maxine Waters'), bullet);
  });
});

describe('the subject of a relative clause speaks', () => {
  it('“which two people briefed on the matter have said” is theirs, not Cory Booker’s', () => {
    const article = basilArticle(`${TRIPLET}_2`, 'two people briefed on the matter');
    const quote = analyze(article).quotes.find((q) =>
      article.text.slice(q.text.start, q.text.end).startsWith('has become a focus'),
    );
    assert.ok(quote);
    assert.equal(quote.speaker?.name, 'two people briefed on the matter');
  });
});
