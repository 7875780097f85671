/** Stage 5: compare one story's sources — statements, claims, support, framing and omissions. */
import type { AnalyzedArticle, Comparison, Entity, OutletComparison, Story } from '../core/model.js';
import { outletName } from '../core/outlet-name.js';
import { alignStatements } from './align-statements.js';
import { compareClaims } from './compare-claims.js';
import { findFraming } from './find-framing.js';
import { findOmissions } from './find-omissions.js';
import { findSupport } from './find-support.js';
import { indexSentences } from './sentence-index.js';

/**
 * Compares the articles of one story (given in story order) using the story-wide entities.
 * @example compare(story, items, mergeEntities(items.map((i) => i.analysis)))
 */
export function compare(story: Story, items: AnalyzedArticle[], entities: Entity[]): Comparison {
  const support = findSupport(indexSentences(items));
  const { claims, singleSource } = compareClaims(items, support);
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
    // Conflicting claims are found by the comparison issue's claim matcher; none are asserted before then.
    disputes: [],
    singleSource,
    support,
    outlets,
  };
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
