/** Render a brief set as a JSON Feed 1.1: one item per story, its quick look as the summary. */
import type { Brief, BriefSet } from '../core/model.js';
import { escapeHtml, safeHttpUrl } from './escape-html.js';

/**
 * A JSON Feed (https://jsonfeed.org/version/1.1) whose items are the briefs; `content_html` is escaped text, so
 * nothing from a source page becomes live markup in a feed reader.
 * @example JSON.parse(toFeed({ version: 1, stories: [] })).version // 'https://jsonfeed.org/version/1.1'
 */
export function toFeed(briefs: BriefSet): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'triangulate briefs',
    items: briefs.stories.map(toItem),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

function toItem(brief: Brief): Record<string, unknown> {
  const dates = brief.articles
    .map((a) => a.publishedAt)
    .filter((d): d is string => d !== undefined && !Number.isNaN(Date.parse(d)))
    .sort();
  const bullets = brief.quickLook.map((b) => `<li>${escapeHtml(b.text)}</li>`).join('');
  const paragraphs = brief.synthesis.map((s) => escapeHtml(s.text)).join(' ');
  const item: Record<string, unknown> = {
    id: brief.id,
    title: brief.title,
    summary: brief.quickLook.map((b) => b.text).join(' '),
    content_html: `<ul>${bullets}</ul><p>${paragraphs}</p>`,
    external_url: brief.articles.map((a) => (a.url ? safeHttpUrl(a.url) : undefined)).find(Boolean),
    tags: brief.outlets.map((o) => o.outlet).filter(Boolean),
  };
  if (dates.length > 0) {
    item.date_published = new Date(Date.parse(dates[0]!)).toISOString();
    item.date_modified = new Date(Date.parse(dates[dates.length - 1]!)).toISOString();
  }
  if (item.external_url === undefined) delete item.external_url;
  return item;
}
