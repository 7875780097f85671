/**
 * The main job's stages as queue jobs, for `triangulate worker` and `ingest --enqueue`:
 *   a document is stored and its `analyze` job added in one transaction (key `analyze:<content hash>`);
 *   `analyze` extracts and analyses it, stores the article and adds the `stories` job in one transaction;
 *   `stories` updates the stories of everything stored, in its shard's queue (one at a time across all workers).
 * Every handler is idempotent: it reads what the store holds and writes the same rows again if run twice.
 */
import { cluster } from '../cluster/cluster.js';
import type { Analysis, Article, Document } from '../core/model.js';
import type { Rejection } from '../core/outcome.js';
import { type IngestOptions, ingest } from '../ingest/ingest.js';
import type { JobHandler, JobPayload, JobSpec, Queue } from '../queue/queue.js';
import type { Store } from '../store/store.js';
import { extractSafely } from './extract-safely.js';

export const ANALYZE_TASK = 'analyze';
export const STORIES_TASK = 'stories';

/**
 * The story shard every article belongs to. The clusterer reads the articles as one time-ordered stream (any article
 * may join any story), so there is one shard: its queue name makes story updates one at a time however many workers
 * run, and two workers can never place the halves of one story apart.
 */
export const STORY_SHARD = 'stories:0';

/** An analyze job is tried this often: a bad document is recorded as a failure, so a throw is the store failing. */
const ANALYZE_MAX_ATTEMPTS = 5;
/** Articles stored within this long of each other are placed in one story update. */
const STORIES_DEBOUNCE_MS = 500;
/** While analyze jobs wait, a story update is put off by this long, at most STORIES_MAX_DEFERRALS times in a row. */
const STORIES_DEFER_MS = 1000;
const STORIES_MAX_DEFERRALS = 120;

/** The job that extracts and analyses one stored document; keyed by stage and content hash (the document id). */
export function analyzeJob(documentId: string): JobSpec {
  return {
    task: ANALYZE_TASK,
    key: `${ANALYZE_TASK}:${documentId}`,
    payload: { document: documentId },
    maxAttempts: ANALYZE_MAX_ATTEMPTS,
  };
}

/**
 * The job that updates the stories of a shard. Its payload is an array so that a replacement joins it rather than
 * overwriting it (both drivers concatenate arrays): [] from a new article, [{ deferrals }] from the job putting itself
 * off. Added with keepRunAt, a steady stream of articles cannot postpone it forever.
 */
export function storiesJob(deferrals = 0): JobSpec {
  return {
    task: STORIES_TASK,
    key: STORY_SHARD,
    queue: STORY_SHARD,
    payload: deferrals === 0 ? [] : [{ deferrals }],
    delayMs: deferrals === 0 ? STORIES_DEBOUNCE_MS : STORIES_DEFER_MS,
    keepRunAt: deferrals === 0,
  };
}

/**
 * Stores a document and adds its analyze job in one transaction. False when its content hash is already stored:
 * its job was committed with it (and has run, or waits).
 * @example await enqueueDocument(queue, doc) // true
 */
export async function enqueueDocument(queue: Queue, doc: Document): Promise<boolean> {
  return queue.transaction(async (tx) => {
    if (!(await tx.store.saveDocument(doc))) return false;
    tx.enqueue(analyzeJob(doc.id));
    return true;
  });
}

export interface EnqueueResult {
  /** Documents read, and how many were new to the store (and so enqueued). */
  read: number;
  enqueued: number;
  failures: { input: string; inputId?: string; error: Rejection }[];
}

/**
 * Reads the inputs and enqueues every new document instead of working on it here (`ingest --enqueue`).
 * @example const { enqueued } = await enqueueInputs(['feeds/'], { store, queue })
 */
export async function enqueueInputs(
  inputs: string[],
  options: IngestOptions & {
    store: Store;
    queue: Queue;
    onFailure?: (failure: EnqueueResult['failures'][number]) => void;
  },
): Promise<EnqueueResult> {
  const result: EnqueueResult = { read: 0, enqueued: 0, failures: [] };
  for await (const item of ingest(inputs, options)) {
    result.read++;
    if (item.outcome.ok) {
      if (await enqueueDocument(options.queue, item.outcome.value)) result.enqueued++;
      continue;
    }
    const failure = {
      input: item.input,
      ...(item.inputId === undefined ? {} : { inputId: item.inputId }),
      error: item.outcome.error,
    };
    result.failures.push(failure);
    options.onFailure?.(failure);
    await options.store.saveFailure(item.input, item.outcome.error);
  }
  return result;
}

/**
 * The handlers of the stage jobs, working on `store` and adding follow-up jobs to `queue` (the same database).
 * @example const working = await queue.work(stageHandlers(store, queue), { concurrency: 2 })
 */
export function stageHandlers(store: Store, queue: Queue): Record<string, JobHandler> {
  return {
    [ANALYZE_TASK]: async (payload) => {
      const doc = await store.loadDocument(String((payload as { document: unknown }).document));
      if (doc === undefined) return; // nothing stored under that hash: nothing to do
      const outcome = await analyzeDocument(doc);
      if (!outcome.ok) {
        await store.saveFailure(doc.input, outcome.error);
        return;
      }
      await queue.transaction(async (tx) => {
        await tx.store.saveArticle(outcome.article, outcome.analysis);
        tx.enqueue(storiesJob());
      });
    },

    [STORIES_TASK]: async (payload) => {
      const deferrals = deferralsOf(payload);
      // Put off while documents are still being analysed: one update then places them all, in time order, as a
      // batch run would; bounded, so a never-empty queue still gets its stories.
      if (deferrals < STORIES_MAX_DEFERRALS && (await queue.pending(ANALYZE_TASK)) > 0) {
        await queue.transaction(async (tx) => tx.enqueue(storiesJob(deferrals + 1)));
        return;
      }
      await store.transaction(async (tx) => {
        await tx.saveStories(cluster(await tx.loadArticles()));
      });
    },
  };
}

/** Extract and analyse one document; a throw from either is that document's failure, as in `analyzeInputs`. */
async function analyzeDocument(
  doc: Document,
): Promise<{ ok: true; article: Article; analysis: Analysis } | { ok: false; error: Rejection }> {
  const extracted = extractSafely(doc);
  if (!extracted.ok) return extracted;
  // The NLP model loads with the first document, not at start-up.
  const { analyze } = await import('../analyze/analyze.js');
  try {
    return { ok: true, article: extracted.value, analysis: analyze(extracted.value) };
  } catch (error) {
    return { ok: false, error: { code: 'unparseable', message: `analysis failed: ${(error as Error).message}` } };
  }
}

/** How many times in a row a story update has put itself off (the most any entry of its payload says). */
function deferralsOf(payload: JobPayload): number {
  if (!Array.isArray(payload)) return 0;
  return payload.reduce<number>((most, entry) => {
    const value = (entry as { deferrals?: unknown } | null)?.deferrals;
    return typeof value === 'number' ? Math.max(most, value) : most;
  }, 0);
}
