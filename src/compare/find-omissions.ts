/** What each outlet leaves out: the people, organisations and places most of the other outlets name. */
import type { AnalyzedArticle, Entity } from '../core/model.js';

/** An entity counts as widely covered when at least this share of the other outlets name it (and at least two). */
const WIDELY_COVERED_SHARE = 0.5;

/**
 * @example findOmissions(groups, entities).get('UK Defence Journal') // ['dpa', 'Donald Trump']
 */
export function findOmissions(groups: Map<string, AnalyzedArticle[]>, entities: Entity[]): Map<string, string[]> {
  const outletOf = new Map<string, string>();
  for (const [outlet, items] of groups) for (const { article } of items) outletOf.set(article.id, outlet);
  const coverage = entities
    .filter((entity) => entity.type !== 'other')
    .map((entity) => ({
      entity,
      outlets: new Set(entity.mentions.map((m) => outletOf.get(m.articleId)).filter((o) => o !== undefined)),
    }));
  const result = new Map<string, string[]>();
  for (const outlet of groups.keys()) {
    const others = groups.size - 1;
    const omitted = coverage
      .filter(({ outlets }) => !outlets.has(outlet))
      .filter(({ outlets }) => outlets.size >= 2 && outlets.size >= others * WIDELY_COVERED_SHARE)
      .sort((a, b) => b.outlets.size - a.outlets.size || a.entity.name.localeCompare(b.entity.name))
      .map(({ entity }) => entity.name);
    result.set(outlet, omitted);
  }
  return result;
}
