/**
 * Disputes beyond numbers (issue 11): one outlet's sentence denies, negates or calls false what another outlet's
 * sentence states, found on words (embeddings score a statement and its denial alike). Real BASIL triplets only: the
 * Schiff story (2019 b7021938), the I.R.S. testimony story (2013 84678e18), the Indiana religious-freedom law story
 * (2015 4f473faf) and the Google "back door" story (2013 a4f1d515).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { basilParagraphs } from '../bench/clustering-data.js';
import { analyze, mergeEntities } from '../src/analyze/analyze.js';
import { compare } from '../src/compare/compare.js';
import { stanceClash } from '../src/compare/stance-clash.js';
import type { AnalyzedArticle, Article } from '../src/core/model.js';
import { outletName } from '../src/core/outlet-name.js';
import { SHARED } from './helpers/shared.js';

const BASIL = join(SHARED, 'data', 'basil', 'articles');

interface BasilFile {
  title: string;
  source: string;
  url?: string;
  'body-paragraphs': string[][] | string;
}

function file(year: string, name: string): BasilFile {
  return JSON.parse(readFileSync(join(BASIL, year, `${name}.json`), 'utf8')) as BasilFile;
}

/** A whole BASIL article as `brief` reads it, its outlet named. */
function basil(year: string, name: string): Article {
  const f = file(year, name);
  const text = basilParagraphs(f['body-paragraphs'])
    .map((p) => p.join(' '))
    .join('\n\n');
  return { id: `a-${name}`, input: name, title: f.title, text, outlet: f.source, cites: [], provenanceNotes: [] };
}

/** The BASIL sentence (flattened body, 0-based: the `p<k>` numbering) of an article. */
function sentence(year: string, name: string, k: number): string {
  return basilParagraphs(file(year, name)['body-paragraphs']).flat()[k]!;
}

describe('disputes from stance words', () => {
  it('finds the Schiff story dispute: no evidence of collusion against the belief that the campaign colluded', () => {
    const story = 'b7021938-ff8d-42ea-adec-5704c0b65237';
    const items: AnalyzedArticle[] = ['1', '2', '3'].map((n) => {
      const article = basil('2019', `${story}_${n}`);
      return { article, analysis: analyze(article) };
    });
    const comparison = compare(
      { id: 's_schiff', title: '', articleIds: [] },
      items,
      mergeEntities(items.map((i) => i.analysis)),
      undefined,
      { stanceDisputes: true },
    );
    const outletOf = (id: string) => outletName(items.find((i) => i.article.id === id)!.article);
    for (const dispute of comparison.disputes) {
      const outlets = new Set(dispute.sides.flatMap((side) => side.spans.map((span) => outletOf(span.articleId))));
      assert.ok(outlets.size >= 2, `one outlet on both sides: ${dispute.topic}`);
    }
    const collusion = comparison.disputes.find(
      (d) =>
        d.sides.some((s) => s.text.includes('no evidence of collusion')) &&
        d.sides.some((s) => s.text.includes('the Trump campaign colluded with Russia')),
    );
    assert.ok(collusion, comparison.disputes.map((d) => d.sides.map((s) => s.text).join(' <> ')).join('\n'));
    // Off by default (about half were real on unseen stories): the brief shows them only when asked.
    const plain = compare(
      { id: 's_schiff', title: '', articleIds: [] },
      items,
      mergeEntities(items.map((i) => i.analysis)),
    );
    assert.ok(!plain.disputes.some((d) => d.sides.some((s) => s.text.includes('no evidence of collusion'))));
  });

  it('a denial against the allegation it answers is a dispute', () => {
    const irs = '84678e18-0b79-4570-9c9f-cb1cf88d968e';
    // "I have not … provided false information to this or any other Congressional committee." / "… why she gave
    // 'false or misleading information' to the committee …"
    assert.ok(stanceClash(sentence('2013', `${irs}_2`, 5), sentence('2013', `${irs}_3`, 13)));
  });

  it('two sentences that deny the same thing agree; a negation is not answered by a word used otherwise', () => {
    const google = 'a4f1d515-d7d9-4319-b2e0-4d56e9d45554';
    const firms = basilParagraphs(file('2013', `${google}_1`)['body-paragraphs'])
      .flat()
      .find((s) => s.includes('have denied they give the government'))!;
    const googleSays = basilParagraphs(file('2013', `${google}_3`)['body-paragraphs'])
      .flat()
      .find((s) => s.includes("Google does not have a 'back door'"))!;
    assert.ok(firms && googleSays);
    assert.equal(stanceClash(firms, googleSays), undefined);
    const indiana = '4f473faf-f928-4cfd-8bed-00578be9db9a';
    const sentences = ['1', '2', '3'].flatMap((n) =>
      basilParagraphs(file('2015', `${indiana}_${n}`)['body-paragraphs']).flat(),
    );
    const doesNotProtect = sentences.find((s) => s.includes('the law does not protect discrimination'))!;
    const aimsToProtect = sentences.find((s) => s.includes('The law aims to protect individuals'))!;
    assert.ok(doesNotProtect && aimsToProtect);
    assert.equal(stanceClash(doesNotProtect, aimsToProtect), undefined);
  });
});
