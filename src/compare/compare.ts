/** Stage 5: compare one story's sources — statements, claims, support, framing and omissions. */
import type { AnalyzedArticle, Comparison, Entity, OutletComparison, Span, Story } from '../core/model.js';
import { outletName } from '../core/outlet-name.js';
import { alignStatements } from './align-statements.js';
import { compareClaims } from './compare-claims.js';
import { findDisputes } from './find-disputes.js';
import { findFraming } from './find-framing.js';
import { findOmissions } from './find-omissions.js';
import { findSums } from './find-sums.js';
import { findSupport } from './find-support.js';
import { indexSentences } from './sentence-index.js';

/**
 * Compares the articles of one story (given in story order) using the story-wide entities.
 * @example compare(story, items, mergeEntities(items.map((i) => i.analysis)))
 */
export function compare(story: Story, items: AnalyzedArticle[], entities: Entity[]): Comparison {
  const support = findSupport(indexSentences(items));
  const { claims, singleSource: unsupported } = compareClaims(items, support);
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
  const omissions = findOmissions(groups, entities);
  const outlets: OutletComparison[] = [...groups].map(([outlet, members]) => ({
    outlet,
    articles: members.map((m) => m.article.id),
    framing: framing.get(outlet) ?? [],
    omits: omissions.get(outlet) ?? [],
  }));
  return {
    storyId: story.id,
    entities,
    statements: alignStatements(items, entities),
    claims,
    disputes: findDisputes(items),
    singleSource,
    support,
    outlets,
  };
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
