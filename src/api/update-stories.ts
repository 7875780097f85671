/**
 * The second incremental operation: the stored articles not yet in a story join the stories, through the
 * clusterer's state kept in the store. Story ids are stable: a story keeps the id of the article it started with
 * as it grows, and of stories found to be one the one that started first keeps its id (the other's is an alias).
 */
import { type Clusterer, type ClusterSettings, createClusterer } from '../cluster/create-clusterer.js';
import { compareArticles } from '../cluster/cluster.js';
import type { SavedClusterer } from '../cluster/saved-clusterer.js';
import type { Article, Story } from '../core/model.js';
import { storyDigest } from '../store/kysely-store.js';
import type { Store, StoredArticle, StoredStory, StoryWrite } from '../store/store.js';

export interface StoryChange {
  id: string;
  /** new: first stored now; grown: took articles (or its title or events changed); merged: took another story. */
  status: 'new' | 'grown' | 'merged';
  articleIds: string[];
  aliases: string[];
  version: number;
}

export interface StoryUpdate {
  changed: StoryChange[];
  /** Ids no longer stories of their own (merged into another: see the aliases of `changed`). */
  removed: string[];
  /** Articles placed by this update. */
  placed: number;
  /**
   * True when an article older than the newest one already clustered arrived: the clusterer then took every stored
   * article again in time order, so the stories are those a batch run would give.
   */
  replayed: boolean;
}

export interface UpdateStoriesOptions {
  /** Dated articles join only stories with an article within this many days (default STORY_WINDOW_DAYS). */
  windowDays?: number;
  /** Clusterer settings for calibration runs (the same on every update of one store). */
  settings?: Partial<ClusterSettings>;
  /**
   * Keep the clusterer in memory for the next update on this store (default true: watch and worker update again).
   * A one-off run says false: the clusterer of 12.7k articles held ~200 MB of heap through the whole brief phase.
   */
  keepWarm?: boolean;
}

/**
 * The clusterer this process last wrote to a store, kept so that the next update in a long-running process (watch,
 * worker) need not parse the saved state again. It is used only while the stored state is the one it wrote (same
 * last article and count); it is dropped at the start of every update and set again only after a successful write.
 */
const warm = new WeakMap<Store, { clusterer: Clusterer; lastKey: string; articles: number }>();

/**
 * Places the articles no story holds yet, and writes the stories that changed (one transaction).
 * @example const { changed } = await updateStories(store) // [{ id: 's_…', status: 'grown', version: 3, … }]
 */
export async function updateStories(store: Store, options: UpdateStoriesOptions = {}): Promise<StoryUpdate> {
  return store.transaction(async (tx) => {
    await tx.lockStories();
    const unplaced = await tx.unplacedArticleIds();
    if (unplaced.length === 0) return { changed: [], removed: [], placed: 0, replayed: false };
    const settings = {
      ...options.settings,
      ...(options.windowDays === undefined ? {} : { windowDays: options.windowDays }),
    };
    const state = await tx.loadClusterState();
    const fresh = await keysInTimeOrder(tx, unplaced);
    const inOrder = state !== undefined && compareKeys(fresh[0]!.key, JSON.parse(state.lastKey)) > 0;
    const placedBefore = state?.articles ?? 0;
    const everythingNew = state === undefined && (await tx.counts()).articles === unplaced.length;
    let clusterer: Clusterer;
    let last: SortKey;
    const cached = warm.get(store);
    warm.delete(store);
    if (inOrder || everythingNew) {
      const same = cached && state && cached.lastKey === state.lastKey && cached.articles === state.articles;
      clusterer =
        inOrder && same
          ? cached.clusterer
          : createClusterer(settings, inOrder ? (JSON.parse(state!.data) as SavedClusterer) : undefined);
      for await (const item of loadInOrder(tx, fresh)) clusterer.add(item);
      last = fresh.at(-1)!.key;
    } else {
      // An article older than the last one clustered (or a store clustered before states were kept): every stored
      // article is taken again in time order, as a batch run takes them.
      clusterer = createClusterer(settings);
      const everything = sortByTime(await tx.loadArticles());
      for (const item of everything) clusterer.add(item);
      last = sortKey(everything.at(-1)!.article);
    }
    const stories = clusterer.stories();
    const write = await planWrite(tx, stories, clusterer.firstArticles(), clusterer.arrival());
    const saved = clusterer.save();
    write.state = {
      data: JSON.stringify(saved),
      lastKey: JSON.stringify(last),
      articles: saved.members.length,
    };
    await tx.writeStories(write);
    if (options.keepWarm !== false)
      warm.set(store, { clusterer, lastKey: write.state.lastKey, articles: write.state.articles });
    const stored = new Map((await tx.loadStoredStories(write.stories.map((s) => s.id))).map((s) => [s.id, s]));
    const mergedInto = new Set(write.removed.flatMap((gone) => (gone.into === undefined ? [] : [gone.into])));
    const changed = write.stories.map((story): StoryChange => {
      const now = stored.get(story.id) ?? story;
      const status = story.version === 1 ? 'new' : mergedInto.has(story.id) ? 'merged' : 'grown';
      return { id: story.id, status, articleIds: story.articleIds, aliases: now.aliases, version: story.version };
    });
    return {
      changed,
      removed: write.removed.map((gone) => gone.id),
      placed: saved.members.length - (inOrder ? placedBefore : 0),
      replayed: !inOrder && !everythingNew,
    };
  });
}

/**
 * The stories to write, each with its id: the clusterer's (the story's first article's) when that is stored
 * already or the story holds no stored story's first article; else the id of the earliest stored story whose
 * first article it holds (a replay found an older first article: the id the story was known by stays).
 * Only stories whose digest changed are written, each with its version raised.
 */
async function planWrite(
  store: Store,
  stories: Story[],
  firstArticles: Map<string, string>,
  arrival: Map<string, number>,
): Promise<StoryWrite> {
  const digests = await store.storyDigests();
  const founded = new Map([...digests].map(([id, row]) => [row.firstArticleId, id]));
  const write: StoryWrite = { state: { data: '', lastKey: '', articles: 0 }, stories: [], removed: [] };
  const kept = new Set<string>();
  const storyOf = new Map<string, string>();
  for (const story of stories) {
    let first = firstArticles.get(story.id)!;
    let id = story.id;
    // The clusterer's id when it is stored already (as a batch run gives it); else the earliest stored one.
    let earliest = digests.has(id) ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    for (const articleId of story.articleIds) {
      const stored = founded.get(articleId);
      const seq = arrival.get(articleId) ?? Number.POSITIVE_INFINITY;
      if (stored !== undefined && seq < earliest) {
        earliest = seq;
        id = stored;
        first = articleId;
      }
    }
    kept.add(id);
    for (const articleId of story.articleIds) storyOf.set(articleId, id);
    const next: Story = { ...story, id };
    const before = digests.get(id);
    if (before && before.digest === storyDigest(next)) continue;
    write.stories.push({ ...next, version: (before?.version ?? 0) + 1, firstArticleId: first, aliases: [] });
  }
  for (const [id, row] of digests) {
    if (kept.has(id)) continue;
    const into = storyOf.get(row.firstArticleId);
    write.removed.push(into === undefined ? { id } : { id, into });
  }
  return write;
}

type SortKey = [string, string, string];

/** What `compareArticles` orders by: date, input, id. */
function sortKey(article: Article): SortKey {
  return [article.publishedAt ?? '', article.input, article.id];
}

function compareKeys(a: SortKey, b: SortKey): number {
  return a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]) || a[2].localeCompare(b[2]);
}

/** Articles read this many at a time: a large update never holds every new article and analysis at once. */
const ARTICLES_PER_LOAD = 500;

/** The sort keys of these articles in time order (each article read once, then let go). */
async function keysInTimeOrder(store: Store, ids: string[]): Promise<{ key: SortKey; id: string }[]> {
  const keyed: { key: SortKey; id: string }[] = [];
  for (let i = 0; i < ids.length; i += ARTICLES_PER_LOAD)
    for (const { article } of await store.loadArticles(ids.slice(i, i + ARTICLES_PER_LOAD)))
      keyed.push({ key: sortKey(article), id: article.id });
  return keyed.sort((a, b) => compareKeys(a.key, b.key));
}

/** The articles in the given order, read a slice at a time. */
async function* loadInOrder(store: Store, keyed: { id: string }[]): AsyncGenerator<StoredArticle> {
  for (let i = 0; i < keyed.length; i += ARTICLES_PER_LOAD) {
    const slice = keyed.slice(i, i + ARTICLES_PER_LOAD).map((item) => item.id);
    const byId = new Map((await store.loadArticles(slice)).map((item) => [item.article.id, item]));
    for (const id of slice) yield byId.get(id)!;
  }
}

function sortByTime<T extends { article: Article }>(items: T[]): T[] {
  return items.sort((a, b) => compareArticles(a.article, b.article));
}

export type { StoredStory };
