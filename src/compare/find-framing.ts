/**
 * Framing terms: the words that set one outlet apart from the others on the same story, by the
 * log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), each shown
 * with the spans where the outlet uses it. A word the contrast finds is kept when it is evaluative (a word of the
 * loaded-word lexicon) or when the outlet names its story by it in its lead (a noun, adjective or adverb there:
 * "dependence", "transatlantic", "firmly"; the lead is where news sets its frame, Pan & Kosicki 1993). The
 * contrast alone mostly finds what one outlet reports and the others do not ("wednesday", "percent", "emails"):
 * none of the 50 such terms shown on BASIL's dev triplets was marked by its annotators as biased word choice.
 */
import { FRAMING_MAX_TERMS, FRAMING_MIN_Z } from '../core/config.js';
import type { Analysis, AnalyzedArticle, FramingTerm, Span } from '../core/model.js';
import { americanSpelling } from '../core/spelling.js';
import { isStopWord } from '../core/text.js';
import { parse } from '../analyze/nlp.js';
import { lexiconForm } from './loaded-lexicon.js';

/** Prior strength: how many pseudo-words of the story's overall word distribution back each estimate. */
const PRIOR_WEIGHT = 500;
/** A framing term is used at least this many times by the outlet (one use is not a habit). */
const MIN_USES = 2;
/** Spans shown per term: enough to see the usage, not every occurrence. */
const MAX_SPANS_PER_TERM = 5;
/** The parts of speech (wink's) a lead word frames in: what it names and how, not the verb that reports it. */
const NAMING_TAGS = new Set(['NOUN', 'ADJ', 'ADV']);
/** The first sentences are the article's lead, where an outlet sets its frame (with the headline). */
const LEAD_SENTENCES = 2;

interface Occurrence {
  span: Span;
  /** The word as the outlet writes it (lower-cased): terms are counted in American spelling, shown as written. */
  written: string;
  /** Whether it is in the article's lead (its first sentences). */
  lead: boolean;
}

/**
 * Finds framing terms for each outlet group against all the others in the story.
 * @example findFraming(groups) // Map { 'Pars Today' => [{ term: 'dependence', spans: [...] }] }
 */
export function findFraming(groups: Map<string, AnalyzedArticle[]>): Map<string, FramingTerm[]> {
  // Names are what a story is about, not how an outlet frames it ("United States" against "US").
  const inName = nameRanges(groups);
  const result = new Map<string, FramingTerm[]>();
  if (groups.size < 2) {
    for (const outlet of groups.keys()) result.set(outlet, []);
    return result;
  }
  const perOutlet = new Map<string, Map<string, Occurrence[]>>();
  // Every word each outlet prints, quotations included: what the others print is the background an outlet's own
  // narration is set against; only its narration can frame (a speaker's words are not its choice).
  const printed = new Map<string, number>();
  const printedBy = new Map<string, Map<string, number>>();
  let printedWords = 0;
  for (const [outlet, items] of groups) {
    const terms = new Map<string, Occurrence[]>();
    const counts = new Map<string, number>();
    for (const { article, analysis } of items) {
      const names = inName.get(article.id) ?? [];
      const quoted = quotedRanges(analysis);
      const lead = leadEnd(analysis);
      for (const match of article.text.matchAll(/[\p{L}][\p{L}'’-]*[\p{L}]/gu)) {
        const written = match[0].toLowerCase().replace(/’/g, "'");
        // "defence" and "defense" are one word: a spelling is no framing.
        const term = americanSpelling(written);
        if (isStopWord(term) || term.length < 4) continue;
        const start = match.index;
        if (names.some(([from, to]) => from <= start && start < to)) continue;
        counts.set(term, (counts.get(term) ?? 0) + 1);
        printed.set(term, (printed.get(term) ?? 0) + 1);
        printedWords++;
        if (inRanges(quoted, start)) continue;
        if (!terms.has(term)) terms.set(term, []);
        terms.get(term)!.push({
          span: { articleId: article.id, start, end: start + match[0].length },
          written,
          lead: start < lead,
        });
      }
    }
    perOutlet.set(outlet, terms);
    printedBy.set(outlet, counts);
  }
  // The tags of each lead, read only for a word that needs one (a wink reading is the costly part here).
  const byId = new Map([...groups.values()].flat().map((item) => [item.article.id, item]));
  const leadTags = new Map<string, Map<number, string>>();
  const leadTag = (span: Span): string => {
    let tags = leadTags.get(span.articleId);
    if (tags === undefined) {
      const { article, analysis } = byId.get(span.articleId)!;
      tags = new Map(parse(article.text.slice(0, leadEnd(analysis))).tokens.map((t) => [t.start, t.pos]));
      leadTags.set(span.articleId, tags);
    }
    return tags.get(span.start) ?? '';
  };
  for (const [outlet, terms] of perOutlet) {
    let own = 0;
    for (const list of terms.values()) own += list.length;
    const ownPrinted = printedBy.get(outlet)!;
    let ownPrintedWords = 0;
    for (const n of ownPrinted.values()) ownPrintedWords += n;
    const rest = printedWords - ownPrintedWords;
    const totalWords = own + rest;
    const scored: { term: string; written: string; z: number; spans: Span[] }[] = [];
    for (const [term, list] of terms) {
      if (list.length < MIN_USES) continue;
      const y1 = list.length;
      const y2 = printed.get(term)! - ownPrinted.get(term)!;
      const prior = (PRIOR_WEIGHT * (y1 + y2)) / totalWords;
      const delta =
        Math.log((y1 + prior) / (own + PRIOR_WEIGHT - y1 - prior)) -
        Math.log((y2 + prior) / (rest + PRIOR_WEIGHT - y2 - prior));
      const z = delta / Math.sqrt(1 / (y1 + prior) + 1 / (y2 + prior));
      if (z < FRAMING_MIN_Z) continue;
      // Contrast alone mostly finds what one outlet reports and the others do not (a day, a figure, an email): a
      // framing term is also evaluative, or it is what the outlet names its story by in its lead.
      const evaluative = lexiconForm(list[0]!.written) !== undefined;
      if (evaluative || list.some((o) => o.lead && NAMING_TAGS.has(leadTag(o.span))))
        scored.push({
          term,
          written: list[0]!.written,
          z,
          spans: list.slice(0, MAX_SPANS_PER_TERM).map((o) => o.span),
        });
    }
    scored.sort((a, b) => b.z - a.z || a.term.localeCompare(b.term));
    result.set(
      outlet,
      scored.slice(0, FRAMING_MAX_TERMS).map(({ written, spans }) => ({ term: written, spans })),
    );
  }
  return result;
}

/**
 * The stretches of an article inside quote marks (direct, partial and scare quotes; the marks themselves
 * included), sorted and merged where they overlap: words there are someone else's, not the outlet's narration.
 */
export function quotedRanges(analysis: Analysis): [number, number][] {
  const sorted = analysis.quotes
    .filter((q) => q.kind !== 'reported')
    .map((q): [number, number] => [q.text.start - 1, q.text.end + 1])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

/** True when `at` lies in one of the sorted, disjoint `ranges` (as quotedRanges gives them). */
export function inRanges(ranges: [number, number][], at: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![0] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && ranges[lo - 1]![1] > at;
}

/** Where an article's lead ends: after its first sentences (all of them when it has fewer). */
function leadEnd(analysis: Analysis): number {
  return analysis.sentences[LEAD_SENTENCES - 1]?.end ?? analysis.sentences.at(-1)?.end ?? 0;
}

/** Per article, the character ranges of entity mentions. */
function nameRanges(groups: Map<string, AnalyzedArticle[]>): Map<string, [number, number][]> {
  const ranges = new Map<string, [number, number][]>();
  for (const items of groups.values()) {
    for (const { article, analysis } of items) {
      ranges.set(
        article.id,
        analysis.entities.flatMap((entity) => entity.mentions.map((m): [number, number] => [m.start, m.end])),
      );
    }
  }
  return ranges;
}
