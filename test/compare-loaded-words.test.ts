/**
 * Loaded words: the lexicon's matching of written forms, and the words found on BASIL (real articles of three
 * outlets on one event) against the spans its annotators marked as biased word choice.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadBasilGold } from '../bench/clustering-data.js';
import { type Prepared, prepare } from '../bench/clustering.js';
import { checkLexicalBias, loadBasilAnnotations, locateBiasSpans } from '../bench/framing.js';
import { mergeEntities } from '../src/analyze/merge-entities.js';
import { compare } from '../src/compare/compare.js';
import { LOADED_LEXICON, lexiconForm } from '../src/compare/loaded-lexicon.js';
import type { AnalyzedArticle, Story } from '../src/core/model.js';

describe('loaded-word lexicon', () => {
  it('matches regular inflections, compounds and phrasal verbs to their base form', () => {
    assert.equal(lexiconForm('slammed'), 'slam');
    assert.equal(lexiconForm('Bullied'), 'bully');
    assert.equal(lexiconForm('stoking'), 'stoke');
    assert.equal(lexiconForm('rants'), 'rant');
    assert.equal(lexiconForm('witch-hunts'), 'witch-hunt');
    assert.equal(lexiconForm('lashed out'), 'lash out');
    assert.equal(lexiconForm('doubling down'), 'double down');
    assert.equal(lexiconForm('senator'), undefined);
    assert.equal(lexiconForm('said'), undefined);
  });

  it('leaves out plain reporting and hedging verbs', () => {
    for (const verb of ['say', 'claim', 'admit', 'insist', 'note', 'allege'])
      assert.ok(!LOADED_LEXICON.has(verb), verb);
  });
});

describe('framing terms against BASIL lexical-bias spans', () => {
  let prepared: Prepared | undefined;
  const basil = (): Prepared => {
    prepared ??= prepare(loadBasilGold());
    return prepared;
  };
  /** The BASIL dev articles by triplet (one event, three outlets). */
  const triplets = (): Map<string, AnalyzedArticle[]> => {
    const { items, gold } = basil();
    const out = new Map<string, AnalyzedArticle[]>();
    for (const item of items) {
      const key = gold.get(item.article.id)!;
      if (!out.has(key)) out.set(key, []);
      out.get(key)!.push(item);
    }
    return out;
  };
  const compareTriplet = (key: string, members: AnalyzedArticle[]) => {
    const story: Story = { id: key, title: key, articleIds: members.map((m) => m.article.id) };
    return compare(story, members, mergeEntities(members.map((m) => m.analysis)));
  };

  it('on the half developed on (even), finds 0.30 of the marked spans with 0.30 of the terms on one, none quoted', () => {
    const check = checkLexicalBias(basil(), 'even');
    // Measured 0.338 recall at 0.336 precision when written (0.209 / 0.193 before the gate on contrast).
    assert.ok(check.found / check.marked >= 0.3, `recall ${check.found}/${check.marked}`);
    assert.ok(check.inLexical / check.surfaced >= 0.3, `precision ${check.inLexical}/${check.surfaced}`);
    assert.equal(check.spansInQuote, 0);
  });

  it('on the half it was confirmed on (odd), keeps the gain: recall and precision above what they were', () => {
    const check = checkLexicalBias(basil(), 'odd');
    // Measured 0.234 recall at 0.265 precision when written; 0.204 / 0.216 before.
    assert.ok(check.found / check.marked >= 0.22, `recall ${check.found}/${check.marked}`);
    assert.ok(check.inLexical / check.surfaced >= 0.25, `precision ${check.inLexical}/${check.surfaced}`);
    assert.equal(check.spansInQuote, 0);
  });

  it('shows no word of what an outlet merely reports (a day, a figure) as framing: evaluative, or in its lead', () => {
    let terms = 0;
    let inLead = 0;
    for (const [key, members] of triplets()) {
      const comparison = compareTriplet(key, members);
      const leadEnds = new Map(members.map(({ article, analysis }) => [article.id, analysis.sentences[1]?.end ?? 0]));
      for (const outlet of comparison.outlets) {
        for (const term of outlet.framing) {
          terms++;
          // A compound the text writes apart ("far right") is listed hyphenated.
          const form = lexiconForm(term.term) ?? lexiconForm(term.term.replaceAll(' ', '-'));
          if (form !== undefined) continue;
          inLead++;
          const named = term.spans.some((span) => span.start < leadEnds.get(span.articleId)!);
          assert.ok(named && term.kind === 'distinctive', `${outlet.outlet}: “${term.term}” on ${key}`);
        }
      }
    }
    assert.ok(terms > 200, `${terms} terms`);
    // On three short articles the contrast rarely names the story in a lead: most terms are loaded words.
    assert.ok(inLead < terms / 10, `${inLead} of ${terms} by the lead`);
  });

  it('finds the complaint verbs and judgements of a person that annotators marked in narration', () => {
    const annotated = loadBasilAnnotations();
    // Real BASIL sentences: "Mr. Romney, then governor, complained that …", "Netanyahu, who has a famously frosty
    // relationship with President Obama", "after Republicans seized on snippets of the correspondence", "Roger
    // Stone, an eccentric longtime Republican strategist", "Members of Congress are calling her evasive".
    const wanted = new Set(['complained', 'frosty', 'famously frosty', 'seized', 'eccentric', 'evasive']);
    let marked = 0;
    let found = 0;
    for (const [key, members] of triplets()) {
      const targets = members.flatMap(({ article }) => {
        const ann = annotated.get(article.inputId ?? '');
        if (!ann) return [];
        const { spans } = locateBiasSpans(article.text, ann.sentences, ann.annotations);
        return spans
          .filter((s) => s.bias === 'lex' && !s.quoted)
          .filter((s) => wanted.has(article.text.slice(s.start, s.end).toLowerCase()))
          .map((s) => ({ ...s, articleId: article.id }));
      });
      if (targets.length === 0) continue;
      const comparison = compareTriplet(key, members);
      for (const target of targets) {
        marked++;
        const shown = comparison.outlets.some((o) =>
          o.framing.some((t) =>
            t.spans.some((s) => s.articleId === target.articleId && s.start < target.end && target.start < s.end),
          ),
        );
        if (shown) found++;
      }
    }
    assert.ok(marked >= 8, `${marked} marked`);
    assert.equal(found, marked);
  });
});
