/** One outlet: its stories, the framing terms the briefs found in its narration, and what it leaves out. */
import type { Brief } from '../../core/model.js';
import { escapeHtml as h } from '../../render/escape-html.js';
import { layout } from './layout.js';
import { articlePath, storyPath } from './paths.js';

/**
 * The outlet page from the briefs of the stories it reports in (newest first).
 * @example outletPage('Fox News', briefs)
 */
export function outletPage(outlet: string, briefs: readonly Brief[]): string {
  const sections = briefs.map((brief) => {
    const own = brief.outlets.find((o) => o.outlet === outlet);
    const articles = brief.articles.filter((a) => a.outlet === outlet);
    const framing = own?.framing.map((f) => h(f.term)).join(', ') || 'none found';
    const omits = own?.omits.map(h).join('; ') || 'nothing noted';
    const titles = articles
      .map((a) => `<a href="${h(articlePath(a.id, brief.id))}">${h(a.title || 'Untitled article')}</a>`)
      .join('; ');
    return `<li><a href="${h(storyPath(brief.id))}">${h(brief.title) || 'Untitled story'}</a> <span class="meta">(${brief.articles.length} sources)</span><dl><dt>Its reports</dt><dd>${titles}</dd><dt>Framing</dt><dd>${framing}</dd><dt>Leaves out</dt><dd>${omits}</dd></dl></li>`;
  });
  const body = [
    `<p class="meta"><a href="/">← All stories</a></p>`,
    `<h1>${h(outlet)}</h1>`,
    briefs.length === 0
      ? '<p class="empty">No story in the store has an article from this outlet.</p>'
      : `<p class="meta">${briefs.length} ${briefs.length === 1 ? 'story' : 'stories'}.</p>\n<ol class="stories">\n${sections.join('\n')}\n</ol>`,
  ];
  return layout({ title: outlet, body: body.join('\n') });
}
