/** HTML → paragraph lines: metadata first, then Readability's main content, else the page body without its chrome. */
import {
  HEADLINE_ELEMENTS_READ,
  HEADLINE_MIN_SHARE,
  LEAD_PREFIX_CHARS,
  MAX_HTML_CHARS,
  MAX_HTML_DEPTH,
  SHORT_CONTENT_CHARS,
} from '../core/config.js';
import { type Outcome, reject, succeed } from '../core/outcome.js';
import { type DomDocument, parseDocument } from './dom.js';
import { findMetadata, type PageMetadata } from './find-metadata.js';
import { findLead } from './find-lead.js';
import { findProseBlock, preferProseBlock } from './find-prose-block.js';
import { htmlToLines } from './html-to-lines.js';
import { toLine } from './lines.js';
import { measureDepth } from './measure-depth.js';
import { pruneBoilerplate } from './prune-boilerplate.js';
import { readArticle } from './read-article.js';
import { dropBlockIndentation, dropUnreadAttributes, stripNonContent } from './strip-markup.js';
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

type Parsed = ReturnType<typeof readArticle>;

function bodyLines(html: string, base: string | undefined): Line[] {
  const document = parseDocument(html);
  for (const element of Array.from(document.querySelectorAll(CHROME))) element.remove();
  pruneBoilerplate(document);
  return document.body ? htmlToLines(document.body, base) : [];
}

const textSize = (lines: Line[]): number => lines.reduce((sum, line) => sum + line.text.length, 0);

/** Readability's content, or the pruned page body when Readability kept (almost) nothing of a page that has text. */
function chooseContent(content: Line[], html: string, base: string | undefined): Line[] {
  if (textSize(content) >= SHORT_CONTENT_CHARS) return content;
  const body = bodyLines(html, base);
  return textSize(body) > textSize(content) ? body : content;
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The page's headline elements' texts (its `<h1>`s, in order), read before anything is removed. */
function headlines(document: DomDocument): string[] {
  const found = document.getElementsByTagName('h1');
  const texts: string[] = [];
  for (let i = 0; i < found.length && texts.length < HEADLINE_ELEMENTS_READ; i++) {
    const text = squash(found[i]!.textContent ?? '');
    if (text) texts.push(text);
  }
  return texts;
}

/**
 * A declared title that wraps the page's own `<h1>` in a site name, section or kicker ("Der Steinkauz … | Schweizer
 * Jäger Online", "Pressemitteilung: Endlich …") gives way to the `<h1>`, when the `<h1>` is most of it.
 */
export function preferHeadline(title: string, h1s: readonly string[]): string {
  const folded = title.toLowerCase();
  for (const h1 of h1s) {
    if (h1.length >= title.length || h1.length < HEADLINE_MIN_SHARE * title.length) continue;
    if (folded.includes(h1.toLowerCase())) return h1;
  }
  return title;
}

function fillFromPage(found: Found, page: PageMetadata, pageTitle: string, parsed: Parsed, h1s: string[] = []): void {
  fill(found, 'outlet', page.outlet ?? parsed?.siteName);
  fill(found, 'author', page.author ?? cleanByline(parsed?.byline));
  fill(found, 'publishedAt', page.publishedAt ?? parsed?.publishedTime);
  fill(found, 'url', page.url);
  fill(found, 'language', page.language ?? parsed?.lang?.split(/[-_]/)[0]?.toLowerCase());
  if (!found.titleKnown) {
    const title = page.title ?? parsed?.title ?? pageTitle;
    if (title?.trim()) {
      found.title = trimSiteName(title.trim().replace(/\s+/g, ' '), found.outlet);
      found.title = preferHeadline(found.title, h1s);
      found.titleKnown = true;
    }
  }
}

/** Puts the page's lead paragraph first when Readability's content does not already hold it. */
function withLead(content: Line[], lead: string | undefined): Line[] {
  const line = lead ? toLine(lead) : undefined;
  if (!line) return content;
  const opening = line.text.slice(0, LEAD_PREFIX_CHARS);
  return content.some((kept) => kept.text.includes(opening)) ? content : [line, ...content];
}

/**
 * Drops scripts, styles, noscript, svg, comments and the attributes nothing reads (parsing, pruning and Readability
 * are faster on the smaller page) and refuses markup that
 * would take unbounded time or memory: too large (after that) or too deep.
 */
function boundHtml(html: string): Outcome<string> {
  const lean = dropBlockIndentation(dropUnreadAttributes(stripNonContent(html)));
  if (lean.length > MAX_HTML_CHARS) {
    return reject('too-large', `the page has ${lean.length} characters of markup; the limit is ${MAX_HTML_CHARS}`);
  }
  const depth = measureDepth(lean, MAX_HTML_DEPTH);
  if (depth > MAX_HTML_DEPTH) {
    return reject(
      'unparseable',
      `the markup nests elements more than ${MAX_HTML_DEPTH} levels deep; refused as hostile`,
    );
  }
  return succeed(lean);
}

/**
 * Reads an HTML page into paragraph lines and fills `found` with its metadata. Never throws: markup that the
 * parser or Readability cannot handle gives an `unparseable` rejection.
 * @example readHtml('<html><head><title>T</title></head><body><article><p>…</p></article></body></html>', found)
 */
export function readHtml(html: string, found: Found): Outcome<Line[]> {
  const bounded = boundHtml(html);
  if (!bounded.ok) return bounded;
  html = bounded.value;
  try {
    const document = parseDocument(html);
    // Metadata is read before Readability, which removes scripts (JSON-LD) from the document it reads.
    const page = findMetadata(document);
    const pageTitle = document.title;
    const h1s = headlines(document);
    pruneBoilerplate(document);
    const lead = findLead(document);
    const block = document.body ? findProseBlock(document.body, page.url ?? found.url) : undefined;
    const parsed = readArticle(document);
    fillFromPage(found, page, pageTitle, parsed, h1s);
    const content = preferProseBlock(parsed?.content ? htmlToLines(parsed.content, found.url) : [], block);
    return succeed(withLead(chooseContent(content, html, found.url), lead));
  } catch (error) {
    return reject(
      'unparseable',
      `the HTML could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
