/**
 * The feeds `watch` keeps of new and updated stories: Atom 1.0 and JSON Feed 1.1 from one list of entries. Every
 * source-derived string is escaped (XML for Atom, HTML inside `content_html`), so nothing becomes live markup.
 */
import type { Brief, StoryFeedEntry } from '../core/model.js';
import { escapeHtml, safeHttpUrl } from './escape-html.js';

export const STORY_FEED_TITLE = 'triangulate: new and updated stories';

/**
 * An entry for a brief of a story that is new or was updated at `updated`.
 * @example storyFeedEntry(brief, 'new', '2024-12-04T09:00:00.000Z').title
 */
export function storyFeedEntry(brief: Brief, status: StoryFeedEntry['status'], updated: string): StoryFeedEntry {
  const dates = brief.articles
    .map((article) => article.publishedAt)
    .filter((date): date is string => date !== undefined && !Number.isNaN(Date.parse(date)))
    .map((date) => new Date(Date.parse(date)).toISOString())
    .sort();
  const url = brief.articles.map((article) => safeHttpUrl(article.url)).find(Boolean);
  return {
    id: brief.id,
    status,
    title: brief.title,
    updated,
    ...(dates[0] ? { published: dates[0] } : {}),
    ...(url ? { url } : {}),
    quickLook: brief.quickLook.map((line) => line.text),
    synthesis: brief.synthesis.map((sentence) => sentence.text),
    outlets: [...new Set(brief.outlets.map((outlet) => outlet.outlet).filter(Boolean))],
  };
}

function contentHtml(entry: StoryFeedEntry): string {
  const bullets = entry.quickLook.map((line) => `<li>${escapeHtml(line)}</li>`).join('');
  return `<ul>${bullets}</ul><p>${escapeHtml(entry.synthesis.join(' '))}</p>`;
}

/**
 * A JSON Feed 1.1; `_triangulate` (the spec's extension form) keeps each entry's plain fields so the feed can be
 * read back and extended on the next update.
 * @example JSON.parse(toStoryJsonFeed([])).version // 'https://jsonfeed.org/version/1.1'
 */
export function toStoryJsonFeed(entries: StoryFeedEntry[]): string {
  const items = entries.map((entry) => {
    const url = safeHttpUrl(entry.url);
    return {
      id: entry.id,
      title: entry.title,
      summary: entry.quickLook.join(' '),
      content_html: contentHtml(entry),
      ...(url ? { external_url: url } : {}),
      ...(entry.published ? { date_published: entry.published } : {}),
      date_modified: entry.updated,
      tags: entry.outlets,
      _triangulate: { status: entry.status, quickLook: entry.quickLook, synthesis: entry.synthesis },
    };
  });
  return `${JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: STORY_FEED_TITLE, items }, null, 2)}\n`;
}

/**
 * An Atom 1.0 feed (RFC 4287) of the same entries.
 * @example toStoryAtom([]).startsWith('<?xml') // true
 */
export function toStoryAtom(entries: StoryFeedEntry[]): string {
  const updated =
    entries
      .map((entry) => entry.updated)
      .sort()
      .at(-1) ?? new Date(0).toISOString();
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>urn:triangulate:watch</id>`,
    `  <title>${escapeXml(STORY_FEED_TITLE)}</title>`,
    `  <updated>${escapeXml(updated)}</updated>`,
    '  <generator>triangulate</generator>',
  ];
  for (const entry of entries) {
    const url = safeHttpUrl(entry.url);
    lines.push(
      '  <entry>',
      `    <id>urn:triangulate:story:${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <updated>${escapeXml(entry.updated)}</updated>`,
      ...(entry.published ? [`    <published>${escapeXml(entry.published)}</published>`] : []),
      ...(url ? [`    <link rel="alternate" href="${escapeXml(url)}"/>`] : []),
      '    <author><name>triangulate</name></author>',
      `    <category term="${entry.status}"/>`,
      ...entry.outlets.map((outlet) => `    <category term="${escapeXml(outlet)}" label="outlet"/>`),
      `    <summary>${escapeXml(entry.quickLook.join(' '))}</summary>`,
      `    <content type="html">${escapeXml(contentHtml(entry))}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

/** Text for XML content and attributes: HTML's escapes, plus the characters XML 1.0 cannot hold at all. */
function escapeXml(text: string): string {
  return escapeHtml(text).replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g,
    '\uFFFD',
  );
}
