/** Removes page furniture from the DOM before Readability reads it: chrome elements and boilerplate class/id blocks. */
import { BOILERPLATE_KEEP_PARAGRAPHS, BOILERPLATE_PARAGRAPH_CHARS, BOILERPLATE_SHARE_MAX } from '../core/config.js';
import type { DomDocument, DomElement } from './dom.js';
import {
  BOILERPLATE_STATE,
  BOILERPLATE_TOKEN,
  CHROME_ROLES,
  CHROME_TAGS,
  CONTENT_TOKEN,
  LEAD_TOKEN,
} from './patterns.js';

/** Elements never removed by the class/id rule: the page's frame and its declared article. */
const NEVER = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

const tagOf = (element: DomElement): string => element.nodeName.toUpperCase();

/** True for chrome whatever its classes say: nav, aside, forms and their controls, dialogs, hidden blocks. */
function isChrome(element: DomElement): boolean {
  if (CHROME_TAGS.has(tagOf(element))) return true;
  const role = element.getAttribute('role');
  if (role !== null && CHROME_ROLES.has(role)) return true;
  return element.getAttribute('aria-hidden') === 'true' || element.getAttribute('hidden') !== null;
}

/** How many elements under `root` carry each class attribute value. */
function countClasses(root: DomElement, counts = new Map<string, number>()): Map<string, number> {
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    const className = child.getAttribute('class');
    if (className) counts.set(className, (counts.get(className) ?? 0) + 1);
    countClasses(child, counts);
  }
  return counts;
}

/**
 * A block named like furniture. A "teaser" (and nothing else: not "teaser-ad") is the article's own lead when it holds
 * no link or heading and no other element on the page shares its class (the teasers of other pages come in lists).
 * A negated name ("non-paywall") names what the block is not.
 */
function isBoilerplateName(element: DomElement, classCount: (className: string) => number): boolean {
  const className = element.getAttribute('class');
  const id = element.getAttribute('id');
  if (className === null && id === null) return false;
  if (NEVER.has(tagOf(element))) return false;
  return `${className ?? ''} ${id ?? ''}`.split(/\s+/).some((token) => {
    if (token.length < 2 || CONTENT_TOKEN.test(token)) return false;
    const kind = token.replace(BOILERPLATE_STATE, '');
    if (!BOILERPLATE_TOKEN.test(kind)) return false;
    const leadOnly = LEAD_TOKEN.test(kind) && !BOILERPLATE_TOKEN.test(kind.replace(LEAD_TOKEN, '_'));
    return !(leadOnly && isBareText(element) && classCount(className ?? '') <= 1);
  });
}

/** True when a block holds neither a link nor a heading: a lead paragraph rather than a teaser of other pages. */
function isBareText(element: DomElement): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    const tag = tagOf(child);
    if (tag === 'A' || /^H[1-6]$/.test(tag) || !isBareText(child)) return false;
  }
  return true;
}

const textLength = (element: DomElement): number => (element.textContent ?? '').replace(/\s+/g, ' ').length;

/** Counts the long paragraphs under `root` until `enough`; -1 when it holds a blockquote (an embedded post). */
function countParagraphs(root: DomElement, enough: number, count = 0): number {
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    const tag = tagOf(child);
    if (tag === 'BLOCKQUOTE') return -1;
    if (tag === 'P' && textLength(child) >= BOILERPLATE_PARAGRAPH_CHARS && ++count >= enough) return count;
    count = countParagraphs(child, enough, count);
    if (count < 0 || count >= enough) return count;
  }
  return count;
}

/** True when a block holds several real paragraphs: a wrapper of the article, whatever its name says. */
function holdsParagraphs(element: DomElement): boolean {
  // Embedded posts (tweets, quotes) are article content wherever a theme puts them.
  if (tagOf(element) === 'BLOCKQUOTE') return true;
  const count = countParagraphs(element, BOILERPLATE_KEEP_PARAGRAPHS);
  return count < 0 || count >= BOILERPLATE_KEEP_PARAGRAPHS;
}

/** Removes, in document order, the elements under `root` that `drop` picks; a removed element's subtree is not visited. */
function removeWhere(root: DomElement, drop: (element: DomElement) => boolean): void {
  let child = root.firstElementChild;
  while (child) {
    const next = child.nextElementSibling;
    if (drop(child)) child.remove();
    else removeWhere(child, drop);
    child = next;
  }
}

/**
 * Removes chrome (nav, aside, forms, hidden blocks) and blocks whose class or id names furniture, unless a
 * block holds more than `BOILERPLATE_SHARE_MAX` of the page's text (a wrapper named "has-sidebar" or a
 * WordPress article classed "tag-politics" is the content, not furniture). Two walks of the element tree, no
 * selector queries: the chrome first, then the class/id rule on what is left.
 * @example pruneBoilerplate(document) // the share bar, newsletter box and related list are gone
 */
export function pruneBoilerplate(document: DomDocument): void {
  const body = document.body;
  if (!body) return;
  // The page's text is measured once, and only when a candidate block needs it.
  let total: number | undefined;
  const guarded = (element: DomElement) => {
    total ??= Math.max(1, textLength(body));
    return textLength(element) / total > BOILERPLATE_SHARE_MAX || holdsParagraphs(element);
  };
  removeWhere(body, (element) => isChrome(element) && !guarded(element));
  let classes: Map<string, number> | undefined;
  const classCount = (className: string) => {
    classes ??= countClasses(body);
    return classes.get(className) ?? 0;
  };
  removeWhere(body, (element) => isBoilerplateName(element, classCount) && !guarded(element));
}
