/**
 * Framing against BASIL's bias spans: each triplet (same event, three outlets) is compared as one story, and the
 * framing terms we surface per outlet are checked against the spans annotators marked as biased word choice.
 * Reported on two halves of the triplets (by a hash of the triplet id) so a gain seen on one can be confirmed on the other.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeEntities } from '../src/analyze/merge-entities.js';
import { compare } from '../src/compare/compare.js';
import { inRanges, quotedRanges } from '../src/compare/find-framing.js';
import type { AnalyzedArticle, Span, Story } from '../src/core/model.js';
import { loadBasil, loadBasilGold } from './clustering-data.js';
import { type Prepared, prepare } from './clustering.js';
import { type Half, hashHalf32 } from './hash-half.js';
import { fixed, table } from './report.js';
import { DATA } from './shared-data.js';

/** One marked bias span located in our article text. */
export interface BiasSpan {
  start: number;
  end: number;
  /** `lex`: biased word choice; `inf`: biased content selection. */
  bias: string;
  /** Whether the annotators put it inside a quotation (a speaker's words, not the outlet's). */
  quoted: boolean;
}

interface Annotation {
  id: string;
  start: number;
  end: number;
  txt: string;
  bias: string;
  quote: string;
}

/** BASIL's phrase-level annotations and flattened sentences per article uuid. */
export function loadBasilAnnotations(): Map<string, { sentences: string[]; annotations: Annotation[] }> {
  const out = new Map<string, { sentences: string[]; annotations: Annotation[] }>();
  for (const { file, sentences, document } of loadBasil()) {
    const [, year, name] = document.input.split('/');
    const path = join(DATA, 'basil', 'annotations', year!, name!.replace(/\.json$/u, '_ann.json'));
    const annotations = (JSON.parse(readFileSync(path, 'utf8')) as { 'phrase-level-annotations': Annotation[] })[
      'phrase-level-annotations'
    ];
    out.set(file.uuid, { sentences, annotations });
  }
  return out;
}

/**
 * The annotations as character ranges of our article text: each BASIL sentence is found in the text in order
 * (whitespace as extract leaves it), the span at its offsets in it, or failing that the span's own words soon after
 * the sentence start. Spans found nowhere (a sentence extract dropped, the title) are counted apart, not guessed.
 */
export function locateBiasSpans(
  text: string,
  sentences: string[],
  annotations: Annotation[],
): { spans: BiasSpan[]; lost: number } {
  const starts: number[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    const trimmed = sentence.trim().replace(/\s+/gu, ' ');
    const found = trimmed ? text.indexOf(trimmed, cursor) : -1;
    if (found < 0) {
      starts.push(-1);
      continue;
    }
    // Offsets count from the sentence as BASIL stores it, leading spaces included.
    const start = found - sentence.indexOf(trimmed.slice(0, 1));
    starts.push(start);
    cursor = found + trimmed.length;
  }
  const spans: BiasSpan[] = [];
  let lost = 0;
  for (const a of annotations) {
    const from = /^p\d+$/u.test(a.id) ? starts[Number(a.id.slice(1))] : undefined;
    const txt = a.txt.trim();
    let start = -1;
    if (from !== undefined && from >= 0) {
      if (text.slice(from + a.start, from + a.end) === a.txt) start = from + a.start + a.txt.indexOf(txt);
      else {
        const near = text.indexOf(txt, from);
        if (near >= 0 && near - from < 400) start = near;
      }
    }
    if (start < 0 || txt === '') lost++;
    else spans.push({ start, end: start + txt.length, bias: a.bias, quoted: a.quote === 'yes' });
  }
  return { spans, lost };
}

/** The half a triplet falls in: the parity of the first 8 hex digits of its SHA-256. */
export function tripletHalf(triplet: string): Half {
  return hashHalf32(triplet);
}

export interface LexicalCheck {
  triplets: number;
  /** Lexical-bias spans, those of them in narration (not inside a quotation), and how many a shown term span overlaps. */
  marked: number;
  markedNarration: number;
  found: number;
  foundNarration: number;
  /** Annotations that could not be placed in our text (all kinds). */
  lost: number;
  /** Terms surfaced per article, and how many have a shown span overlapping a lexical / any bias span there. */
  surfaced: number;
  inLexical: number;
  inAny: number;
  /** Term spans shown, and how many lie inside a quotation (should be none: framing is the outlet's narration). */
  spans: number;
  spansInQuote: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/**
 * Runs compare on every triplet of one half and checks the framing terms against the annotations, by position: a
 * term matches a marked span when one of the spans the brief cites for it overlaps the marked characters.
 */
export function checkLexicalBias(prepared: Prepared, half: 'even' | 'odd'): LexicalCheck {
  const annotated = loadBasilAnnotations();
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
    markedNarration: 0,
    found: 0,
    foundNarration: 0,
    lost: 0,
    surfaced: 0,
    inLexical: 0,
    inAny: 0,
    spans: 0,
    spansInQuote: 0,
  };
  for (const [key, items] of [...triplets].sort((a, b) => a[0].localeCompare(b[0]))) {
    const story: Story = { id: key, title: key, articleIds: items.map((i) => i.article.id) };
    const comparison = compare(story, items, mergeEntities(items.map((i) => i.analysis)));
    const quoted = new Map(items.map((i) => [i.article.id, quotedRanges(i.analysis)]));
    // Per article, the spans shown for each framing term of its outlet that fall in this article.
    const shown = new Map<string, Span[][]>();
    for (const outlet of comparison.outlets) {
      for (const term of outlet.framing) {
        for (const id of outlet.articles) {
          const inArticle = term.spans.filter((span) => span.articleId === id);
          if (inArticle.length === 0) continue;
          if (!shown.has(id)) shown.set(id, []);
          shown.get(id)!.push(inArticle);
        }
        for (const span of term.spans) {
          check.spans++;
          if (inRanges(quoted.get(span.articleId) ?? [], span.start)) check.spansInQuote++;
        }
      }
    }
    for (const { article } of items) {
      const gold = annotated.get(article.inputId ?? '');
      if (!gold) continue;
      const { spans: marked, lost } = locateBiasSpans(article.text, gold.sentences, gold.annotations);
      check.lost += lost;
      const terms = shown.get(article.id) ?? [];
      const lexical = marked.filter((m) => m.bias === 'lex');
      for (const m of lexical) {
        const found = terms.some((spans) => spans.some((span) => overlaps(span, m)));
        check.marked++;
        if (found) check.found++;
        if (!m.quoted) {
          check.markedNarration++;
          if (found) check.foundNarration++;
        }
      }
      check.surfaced += terms.length;
      for (const spans of terms) {
        if (spans.some((span) => lexical.some((m) => overlaps(span, m)))) check.inLexical++;
        if (spans.some((span) => marked.some((m) => overlaps(span, m)))) check.inAny++;
      }
    }
  }
  return check;
}

export function benchFraming(): void {
  const basil = prepare(loadBasilGold());
  console.log('\n## Framing terms against BASIL bias spans (each triplet compared as a story)\n');
  console.log(
    'Matched by position: a term matches a marked span when one of the spans the brief cites for it overlaps the marked characters in that article. Recall: the share of spans marked as lexical bias (`bias == "lex"`) that a shown term span overlaps — of all of them, and of those in narration (annotated `quote == "no"`; framing comes from narration only, so the others cannot be found). Precision: the share of terms shown for an article (terms with a span in it) with a span overlapping a lexical-bias span there (and any bias span, lexical or informational). Halves by SHA-256 of the triplet id (even: developed on, odd: confirmed on).\n',
  );
  const rows = (['even', 'odd'] as const).map((half) => {
    const c = checkLexicalBias(basil, half);
    return [
      half,
      String(c.triplets),
      `${c.marked} (${c.markedNarration})`,
      `${c.found} (${c.foundNarration})`,
      `${fixed(c.marked ? c.found / c.marked : 0)} (${fixed(c.markedNarration ? c.foundNarration / c.markedNarration : 0)})`,
      String(c.surfaced),
      `${c.inLexical} (${fixed(c.surfaced ? c.inLexical / c.surfaced : 0)})`,
      `${c.inAny} (${fixed(c.surfaced ? c.inAny / c.surfaced : 0)})`,
      String(c.lost),
      `${c.spansInQuote} of ${c.spans}`,
    ];
  });
  table(
    [
      'half',
      'triplets',
      'lexical-bias spans (in narration)',
      'found (in narration)',
      'recall (in narration)',
      'terms shown',
      'on a lexical span (precision)',
      'on any bias span',
      'annotations not placed',
      'term spans inside a quotation',
    ],
    rows,
  );
}
