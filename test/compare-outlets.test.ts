/**
 * Outlet by outlet on the seed pages, against EXPECTED.md: the facets each outlet covers and leaves out, headline and
 * lead compared, and loaded words — every item with spans that show it.
 */
import { americanSpelling } from '../src/core/spelling.js';
import { contentWords } from '../src/core/text.js';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze, mergeEntities } from '../src/analyze/analyze.js';
import { compare } from '../src/compare/compare.js';
import { findFacets } from '../src/compare/find-facets.js';
import { inRanges, quotedRanges } from '../src/compare/find-framing.js';
import { lexiconForm } from '../src/compare/loaded-lexicon.js';
import type { AnalyzedArticle, OutletComparison, Span } from '../src/core/model.js';
import { outletName } from '../src/core/outlet-name.js';
import { loadSeedArticles } from './helpers/seed-articles.js';
import { SHARED } from './helpers/shared.js';

const items: AnalyzedArticle[] = loadSeedArticles().map((article) => ({ article, analysis: analyze(article) }));
const comparison = compare(
  { id: 's_seed', title: '', articleIds: [] },
  items,
  mergeEntities(items.map((i) => i.analysis)),
);
const textOf = (span: Span) =>
  items.find((i) => i.article.id === span.articleId)!.article.text.slice(span.start, span.end);
const outletOfSeed = (seed: number): OutletComparison =>
  comparison.outlets.find((o) => o.outlet === outletName(items[seed]!.article))!;
const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? []);

describe('coverage facets on the seed pages', () => {
  it('gives every outlet covered and omitted facets, disjoint, each shown by spans of the right outlets', () => {
    for (const outlet of comparison.outlets) {
      assert.ok(outlet.covers && outlet.omitsFacets, outlet.outlet);
      const covered = new Set(outlet.covers.map((c) => c.facet));
      for (const facet of outlet.covers) {
        assert.ok(facet.spans.length > 0 && facet.label.length > 0);
        for (const span of facet.spans) assert.ok(outlet.articles.includes(span.articleId), 'its own sentences');
      }
      for (const facet of outlet.omitsFacets) {
        assert.ok(!covered.has(facet.facet), `${facet.facet} both covered and omitted`);
        assert.ok(facet.spans.length > 0);
        for (const span of facet.spans)
          assert.ok(!outlet.articles.includes(span.articleId), 'other outlets’ sentences');
      }
    }
  });

  it('finds the dpa interview as a facet 001 and 004 share (EXPECTED: they report the same dpa interview)', () => {
    const pars = outletOfSeed(1);
    const newslooks = outletOfSeed(4);
    const shared = pars.covers!.filter((p) => newslooks.covers!.some((n) => n.facet === p.facet));
    const dpa = shared.find((facet) =>
      [...facet.spans, ...newslooks.covers!.find((n) => n.facet === facet.facet)!.spans].some((s) =>
        /\bdpa\b/i.test(textOf(s)),
      ),
    );
    assert.ok(dpa, shared.map((f) => f.label).join(' | '));
  });

  it('names as left out only facets at least two other outlets cover', () => {
    for (const outlet of comparison.outlets) {
      for (const facet of outlet.omitsFacets!) {
        const coveredBy = comparison.outlets.filter((o) => o.covers!.some((c) => c.facet === facet.facet));
        assert.ok(coveredBy.length >= 2, `${outlet.outlet}: ${facet.label}`);
      }
    }
  });
});

describe('headline and lead compared on the seed pages', () => {
  it('gives each article its headline and a lead sentence that is its text under the lead span', () => {
    for (const outlet of comparison.outlets) {
      assert.deepEqual(outlet.headlines!.map((h) => h.articleId).sort(), [...outlet.articles].sort());
      for (const front of outlet.headlines!) {
        const item = items.find((i) => i.article.id === front.articleId)!;
        assert.equal(front.headline, item.article.title.trim());
        assert.ok(front.leadSpan);
        assert.equal(textOf(front.leadSpan), front.lead);
        if (front.headlineSpan) assert.ok(front.headline.startsWith(textOf(front.headlineSpan)));
      }
    }
  });

  it('puts first only words no other outlet’s headline or lead has, each span showing the word', () => {
    for (const outlet of comparison.outlets) {
      const othersFront = new Set<string>();
      for (const other of comparison.outlets)
        if (other !== outlet)
          for (const h of other.headlines!) for (const w of words(`${h.headline} ${h.lead}`)) othersFront.add(w);
      for (const front of outlet.headlines!) {
        assert.ok(front.emphasis.length > 0, outlet.outlet);
        for (const term of front.emphasis) {
          if (!/^\p{Lu}/u.test(term.term)) assert.ok(!othersFront.has(term.term), `${outlet.outlet}: ${term.term}`);
          for (const span of term.spans) assert.equal(textOf(span).toLowerCase(), term.term.toLowerCase());
        }
      }
    }
  });

  it('shows what EXPECTED.md names in the headlines: 004 “Opposes EU Breakaway”, 000 “mirage”', () => {
    const emphasis = (seed: number) => outletOfSeed(seed).headlines!.flatMap((h) => h.emphasis.map((e) => e.term));
    assert.ok(emphasis(4).includes('opposes') && emphasis(4).includes('breakaway'), emphasis(4).join(', '));
    assert.ok(emphasis(0).includes('mirage'), emphasis(0).join(', '));
  });

  it('does not count an outlet naming itself as emphasis', () => {
    const pars = outletOfSeed(1);
    const terms = pars.headlines!.flatMap((h) => h.emphasis.map((e) => e.term.toLowerCase()));
    assert.ok(!terms.some((t) => pars.outlet.toLowerCase().includes(t)), terms.join(', '));
  });
});

describe('framing terms on the seed pages', () => {
  it('marks each term distinctive or loaded; a loaded word is a lexicon word of the outlet’s narration and its spans show it', () => {
    for (const outlet of comparison.outlets) {
      for (const term of outlet.framing) {
        assert.ok(term.kind === 'distinctive' || term.kind === 'loaded');
        assert.ok(term.spans.length > 0);
        for (const span of term.spans) {
          assert.equal(americanSpelling(textOf(span).toLowerCase()), americanSpelling(term.term));
          const item = items.find((i) => i.article.id === span.articleId)!;
          assert.ok(!inRanges(quotedRanges(item.analysis), span.start), `${outlet.outlet}: ${term.term} is quoted`);
        }
        if (term.kind === 'loaded') assert.ok(lexiconForm(term.term) !== undefined, term.term);
      }
    }
  });

  it('takes no spelling for framing: UK Defence Journal’s “defence” and the others’ “defense” are one word', () => {
    const texts = items.map((i) => i.article.text.toLowerCase());
    assert.ok(texts.some((t) => /\bdefence\b/.test(t)) && texts.some((t) => /\bdefense\b/.test(t)));
    const terms = comparison.outlets.flatMap((o) => o.framing.map((f) => f.term));
    assert.ok(!terms.includes('defense') && !terms.includes('defence'), terms.join(', '));
    assert.equal(americanSpelling('defence'), 'defense');
    assert.deepEqual(contentWords('defence programmes', { americanSpelling: true }), contentWords('defense programs'));
  });

  it('still finds 000’s “admission” (EXPECTED.md framing)', () => {
    assert.ok(
      outletOfSeed(0).framing.some((f) => f.term === 'admission'),
      outletOfSeed(0)
        .framing.map((f) => f.term)
        .join(', '),
    );
  });
});

describe('coverage facets on a big story (more sentences than are scored exhaustively)', () => {
  it('finds at most twenty facets, each shared by two outlets and shown by sentences of the outlets named', () => {
    // 120 PolNeAR articles (2016 campaign; the outlet is the file name's first part) as one story: ~4,000 sentences.
    const dir = join(SHARED, 'data', 'polnear', 'text');
    const names = readdirSync(dir).sort();
    const picked = names.filter((_, i) => i % 6 === 0).slice(0, 120);
    const groups = new Map<string, AnalyzedArticle[]>();
    let sentences = 0;
    for (const name of picked) {
      const text = readFileSync(join(dir, name), 'utf8');
      const article = { id: `a_${name}`, input: name, title: '', text, cites: [], provenanceNotes: [] };
      const analysis = analyze(article);
      sentences += analysis.sentences.length;
      const outlet = name.split('_')[0]!;
      groups.set(outlet, [...(groups.get(outlet) ?? []), { article, analysis }]);
    }
    assert.ok(sentences > 3000, `${sentences} sentences`);
    const facets = findFacets(groups);
    assert.ok(facets.length > 0 && facets.length <= 20);
    for (const facet of facets) {
      assert.ok(facet.spansByOutlet.size >= 2, facet.label);
      for (const [outlet, spans] of facet.spansByOutlet) {
        const articleIds = new Set(groups.get(outlet)!.map((item) => item.article.id));
        for (const span of spans) assert.ok(articleIds.has(span.articleId), `${facet.label}: ${outlet}`);
      }
    }
  });
});
