/** The DocumentSink that does the work in this process: ingest → update stories → brief the changed stories. */
import { extractSafely } from '../api/extract-safely.js';
import { briefStory } from '../api/brief.js';
import { cluster } from '../cluster/cluster.js';
import type { AnalyzedArticle, Document } from '../core/model.js';
import type { Store } from '../store/store.js';
import type { ChangedStory, DocumentSink, SinkResult } from './document-sink.js';

/**
 * @example const sink = createInProcessSink(store); await sink.accept(docs)
 */
export function createInProcessSink(store: Store): DocumentSink {
  return {
    async accept(docs) {
      const { analyze } = await import('../analyze/analyze.js');
      const result: SinkResult = { added: 0, failed: [], stories: [] };
      const fresh = new Set<string>();
      for (const doc of docs) {
        if (await store.saveDocument(doc)) result.added++;
        const article = extractSafely(doc);
        if (!article.ok) {
          await recordFailure(store, doc, article.error.message, result);
          continue;
        }
        await store.saveArticle(article.value, analyze(article.value));
        fresh.add(article.value.id);
      }
      if (fresh.size > 0) result.stories = await updateStories(store, fresh);
      return result;
    },
  };
}

async function recordFailure(store: Store, doc: Document, message: string, result: SinkResult): Promise<void> {
  await store.saveFailure(doc.input, { code: 'no-article', message });
  result.failed.push({ input: doc.input, message });
}

/** Reclusters what is stored and briefs every story holding one of the fresh articles. */
async function updateStories(store: Store, fresh: Set<string>): Promise<ChangedStory[]> {
  const before = await store.loadStories();
  const stored: AnalyzedArticle[] = await store.loadArticles();
  const stories = cluster(stored);
  await store.saveStories(stories);
  const known = new Set(before.flatMap((story) => story.articleIds.filter((id) => !fresh.has(id))));
  const byId = new Map(stored.map((item) => [item.article.id, item]));
  return stories
    .filter((story) => story.articleIds.some((id) => fresh.has(id)))
    .map((story) => ({
      id: story.id,
      status: story.articleIds.some((id) => known.has(id)) ? 'grown' : 'new',
      brief: briefStory(
        story,
        story.articleIds.map((id) => byId.get(id)!),
      ),
    }));
}
