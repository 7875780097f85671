/** Extraction that never throws: an unexpected error becomes a rejection for that document alone. */
import type { Article, Document } from '../core/model.js';
import type { Outcome } from '../core/outcome.js';
import { extract } from '../extract/extract.js';

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

/** The links a source declared for the document (a channel post's links) join the ones the page itself lists. */
function withDeclaredCites(outcome: Outcome<Article>, doc: Document): Outcome<Article> {
  if (!outcome.ok || doc.cites === undefined || doc.cites.length === 0) return outcome;
  const cites = [...new Set([...outcome.value.cites, ...doc.cites])];
  return { ok: true, value: { ...outcome.value, cites } };
}
