/** The Reader over a Store: story list, briefs made on first view and kept, articles, search, adding sources. */
import type { Article, Brief, Story } from '../core/model.js';
import type { Store } from '../store/store.js';
import type {
  ArticleView,
  IngestReport,
  Reader,
  SearchResults,
  StatementHit,
  StoryListing,
  StorySort,
} from './reader.js';

/**
 * A story's current brief: the stored one when it describes the story's version, else made and stored (the pipeline's
 * `refreshBriefs`, passed in so this file does not load the pipeline).
 */
export type BriefMaker = (store: Store, storyId: string) => Promise<Brief | undefined>;

/** How inputs are added to the store (the pipeline's `brief`), returning what it read and the stories touched. */
export type Ingester = (inputs: string[], store: Store) => Promise<IngestReport>;

interface Snapshot {
  stories: Story[];
  byId: Map<string, Story>;
  heads: Map<string, Article>;
  storiesOfArticle: Map<string, string[]>;
}

/**
 * A Reader that reads the store once per change: stories and article metadata in memory, briefs made when first
 * asked for and kept until the story changes, adds serialised so two forms never interleave their writes.
 * @example const reader = createStoreReader(store, { makeBrief: briefStory, ingest })
 */
export function createStoreReader(store: Store, pipeline: { makeBrief: BriefMaker; ingest: Ingester }): Reader {
  let snapshot: Promise<Snapshot> | undefined;
  let version = 1;
  const briefs = new Map<string, { key: string; brief: Brief }>();
  let adding: Promise<unknown> = Promise.resolve();
  // Sorted lists kept until the stories change or another brief is made (its headline replaces the stored title).
  const lists = new Map<string, { briefs: number; stories: StoryListing[] }>();

  const current = (): Promise<Snapshot> => {
    snapshot ??= readSnapshot(store);
    return snapshot;
  };

  async function brief(storyId: string): Promise<Brief | undefined> {
    const { byId } = await current();
    const story = byId.get(storyId);
    if (story === undefined) return undefined;
    const key = story.articleIds.join(' ');
    const kept = briefs.get(storyId);
    if (kept?.key === key) return kept.brief;
    const made = await pipeline.makeBrief(store, storyId);
    if (made === undefined) return undefined;
    briefs.set(storyId, { key, brief: made });
    return made;
  }

  return {
    version: () => version,
    revision: () => `${version}.${briefs.size}`,
    async listStories(sort: StorySort = 'newest', filter = '') {
      const { stories, heads } = await current();
      const key = `${version} ${sort} ${filter}`;
      const kept = lists.get(key);
      if (kept?.briefs === briefs.size) return kept.stories;
      const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
      const listings = stories
        .map((story) => listing(story, heads, briefs.get(story.id)?.brief))
        .filter((item) => words.every((word) => item.title.toLowerCase().includes(word)))
        .sort(ORDER[sort]);
      if (lists.size > 100) lists.clear();
      lists.set(key, { briefs: briefs.size, stories: listings });
      return listings;
    },
    brief,
    async currentId(storyId: string) {
      const [story] = await store.loadStoredStories([storyId]);
      return story !== undefined && story.id !== storyId ? story.id : undefined;
    },
    async warm(signal?: AbortSignal) {
      let made = 0;
      const { stories, heads } = await current();
      const order = stories.map((story) => listing(story, heads, undefined)).sort(ORDER.newest);
      for (const { id } of order) {
        if (signal?.aborted) break;
        if (briefs.has(id)) continue;
        // One story per turn of the event loop: requests are answered between briefs.
        await new Promise((resolve) => setImmediate(resolve));
        if ((await brief(id)) !== undefined) made++;
      }
      return made;
    },
    async article(articleId: string): Promise<ArticleView | undefined> {
      const [item] = await store.loadArticles([articleId]);
      if (item === undefined) return undefined;
      const { storiesOfArticle } = await current();
      return { ...item, storyIds: storiesOfArticle.get(articleId) ?? [] };
    },
    async search(query: string, limit = 20): Promise<SearchResults> {
      const articles = await store.search(query, limit);
      return { articles, statements: searchStatements(query, briefs, limit) };
    },
    ingest(inputs: string[]) {
      const run = adding.then(async () => {
        const report = await pipeline.ingest(inputs, store);
        snapshot = undefined;
        // A story can change without changing its members (an article's text replaced): forget every brief held;
        // the stored ones are read back cheaply, stale ones made again.
        briefs.clear();
        version++;
        return report;
      });
      adding = run.catch(() => undefined);
      return run;
    },
    close: () => store.close(),
  };
}

async function readSnapshot(store: Store): Promise<Snapshot> {
  const stories = await store.loadStories();
  const heads = new Map<string, Article>();
  // Only the article metadata is read: analyses are read when a brief or an article page needs them.
  for (const head of await store.loadArticleHeads()) heads.set(head.id, head);
  const storiesOfArticle = new Map<string, string[]>();
  for (const story of stories) {
    for (const id of story.articleIds) {
      const list = storiesOfArticle.get(id);
      if (list) list.push(story.id);
      else storiesOfArticle.set(id, [story.id]);
    }
  }
  return { stories, byId: new Map(stories.map((story) => [story.id, story])), heads, storiesOfArticle };
}

function listing(story: Story, heads: Map<string, Article>, brief: Brief | undefined): StoryListing {
  const articles = story.articleIds.map((id) => heads.get(id)).filter((a): a is Article => a !== undefined);
  const dates = articles
    .map((a) => a.publishedAt)
    .filter((d): d is string => d !== undefined && !Number.isNaN(Date.parse(d)))
    .sort();
  const outlets = [...new Set(articles.map((a) => a.outlet).filter((o): o is string => Boolean(o)))].sort();
  const item: StoryListing = { id: story.id, title: brief?.title ?? story.title, sources: articles.length, outlets };
  if (dates.length > 0) item.latest = dates[dates.length - 1]!;
  if (brief !== undefined) item.disputes = brief.disputes.length;
  return item;
}

const byTitle = (a: StoryListing, b: StoryListing) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id);

const ORDER: Record<StorySort, (a: StoryListing, b: StoryListing) => number> = {
  newest: (a, b) => (b.latest ?? '').localeCompare(a.latest ?? '') || b.sources - a.sources || byTitle(a, b),
  sources: (a, b) => b.sources - a.sources || (b.latest ?? '').localeCompare(a.latest ?? '') || byTitle(a, b),
  disputed: (a, b) => (b.disputes ?? -1) - (a.disputes ?? -1) || b.sources - a.sources || byTitle(a, b),
};

/** Statements of the briefs made so far whose speaker or words hold every word of the query. */
function searchStatements(query: string, briefs: Map<string, { brief: Brief }>, limit: number): StatementHit[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const hits: StatementHit[] = [];
  for (const [storyId, { brief }] of [...briefs].sort(([a], [b]) => a.localeCompare(b))) {
    for (const statement of brief.statements) {
      for (const quote of statement.quotes) {
        const haystack = `${statement.speaker} ${quote.text}`.toLowerCase();
        if (!words.every((word) => haystack.includes(word))) continue;
        hits.push({ storyId, speaker: statement.speaker, text: quote.text, span: quote.span });
        if (hits.length >= limit) return hits;
        break;
      }
    }
  }
  return hits;
}
