/** A caller's document object (INTERFACE.md) → Document. */
import { hashId } from '../core/ids.js';
import type { Document, DocumentFormat } from '../core/model.js';
import { type Outcome, reject, succeed } from '../core/outcome.js';

const STRING_FIELDS = [
  'id',
  'url',
  'title',
  'text',
  'html',
  'outlet',
  'author',
  'publishedAt',
  'language',
  'story',
] as const;

/**
 * Reads `{ id?, url?, title?, text?, html?, outlet?, author?, publishedAt?, language?, story? }`; `date` and
 * `source` are read as publishedAt and outlet when those are absent.
 * @example toDocumentObject({ text: 'Hello.' }, 'docs.jsonl#1')
 */
export function fromDocumentObject(value: unknown, input: string): Outcome<Document> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return reject('unparseable', 'expected a document object like {"text": "…"} or {"html": "…"}');
  }
  const record = value as Record<string, unknown>;
  const fields: Partial<Record<(typeof STRING_FIELDS)[number], string>> = {};
  for (const key of STRING_FIELDS) {
    const field = record[key];
    if (field === undefined || field === null) continue;
    if (key === 'id' && typeof field === 'number') {
      fields.id = String(field);
      continue;
    }
    if (typeof field !== 'string') return reject('unparseable', `field "${key}" must be a string`);
    fields[key] = field;
  }
  // Common spellings of two fields in other tools' exports: `date` for publishedAt, `source` for outlet.
  const alias = (key: string) => (typeof record[key] === 'string' && record[key].trim() ? record[key] : undefined);
  fields.publishedAt ??= alias('date');
  fields.outlet ??= alias('source');
  const html = fields.html?.trim() ? fields.html : undefined;
  const text = fields.text?.trim() ? fields.text : undefined;
  if (html === undefined && text === undefined) {
    return reject('empty', 'the document object has no "text" or "html" (or only whitespace)');
  }
  const format: DocumentFormat = html !== undefined ? 'html' : 'text';
  const content = (html ?? text ?? '').replace(/\r\n?/g, '\n');
  return succeed(
    makeDocument({
      input,
      format,
      content,
      inputId: fields.id,
      url: fields.url,
      title: fields.title,
      // A plain-text document has no page metadata to name its outlet: the URL's domain does.
      outlet: fields.outlet ?? (html === undefined ? hostOf(fields.url) : undefined),
      author: fields.author,
      publishedAt: fields.publishedAt,
      language: fields.language,
      story: fields.story,
    }),
  );
}

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host || undefined;
  } catch {
    return undefined;
  }
}

/** Builds a Document whose id hashes its content and declared metadata (never the input path). */
export function makeDocument(fields: Omit<Document, 'id'>): Document {
  const declared = JSON.stringify([
    fields.url,
    fields.title,
    fields.outlet,
    fields.author,
    fields.publishedAt,
    fields.language,
    fields.story,
    fields.inputId,
    // Only when present, so the ids of documents without declared cites stay what they were.
    ...(fields.cites !== undefined && fields.cites.length > 0 ? [fields.cites] : []),
    // A file's title line reads differently from the same text as a post: two documents.
    ...(fields.titleLine ? ['title-line'] : []),
  ]);
  const doc: Document = { id: hashId('d', fields.format, fields.content, declared), ...fields };
  for (const key of Object.keys(doc) as (keyof Document)[]) if (doc[key] === undefined) delete doc[key];
  return doc;
}
