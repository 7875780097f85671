/** Brief sentences that only one outlet supports say which: a single source's report is not corroborated fact. */
import type { Article, CitedText } from '../core/model.js';
import { outletName } from '../core/outlet-name.js';

/**
 * Adds `onlySource` (the outlet's name) to every sentence whose citations all lie in one outlet's articles, when
 * the story has more than one outlet (with one, the brief's note already says nothing could be cross-checked).
 * @example markSingleSource(quickLook, articles)[0].onlySource // 'Eurointelligence'
 */
export function markSingleSource(items: readonly CitedText[], articles: readonly Article[]): CitedText[] {
  const outletOf = new Map(articles.map((article) => [article.id, outletName(article)]));
  if (new Set(outletOf.values()).size < 2) return [...items];
  return items.map((item) => {
    const outlets = new Set(item.citations.map((span) => outletOf.get(span.articleId)));
    const [only] = outlets;
    return outlets.size === 1 && only !== undefined ? { ...item, onlySource: only } : item;
  });
}
