/** The front page: every story, newest first (or by sources, or disputed first), with a filter box. */
import { escapeHtml as h } from '../../render/escape-html.js';
import type { StoryListing, StorySort } from '../reader.js';
import { layout } from './layout.js';
import { storyPath } from './paths.js';

/** Stories a page of the list shows. */
export const STORIES_PER_PAGE = 50;

const SORTS: [StorySort, string][] = [
  ['newest', 'Newest'],
  ['sources', 'Most sources'],
  ['disputed', 'Disputed'],
];

/**
 * The story list page.
 * @example storyListPage(stories, { sort: 'newest', filter: '', page: 1 })
 */
export function storyListPage(
  stories: readonly StoryListing[],
  view: { sort: StorySort; filter: string; page: number },
): string {
  const pages = Math.max(1, Math.ceil(stories.length / STORIES_PER_PAGE));
  const page = Math.min(Math.max(1, view.page), pages);
  const shown = stories.slice((page - 1) * STORIES_PER_PAGE, page * STORIES_PER_PAGE);
  const query = (params: Record<string, string | number>) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value !== '' && value !== 1) search.set(key, String(value));
    const text = search.toString();
    return text ? `/?${text}` : '/';
  };
  const sorts = SORTS.map(
    ([key, label]) =>
      `<a href="${h(query({ sort: key === 'newest' ? '' : key, q: view.filter }))}"${view.sort === key ? ' aria-current="true"' : ''}>${label}</a>`,
  ).join('');
  const items = shown.map((story) => {
    const facts = [
      `${story.sources} ${story.sources === 1 ? 'source' : 'sources'}`,
      ...(story.outlets.length > 0 ? [story.outlets.join(', ')] : []),
      ...(story.latest ? [story.latest.slice(0, 10)] : []),
      ...(story.disputes ? [`${story.disputes} ${story.disputes === 1 ? 'dispute' : 'disputes'}`] : []),
    ];
    return `<li><a href="${h(storyPath(story.id))}">${h(story.title) || 'Untitled story'}</a><span class="meta">${h(facts.join(' · '))}</span></li>`;
  });
  const nav =
    pages > 1
      ? `<nav class="pages" aria-label="Pages">${page > 1 ? `<a href="${h(query({ sort: view.sort === 'newest' ? '' : view.sort, q: view.filter, page: page - 1 }))}" rel="prev">Previous</a>` : ''}<span>Page ${page} of ${pages}</span>${page < pages ? `<a href="${h(query({ sort: view.sort === 'newest' ? '' : view.sort, q: view.filter, page: page + 1 }))}" rel="next">Next</a>` : ''}</nav>`
      : '';
  const body = [
    '<h1>Stories</h1>',
    `<form role="search" action="/" method="get"><input type="hidden" name="sort" value="${h(view.sort)}"><label for="filter">Filter by title</label> <input id="filter" name="q" type="search" value="${h(view.filter)}"> <button type="submit">Filter</button></form>`,
    `<nav class="sorts" aria-label="Sort stories">${sorts}</nav>`,
    stories.length === 0
      ? `<p class="empty">${view.filter ? 'No story title holds every word of the filter.' : 'No stories yet. <a href="/add">Add sources</a> or run <code>triangulate brief &lt;inputs&gt;</code> on this store.'}</p>`
      : `<p class="meta">${stories.length} ${stories.length === 1 ? 'story' : 'stories'}.</p>\n<ol class="stories" start="${(page - 1) * STORIES_PER_PAGE + 1}">\n${items.join('\n')}\n</ol>`,
    nav,
  ];
  return layout({ title: 'Stories', body: body.filter(Boolean).join('\n'), current: 'stories' });
}
