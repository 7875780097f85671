/** Extraction (and analysis) that never throws: an unexpected error becomes a rejection for that document alone. */
import type { Analysis, Article, Document } from '../core/model.js';
import type { Outcome } from '../core/outcome.js';
import { extract } from '../extract/extract.js';

/** A document extracted, and analysed when the job asked for it; or why it could not be. */
export type ProcessedOutcome =
  | { ok: true; value: Article; analysis?: Analysis }
  | Extract<Outcome<Article>, { ok: false }>;

/**
 * Runs the extract stage on one document, turning a throw into an `unparseable` rejection.
 * @example extractSafely({ id: 'd_1', input: 'a.txt', format: 'text', content: 'Title\nBody …' }).ok // true
 */
export function extractSafely(doc: Document): Outcome<Article> {
  try {
    return withDeclaredCites(extract(doc), doc);
  } catch (error) {
    return { ok: false, error: { code: 'unparseable', message: `extraction failed: ${(error as Error).message}` } };
  }
}

/**
 * Extracts one document and, given the analyze stage, analyses the article in the same pass (one job per document
 * on a worker thread: the article never travels between threads twice). A throw of either stage is a rejection.
 * @example processSafely(doc, analyze) // { ok: true, value: article, analysis }
 */
export function processSafely(doc: Document, analyze?: (article: Article) => Analysis): ProcessedOutcome {
  const extracted = extractSafely(doc);
  if (!extracted.ok || analyze === undefined) return extracted;
  try {
    return { ok: true, value: extracted.value, analysis: analyze(extracted.value) };
  } catch (error) {
    // analyze is meant never to throw; if it does, the document fails alone and the run goes on.
    return { ok: false, error: { code: 'unparseable', message: `analysis failed: ${(error as Error).message}` } };
  }
}

/** The links a source declared for the document (a channel post's links) join the ones the page itself lists. */
function withDeclaredCites(outcome: Outcome<Article>, doc: Document): Outcome<Article> {
  if (!outcome.ok || doc.cites === undefined || doc.cites.length === 0) return outcome;
  const cites = [...new Set([...outcome.value.cites, ...doc.cites])];
  return { ok: true, value: { ...outcome.value, cites } };
}
