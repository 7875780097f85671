/**
 * The elements that usually hold a page's date or author, found by one walk over the tree that stops at the first
 * few. The same test as the CSS selectors in each comment, but linkedom compiles a selector again on every call and
 * matches it against every element of the page (a twentieth of the extraction time on trafilatura-eval pages).
 */
import type { DomDocument, DomElement } from './dom.js';

/** `.author, .byline, .autor`: one of the space-separated names of a class attribute (case counts, as in CSS). */
const CLASS_TOKENS = ['author', 'byline', 'autor'].map(
  (token) => new RegExp(`(?:^|[ \\t\\r\\n\\f])${token}(?:$|[ \\t\\r\\n\\f])`),
);

/**
 * Elements that usually hold the publication date ("entry-date", "post-meta", "datum", `itemprop="datePublished"`):
 * `[itemprop="datePublished"], [class*="date" i], [class*="datum" i], [class*="publish" i], [class*="posted" i],
 * [class*="meta" i], [id*="date" i], time`.
 */
export function isDateHolder(element: DomElement): boolean {
  if (element.localName === 'time' || element.getAttribute('itemprop') === 'datePublished') return true;
  const className = element.getAttribute('class')?.toLowerCase();
  if (className && /date|datum|publish|posted|meta/.test(className)) return true;
  return Boolean(element.getAttribute('id')?.toLowerCase().includes('date'));
}

/**
 * Elements that hold the article's author in common themes (schema.org, rel=author, author/byline classes):
 * `[itemprop="author"], [rel="author"], a[href*="/author/"], a[href*="/autor/"], [class*="author-name"],
 * [class*="author__name"], [class*="byline__name"], .author, .byline, .autor`.
 */
export function isAuthorHolder(element: DomElement): boolean {
  if (element.getAttribute('itemprop') === 'author' || element.getAttribute('rel') === 'author') return true;
  if (element.localName === 'a') {
    const href = element.getAttribute('href');
    if (href && (href.includes('/author/') || href.includes('/autor/'))) return true;
  }
  const className = element.getAttribute('class');
  if (!className) return false;
  if (/author-name|author__name|byline__name/.test(className)) return true;
  return CLASS_TOKENS.some((token) => token.test(className));
}

function collect(root: DomElement, test: (element: DomElement) => boolean, limit: number, out: DomElement[]): void {
  for (let child = root.firstElementChild; child && out.length < limit; child = child.nextElementSibling) {
    if (test(child)) out.push(child);
    collect(child, test, limit, out);
  }
}

/** The first `limit` elements of the page that pass `test`, in document order. */
export function findHolders(
  document: DomDocument,
  test: (element: DomElement) => boolean,
  limit: number,
): DomElement[] {
  const root = document.documentElement;
  if (!root) return [];
  const out: DomElement[] = test(root) ? [root] : [];
  if (out.length < limit) collect(root, test, limit, out);
  return out;
}
