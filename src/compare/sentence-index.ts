/** Every sentence of a story with its content words, and a word index to find sentences that say the same. */
import type { AnalyzedArticle, Span } from '../core/model.js';
import { contentWords } from '../core/text.js';

export interface IndexedSentence {
  span: Span;
  text: string;
  words: Set<string>;
  /** Position of the article in the story's article order. */
  articleIndex: number;
}

export interface SentenceIndex {
  sentences: IndexedSentence[];
  /** word → indexes into `sentences` */
  postings: Map<string, number[]>;
}

/**
 * How much a shared word says about two sentences saying the same thing: words found in many of the
 * story's sentences ("NATO", "Rutte" in a story about Rutte and NATO) say little.
 */
export function wordWeight(index: SentenceIndex, word: string): number {
  const df = index.postings.get(word)?.length ?? 0;
  return Math.log((index.sentences.length + 1) / (df + 0.5));
}

/** Sum of word weights of a set of words. */
export function weightOf(index: SentenceIndex, words: Iterable<string>): number {
  let sum = 0;
  for (const word of words) sum += Math.max(0, wordWeight(index, word));
  return sum;
}

/** Indexes the sentences of a story's articles, in article then text order. */
export function indexSentences(items: AnalyzedArticle[]): SentenceIndex {
  const sentences: IndexedSentence[] = [];
  const postings = new Map<string, number[]>();
  items.forEach(({ article, analysis }, articleIndex) => {
    for (const span of analysis.sentences) {
      const text = article.text.slice(span.start, span.end);
      const words = new Set(contentWords(text));
      const index = sentences.length;
      sentences.push({ span, text, words, articleIndex });
      for (const word of words) {
        if (!postings.has(word)) postings.set(word, []);
        postings.get(word)!.push(index);
      }
    }
  });
  return { sentences, postings };
}

export interface SharedWords {
  count: number;
  weight: number;
}

/** For one sentence: how many words, and how much word weight, it shares with each other sentence. */
export function sharedWords(
  index: SentenceIndex,
  sentence: IndexedSentence,
  maxPosting = 400,
): Map<number, SharedWords> {
  const shared = new Map<number, SharedWords>();
  for (const word of sentence.words) {
    const list = index.postings.get(word)!;
    // Words found in hundreds of sentences say little about sameness and would make this quadratic.
    if (list.length > maxPosting) continue;
    const weight = Math.max(0, wordWeight(index, word));
    for (const other of list) {
      const entry = shared.get(other);
      if (entry) {
        entry.count++;
        entry.weight += weight;
      } else shared.set(other, { count: 1, weight });
    }
  }
  return shared;
}
