/**
 * Stage 5: compare one story's sources — statements, claims, support, framing (distinctive and loaded words),
 * headline and lead, and the facets and names each outlet covers or omits.
 */
import type {
  AnalyzedArticle,
  Comparison,
  Dispute,
  Entity,
  FramingTerm,
  OutletComparison,
  Span,
  Story,
} from '../core/model.js';
import { outletName } from '../core/outlet-name.js';
import { NO_VECTORS, type TextVectors } from '../core/vectors.js';
import { alignStatements } from './align-statements.js';
import { compareHeadlines } from './compare-headlines.js';
import { compareClaims } from './compare-claims.js';
import { findDisputes } from './find-disputes.js';
import { findFacets } from './find-facets.js';
import { compareMeaning } from './find-meaning-support.js';
import { findFraming } from './find-framing.js';
import { findLoadedWords } from './find-loaded-words.js';
import { findFacetCoverage, findOmissions } from './find-omissions.js';
import { findSums } from './find-sums.js';
import { findStanceDisputes } from './find-stance-disputes.js';
import { findSupport } from './find-support.js';
import { indexSentences } from './sentence-index.js';

/**
 * Compares the articles of one story (given in story order) using the story-wide entities, and the sentence vectors
 * of the texts `meaningRequests(items)` lists when the api computed them.
 * @example compare(story, items, mergeEntities(items.map((i) => i.analysis)))
 */
export interface CompareOptions {
  /**
   * Disputes read from stance words (a denial or negation in one outlet against the statement it answers in another).
   * Off by default: on stories they were not developed on about half were real (session 8), and a dispute that is
   * not one misleads more than a missed one. Number and meaning disputes are always found.
   */
  stanceDisputes?: boolean;
}

export function compare(
  story: Story,
  items: AnalyzedArticle[],
  entities: Entity[],
  vectors: TextVectors = NO_VECTORS,
  options: CompareOptions = {},
): Comparison {
  const index = indexSentences(items);
  // Word support first; where it finds none, the same fact in other words (when the api passed vectors).
  const meaning = compareMeaning(items, index, findSupport(index), vectors);
  const support = meaning.support;
  const { claims, singleSource: unsupported } = compareClaims(items, support, meaning.stated, meaning.near);
  // A figure another article gives as a sum of parts is corroborated: its claim cites the parts too.
  const summed = new Set<string>();
  for (const { total, parts } of findSums(items)) {
    const claim = claims.find((c) => c.spans.some((s) => sameSpan(s, total.span)));
    if (!claim) continue;
    for (const part of parts) if (!claim.spans.some((s) => sameSpan(s, part.span))) claim.spans.push(part.span);
    claim.articles = [...new Set(claim.spans.map((s) => s.articleId))];
    for (const c of [total, ...parts]) summed.add(spanKey(c.span));
  }
  const singleSource = unsupported.filter((s) => !summed.has(spanKey(s.span)));
  const groups = groupByOutlet(items);
  const framing = findFraming(groups);
  const loaded = findLoadedWords(groups);
  const omissions = findOmissions(groups, entities);
  const facets = findFacetCoverage(groups, findFacets(groups));
  const headlines = compareHeadlines(groups, entities);
  const outlets: OutletComparison[] = [...groups].map(([outlet, members]) => {
    const distinctive: FramingTerm[] = (framing.get(outlet) ?? []).map((f) => ({ ...f, kind: 'distinctive' }));
    const shown = new Set(distinctive.map((f) => f.term));
    const entry: OutletComparison = {
      outlet,
      articles: members.map((m) => m.article.id),
      framing: [...distinctive, ...(loaded.get(outlet) ?? []).filter((f) => !shown.has(f.term))],
      omits: omissions.get(outlet) ?? [],
    };
    const coverage = facets.get(outlet);
    if (coverage) {
      entry.covers = coverage.covers;
      entry.omitsFacets = coverage.omits;
    }
    const fronts = headlines.get(outlet);
    if (fronts) entry.headlines = fronts;
    return entry;
  });
  return {
    storyId: story.id,
    entities,
    statements: alignStatements(items, entities),
    claims,
    disputes: withoutRepeats([
      ...findDisputes(items),
      ...meaning.disputes,
      ...(options.stanceDisputes ? findStanceDisputes(items, index) : []),
    ]),
    singleSource,
    support,
    ...(meaning.stated !== support ? { stated: meaning.stated } : {}),
    ...(meaning.near !== support ? { near: meaning.near } : {}),
    outlets,
  };
}

/** Each pair of sides once: a pair both the meaning check and the stance words find is one dispute. */
function withoutRepeats(disputes: Dispute[]): Dispute[] {
  const seen = new Set<string>();
  return disputes.filter((dispute) => {
    const key = dispute.sides
      .flatMap((side) => side.spans.map(spanKey))
      .sort()
      .join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sameSpan(a: Span, b: Span): boolean {
  return a.articleId === b.articleId && a.start === b.start && a.end === b.end;
}

function spanKey(span: Span): string {
  return `${span.articleId}:${span.start}:${span.end}`;
}

function groupByOutlet(items: AnalyzedArticle[]): Map<string, AnalyzedArticle[]> {
  const groups = new Map<string, AnalyzedArticle[]>();
  for (const item of items) {
    const name = outletName(item.article);
    if (!groups.has(name)) groups.set(name, []);
    groups.get(name)!.push(item);
  }
  return groups;
}
