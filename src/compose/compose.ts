/** Stage 6: a story and its comparison → the brief (extractive: every sentence is a source sentence). */
import { QUICK_LOOK_MAX, QUICK_LOOK_MIN, SYNTHESIS_MAX, SYNTHESIS_MIN, SYNTHESIS_PER_ARTICLE } from '../core/config.js';
import type { AnalyzedArticle, Brief, CitedText, Comparison, ProvenanceEntry, Story } from '../core/model.js';
import { buildTimeline } from './build-timeline.js';
import { type Candidate, scoreSentences, spanKey } from './score-sentences.js';
import { readingOrder, selectSentences } from './select-sentences.js';

/** Synthesis sentences per paragraph. */
const PARAGRAPH_SENTENCES = 3;

/**
 * Composes the brief of one story. `items` are the story's articles in story order.
 * @example compose(story, items, compare(story, items, entities)).quickLook[0] // { text, citations: [Span, …] }
 */
export function compose(story: Story, items: AnalyzedArticle[], comparison: Comparison): Brief {
  const candidates = scoreSentences(items, comparison);
  const quickCount = Math.min(QUICK_LOOK_MAX, Math.max(QUICK_LOOK_MIN, items.length + 3));
  const quickLook = selectSentences(candidates, quickCount).map(toCitedText);
  const synthesisCount = Math.min(SYNTHESIS_MAX, Math.max(SYNTHESIS_MIN, SYNTHESIS_PER_ARTICLE * items.length));
  const synthesis = selectSentences(candidates, synthesisCount)
    .sort(readingOrder)
    .map((candidate, index) => ({ ...toCitedText(candidate), paragraph: Math.floor(index / PARAGRAPH_SENTENCES) }));
  return {
    id: story.id,
    title: story.title,
    articles: items.map(({ article }) => article),
    quickLook,
    synthesis,
    statements: comparison.statements,
    claims: comparison.claims,
    disputes: comparison.disputes,
    singleSource: comparison.singleSource,
    timeline: buildTimeline(items),
    outlets: comparison.outlets,
    provenance: items.map(({ article }) => toProvenance(article)),
    entities: comparison.entities.filter((e) => e.type !== 'other'),
  };
}

/** A source sentence with its own span first, then every other source's sentence that says the same. */
function toCitedText(candidate: Candidate): CitedText {
  const seen = new Set<string>();
  const citations = [candidate.span, ...candidate.support].filter((span) => {
    const key = spanKey(span);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { text: candidate.text, citations };
}

function toProvenance(article: AnalyzedArticle['article']): ProvenanceEntry {
  const entry: ProvenanceEntry = {
    articleId: article.id,
    input: article.input,
    cites: article.cites,
    notes: article.provenanceNotes,
  };
  if (article.url !== undefined) entry.url = article.url;
  return entry;
}
