/** Search over the stored articles (full text) and the statements of the briefs. */
import { escapeHtml as h } from '../../render/escape-html.js';
import type { SearchResults } from '../reader.js';
import { layout } from './layout.js';
import { articlePath, passagePath, storyPath } from './paths.js';

/**
 * The search page; the store's snippets mark hits with [ and ], shown as <mark>.
 * @example searchPage('rutte', results)
 */
export function searchPage(query: string, results: SearchResults | undefined): string {
  const parts = [
    '<h1>Search</h1>',
    `<form role="search" action="/search" method="get"><label for="q">Words to find in articles and statements</label> <input id="q" name="q" type="search" value="${h(query)}"> <button type="submit">Search</button></form>`,
  ];
  if (results !== undefined) {
    const articles = results.articles.map(
      (hit) =>
        `<li><a href="${h(articlePath(hit.articleId))}">${h(hit.title) || 'Untitled article'}</a><span class="snippet">${highlight(hit.snippet)}</span></li>`,
    );
    const statements = results.statements.map(
      (hit) =>
        `<li><strong>${h(hit.speaker)}</strong>: “<a href="${h(passagePath(hit.span, hit.storyId))}">${h(hit.text)}</a>” <span class="meta">in <a href="${h(storyPath(hit.storyId))}">its story</a></span></li>`,
    );
    parts.push(
      `<section aria-labelledby="found-articles"><h2 id="found-articles">Articles <span class="count">${articles.length}</span></h2>${articles.length > 0 ? `<ol>${articles.join('\n')}</ol>` : '<p class="empty">No article holds these words.</p>'}</section>`,
      `<section aria-labelledby="found-statements"><h2 id="found-statements">Statements <span class="count">${statements.length}</span></h2>${statements.length > 0 ? `<ol>${statements.join('\n')}</ol>` : '<p class="empty">No statement in the briefs made so far holds these words.</p>'}</section>`,
    );
  }
  return layout({ title: query ? `Search: ${query}` : 'Search', body: parts.join('\n'), query, current: 'search' });
}

/** The snippet escaped, then its [hit] markers turned into marks (escaping first: nothing from the text is markup). */
function highlight(snippet: string): string {
  return h(snippet).replace(/\[([^[\]]{1,200})\]/g, '<mark>$1</mark>');
}
