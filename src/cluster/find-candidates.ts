/** Candidate pairs through an inverted index of each article's top terms: never all pairs. */
import { CLUSTER_INDEX_TERMS } from '../core/config.js';
import type { WeightedArticle } from './weigh-articles.js';

/**
 * Within one term's posting list each article is paired with at most this many later ones: a term
 * shared by thousands of articles (500 copies of one wire story) then costs linear, not quadratic,
 * time, and single-link joining still connects the whole chain.
 */
const POSTING_WINDOW = 40;

/**
 * Pairs [i, j] (i < j) of articles that share at least one of their top terms.
 * @example findCandidates(weighted) // [[0, 3], [1, 2]]
 */
export function findCandidates(articles: WeightedArticle[]): [number, number][] {
  const postings = new Map<string, number[]>();
  articles.forEach(({ vector }, index) => {
    const top = [...vector.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, CLUSTER_INDEX_TERMS);
    for (const [term] of top) {
      if (!postings.has(term)) postings.set(term, []);
      postings.get(term)!.push(index);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const list of postings.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < Math.min(list.length, a + 1 + POSTING_WINDOW); b++) {
        const i = list[a]!;
        const j = list[b]!;
        const key = i * articles.length + j;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([i, j]);
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
