/** Stage 4: articles → stories. TF-IDF cosine over candidates found through an inverted index, joined by union-find. */
import { STORY_JOIN_SIMILARITY } from '../core/config.js';
import { hashId } from '../core/ids.js';
import type { AnalyzedArticle, Article, Story } from '../core/model.js';
import { cosine } from '../core/text.js';
import { findCandidates } from './find-candidates.js';
import { type WeightedArticle, weighArticles } from './weigh-articles.js';

type ClusterItem = AnalyzedArticle;

/**
 * Groups articles into stories. A caller's `story` key is respected as given; the rest are clustered.
 * Deterministic: the same items (in any order) give the same stories and ids.
 * @example cluster(items) // [{ id: 's_…', title: '…', articleIds: ['a_…', 'a_…'] }]
 */
export function cluster(items: ClusterItem[]): Story[] {
  const ordered = [...items].sort((a, b) => compareArticles(a.article, b.article));
  const groups: ClusterItem[][] = [];
  const byKey = new Map<string, ClusterItem[]>();
  const free: ClusterItem[] = [];
  for (const item of ordered) {
    const key = item.article.story;
    if (key === undefined) free.push(item);
    else if (byKey.has(key)) byKey.get(key)!.push(item);
    else {
      const group = [item];
      byKey.set(key, group);
      groups.push(group);
    }
  }
  groups.push(...groupBySimilarity(free));
  const weighted = new Map(weighArticles(ordered).map((w) => [w.article.id, w]));
  return groups
    .map((group) => toStory(group, weighted))
    .sort((a, b) => b.articleIds.length - a.articleIds.length || a.id.localeCompare(b.id));
}

function groupBySimilarity(items: ClusterItem[]): ClusterItem[][] {
  const weighted = weighArticles(items);
  const parent = weighted.map((_, index) => index);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const [i, j] of findCandidates(weighted)) {
    if (cosine(weighted[i]!.vector, weighted[j]!.vector) >= STORY_JOIN_SIMILARITY) {
      const [a, b] = [find(i), find(j)];
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  const groups = new Map<number, ClusterItem[]>();
  weighted.forEach((_, index) => {
    const root = find(index);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(items[index]!);
  });
  return [...groups.values()];
}

function toStory(group: ClusterItem[], weighted: Map<string, WeightedArticle>): Story {
  const articleIds = group.map((item) => item.article.id).sort();
  return { id: hashId('s', ...articleIds), title: centralTitle(group, weighted), articleIds };
}

/** The title of the article closest to all the others (the story's most representative report). */
function centralTitle(group: ClusterItem[], weighted: Map<string, WeightedArticle>): string {
  let best = group[0]!;
  let bestScore = -1;
  for (const item of group) {
    const vector = weighted.get(item.article.id)!.vector;
    let score = 0;
    for (const other of group) if (other !== item) score += cosine(vector, weighted.get(other.article.id)!.vector);
    if (score > bestScore + 1e-12) {
      best = item;
      bestScore = score;
    }
  }
  return best.article.title;
}

/** Time order, then input, then id: the order in which a watcher would have seen the articles. */
export function compareArticles(a: Article, b: Article): number {
  return (
    (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') ||
    a.input.localeCompare(b.input) ||
    a.id.localeCompare(b.id)
  );
}
