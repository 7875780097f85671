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
  /** Worker threads for extraction and analysis (0: all on this thread); by default
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
  for await (const item of extractNew(inputs, options)) if (!item.stored) yield item.line as ExtractLine;
}

/**
 * Reads and extracts every input, skipping the documents `known` says were done before (they come out as stored).
 * Given `analyze`, each document is analysed in the same job, on whichever thread extracted it.
 */
async function* extractNew(
  inputs: string[],
  options: ProcessOptions,
  known?: KnownDocument,
  analyze?: (article: Article) => Analysis,
): AsyncGenerator<Processed<AnalyzeLine | ExtractLine>> {
  const extractor = createExtractor(extractThreads(options.threads), analyze ? { analyze } : {});
  // Lines wait here in input order while later documents are read and extracted on other threads.
  const pending: Promise<Processed<AnalyzeLine | ExtractLine>>[] = [];
  // The number of inputs is known once they are listed, before the first is read: a folder of many pages starts
  // its threads then.
  const onProgress = (done: number, total: number): void => {
    if (done === 0) extractor.expect(total);
    options.onProgress?.(done, total);
  };
  try {
    for await (const item of ingest(inputs, { ...options, onProgress })) {
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
              (done): Processed<AnalyzeLine | ExtractLine> => ({
                line: !done.ok
                  ? { ...head, ok: false, error: done.error }
                  : done.analysis === undefined
                    ? { ...head, ok: true, article: done.value }
                    : { ...head, ok: true, article: done.value, analysis: done.analysis },
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
  // Each document is analysed in its extraction job, on whichever thread extracted it (the article is never sent
  // between threads twice). wink-nlp reads every text as if it were the first (src/analyze/wink-reader.ts), so the
  // analysis is the same bytes whichever thread, order or run did it (session 6, before that reset: 80–113 of 12,128
  // analyses differed between thread layouts, so analysis had stayed on this thread).
  for await (const item of extractNew(inputs, options, known, analyze)) yield item as Processed<AnalyzeLine>;
}
