/** Page metadata from HTML: JSON-LD, OpenGraph and meta tags, canonical link, `<html lang>`, `<time datetime>`. */
import type { DomDocument, DomElement } from './dom.js';
import { AUTHOR_HOLDER_SCAN, DATE_HOLDER_SCAN } from '../core/config.js';
import { cleanAuthor } from './clean-author.js';
import { findHolders, isAuthorHolder, isDateHolder } from './find-holders.js';
import { findDateIn, parseDateLine } from './parse-date.js';

export interface PageMetadata {
  title?: string;
  outlet?: string;
  author?: string;
  publishedAt?: string;
  url?: string;
  language?: string;
}

/** JSON-LD types that describe an article. */
const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|SocialMediaPosting|TechArticle|WebPage)$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
};

/** Decodes entities left in metadata values by double-escaping pages ("Olive &#038; Herb" → "Olive & Herb"). */
export function decodeEntities(value: string): string {
  return value.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|quot|apos|lt|gt|nbsp));/gi, (whole, dec, hex, name) => {
    const code = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : undefined;
    if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return NAMED_ENTITIES[String(name).toLowerCase()] ?? whole;
  });
}

const text = (value: Json | undefined): string | undefined =>
  typeof value === 'string' && value.trim() ? decodeEntities(value.trim()) : undefined;
const looksLikeUrl = (value: string): boolean => /^(?:https?:)?\/\//i.test(value);

/** A JSON-LD name: a string, `{ name }`, or a list of these joined with ", ". */
function nameOf(value: Json | undefined): string | undefined {
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => Boolean(name));
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (isObject(value)) return text(value.name);
  const name = text(value);
  return name && !looksLikeUrl(name) ? name : undefined;
}

function collectNodes(value: Json, out: JsonObject[], depth = 0): void {
  if (depth > 6) return;
  if (Array.isArray(value)) for (const item of value) collectNodes(item, out, depth + 1);
  else if (isObject(value)) {
    out.push(value);
    if (value['@graph'] !== undefined) collectNodes(value['@graph'], out, depth + 1);
  }
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** The article node of the page's JSON-LD, preferring a news article over a plain web page. */
function findJsonLdArticle(document: DomDocument): JsonObject | undefined {
  const nodes: JsonObject[] = [];
  // A tag-name lookup and an attribute test: a CSS selector would be compiled again on every page.
  for (const script of Array.from(document.getElementsByTagName('script'))) {
    if (script.getAttribute('type') !== 'application/ld+json') continue;
    try {
      collectNodes(JSON.parse(script.textContent ?? '') as Json, nodes);
    } catch {
      // A broken JSON-LD block is common on real pages; the other metadata sources still apply.
    }
  }
  const articles = nodes.filter((node) => typesOf(node).some((type) => ARTICLE_TYPES.test(type)));
  return articles.find((node) => !typesOf(node).includes('WebPage')) ?? articles[0];
}

/** Meta tags by lower-cased `property`, `name` or `itemprop`; the first value wins. */
function readMetaTags(document: DomDocument): Map<string, string> {
  const meta = new Map<string, string>();
  for (const tag of Array.from(document.getElementsByTagName('meta'))) {
    const key = (
      tag.getAttribute('property') ??
      tag.getAttribute('name') ??
      tag.getAttribute('itemprop')
    )?.toLowerCase();
    const content = decodeEntities(tag.getAttribute('content')?.trim() ?? '');
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  return meta;
}

/** An ISO date-time as the page gives it, or a parsed date line, or undefined. */
export function normalizeDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(trimmed)) return trimmed;
  return parseDateLine(trimmed) ?? findDateIn(trimmed);
}

/** A date written in the elements that usually hold it ("Veröffentlicht am 26.05.2008"), in document order. */
function findDateInHolders(document: DomDocument): string | undefined {
  const holders = findHolders(document, isDateHolder, DATE_HOLDER_SCAN);
  for (const holder of holders) {
    const content = holder.getAttribute('content') ?? holder.getAttribute('datetime') ?? holder.getAttribute('title');
    const found = findDateIn(content ?? '') ?? findDateIn((holder.textContent ?? '').slice(0, 300));
    if (found) return found;
  }
  return undefined;
}

/** The author named in the elements themes put it in (schema.org author, rel=author, author/byline classes). */
function findAuthorInHolders(document: DomDocument): string | undefined {
  const holders = findHolders(document, isAuthorHolder, AUTHOR_HOLDER_SCAN);
  for (const holder of holders) {
    const named = holder.querySelector('[itemprop="name"]');
    const value =
      named?.getAttribute('content') ?? named?.textContent ?? holder.getAttribute('content') ?? holder.textContent;
    const name = cleanAuthor(value);
    if (name) return name;
  }
  return undefined;
}

/** The first candidate that reads as a date; candidates given as functions are only looked up when reached. */
function firstDate(...candidates: (string | undefined | (() => string | undefined))[]): string | undefined {
  for (const candidate of candidates) {
    const date = normalizeDate(typeof candidate === 'function' ? candidate() : candidate);
    if (date !== undefined) return date;
  }
  return undefined;
}

/** `time[datetime]` and `link[rel="canonical"]` as plain tests: linkedom compiles a selector on every call and
 *  matches it against every element of a page without one. `rel` values compare case-insensitively, as in a selector. */
const isDatedTime = (element: DomElement): boolean => element.localName === 'time' && element.hasAttribute('datetime');
const isCanonicalLink = (element: DomElement): boolean =>
  element.localName === 'link' && element.getAttribute('rel')?.toLowerCase() === 'canonical';
const firstElement = (document: DomDocument, test: (element: DomElement) => boolean): DomElement | undefined =>
  findHolders(document, test, 1)[0];

const first = (...values: (string | undefined)[]): string | undefined => values.find((value) => value?.trim());

/**
 * Reads the page's declared metadata. JSON-LD wins over OpenGraph, which wins over plain meta tags.
 * @example findMetadata(parseDocument(html)) // { title: '…', outlet: 'Wall Street Journal', publishedAt: '2019-11-19T13:03:00.000Z', … }
 */
export function findMetadata(document: DomDocument): PageMetadata {
  const ld = findJsonLdArticle(document);
  const meta = readMetaTags(document);
  const metaAuthor = first(
    meta.get('author'),
    meta.get('article:author'),
    meta.get('parsely-author'),
    meta.get('dc.creator'),
  );
  const publisher = ld?.publisher;
  const mainEntity = ld?.mainEntityOfPage;
  const ldUrl = text(ld?.url) ?? (isObject(mainEntity) ? text(mainEntity['@id']) : text(mainEntity));
  const lang = document.documentElement?.getAttribute('lang')?.trim();
  const result: PageMetadata = {
    title: first(text(ld?.headline), meta.get('og:title'), meta.get('twitter:title')),
    outlet: first(isObject(publisher) ? text(publisher.name) : text(publisher), meta.get('og:site_name'))?.replace(
      /^https?:\/\/(?:www\.)?([^/]+)\/?$/i,
      '$1',
    ),
    author:
      first(nameOf(ld?.author), metaAuthor && !looksLikeUrl(metaAuthor) ? metaAuthor : undefined) ??
      findAuthorInHolders(document),
    // The first candidate that reads as a date wins (a page's "date" meta may hold free text).
    publishedAt: firstDate(
      text(ld?.datePublished),
      meta.get('article:published_time'),
      meta.get('og:published_time'),
      meta.get('datepublished'),
      meta.get('date'),
      meta.get('pubdate'),
      meta.get('dc.date'),
      meta.get('dc.date.issued'),
      meta.get('dcterms.date'),
      meta.get('dcterms.issued'),
      meta.get('dcterms.created'),
      meta.get('publish-date'),
      meta.get('publish_date'),
      meta.get('parsely-pub-date'),
      meta.get('sailthru.date'),
      meta.get('citation_publication_date'),
      text(ld?.dateCreated),
      () => firstElement(document, isDatedTime)?.getAttribute('datetime') ?? undefined,
      () => findDateInHolders(document),
      text(ld?.dateModified),
      meta.get('article:modified_time'),
      meta.get('og:updated_time'),
    ),
    url: first(firstElement(document, isCanonicalLink)?.getAttribute('href') ?? undefined, meta.get('og:url'), ldUrl),
    language: lang ? lang.split(/[-_]/)[0]?.toLowerCase() : undefined,
  };
  return result;
}
