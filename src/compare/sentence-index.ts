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

/** Counts, for one sentence, how many words it shares with each other sentence (through the index). */
export function sharedWordCounts(
  index: SentenceIndex,
  sentence: IndexedSentence,
  maxPosting = 400,
): Map<number, number> {
  const shared = new Map<number, number>();
  for (const word of sentence.words) {
    const list = index.postings.get(word)!;
    // Words found in hundreds of sentences say little about sameness and would make this quadratic.
    if (list.length > maxPosting) continue;
    for (const other of list) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  return shared;
}
