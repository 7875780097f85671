/** Orders the synthesis by facet, then time: sentences about the same aspect form a paragraph, told in order. */
import { FACET_MIN_SIMILARITY, PARAGRAPH_MAX_SENTENCES } from '../core/config.js';
import type { Candidate } from './score-sentences.js';
import { readingOrder } from './select-sentences.js';
import { dot } from './unit-vectors.js';

/**
 * Groups chosen sentences into paragraphs: taken in time order (story order, then position), each joins the
 * paragraph it is most similar to on average when that similarity reaches FACET_MIN_SIMILARITY and the paragraph
 * has room, else opens a new one. Paragraphs come in the order of their first sentence.
 * @example groupFacets(chosen).map((p) => p.length) // [3, 2, 1]
 */
export function groupFacets(chosen: readonly Candidate[]): Candidate[][] {
  const paragraphs: Candidate[][] = [];
  for (const candidate of [...chosen].sort(readingOrder)) {
    let best: Candidate[] | undefined;
    let bestSimilarity = FACET_MIN_SIMILARITY;
    for (const paragraph of paragraphs) {
      if (paragraph.length >= PARAGRAPH_MAX_SENTENCES) continue;
      const similarity =
        paragraph.reduce((sum, member) => sum + dot(member.vector, candidate.vector), 0) / paragraph.length;
      if (similarity >= bestSimilarity) {
        best = paragraph;
        bestSimilarity = similarity;
      }
    }
    if (best) best.push(candidate);
    else paragraphs.push([candidate]);
  }
  return paragraphs;
}
