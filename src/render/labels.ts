/** Words the renderers share: how a statement's kind and an event's reports read to a person. */
import type { BriefArticle } from '../core/model.js';

export const KIND_LABELS: Readonly<Record<string, string>> = {
  direct: 'Direct quote',
  partial: 'Partial quote',
  reported: 'Reported speech',
};

/**
 * "2 reports: Pars Today; Newslooks" — how many articles tell of an event, and from which outlets.
 * @example reportCount(['a_1'], articles, escapeHtml) // '1 report: Newslooks'
 */
export function reportCount(
  ids: readonly string[],
  articles: Map<string, BriefArticle>,
  escapeText: (text: string) => string,
): string {
  const outlets = ids.map((id) => escapeText(articles.get(id)?.outlet ?? 'unnamed source'));
  return `${ids.length === 1 ? '1 report' : `${ids.length} reports`}: ${outlets.join('; ')}`;
}
