/** HTML → paragraph lines: metadata first, then Readability's main content, else the page body without its chrome. */
import { Readability } from '@mozilla/readability';
import { type Outcome, reject, succeed } from '../core/outcome.js';
import { type DomDocument, type DomElement, parseDocument } from './dom.js';
import { findMetadata, type PageMetadata } from './find-metadata.js';
import { htmlToLines } from './html-to-lines.js';
import { type Found, fill, type Line } from './types.js';

/** Page chrome dropped before reading the body when Readability finds no article. */
const CHROME =
  'script, style, noscript, template, nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"]';

/** Strips a " | Outlet" / " - Outlet" suffix from a title. `trimSiteName('X - WSJ', 'WSJ')` → `'X'`. */
export function trimSiteName(title: string, outlet: string | undefined): string {
  if (!outlet) return title;
  const suffix = new RegExp(`\\s+[|–—:-]\\s+${outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
  const trimmed = title.replace(suffix, '');
  return trimmed || title;
}

/** A Readability byline as an author name ("Written by: Jane Doe" → "Jane Doe"); labels, dates and long bylines are dropped. */
export function cleanByline(byline: string | null | undefined): string | undefined {
  const name = byline
    ?.replace(/\s+/g, ' ')
    .replace(/^\s*(?:(?:written|posted|published|article|story|words|text|report(?:ed)?)\s+)?by:?\s*/i, '')
    .trim();
  if (!name || name.length > 100 || /[\d/|]/.test(name) || /^(?:posted|published|updated)\b/i.test(name))
    return undefined;
  return /\p{Lu}/u.test(name) ? name : undefined;
}

type Parsed = ReturnType<Readability<DomElement>['parse']>;

function runReadability(document: DomDocument): Parsed {
  // Readability's types name the DOM lib's Document; linkedom's document is what it reads at run time.
  const reader = new Readability<DomElement>(document as never, {
    serializer: (node) => node as unknown as DomElement,
  });
  return reader.parse();
}

function bodyLines(html: string, base: string | undefined): Line[] {
  const document = parseDocument(html);
  for (const element of Array.from(document.querySelectorAll(CHROME))) element.remove();
  return document.body ? htmlToLines(document.body, base) : [];
}

function fillFromPage(found: Found, page: PageMetadata, pageTitle: string, parsed: Parsed): void {
  fill(found, 'outlet', page.outlet ?? parsed?.siteName);
  fill(found, 'author', page.author ?? cleanByline(parsed?.byline));
  fill(found, 'publishedAt', page.publishedAt ?? parsed?.publishedTime);
  fill(found, 'url', page.url);
  fill(found, 'language', page.language ?? parsed?.lang?.split(/[-_]/)[0]?.toLowerCase());
  if (!found.titleKnown) {
    const title = page.title ?? parsed?.title ?? pageTitle;
    if (title?.trim()) {
      found.title = trimSiteName(title.trim().replace(/\s+/g, ' '), found.outlet);
      found.titleKnown = true;
    }
  }
}

/**
 * Reads an HTML page into paragraph lines and fills `found` with its metadata. Never throws: markup that the
 * parser or Readability cannot handle gives an `unparseable` rejection.
 * @example readHtml('<html><head><title>T</title></head><body><article><p>…</p></article></body></html>', found)
 */
export function readHtml(html: string, found: Found): Outcome<Line[]> {
  try {
    const document = parseDocument(html);
    // Metadata is read before Readability, which removes scripts (JSON-LD) from the document it reads.
    const page = findMetadata(document);
    const pageTitle = document.title;
    const parsed = runReadability(document);
    fillFromPage(found, page, pageTitle, parsed);
    const content = parsed?.content ? htmlToLines(parsed.content, found.url) : [];
    return succeed(content.length > 0 ? content : bodyLines(html, found.url));
  } catch (error) {
    return reject(
      'unparseable',
      `the HTML could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
