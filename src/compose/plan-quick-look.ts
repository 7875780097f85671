/** How long the quick look is: decided from how much the story has to say, not fixed. */
import { QUICK_LOOK_MAX, QUICK_LOOK_MIN, QUICK_LOOK_MIN_WORDS, QUICK_LOOK_WORD_SHARE } from '../core/config.js';
import type { Candidate } from './score-sentences.js';

/**
 * Takes ranked, non-repeating candidates while their words fit a budget of QUICK_LOOK_WORD_SHARE of the words of
 * the story's usable source sentences (before compression, so cutting clauses leaves room for more facts) and never
 * below QUICK_LOOK_MIN_WORDS (three short excerpts still make a quick look a reader can use); at least one bullet, QUICK_LOOK_MIN when the story has twice that many candidates, at most QUICK_LOOK_MAX.
 * @example planQuickLook(selectSentences(candidates, 20), candidates).length // 2 on a three-excerpt story
 */
export function planQuickLook(ranked: readonly Candidate[], all: readonly Candidate[]): Candidate[] {
  const budget = Math.max(QUICK_LOOK_MIN_WORDS, QUICK_LOOK_WORD_SHARE * all.reduce((sum, c) => sum + c.sourceWords, 0));
  const floor = all.length >= 2 * QUICK_LOOK_MIN ? QUICK_LOOK_MIN : 1;
  const chosen: Candidate[] = [];
  let words = 0;
  for (const candidate of ranked) {
    if (chosen.length >= QUICK_LOOK_MAX) break;
    if (chosen.length >= floor && words + candidate.words > budget) break;
    chosen.push(candidate);
    words += candidate.words;
  }
  return chosen;
}
