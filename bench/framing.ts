/**
 * Framing against BASIL's bias spans: each triplet (same event, three outlets) is compared as one story, and the
 * framing terms we surface per outlet are checked against the spans annotators marked as biased word choice.
 * Reported on two halves of the triplets (by a hash of the triplet id) so a gain seen on one can be confirmed on the other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeEntities } from '../src/analyze/merge-entities.js';
import { compare } from '../src/compare/compare.js';
import { inRanges, quotedRanges } from '../src/compare/find-framing.js';
import type { AnalyzedArticle, Story } from '../src/core/model.js';
import { isStopWord } from '../src/core/text.js';
import { loadBasilGold } from './clustering-data.js';
import { type Prepared, prepare } from './clustering.js';
import { type Half, hashHalf32 } from './hash-half.js';
import { fixed, table } from './report.js';
import { DATA } from './shared-data.js';

interface BiasSpans {
  /** Spans marked as biased word choice (`bias == "lex"`). */
  lexical: string[];
  /** Every marked span, lexical or informational. */
  all: string[];
}

/** BASIL's phrase-level bias spans per article uuid. */
export function loadBasilBiasSpans(): Map<string, BiasSpans> {
  const root = join(DATA, 'basil', 'annotations');
  const spans = new Map<string, BiasSpans>();
  for (const year of readdirSync(root).sort()) {
    for (const name of readdirSync(join(root, year)).sort()) {
      const file = JSON.parse(readFileSync(join(root, year, name), 'utf8')) as {
        uuid: string;
        'phrase-level-annotations': { bias: string; txt: string }[];
      };
      const phrases = file['phrase-level-annotations'];
      spans.set(file.uuid, {
        lexical: phrases.filter((a) => a.bias === 'lex').map((a) => a.txt),
        all: phrases.map((a) => a.txt),
      });
    }
  }
  return spans;
}

/** The half a triplet falls in: the parity of the first 8 hex digits of its SHA-256. */
export function tripletHalf(triplet: string): Half {
  return hashHalf32(triplet);
}

export interface LexicalCheck {
  triplets: number;
  /** Lexical-bias spans, and how many contain a term we surface for that article's outlet. */
  marked: number;
  found: number;
  /** Terms surfaced per article, and how many of them occur inside a lexical / any bias span of that article. */
  surfaced: number;
  inLexical: number;
  inAny: number;
  /** What picking words blindly gives: the article's distinct words (4+ letters, no stop words), and how many are in a lexical span. */
  words: number;
  wordsInLexical: number;
  /** Term spans shown, and how many lie inside a quotation (should be none: framing is the outlet's narration). */
  spans: number;
  spansInQuote: number;
}

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/’/g, "'")
    .match(/[\p{L}][\p{L}'-]*/gu) ?? [];

/** True when every word of `term` occurs, in order and adjacent, in `span`'s words. */
export function termInSpan(term: string, span: string): boolean {
  const needle = words(term);
  const hay = words(span);
  if (needle.length === 0) return false;
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((w, k) => hay[i + k] === w)) return true;
  return false;
}

/** Runs compare on every triplet of one half and checks the framing terms against the annotations. */
export function checkLexicalBias(prepared: Prepared, half: 'even' | 'odd'): LexicalCheck {
  const spans = loadBasilBiasSpans();
  const triplets = new Map<string, AnalyzedArticle[]>();
  for (const item of prepared.items) {
    const key = prepared.gold.get(item.article.id);
    if (key === undefined || tripletHalf(key) !== half) continue;
    if (!triplets.has(key)) triplets.set(key, []);
    triplets.get(key)!.push(item);
  }
  const check: LexicalCheck = {
    triplets: triplets.size,
    marked: 0,
    found: 0,
    surfaced: 0,
    inLexical: 0,
    inAny: 0,
    words: 0,
    wordsInLexical: 0,
    spans: 0,
    spansInQuote: 0,
  };
  for (const [key, items] of [...triplets].sort((a, b) => a[0].localeCompare(b[0]))) {
    const story: Story = { id: key, title: key, articleIds: items.map((i) => i.article.id) };
    const comparison = compare(story, items, mergeEntities(items.map((i) => i.analysis)));
    const termsOf = new Map<string, string[]>();
    const quoted = new Map(items.map((i) => [i.article.id, quotedRanges(i.analysis)]));
    for (const outlet of comparison.outlets) {
      for (const span of outlet.framing.flatMap((f) => f.spans)) {
        check.spans++;
        if (inRanges(quoted.get(span.articleId) ?? [], span.start)) check.spansInQuote++;
      }
      const terms = outlet.framing.map((f) => f.term);
      for (const id of outlet.articles) termsOf.set(id, terms);
    }
    for (const { article } of items) {
      const terms = termsOf.get(article.id) ?? [];
      const marked = spans.get(article.inputId ?? '') ?? { lexical: [], all: [] };
      for (const text of marked.lexical) {
        check.marked++;
        if (terms.some((term) => termInSpan(term, text))) check.found++;
      }
      const lexicalWords = new Set(marked.lexical.flatMap(words));
      for (const word of new Set(words(article.text))) {
        if (word.length < 4 || isStopWord(word)) continue;
        check.words++;
        if (lexicalWords.has(word)) check.wordsInLexical++;
      }
      check.surfaced += terms.length;
      for (const term of terms) {
        if (marked.lexical.some((text) => termInSpan(term, text))) check.inLexical++;
        if (marked.all.some((text) => termInSpan(term, text))) check.inAny++;
      }
    }
  }
  return check;
}

export function benchFraming(): void {
  const basil = prepare(loadBasilGold());
  console.log('\n## Framing terms against BASIL bias spans (each triplet compared as a story)\n');
  console.log(
    'Recall: a span annotators marked as lexical bias (`bias == "lex"`) counts as found when a framing term we surface for that article\'s outlet occurs in it. Precision: the share of surfaced terms (per article) that occur inside a marked span of that article, lexical or any. Halves by SHA-256 of the triplet id (even: developed on, odd: confirmed on).\n',
  );
  const rows = (['even', 'odd'] as const).map((half) => {
    const c = checkLexicalBias(basil, half);
    return [
      half,
      String(c.triplets),
      String(c.marked),
      String(c.found),
      fixed(c.marked ? c.found / c.marked : 0),
      String(c.surfaced),
      `${c.inLexical} (${fixed(c.surfaced ? c.inLexical / c.surfaced : 0)})`,
      `${c.inAny} (${fixed(c.surfaced ? c.inAny / c.surfaced : 0)})`,
      fixed(c.words ? c.wordsInLexical / c.words : 0),
      `${c.spansInQuote} of ${c.spans}`,
    ];
  });
  table(
    [
      'half',
      'triplets',
      'lexical-bias spans',
      'found',
      'recall',
      'terms surfaced',
      'in a lexical span (precision)',
      'in any bias span',
      'chance (any word in a lexical span)',
      'term spans inside a quotation',
    ],
    rows,
  );
}
