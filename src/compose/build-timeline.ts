/** The timeline: dated events the sources mention, each with the sentence that dates it. */
import type { AnalyzedArticle, Span, TimelineEntry } from '../core/model.js';

/** More entries than this make a timeline unreadable; the earliest and latest matter most, so keep those. */
const TIMELINE_MAX = 20;

/**
 * One entry per date and sentence wording; the same sentence in several articles cites them all.
 * @example buildTimeline(items) // [{ date: '2025-06', text: 'At the NATO leaders’ summit held in The Hague in June 2025, …', spans }]
 */
export function buildTimeline(items: AnalyzedArticle[]): TimelineEntry[] {
  const entries = new Map<string, TimelineEntry>();
  for (const { article, analysis } of items) {
    for (const mention of analysis.dates) {
      if (!mention.value) continue;
      const sentence = analysis.sentences.find((s) => s.start <= mention.span.start && mention.span.end <= s.end);
      const span: Span = sentence ?? mention.span;
      const text = article.text.slice(span.start, span.end);
      const key = `${mention.value}\u0000${text}`;
      const entry = entries.get(key);
      if (entry) {
        if (!entry.spans.some((s) => s.articleId === span.articleId && s.start === span.start)) entry.spans.push(span);
      } else entries.set(key, { date: mention.value, text, spans: [span] });
    }
  }
  const sorted = [...entries.values()].sort((a, b) => a.date.localeCompare(b.date) || a.text.localeCompare(b.text));
  if (sorted.length <= TIMELINE_MAX) return sorted;
  const half = TIMELINE_MAX / 2;
  return [...sorted.slice(0, half), ...sorted.slice(-half)];
}
