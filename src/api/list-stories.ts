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
    const articles = new Map((await store.loadArticleHeads()).map((article) => [article.id, article]));
    const headlines = await briefTitles(
      store,
      stories.map((story) => story.id),
    );
    return {
      stories: stories.map((story) => ({
        id: story.id,
        // The brief's own headline once the story has been briefed; until then the title the clusterer gave it.
        title: headlines.get(story.id) ?? story.title,
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

/** Stored briefs read this many at a time: only their titles are kept, so memory stays small on a large store. */
const BRIEFS_PER_READ = 200;

async function briefTitles(store: Store, ids: string[]): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  for (let i = 0; i < ids.length; i += BRIEFS_PER_READ) {
    for (const { storyId, brief } of await store.loadBriefs(ids.slice(i, i + BRIEFS_PER_READ))) {
      if (brief.title) titles.set(storyId, brief.title);
    }
  }
  return titles;
}
