/** Mozilla Readability over a linkedom document, with its hottest DOM query done by a plain tree walk. */
import { Readability } from '@mozilla/readability';
import { READABILITY_CHAR_THRESHOLD } from '../core/config.js';
import { type DomDocument, type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from './dom.js';

type Parsed = ReturnType<Readability<DomElement>['parse']>;

/** Appends the elements under `root` named in `names` (lower case), in document order; template content is not read. */
function collectByTag(root: DomElement, names: ReadonlySet<string>, out: DomElement[]): void {
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    // Parsed elements have lower-case names; elements Readability creates keep the case it gave ("DIV").
    const name = child.localName.toLowerCase();
    if (names.has(name)) out.push(child);
    if (name !== 'template') collectByTag(child, names, out);
  }
}

/** True when a text (or CDATA) node under `node` holds a character that `trim()` keeps; stops at the first. */
function holdsText(node: DomNode): boolean {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
      // \S is exactly what trim() keeps (both are ECMAScript's WhiteSpace and LineTerminator).
      if (/\S/.test(child.textContent ?? '')) return true;
    } else if (child.firstChild && holdsText(child)) return true;
  }
  return false;
}

const CDATA_SECTION_NODE = 4;

/** Readability's own methods that its type declarations leave out, for the overrides below to fall back on. */
const READABILITY = Readability.prototype as unknown as {
  _isElementWithoutContent(this: unknown, node: DomElement): boolean;
};

/**
 * The declarations of a `style` attribute as linkedom's `element.style` reads them (split at ";", name before the
 * first ":", both trimmed, the last one of a name wins): `display` and `visibility` only.
 */
function styleHides(style: string): boolean {
  let display = '';
  let visibility = '';
  for (const rule of style.split(/\s*;\s*/)) {
    const colon = rule.indexOf(':');
    if (colon < 0) continue;
    const key = rule.slice(0, colon).trim();
    const value = rule.slice(colon + 1).trim();
    if (!key || !value) continue;
    if (key === 'display') display = value;
    else if (key === 'visibility') visibility = value;
  }
  return display === 'none' || visibility === 'hidden';
}

/**
 * Readability looks elements up by tag name through `querySelectorAll("a,b")`, which linkedom answers by compiling
 * the selector and matching every element with a CSS engine, on every call (a fifth of Readability's time on the
 * trafilatura-eval pages). The same elements, in the same order, come from one walk comparing names.
 */
class LinkedomReadability extends Readability<DomElement> {
  /** Readability's own patterns (not in its type declarations). */
  declare REGEXPS: { byline: RegExp };

  _getAllNodesWithTag(node: DomElement, tagNames: string[]): DomElement[] {
    const found: DomElement[] = [];
    collectByTag(node, new Set(tagNames.map((name) => name.toLowerCase())), found);
    return found;
  }

  /**
   * Readability's byline test with the element's text read last: Readability reads it first, for every element it
   * walks (the `<html>` and `<body>` included, so the whole page's text), though few pass the name tests.
   */
  _isValidByline(node: DomElement, matchString: string): boolean {
    const itemprop = node.getAttribute('itemprop');
    if (
      !(node.getAttribute('rel') === 'author' || itemprop?.includes('author') || this.REGEXPS.byline.test(matchString))
    )
      return false;
    const length = (node.textContent ?? '').trim().length;
    return length > 0 && length < 100;
  }

  /**
   * Readability's empty-element test, answered at the first character of text: Readability joins the element's
   * whole text to trim it, for every `<div>`, `<section>` and heading it walks, outer wrappers included (the page's
   * text again for each; 1.7% of the extraction time on trafilatura-eval pages).
   */
  _isElementWithoutContent(node: DomElement): boolean {
    if (node.nodeType === ELEMENT_NODE && holdsText(node)) return false;
    return READABILITY._isElementWithoutContent.call(this, node);
  }

  /**
   * Readability's visibility test, reading the `style` attribute itself: linkedom's `element.style` builds a
   * CSSStyleDeclaration behind a Proxy on every read, and Readability reads it twice for every element it visits.
   */
  _isProbablyVisible(node: DomElement): boolean {
    const style = node.getAttribute('style');
    if (style && styleHides(style)) return false;
    if (node.hasAttribute('hidden')) return false;
    if (!node.hasAttribute('aria-hidden') || node.getAttribute('aria-hidden') !== 'true') return true;
    const className = node.getAttribute('class');
    return Boolean(className?.includes('fallback-image'));
  }
}

/**
 * Runs Readability on a parsed page; the content comes back as a DOM element (no serialising) with its classes.
 * Readability changes the document it reads.
 */
export function readArticle(document: DomDocument): Parsed {
  // Readability's types name the DOM lib's Document; linkedom's document is what it reads at run time.
  const reader = new LinkedomReadability(document as never, {
    serializer: (node) => node as unknown as DomElement,
    keepClasses: true,
    charThreshold: READABILITY_CHAR_THRESHOLD,
  });
  return reader.parse();
}
