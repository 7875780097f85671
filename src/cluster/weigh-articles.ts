/** TF-IDF vectors of articles: title words count double, and each named entity is a term of its own. */
import { MIN_BACKGROUND_DOCUMENTS } from '../core/config.js';
import type { Analysis, Article } from '../core/model.js';
import { contentWords, countTerms, type SparseVector } from '../core/text.js';

export interface WeightedArticle {
  article: Article;
  vector: SparseVector;
}

/** Weighs each article's terms by log-scaled frequency times inverse document frequency within the batch. */
export function weighArticles(items: { article: Article; analysis: Analysis }[]): WeightedArticle[] {
  const termCounts = items.map(({ article, analysis }) => {
    const words = [...contentWords(article.title), ...contentWords(article.title), ...contentWords(article.text)];
    for (const entity of analysis.entities) {
      for (let i = 0; i < Math.min(entity.mentions.length, 5); i++) words.push(`entity:${entity.id}`);
    }
    return countTerms(words);
  });
  const documentFrequency = new Map<string, number>();
  for (const counts of termCounts)
    for (const term of counts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  // A small batch is read as if it sat among at least MIN_BACKGROUND_DOCUMENTS others that lack its
  // terms: otherwise the words every article of a 5-article story shares ("Rutte", "NATO") would weigh
  // nothing, and exactly those make it one story. Large batches are unaffected.
  const total = Math.max(items.length, MIN_BACKGROUND_DOCUMENTS);
  return items.map((item, index) => {
    const vector: SparseVector = new Map();
    for (const [term, count] of termCounts[index]!) {
      const idf = Math.log((total + 1) / (documentFrequency.get(term)! + 0.5));
      if (idf > 0) vector.set(term, (1 + Math.log(count)) * idf);
    }
    return { article: item.article, vector };
  });
}
