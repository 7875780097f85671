/** Finds the page's lead paragraph (its text equals the meta description) so it can be restored when Readability drops it. */
import { LEAD_MAX_GROWTH, LEAD_MIN_CHARS, LEAD_PREFIX_CHARS } from '../core/config.js';
import { type DomDocument, type DomElement, type DomNode, isElement, TEXT_NODE } from './dom.js';
import { BLOCK } from './html-to-lines.js';

/**
 * `meta[property="og:description"], meta[name="description"], meta[name="twitter:description"],
 * meta[itemprop="description"]` as a test on the page's meta tags (a selector query costs linkedom a CSS match of
 * every element of the page, 1.5% of the extraction time on the trafilatura-eval pages).
 */
function isDescription(meta: DomElement): boolean {
  return (
    meta.getAttribute('property') === 'og:description' ||
    meta.getAttribute('name') === 'description' ||
    meta.getAttribute('name') === 'twitter:description' ||
    meta.getAttribute('itemprop') === 'description'
  );
}
/** Elements a theme puts a lead in. */
// Headings (h2 "dek" lines) are left out: a subtitle belongs to the headline, not to the body.
const LEAD_HOLDERS = new Set(['P', 'DIV', 'SPAN', 'STRONG', 'B', 'SECTION', 'HEADER', 'SUMMARY']);
/** Subtrees whose text is never shown as a paragraph. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD']);
/** Characters of the description a text node is matched on before climbing to its ancestors. */
const LEAD_OPENING_CHARS = 16;

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The opening of a page's meta description, without a trailing ellipsis, or undefined when it is too short to be a lead. */
export function leadPrefix(document: DomDocument): { prefix: string; length: number } | undefined {
  for (const meta of Array.from(document.getElementsByTagName('meta'))) {
    if (!isDescription(meta)) continue;
    const description = squash(meta.getAttribute('content') ?? '').replace(/\s*(?:\.\.\.|…)$/, '');
    if (description.length >= LEAD_MIN_CHARS)
      return { prefix: description.slice(0, LEAD_PREFIX_CHARS), length: description.length };
  }
  return undefined;
}

/** Text nodes whose text could open the lead (it starts with the description's first words, or they start it). */
function openingTextNodes(root: DomNode, opening: string, out: DomNode[]): void {
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      const raw = child.textContent ?? '';
      // Most text nodes differ from the opening at their first visible character: skip them without squashing.
      if (raw.trimStart().charAt(0) !== opening.charAt(0)) continue;
      const text = squash(raw);
      if (text && (text.startsWith(opening) || (text.length < opening.length && opening.startsWith(text))))
        out.push(child);
    } else if (isElement(child) && !SKIPPED.has(child.nodeName.toUpperCase())) openingTextNodes(child, opening, out);
  }
}

/**
 * An element's text as the page shows it: paragraph-level elements and line breaks are set apart by a space, so list items or
 * paragraphs written without whitespace between them (or whose indentation was dropped before parsing) do not run
 * together ("Pandemie.</li><li>Das" → "Pandemie. Das"), as they would in `textContent`.
 */
function shownText(node: DomNode, out: string[] = []): string[] {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) out.push(child.textContent ?? '');
    else if (isElement(child)) {
      const name = child.nodeName.toUpperCase();
      const block = BLOCK.has(name) || name === 'BR';
      if (block) out.push(' ');
      shownText(child, out);
      if (block) out.push(' ');
    }
  }
  return out;
}

/**
 * The text of the smallest element in the body that starts with the meta description: the lead paragraph as the
 * page shows it. Undefined when the description is not shown in the body. Call before Readability changes the document.
 * Walks the text nodes once and climbs from the few that could open the lead, so it stays linear in the page size.
 * @example findLead(parseDocument('<meta name="description" content="Lead …"><p>Lead …</p>')) // 'Lead …'
 */
export function findLead(document: DomDocument): string | undefined {
  const description = leadPrefix(document);
  const body = document.body;
  if (!description || !body) return undefined;
  const limit = description.length * LEAD_MAX_GROWTH + LEAD_PREFIX_CHARS;
  const starts: DomNode[] = [];
  openingTextNodes(body, description.prefix.slice(0, LEAD_OPENING_CHARS), starts);
  let best: string | undefined;
  for (const start of starts) {
    for (let node = start.parentNode; node && isElement(node) && node !== body; node = node.parentNode) {
      const text = squash(shownText(node).join(''));
      if (text.length > limit) break;
      if (!LEAD_HOLDERS.has(node.nodeName.toUpperCase()) || !text.startsWith(description.prefix)) continue;
      if (best === undefined || text.length < best.length) best = text;
      break;
    }
  }
  return best;
}
