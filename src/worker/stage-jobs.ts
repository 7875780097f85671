/**
 * The main job's stages as queue jobs, for `triangulate worker`, `ingest --enqueue` and `watch` on PostgreSQL:
 *   a document is stored and its `analyze` job added in one transaction (key `analyze:<content hash>`);
 *   `analyze` extracts and analyses it (ingestDocument), storing the article and adding the `stories` job together;
 *   `stories` places the new articles (updateStories) and adds `brief` jobs for the changed stories, together;
 *   `brief` rebuilds the stale briefs of its stories (refreshBriefs).
 * Every handler is idempotent: a document already done is not worked again, a placed article not placed again, a
 * current brief not rebuilt. Story updates run one at a time in their shard's queue, briefs one at a time per
 * brief shard, however many workers run.
 */
import { createHash } from 'node:crypto';
import type { Document } from '../core/model.js';
import type { Rejection } from '../core/outcome.js';
import type { Embedder } from '../embed/embedder.js';
import { type IngestOptions, ingest } from '../ingest/ingest.js';
import type { JobHandler, JobPayload, JobSpec, Queue } from '../queue/queue.js';
import type { Store } from '../store/store.js';
import { ingestDocument } from '../api/ingest-documents.js';
import { chooseEmbedder, refreshBriefs } from '../api/refresh-briefs.js';
import { updateStories } from '../api/update-stories.js';

export const ANALYZE_TASK = 'analyze';
export const STORIES_TASK = 'stories';
export const BRIEF_TASK = 'brief';

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
/**
 * Briefs are rebuilt one job at a time per shard (a story's id picks its shard): two workers never write one story's
 * brief at once, where an older version could land last; different shards run side by side.
 */
const BRIEF_SHARDS = 16;

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
 * The jobs that rebuild these stories' briefs where stale: one per brief shard, its payload the shard's story ids.
 * A story changed again while its shard's job waits joins that job (both drivers concatenate array payloads), so a
 * story update that changes a thousand stories adds at most BRIEF_SHARDS jobs.
 */
export function briefJobs(storyIds: readonly string[]): JobSpec[] {
  const byShard = new Map<number, string[]>();
  for (const id of storyIds) {
    const shard = createHash('sha256').update(id).digest().readUInt32BE(0) % BRIEF_SHARDS;
    byShard.set(shard, [...(byShard.get(shard) ?? []), id]);
  }
  return [...byShard].map(([shard, ids]) => ({
    task: BRIEF_TASK,
    key: `${BRIEF_TASK}:${shard}`,
    queue: `briefs:${shard}`,
    payload: ids,
  }));
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

/** What a queue sink tells `watch` about a batch: the work is deferred, so no story has changed yet. */
export interface QueuedBatch {
  added: number;
  failed: { input: string; message: string }[];
  stories: [];
}

/**
 * The sink `watch` hands new documents to on a PostgreSQL store (the shape of watch's DocumentSink): each document
 * stored and its job queued in one transaction, so when `accept` resolves they are durable; workers do the rest.
 * @example await watch(['feeds.opml'], { store, sink: createQueueSink(queue) })
 */
export function createQueueSink(queue: Queue): { accept(docs: Document[]): Promise<QueuedBatch> } {
  return {
    async accept(docs) {
      let added = 0;
      for (const doc of docs) if (await enqueueDocument(queue, doc)) added++;
      return { added, failed: [], stories: [] };
    },
  };
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

export interface StageOptions {
  /** Sentence embeddings for briefs, as `brief` takes them (false: words alone; default USE-lite, loaded once). */
  embeddings?: boolean | Embedder;
}

/**
 * The handlers of the stage jobs, working on `store` and adding follow-up jobs to `queue` (the same database).
 * @example const working = await queue.work(stageHandlers(store, queue), { concurrency: 2 })
 */
export function stageHandlers(store: Store, queue: Queue, options: StageOptions = {}): Record<string, JobHandler> {
  let embedder: Embedder | false | undefined;
  return {
    [ANALYZE_TASK]: async (payload) => {
      const doc = await store.loadDocument(String((payload as { document: unknown }).document));
      if (doc === undefined) return; // nothing stored under that hash: nothing to do
      await queue.transaction(async (tx) => {
        const outcome = await ingestDocument(tx.store, doc);
        // Also when it was done before (a rerun): placing an article twice is a no-op, missing one is not.
        if ('articleId' in outcome) tx.enqueue(storiesJob());
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
      await queue.transaction(async (tx) => {
        const update = await updateStories(tx.store, { warmKey: store });
        for (const job of briefJobs(update.changed.map((story) => story.id))) tx.enqueue(job);
      });
    },

    [BRIEF_TASK]: async (payload) => {
      embedder ??= chooseEmbedder(options.embeddings) ?? false;
      const storyIds = [...new Set((Array.isArray(payload) ? payload : []).map(String))];
      await refreshBriefs(store, { storyIds, embeddings: embedder, collect: false });
    },
  };
}

/** How many times in a row a story update has put itself off (the most any entry of its payload says). */
function deferralsOf(payload: JobPayload): number {
  if (!Array.isArray(payload)) return 0;
  return payload.reduce<number>((most, entry) => {
    const value = (entry as { deferrals?: unknown } | null)?.deferrals;
    return typeof value === 'number' ? Math.max(most, value) : most;
  }, 0);
}
