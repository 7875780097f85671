/** One article's full text with the passages a story's brief cites marked, each with a link back to its citation. */
import type { Brief, Span } from '../../core/model.js';
import { articleTitle, outletName } from '../../render/citations.js';
import { escapeHtml as h, safeHttpUrl } from '../../render/escape-html.js';
import { markPassages } from '../../render/mark-passages.js';
import type { StoryFragment } from '../../render/to-html.js';
import type { ArticleView } from '../reader.js';
import { layout } from './layout.js';
import { outletPath, storyPath } from './paths.js';

/**
 * The article page; with a story, its brief's citations of this article are marked and link back to the brief.
 * @example articlePage(view, { brief, fragment })
 */
export function articlePage(view: ArticleView, cited?: { brief: Brief; fragment: StoryFragment }): string {
  const { article } = view;
  const spans: Span[] = cited?.fragment.cited.get(article.id) ?? [];
  const back = (passageId: string) => {
    const ref = cited?.fragment.backRefs.get(passageId);
    return ref && cited
      ? `<a class="back" href="${h(storyPath(cited.brief.id))}#${h(ref)}" aria-label="back to where this passage is cited"></a>`
      : '';
  };
  const outlet = outletName({ ...article, input: article.input });
  const url = safeHttpUrl(article.url);
  const facts = [
    ['Outlet', outlet ? `<a href="${h(outletPath(outlet))}">${h(outlet)}</a>` : 'not stated'],
    ['Author', h(article.author ?? '') || 'not stated'],
    ['Published', h(article.publishedAt ?? '') || 'not stated'],
    [
      'URL',
      url
        ? `<a href="${h(url)}" rel="noopener noreferrer">${h(article.url ?? '')}</a>`
        : h(article.url ?? '') || 'none',
    ],
  ];
  const stories =
    view.storyIds.length > 0
      ? view.storyIds
          .map(
            (id) => `<a href="${h(storyPath(id))}">${id === cited?.brief.id ? h(cited.brief.title || id) : h(id)}</a>`,
          )
          .join(' · ')
      : 'none';
  const note = cited
    ? `<p class="note">${spans.length} ${spans.length === 1 ? 'passage' : 'passages'} cited by the brief of <a href="${h(storyPath(cited.brief.id))}">${h(cited.brief.title || 'its story')}</a> are underlined; the one you followed is highlighted.</p>`
    : '';
  const body = [
    `<article class="article-text" id="article">`,
    `<h1>${h(articleTitle({ ...article, input: article.input }))}</h1>`,
    `<dl>${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}<dt>Stories</dt><dd>${stories}</dd></dl>`,
    note,
    `<div class="text">${markPassages(article.text, spans, back)}</div>`,
    '</article>',
  ];
  return layout({ title: articleTitle({ ...article, input: article.input }), body: body.filter(Boolean).join('\n') });
}
