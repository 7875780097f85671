/**
 * The DocumentSink that does the work in this process, through the incremental core's three operations: each
 * document is ingested (a content hash already done is not extracted or analysed again), the stories take the new
 * articles, and the stories that changed are briefed again (each brief stored with the story version it describes).
 */
import { ingestDocument } from '../api/ingest-documents.js';
import { refreshBriefs } from '../api/refresh-briefs.js';
import { updateStories } from '../api/update-stories.js';
import type { Brief } from '../core/model.js';
import type { Embedder } from '../embed/embedder.js';
import type { LlmConfig } from '../llm/chat-client.js';
import type { Store } from '../store/store.js';
import type { DocumentSink, SinkResult } from './document-sink.js';

export interface InProcessSinkOptions {
  /** Sentence embeddings for the briefs (on by default, as for `brief`). */
  embeddings?: boolean | Embedder;
  llm?: LlmConfig;
  /** Dated articles join only stories with an article within this many days. */
  windowDays?: number;
}

/**
 * @example const sink = createInProcessSink(store, { embeddings: false }); await sink.accept(docs)
 */
export function createInProcessSink(store: Store, options: InProcessSinkOptions = {}): DocumentSink {
  return {
    async accept(docs) {
      const result: SinkResult = { added: 0, failed: [], stories: [] };
      for (const doc of docs) {
        const outcome = await ingestDocument(store, doc);
        if (outcome.added) result.added++;
        if ('error' in outcome)
          result.failed.push({ input: doc.input, message: `${outcome.error.code}: ${outcome.error.message}` });
      }
      const update = await updateStories(
        store,
        options.windowDays === undefined ? {} : { windowDays: options.windowDays },
      );
      if (update.changed.length === 0) return result;
      const briefs = new Map<string, Brief>();
      await refreshBriefs(store, {
        storyIds: update.changed.map((change) => change.id),
        collect: false,
        ...(options.embeddings === undefined ? {} : { embeddings: options.embeddings }),
        ...(options.llm ? { llm: options.llm } : {}),
        onBrief: (brief, story) => {
          briefs.set(story.id, brief);
        },
      });
      result.stories = update.changed.flatMap((change) => {
        const brief = briefs.get(change.id);
        return brief ? [{ id: change.id, status: change.status, brief }] : [];
      });
      return result;
    },
  };
}
