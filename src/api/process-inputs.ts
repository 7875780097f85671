/** The shared front of every command: inputs → documents → articles (→ analyses), one outcome each. */
import type { Analysis, Article, Document } from '../core/model.js';
import type { DocumentOutcome } from '../store/store.js';
import type { Rejection } from '../core/outcome.js';
import { type IngestOptions, ingest } from '../ingest/ingest.js';
import { createExtractor, extractThreads } from './extract-pool.js';

/** One line of `triangulate extract --format jsonl` (INTERFACE.md). */
export type ExtractLine =
  | { input: string; inputId?: string; ok: true; article: Article }
  | { input: string; inputId?: string; ok: false; error: Rejection };

/** One line of `triangulate analyze --format jsonl`: the extract line plus, when ok, the analysis. */
export type AnalyzeLine =
  | { input: string; inputId?: string; ok: true; article: Article; analysis: Analysis }
  | { input: string; inputId?: string; ok: false; error: Rejection };

export interface ProcessOptions extends IngestOptions {
  /** Called with each document as read, before extraction (the brief command stores it). */
  onDocument?: (doc: Document) => Promise<void> | void;
  /** Worker threads for extraction (0: all on this thread; analysis stays on this thread, see analyzeNew); by default
   *  one per core (up to EXTRACT_MAX_THREADS) when a core sat idle while the first documents were extracted. */
  threads?: number;
}

/** A document the store has already done (same content hash): neither extracted nor analysed again. */
export interface StoredLine {
  input: string;
  inputId?: string;
  documentId: string;
  outcome: DocumentOutcome;
}

/** A processed document: its line, the id of the document it came from (none when unreadable), or stored. */
export type Processed<L> = { line: L; documentId?: string; stored?: undefined } | { stored: StoredLine };

/** Says whether a document was done before, and what came of it (see `Store.documentOutcome`). */
export type KnownDocument = (doc: Document) => Promise<DocumentOutcome | undefined>;

/**
 * Reads and extracts every input, one line per document, in input order.
 * @example for await (const line of extractInputs(['examples/'])) console.log(line.ok ? line.article.title : line.error.message)
 */
export async function* extractInputs(inputs: string[], options: ProcessOptions = {}): AsyncGenerator<ExtractLine> {
  for await (const item of extractNew(inputs, options)) if (!item.stored) yield item.line;
}

/** Reads and extracts every input, skipping the documents `known` says were done before (they come out as stored). */
async function* extractNew(
  inputs: string[],
  options: ProcessOptions,
  known?: KnownDocument,
): AsyncGenerator<Processed<ExtractLine>> {
  const extractor = createExtractor(extractThreads(options.threads));
  // Lines wait here in input order while later documents are read and extracted on other threads.
  const pending: Promise<Processed<ExtractLine>>[] = [];
  try {
    for await (const item of ingest(inputs, options)) {
      const head = item.inputId === undefined ? { input: item.input } : { input: item.input, inputId: item.inputId };
      if (!item.outcome.ok) {
        pending.push(Promise.resolve({ line: { ...head, ok: false, error: item.outcome.error } }));
      } else {
        const doc = item.outcome.value;
        const done = await known?.(doc);
        if (done) {
          pending.push(Promise.resolve({ stored: { ...head, documentId: doc.id, outcome: done } }));
        } else {
          await options.onDocument?.(doc);
          await extractor.settle();
          pending.push(
            extractor.extract(doc).then(
              (extracted): Processed<ExtractLine> => ({
                line: extracted.ok
                  ? { ...head, ok: true, article: extracted.value }
                  : { ...head, ok: false, error: extracted.error },
                documentId: doc.id,
              }),
            ),
          );
        }
      }
      while (pending.length >= extractor.capacity) yield await pending.shift()!;
    }
    while (pending.length > 0) yield await pending.shift()!;
  } finally {
    await extractor.close();
  }
}

/**
 * Reads, extracts and analyses every input, one line per document.
 * @example for await (const line of analyzeInputs(['examples/'])) if (line.ok) console.log(line.analysis.quotes.length)
 */
export async function* analyzeInputs(inputs: string[], options: ProcessOptions = {}): AsyncGenerator<AnalyzeLine> {
  for await (const item of analyzeNew(inputs, options)) if (!item.stored) yield item.line;
}

/**
 * Reads, extracts and analyses every input; documents `known` says were done before are neither extracted nor
 * analysed again (they come out as stored, in their place in input order).
 * @example for await (const item of analyzeNew(['examples/'], {}, (doc) => store.documentOutcome(doc.id))) …
 */
export async function* analyzeNew(
  inputs: string[],
  options: ProcessOptions = {},
  known?: KnownDocument,
): AsyncGenerator<Processed<AnalyzeLine>> {
  // The NLP model loads here, not at start: `extract` and `--help` never pay for it.
  const { analyze } = await import('../analyze/analyze.js');
  // Analysis stays on this thread, in input order: wink-nlp grows its word and feature tables with every text it
  // reads, and an article's tags can depend on what was read before (session 6: 80–113 of 12,128 analyses differed
  // between thread layouts, and between two threaded runs). Until wink's tables are reset per document, analysing on
  // the extract threads would make the output depend on timing.
  for await (const item of extractNew(inputs, options, known)) {
    if (item.stored) {
      yield item;
      continue;
    }
    const { line, documentId } = item;
    const tail = documentId === undefined ? {} : { documentId };
    if (!line.ok) {
      yield { line, ...tail };
      continue;
    }
    try {
      yield { line: { ...line, analysis: analyze(line.article) }, ...tail };
    } catch (error) {
      // analyze is meant never to throw; if it does, the document fails alone and the run goes on.
      const { article: _article, ...head } = line;
      yield {
        line: {
          ...head,
          ok: false,
          error: { code: 'unparseable', message: `analysis failed: ${(error as Error).message}` },
        },
        ...tail,
      };
    }
  }
}
