/**
 * The main job: ingest the inputs into the store, update the stories with what is new, and brief the stories the
 * inputs belong to (ingest → update → refresh: the three incremental operations in a row).
 */
import type { Brief, BriefSet } from '../core/model.js';
import type { Embedder } from '../embed/embedder.js';
import type { EmbedStats } from '../embed/embed-texts.js';
import type { LlmConfig } from '../llm/chat-client.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { ingestDocuments } from './ingest-documents.js';
import type { AnalyzeLine, ProcessOptions } from './process-inputs.js';
import { openEmbedder, refreshBriefs } from './refresh-briefs.js';
import { updateStories } from './update-stories.js';

export { briefStory } from './refresh-briefs.js';

export interface BriefOptions extends ProcessOptions {
  /** A SQLite file path (default `triangulate.sqlite`, or TRIANGULATE_DB); or an open store. */
  db?: string | Store;
  /** Called for every document that could not be read, extracted or analysed. */
  onFailure?: (line: Extract<AnalyzeLine, { ok: false }>) => void;
  /** An OpenAI-compatible endpoint that rewrites each synthesis (verified sentence by sentence); none by default. */
  llm?: LlmConfig;
  /**
   * Sentence embeddings for meaning across outlets: on by default (USE-lite, English), off with `false` or
   * TRIANGULATE_EMBEDDINGS=off (words alone then decide); or an Embedder of the caller's own.
   */
  embeddings?: boolean | Embedder;
  /** Called with what the embedder did (texts asked, found in the cache, embedded, time), summed over the run. */
  onEmbed?: (stats: EmbedStats) => void;
  /** Dated articles join only stories with an article within this many days (default STORY_WINDOW_DAYS). */
  windowDays?: number;
  /** Called with each brief in output order as it is ready (with `collect: false` the result then holds none). */
  onBrief?: (brief: Brief) => Promise<void> | void;
  /** Keep every brief in the result (default true). */
  collect?: boolean;
}

export interface BriefResult {
  briefs: BriefSet;
  /** Documents read in this run, and how many of them were new to the store. */
  read: number;
  added: number;
  /** Documents read in this run whose content hash was stored: not extracted or analysed again. */
  skipped: number;
  failures: Extract<AnalyzeLine, { ok: false }>[];
}

/**
 * Ingests, stores, clusters and briefs. Running it twice on the same inputs adds nothing and gives the same briefs;
 * the second run neither extracts nor analyses again, and briefs again only stories that changed.
 * @example const { briefs } = await brief(['examples/'], { db: 'triangulate.sqlite' })
 */
export async function brief(inputs: string[], options: BriefOptions = {}): Promise<BriefResult> {
  const store = typeof options.db === 'object' ? options.db : await openStore(options.db);
  let opened: ReturnType<typeof openEmbedder>;
  try {
    const ingested = await ingestDocuments(inputs, { ...options, store });
    // New articles mean briefs to make: the embedding thread starts now and loads its model while the stories are
    // updated on this thread (a rerun with nothing new never loads it).
    if (ingested.added.length > 0) opened = openEmbedder(options.embeddings, options.threads);
    // A store opened here is closed at the end: no later update needs the clusterer kept warm.
    await updateStories(store, {
      ...(options.windowDays === undefined ? {} : { windowDays: options.windowDays }),
      ...(typeof options.db === 'object' ? {} : { keepWarm: false }),
    });
    const result: BriefResult = {
      briefs: { version: 1, stories: [] },
      read: ingested.read,
      added: ingested.added.length,
      skipped: ingested.skipped,
      failures: ingested.failures,
    };
    const storyIds = await storiesOf(
      store,
      ingested.articles.map((article) => article.id),
    );
    let total: EmbedStats | undefined;
    result.briefs.stories = await refreshBriefs(store, {
      storyIds,
      ...(opened
        ? { embeddings: opened.embedder }
        : options.embeddings === undefined
          ? {}
          : { embeddings: options.embeddings }),
      ...(options.llm ? { llm: options.llm } : {}),
      onEmbed: (stats: EmbedStats) => {
        total = addStats(total, stats);
      },
      ...(options.onBrief ? { onBrief: (made: Brief) => options.onBrief!(made) } : {}),
      ...(options.collect === false ? { collect: false } : {}),
      ...(options.threads === undefined ? {} : { threads: options.threads }),
    });
    if (total) options.onEmbed?.(total);
    return result;
  } finally {
    await opened?.close?.();
    if (typeof options.db !== 'object') await store.close();
  }
}

/** The stories holding these articles, biggest first (then by id), as the clusterer lists them. */
async function storiesOf(store: Store, articleIds: string[]): Promise<string[]> {
  const stories = await store.storiesOfArticles(articleIds);
  return stories.sort((a, b) => b.size - a.size || a.id.localeCompare(b.id)).map((story) => story.id);
}

function addStats(total: EmbedStats | undefined, stats: EmbedStats): EmbedStats {
  if (!total) return { ...stats };
  return {
    asked: total.asked + stats.asked,
    cached: total.cached + stats.cached,
    embedded: total.embedded + stats.embedded,
    embedMs: total.embedMs + stats.embedMs,
  };
}
