/** What is in the store, read without loading the pipeline (the `stories` command). */
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';

/**
 * The stories in the store, without recomputing anything.
 * @example const stories = await listStories({ db: 'triangulate.sqlite' })
 */
export async function listStories(
  options: { db?: string | Store } = {},
): Promise<{ stories: { id: string; title: string; articles: { id: string; input: string; inputId?: string }[] }[] }> {
  const store = typeof options.db === 'object' ? options.db : await openStore(options.db);
  try {
    const stories = await store.loadStories();
    const articles = new Map((await store.loadArticles()).map(({ article }) => [article.id, article]));
    return {
      stories: stories.map((story) => ({
        id: story.id,
        title: story.title,
        articles: story.articleIds.map((id) => {
          const article = articles.get(id);
          const entry: { id: string; input: string; inputId?: string } = { id, input: article?.input ?? '' };
          if (article?.inputId !== undefined) entry.inputId = article.inputId;
          return entry;
        }),
      })),
    };
  } finally {
    if (typeof options.db !== 'object') await store.close();
  }
}
