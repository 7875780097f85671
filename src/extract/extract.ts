/** Stage 2: a Document → an Article — the clean main text, its title and metadata, and the page's own sources. */
import { hashId } from '../core/ids.js';
import type { Article, Document } from '../core/model.js';
import { type Outcome, reject, succeed } from '../core/outcome.js';
import { cleanAuthor } from './clean-author.js';
import { cleanTextLines } from './clean-text-lines.js';
import { guessLanguage } from './guess-language.js';
import { joinParagraphs, splitLines } from './lines.js';
import { readHtml } from './read-html.js';
import type { Found, Line } from './types.js';

/** Declared metadata first: every later step only fills what is still missing. */
function foundFromDocument(doc: Document): Found {
  const found: Found = { titleKnown: Boolean(doc.title?.trim()), cites: [], provenanceNotes: [] };
  if (doc.titleLine) found.titleLine = true;
  for (const key of ['title', 'outlet', 'author', 'publishedAt', 'url', 'language'] as const) {
    const value = doc[key]?.trim();
    if (value) found[key] = value;
  }
  return found;
}

function readLines(doc: Document, found: Found): Outcome<Line[]> {
  if (doc.format === 'html') return readHtml(doc.content, found);
  return succeed(splitLines(doc.content));
}

function toArticle(doc: Document, found: Found, text: string): Article {
  const article: Article = {
    id: hashId('a', doc.id),
    input: doc.input,
    title: found.title ?? '',
    text,
    cites: found.cites,
    provenanceNotes: found.provenanceNotes,
  };
  if (doc.inputId !== undefined) article.inputId = doc.inputId;
  // Every source of an author (metadata, bylines, Readability) may carry a label such as "By" or "von".
  found.author = cleanAuthor(found.author);
  for (const key of ['outlet', 'author', 'publishedAt', 'url', 'language', 'dateline'] as const) {
    const value = found[key];
    if (value) article[key] = value;
  }
  if (doc.story !== undefined) article.story = doc.story;
  return article;
}

/**
 * Extracts the article from a document: plain text loses its page furniture line by line; HTML goes through
 * Readability first and then the same line rules. Pure; expected failures are typed rejections.
 * @example extract({ id: 'd_1', input: 'a.txt', format: 'text', content: 'Title\nBody …' }) // { ok: true, value: { title: 'Title', text: 'Body …', … } }
 */
export function extract(doc: Document): Outcome<Article> {
  if (!doc.content.trim()) return reject('empty', `${doc.input}: the document has no content`);
  const found = foundFromDocument(doc);
  const read = readLines(doc, found);
  if (!read.ok) return read;
  const text = joinParagraphs(cleanTextLines(read.value, found));
  if (!text) return reject('no-article', `${doc.input}: no article text left after removing page furniture`);
  if (!found.language) found.language = guessLanguage(text);
  return succeed(toArticle(doc, found, text));
}
