/** Removes page furniture from the DOM before Readability reads it: chrome elements and boilerplate class/id blocks. */
import { BOILERPLATE_KEEP_PARAGRAPHS, BOILERPLATE_PARAGRAPH_CHARS, BOILERPLATE_SHARE_MAX } from '../core/config.js';
import type { DomDocument, DomElement } from './dom.js';
import { BOILERPLATE_TOKEN, CHROME_SELECTOR, CONTENT_TOKEN } from './patterns.js';

/** Elements never removed by the class/id rule: the page's frame and its declared article. */
const NEVER = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

function isBoilerplateName(element: DomElement): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return names
    .split(/\s+/)
    .some((token) => token.length > 1 && BOILERPLATE_TOKEN.test(token) && !CONTENT_TOKEN.test(token));
}

/** True when a block holds several real paragraphs: a wrapper of the article, whatever its name says. */
function holdsParagraphs(element: DomElement): boolean {
  // Embedded posts (tweets, quotes) are article content wherever a theme puts them.
  if (element.nodeName.toUpperCase() === 'BLOCKQUOTE' || element.querySelector('blockquote')) return true;
  let count = 0;
  for (const paragraph of Array.from(element.querySelectorAll('p'))) {
    if (textLength(paragraph) >= BOILERPLATE_PARAGRAPH_CHARS && ++count >= BOILERPLATE_KEEP_PARAGRAPHS) return true;
  }
  return false;
}

const textLength = (element: DomElement): number => (element.textContent ?? '').replace(/\s+/g, ' ').length;

/**
 * Removes chrome (nav, aside, forms, hidden blocks) and blocks whose class or id names furniture, unless a
 * block holds more than `BOILERPLATE_SHARE_MAX` of the page's text (a wrapper named "has-sidebar" or a
 * WordPress article classed "tag-politics" is the content, not furniture).
 * @example pruneBoilerplate(document) // the share bar, newsletter box and related list are gone
 */
export function pruneBoilerplate(document: DomDocument): void {
  const body = document.body;
  if (!body) return;
  const total = Math.max(1, textLength(body));
  const guarded = (element: DomElement) =>
    textLength(element) / total > BOILERPLATE_SHARE_MAX || holdsParagraphs(element);
  for (const element of Array.from(body.querySelectorAll(CHROME_SELECTOR))) {
    if (element.isConnected !== false && !guarded(element)) element.remove();
  }
  for (const element of Array.from(body.querySelectorAll('[class], [id]'))) {
    if (NEVER.has(element.nodeName.toUpperCase()) || element.isConnected === false) continue;
    if (isBoilerplateName(element) && !guarded(element)) element.remove();
  }
}
