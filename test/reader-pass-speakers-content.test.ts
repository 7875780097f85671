/**
 * Reader pass on unseen BASIL stories (issue #12): who speaks and where the reported content ends, on the real
 * article text — BASIL 2013 f506aafc (Jesse Jackson Jr. pleads guilty; NYT _2, Fox _3) and 2012 b4dbeda7 (Fox _2).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../src/analyze/analyze.js';
import type { Article, Quote } from '../src/core/model.js';
import { basilArticle } from './helpers/basil-articles.js';
import { SHARED } from './helpers/shared.js';

const JACKSON = 'f506aafc-8b43-427a-936e-bbd1ef33e076';

/** The quotes of the paragraphs holding `needle`, with their text, speaker and cue read off the article. */
function quotesOf(name: string, needle: string): { text: string; speaker: string | undefined; cue: string }[] {
  const article = basilArticle(name, needle);
  const read = (q: Quote) => ({
    text: article.text.slice(q.text.start, q.text.end),
    speaker: q.speaker?.name,
    cue: q.cue === undefined ? '' : article.text.slice(q.cue.start, q.cue.end),
  });
  return analyze(article).quotes.map(read);
}

describe('an opening "As a …" role describes the subject after its comma', () => {
  it('Fox: "As a Harvard Law School student, Wilkins said he had supported …" is Wilkins\'s statement', () => {
    const said = quotesOf(`${JACKSON}_3`, 'As a Harvard Law School student').find((q) => q.cue === 'said');
    assert.ok(said, 'the "said" statement is kept');
    assert.equal(said.speaker, 'Wilkins');
    assert.match(said.text, /^he had supported the presidential campaign/);
  });
});

describe('a name inside a coordinated object of a preposition is not the subject', () => {
  it('Fox: "prosecutors and lawyers for both Jesse Jackson Jr. and Sandra Jackson said …" is the group\'s', () => {
    const said = quotesOf(`${JACKSON}_3`, 'In the newly filed court papers').find((q) => q.cue === 'said');
    assert.ok(said);
    assert.notEqual(said.speaker, 'Sandra Jackson');
    assert.match(said.speaker ?? '', /^prosecutors and lawyers/);
  });
});

describe('a cue inside a relative aside governs only the aside', () => {
  it('NYT: "Mr. Jackson, who has said he had no knowledge of the offer, has been dogged …" ends at the comma', () => {
    const said = quotesOf(`${JACKSON}_2`, 'no knowledge of the offer').find((q) => q.cue === 'said');
    assert.ok(said);
    assert.equal(said.text, 'he had no knowledge of the offer');
  });

  it('PolNeAR: an aside that closes the sentence keeps its whole content ("…, who suggested that Mr. Jäger, …, would …")', () => {
    const file = 'nyt_2016-03-23_attacks-renew-bitter-debate-on-m.txt';
    const text = readFileSync(join(SHARED, 'data', 'polnear', 'text', file), 'utf8');
    const article: Article = { id: file, input: file, title: '', text, cites: [], provenanceNotes: [] };
    const found = analyze(article).quotes.find((q) =>
      text.slice(q.text.start, q.text.end).startsWith('Mr. Jäger, under'),
    );
    assert.ok(found);
    assert.match(text.slice(found.text.start, found.text.end), /would do better to keep quiet/);
  });
});

describe('a comma inside a number is no clause end', () => {
  it('Fox: "… to charges that he spent $750,000 in campaign cash …" keeps the whole amount', () => {
    const charges = quotesOf(`${JACKSON}_3`, 'charges that he spent').find((q) => q.cue === 'charges');
    assert.ok(charges);
    assert.match(charges.text, /^he spent \$750,000 in campaign cash/);
  });
});

describe("the narrator's contrast after a report is not its content", () => {
  it('Fox: "Netanyahu has said he’ll steer clear of the … election, but he stars in a new ad …" ends before ", but"', () => {
    const name = 'b4dbeda7-a1f3-4711-ae77-db23809d1ed2_2';
    const said = quotesOf(name, 'steer clear of the American').find((q) => q.cue === 'said');
    assert.ok(said);
    assert.equal(said.text, 'he’ll steer clear of the American presidential election');
  });
});
