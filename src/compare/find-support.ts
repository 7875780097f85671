/** For every sentence, the sentences of other articles in the story that say the same thing. */
import { SUPPORT_MIN_OVERLAP, SUPPORT_MIN_SHARED_WORDS } from '../core/config.js';
import type { SentenceSupport } from '../core/model.js';
import { type SentenceIndex, sharedWordCounts } from './sentence-index.js';

/**
 * Links sentences across articles by shared content words (enough of them, and enough of the shorter sentence).
 * @example findSupport(indexSentences(items))[0] // { sentence: Span, support: [Span, …] }
 */
export function findSupport(index: SentenceIndex): SentenceSupport[] {
  return index.sentences.map((sentence) => {
    const support = [];
    for (const [other, shared] of sharedWordCounts(index, sentence)) {
      const candidate = index.sentences[other]!;
      if (candidate.articleIndex === sentence.articleIndex) continue;
      const shorter = Math.min(sentence.words.size, candidate.words.size);
      if (shared >= SUPPORT_MIN_SHARED_WORDS && shared / shorter >= SUPPORT_MIN_OVERLAP)
        support.push({ other, shared });
    }
    support.sort((a, b) => a.other - b.other);
    return { sentence: sentence.span, support: support.map(({ other }) => index.sentences[other]!.span) };
  });
}
