/**
 * The first of the three incremental operations: inputs → stored documents, articles and analyses. A document whose
 * content hash the store has already done is neither extracted nor analysed again.
 */
import type { Article, Document } from '../core/model.js';
import { extractSafely } from './extract-safely.js';
import type { Store } from '../store/store.js';
import { type AnalyzeLine, analyzeNew, type ProcessOptions } from './process-inputs.js';
import { analyzerStamp } from './pipeline-stamp.js';

type FailedLine = Extract<AnalyzeLine, { ok: false }>;

export interface IngestDocumentsOptions extends ProcessOptions {
  store: Store;
  /** Called for every document that could not be read, extracted or analysed. */
  onFailure?: (line: FailedLine) => void;
}

/** An article of this run's inputs, new or stored before, with the input it was read from this time. */
export interface IngestedArticle {
  id: string;
  input: string;
  inputId?: string;
}

export interface IngestResult {
  /** Documents read (or refused) in this run. */
  read: number;
  /** Ids of articles new to the store or changed (read again from another input). */
  added: string[];
  /** Documents whose content hash the store had already done: not extracted or analysed again. */
  skipped: number;
  failures: FailedLine[];
  /** Every article this run's inputs gave, in input order (a later input of the same article wins). */
  articles: IngestedArticle[];
}

/**
 * Reads the inputs and stores what is new: documents, articles, analyses, failures.
 * @example const { added, skipped } = await ingestDocuments(['examples/'], { store })
 */
export async function ingestDocuments(inputs: string[], options: IngestDocumentsOptions): Promise<IngestResult> {
  const { store } = options;
  const result: IngestResult = { read: 0, added: [], skipped: 0, failures: [], articles: [] };
  const seen = new Map<string, IngestedArticle>();
  const moved: string[] = [];
  const writes = createWriteBatch(store);
  const items = analyzeNew(
    inputs,
    { ...options, onDocument: (doc) => store.saveDocument(doc).then(() => undefined) },
    // A document whose outcome still waits in the batch is written first: it is known as soon as it was taken.
    async (doc) => {
      if (writes.holds(doc.id)) await writes.flush();
      return store.documentOutcome(doc.id);
    },
  );
  for await (const item of items) {
    result.read++;
    if (item.stored) {
      result.skipped++;
      const { outcome, input, inputId } = item.stored;
      if (!('articleId' in outcome)) {
        // Reported again as the first run reported it, so a rerun's log still names every bad document.
        const line: FailedLine = {
          input,
          ...(inputId === undefined ? {} : { inputId }),
          ok: false,
          error: outcome.error,
        };
        result.failures.push(line);
        options.onFailure?.(line);
        continue;
      }
      const here = inputId === undefined ? { id: outcome.articleId, input } : { id: outcome.articleId, input, inputId };
      seen.delete(here.id);
      seen.set(here.id, here);
      // The same page read from another input: the stored article takes this run's input (this run's reading wins).
      if (outcome.input !== input || outcome.inputId !== inputId) {
        await writes.flush();
        if (await moveArticle(store, item.stored.documentId, here)) moved.push(here.id);
      }
      continue;
    }
    const { line, documentId } = item;
    if (!line.ok) {
      result.failures.push(line);
      options.onFailure?.(line);
      await writes.add(documentId, (tx) => tx.saveFailure(line.input, line.error, documentId));
      continue;
    }
    const { article } = line;
    const analysis = { ...line.analysis, generator: analyzerStamp() };
    await writes.add(documentId, async (tx) => {
      if (await tx.saveArticle(article, analysis, documentId)) result.added.push(article.id);
      else moved.push(article.id);
    });
    const here: IngestedArticle =
      line.inputId === undefined
        ? { id: line.article.id, input: line.input }
        : { id: line.article.id, input: line.input, inputId: line.inputId };
    seen.delete(here.id);
    seen.set(here.id, here);
  }
  await writes.flush();
  // Articles read again change their stories' briefs (the inputs they cite).
  await store.touchArticles(moved);
  result.added.push(...moved.filter((id) => !result.added.includes(id)));
  result.articles = [...seen.values()];
  return result;
}

/**
 * Articles and failures are written WRITE_BATCH at a time, in one transaction each, in the order taken: one commit
 * per document cost about twice the CPU (1,500 saves: 1.9 s → 1.0 s, session 9). A process killed before a batch
 * is written has stored those documents without an outcome, so a restart extracts them again: nothing is lost.
 */
const WRITE_BATCH = 64;

interface WriteBatch {
  /** Queues a write for this document (written with the batch; the batch is written when full). */
  add(documentId: string | undefined, write: (tx: Store) => Promise<unknown>): Promise<void>;
  /** True when a write for this document waits in the batch. */
  holds(documentId: string): boolean;
  /** Writes what waits, in one transaction. */
  flush(): Promise<void>;
}

function createWriteBatch(store: Store): WriteBatch {
  let writes: ((tx: Store) => Promise<unknown>)[] = [];
  const documents = new Set<string>();
  const flush = async (): Promise<void> => {
    if (writes.length === 0) return;
    const taken = writes;
    writes = [];
    documents.clear();
    await store.transaction(async (tx) => {
      for (const write of taken) await write(tx);
    });
  };
  return {
    async add(documentId, write) {
      writes.push(write);
      if (documentId !== undefined) documents.add(documentId);
      if (writes.length >= WRITE_BATCH) await flush();
    },
    holds: (documentId) => documents.has(documentId),
    flush,
  };
}

/** Gives a stored article the input it was read from this time; false when the article is gone. */
async function moveArticle(store: Store, documentId: string, here: IngestedArticle): Promise<boolean> {
  const [stored] = await store.loadArticles([here.id]);
  if (!stored) return false;
  const article: Article = { ...stored.article, input: here.input };
  if (here.inputId === undefined) delete article.inputId;
  else article.inputId = here.inputId;
  await store.saveArticle(article, stored.analysis, documentId);
  return true;
}

/**
 * Extracts, analyses and stores one document (a worker's job); a document already done is left as it is.
 * @example const outcome = await ingestDocument(store, doc) // { articleId: 'a_…', added: true }
 */
export async function ingestDocument(
  store: Store,
  doc: Document,
): Promise<{ articleId: string; added: boolean } | { error: FailedLine['error']; added: false }> {
  const done = await store.documentOutcome(doc.id);
  if (done)
    return 'articleId' in done ? { articleId: done.articleId, added: false } : { error: done.error, added: false };
  await store.saveDocument(doc);
  const extracted = extractSafely(doc);
  if (!extracted.ok) {
    await store.saveFailure(doc.input, extracted.error, doc.id);
    return { error: extracted.error, added: false };
  }
  const { analyze } = await import('../analyze/analyze.js');
  let analysis: ReturnType<typeof analyze>;
  try {
    analysis = analyze(extracted.value);
  } catch (error) {
    const rejection = { code: 'unparseable' as const, message: `analysis failed: ${(error as Error).message}` };
    await store.saveFailure(doc.input, rejection, doc.id);
    return { error: rejection, added: false };
  }
  const added = await store.saveArticle(extracted.value, { ...analysis, generator: analyzerStamp() }, doc.id);
  return { articleId: extracted.value.id, added };
}
