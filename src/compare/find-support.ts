/** For every sentence, the sentences of other articles in the story that say the same thing. */
import { SUPPORT_MIN_OVERLAP, SUPPORT_MIN_SHARED_WORDS } from '../core/config.js';
import type { SentenceSupport } from '../core/model.js';
import { figuresDiffer } from './same-fact.js';
import { type SentenceIndex, sharedWords, weightOf } from './sentence-index.js';

/**
 * Links sentences across articles by shared content words: enough of them, and enough of the shorter
 * sentence's word weight (words common across the story count for little), and no figures that part them: "is
 * costing … $1 million" is not a second source for "have reserved $500,000 of airtime in Fort Myers, West Palm Beach
 * and Miami", however many places both name.
 * @example findSupport(indexSentences(items))[0] // { sentence: Span, support: [Span, …] }
 */
export function findSupport(index: SentenceIndex): SentenceSupport[] {
  const weights = index.sentences.map((sentence) => weightOf(index, sentence.words));
  return index.sentences.map((sentence, self) => {
    const support: number[] = [];
    for (const [other, shared] of sharedWords(index, sentence)) {
      const candidate = index.sentences[other]!;
      if (candidate.articleIndex === sentence.articleIndex) continue;
      const lighter = Math.min(weights[self]!, weights[other]!);
      if (
        shared.count >= SUPPORT_MIN_SHARED_WORDS &&
        lighter > 0 &&
        shared.weight / lighter >= SUPPORT_MIN_OVERLAP &&
        !figuresDiffer(sentence.text, candidate.text)
      ) {
        support.push(other);
      }
    }
    support.sort((a, b) => a - b);
    return { sentence: sentence.span, support: support.map((other) => index.sentences[other]!.span) };
  });
}
