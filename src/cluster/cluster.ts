/** Stage 4: articles → stories (threads) with the events inside them, by streaming the articles in time order. */
import type { AnalyzedArticle, Article, Story } from '../core/model.js';
import { type ClusterSettings, createClusterer } from './create-clusterer.js';

/**
 * Groups articles into stories. A caller's `story` key is respected as given; the rest are clustered.
 * Deterministic: the same items (in any order) give the same stories and ids, and the same stories as
 * `createClusterer()` fed the items one by one in time order.
 * @example cluster(items) // [{ id: 's_…', title: '…', articleIds: ['a_…', 'a_…'], events: [...] }]
 */
export function cluster(items: AnalyzedArticle[], settings: Partial<ClusterSettings> = {}): Story[] {
  const clusterer = createClusterer(settings);
  for (const item of [...items].sort((a, b) => compareArticles(a.article, b.article))) clusterer.add(item);
  return clusterer.stories();
}

/** Time order, then input, then id: the order in which a watcher would have seen the articles. */
export function compareArticles(a: Article, b: Article): number {
  return (
    (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') ||
    a.input.localeCompare(b.input) ||
    a.id.localeCompare(b.id)
  );
}
