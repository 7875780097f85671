/** A story's brief: the static brief's sections, with citations that open the cited passage on its article page. */
import type { Brief } from '../../core/model.js';
import { toAnchorPart } from '../../render/citations.js';
import { escapeHtml as h } from '../../render/escape-html.js';
import { renderStoryFragment, type StoryFragment } from '../../render/to-html.js';
import { layout } from './layout.js';
import { articlePath, outletPath, passagePath } from './paths.js';

/** The anchor of a story's article element (the static page's scheme, so back links read the same). */
export const storyAnchor = (storyId: string) => `story-${toAnchorPart(storyId)}`;

/**
 * The brief as a fragment whose links lead to the reader's article pages.
 * @example storyFragment(brief).backRefs // passage anchor → id of the citation that first cites it
 */
export function storyFragment(brief: Brief): StoryFragment {
  const anchor = storyAnchor(brief.id);
  return renderStoryFragment(brief, anchor, {
    passage: (span) => passagePath(span, brief.id),
    article: (articleId) => articlePath(articleId, brief.id),
    sourceTexts: `#${anchor}-sources`,
  });
}

/**
 * The story page.
 * @example storyPage(brief, storyFragment(brief))
 */
export function storyPage(brief: Brief, fragment: StoryFragment): string {
  const outlets = [...new Set(brief.articles.map((a) => a.outlet).filter((o): o is string => Boolean(o)))].sort();
  const outletLinks =
    outlets.length > 0
      ? `<p class="meta">Outlets: ${outlets.map((o) => `<a href="${h(outletPath(o))}">${h(o)}</a>`).join(' · ')}</p>`
      : '';
  const body = `<p class="meta"><a href="/">← All stories</a> · <a href="/api/stories/${h(encodeURIComponent(brief.id))}">JSON</a></p>\n${fragment.html}\n${outletLinks}`;
  return layout({ title: brief.title || 'Untitled story', body });
}
