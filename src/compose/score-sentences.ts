/** Scores a story's sentences as brief material: central to the story, carried by several sources, early. */
import { SENTENCE_MAX_WORDS, SENTENCE_MIN_WORDS } from '../core/config.js';
import type { AnalyzedArticle, Comparison, Span } from '../core/model.js';
import { contentWords, cosine, countTerms, type SparseVector } from '../core/text.js';

export interface Candidate {
  span: Span;
  text: string;
  vector: SparseVector;
  score: number;
  /** Article order in the story, then position in the article: the reading order. */
  articleIndex: number;
  position: number;
  support: Span[];
  supportArticles: number;
}

/** How much each other article that says the same adds to a sentence's score. */
const SUPPORT_WEIGHT = 0.12;
/** How much being in an article's lead (first sentences) adds. */
const LEAD_WEIGHT = 0.08;

/**
 * Scores every usable sentence (a full declarative sentence of sensible length; no headings, questions
 * or bare quotations, which belong in "who said what").
 */
export function scoreSentences(items: AnalyzedArticle[], comparison: Comparison): Candidate[] {
  const supportByKey = new Map(comparison.support.map((s) => [spanKey(s.sentence), s.support]));
  const raw: Omit<Candidate, 'score'>[] = [];
  items.forEach(({ article, analysis }, articleIndex) => {
    analysis.sentences.forEach((span, position) => {
      const text = article.text.slice(span.start, span.end);
      if (!isUsable(text)) return;
      const support = supportByKey.get(spanKey(span)) ?? [];
      const supportArticles = new Set(support.map((s) => s.articleId)).size;
      raw.push({
        span,
        text,
        vector: countTerms(contentWords(text)),
        articleIndex,
        position,
        support,
        supportArticles,
      });
    });
  });
  const idf = inverseFrequencies(raw.map((c) => c.vector));
  for (const candidate of raw)
    for (const [term, count] of candidate.vector) candidate.vector.set(term, count * (idf.get(term) ?? 0));
  const centroid = new Map<string, number>();
  for (const candidate of raw)
    for (const [term, weight] of candidate.vector) centroid.set(term, (centroid.get(term) ?? 0) + weight);
  return raw.map((candidate) => ({
    ...candidate,
    score:
      cosine(candidate.vector, centroid) +
      SUPPORT_WEIGHT * candidate.supportArticles +
      LEAD_WEIGHT / (1 + candidate.position),
  }));
}

function isUsable(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < SENTENCE_MIN_WORDS || words > SENTENCE_MAX_WORDS) return false;
  if (!/[.!]["'”’)]?$/.test(text)) return false;
  // A sentence that opens with a quotation mark is a quote: it goes to "who said what", not the narrative.
  if (/^["“‘'«]/.test(text)) return false;
  return true;
}

function inverseFrequencies(vectors: SparseVector[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const vector of vectors) for (const term of vector.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, count] of df) idf.set(term, Math.log((vectors.length + 1) / count));
  return idf;
}

export function spanKey(span: Span): string {
  return `${span.articleId}:${span.start}:${span.end}`;
}
