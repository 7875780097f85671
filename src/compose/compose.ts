/** Stage 6: a story and its comparison → the brief (extractive: every sentence is a source sentence). */
import { QUICK_LOOK_MAX, SYNTHESIS_MAX, SYNTHESIS_MIN, SYNTHESIS_PER_ARTICLE } from '../core/config.js';
import type { AnalyzedArticle, Brief, CitedText, Comparison, ProvenanceEntry, Story } from '../core/model.js';
import { buildTimeline } from './build-timeline.js';
import { groupFacets } from './group-facets.js';
import { markDisputes } from './mark-disputes.js';
import { markSingleSource } from './mark-single-source.js';
import { pickHeadline } from './pick-headline.js';
import { type Candidate, scoreSentences, spanKey } from './score-sentences.js';
import { planQuickLook } from './plan-quick-look.js';
import { readClaims } from './read-claims.js';
import { selectSentences } from './select-sentences.js';

/**
 * Composes the brief of one story. `items` are the story's articles in story order.
 * @example compose(story, items, compare(story, items, entities)).quickLook[0] // { text, citations: [Span, …] }
 */
export function compose(story: Story, items: AnalyzedArticle[], comparison: Comparison): Brief {
  const candidates = scoreSentences(items, comparison);
  const headline = pickHeadline(items, comparison);
  const planned = planQuickLook(selectSentences(candidates, QUICK_LOOK_MAX * 2), candidates).map(toCitedText);
  const quickLook = (headline ? [headline, ...planned] : planned).slice(0, QUICK_LOOK_MAX);
  const synthesisCount = Math.min(SYNTHESIS_MAX, Math.max(SYNTHESIS_MIN, SYNTHESIS_PER_ARTICLE * items.length));
  const synthesis = groupFacets(selectSentences(candidates, synthesisCount)).flatMap((members, paragraph) =>
    members.map((candidate) => ({ ...toCitedText(candidate), paragraph })),
  );
  const articles = items.map(({ article }) => article);
  const brief: Brief = {
    id: story.id,
    title: story.title,
    articles,
    quickLook: markSingleSource(markDisputes(quickLook, comparison.disputes), articles),
    synthesis: markSingleSource(markDisputes(synthesis, comparison.disputes), articles),
    statements: comparison.statements,
    claims: readClaims(items, comparison.claims),
    disputes: comparison.disputes,
    singleSource: comparison.singleSource,
    timeline: buildTimeline(items),
    outlets: comparison.outlets,
    provenance: items.map(({ article }) => toProvenance(article)),
    entities: comparison.entities.filter((e) => e.type !== 'other'),
  };
  const notes = findLimits(items, candidates, comparison);
  if (notes.length > 0) brief.notes = notes;
  return brief;
}

/** What the brief could not do with these sources, in plain words (one source, nothing corroborated, empty text). */
function findLimits(items: AnalyzedArticle[], candidates: Candidate[], comparison: Comparison): string[] {
  const notes: string[] = [];
  for (const { article, analysis } of items) {
    if (analysis.sentences.length === 0) notes.push(`Article ${article.id} (${article.input}) has no text to use.`);
  }
  if (items.length === 1) {
    notes.push('Only one source: nothing could be cross-checked, so every sentence rests on that source alone.');
  } else if (candidates.length > 0 && candidates.every((c) => c.supportArticles === 0)) {
    notes.push('No sentence is told by more than one source: nothing in this brief is corroborated.');
  }
  if (comparison.disputes.length > 0) {
    const topics = comparison.disputes.map((d) => d.topic).join('; ');
    notes.push(
      `The sources disagree on ${comparison.disputes.length} point(s) (${topics}); sentences that take a side are marked; see the disputes.`,
    );
  }
  if (candidates.length === 0) {
    notes.push('No source sentence was fit for a summary (too short, headings, questions or quotes only).');
  }
  return notes;
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
