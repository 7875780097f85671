/** One story's brief from its analysed articles: a pure function, run on the calling thread or a brief thread. */
import { mergeEntities } from '../analyze/analyze.js';
import { compareArticles } from '../cluster/cluster.js';
import { compare } from '../compare/compare.js';
import { compose } from '../compose/compose.js';
import type { AnalyzedArticle, Brief, Story } from '../core/model.js';
import { NO_VECTORS, type TextVectors } from '../core/vectors.js';
import { findDuplicates } from '../extract/find-duplicates.js';

/**
 * Briefs one story from its analysed articles (any order).
 * @example briefStory(story, items).synthesis
 */
export function briefStory(story: Story, items: AnalyzedArticle[], vectors: TextVectors = NO_VECTORS): Brief {
  const ordered = storyOrder(items);
  const entities = mergeEntities(ordered.map((item) => item.analysis));
  const result = compose(
    story,
    ordered,
    compare(story, ordered, entities, vectors, { stanceDisputes: stanceDisputesOn() }),
  );
  // The clusterer's events (the same happening inside the thread) go into the brief unless compose set them.
  if (result.events === undefined && story.events !== undefined && story.events.length > 0)
    result.events = story.events;
  // Syndicated and repeated copies: one report carried by several outlets.
  const duplicates = findDuplicates(ordered.map((item) => item.article));
  if (duplicates.length > 0) result.duplicates = duplicates;
  return result;
}

export function storyOrder(items: AnalyzedArticle[]): AnalyzedArticle[] {
  return [...items].sort((a, b) => compareArticles(a.article, b.article));
}

/** Stance disputes are an opt-in (TRIANGULATE_STANCE_DISPUTES=on; see CompareOptions): brief threads share the env. */
function stanceDisputesOn(): boolean {
  return /^(1|on|true|yes)$/i.test(process.env.TRIANGULATE_STANCE_DISPUTES ?? '');
}
