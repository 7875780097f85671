/** Brief sentences that state one side of a dispute say so: what another source contests is not given as settled. */
import type { CitedText, Dispute, Span } from '../core/model.js';

/**
 * Adds `disputed` (the dispute topics) to every sentence that cites a passage overlapping a side of a dispute.
 * @example markDisputes(quickLook, comparison.disputes)[0].disputed // ['2 percent']
 */
export function markDisputes(items: readonly CitedText[], disputes: readonly Dispute[]): CitedText[] {
  if (disputes.length === 0) return [...items];
  return items.map((item) => {
    const topics = disputes
      .filter((dispute) =>
        dispute.sides.some((side) => side.spans.some((span) => item.citations.some((cited) => overlaps(span, cited)))),
      )
      .map((dispute) => dispute.topic);
    return topics.length > 0 ? { ...item, disputed: [...new Set(topics)] } : item;
  });
}

function overlaps(a: Span, b: Span): boolean {
  return a.articleId === b.articleId && a.start < b.end && b.start < a.end;
}
