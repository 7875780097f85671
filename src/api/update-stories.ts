/**
 * The second incremental operation: the stored articles not yet in a story join the stories, through the
 * clusterer's state kept in the store. Story ids are stable: a story keeps the id of the article it started with
 * as it grows, and of stories found to be one the one that started first keeps its id (the other's is an alias).
 */
import {
  type Clusterer,
  type ClusterSettings,
  createClusterer,
  openClusterer,
  type PartReader,
  storyId,
} from '../cluster/create-clusterer.js';
import { compareArticles } from '../cluster/cluster.js';
import { fromParts } from '../cluster/cluster-parts.js';
import { STORY_WINDOW_DAYS } from '../core/config.js';
import type { Article, Story } from '../core/model.js';
import { storyDigest } from '../store/kysely-store.js';
import type { ClusterState, Store, StoredArticle, StoredStory, StoryWrite } from '../store/store.js';

/**
 * The head's data: the state is kept in parts (see cluster-parts.ts). A store whose head says otherwise holds the
 * one-document state of earlier versions: its next update takes every article again once and writes parts.
 */
const PARTS_FORMAT = '{"format":"parts"}';
/**
 * Updates are kept rewindable while they began within this many days of the newest article (and the latest always):
 * an article up to this late replays only the articles after it; an older one (or an undated one among dated
 * ones: undated articles come first in time order) replays every article, as the running IDF makes each article
 * weigh on every later one.
 */
const REWIND_DAYS = STORY_WINDOW_DAYS;
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * A late article is put in its time place (rewind and replay, as a batch run would order it) only while that takes
 * at most this many placed articles again, or as many as the update places (its cost at most doubles); a later one
 * is placed now, after the newest (see `outOfOrder`). Without the bound an article dated 1990, or an undated one
 * among dated ones (undated articles come first in time order and have no time of their own to restore), took
 * every stored article again: 34 s at 10k stored (bench/live-add.ts).
 */
export const MAX_RETAKEN = 500;

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
   * True when an article older than the newest one already clustered arrived: the clusterer then went back to the
   * last update before that article (or, when none is kept, to the start) and took every later article again in
   * time order, so the stories are those a batch run would give.
   */
  replayed: boolean;
  /** Articles placed before and taken again by that replay. */
  retaken: number;
  /**
   * Articles older than the newest one already clustered that were placed now, after it, without a replay: putting
   * them in their time place would have taken more than `maxRetaken` articles again (and more than it placed). Their stories can differ from
   * a batch run's (the terms of an article count in the IDF of those that came after it only from now on); their
   * own date still decides which stories they may join.
   */
  outOfOrder: number;
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
  /**
   * What the warm clusterer is kept under (default: the store given). A worker updates through a new transaction
   * store per job: it names its long-lived store here, or every job would parse the whole saved state again.
   */
  warmKey?: object;
  /**
   * A late article is replayed in its time place only while that takes at most this many again, or as many as the
   * update places (default MAX_RETAKEN).
   */
  maxRetaken?: number;
}

/**
 * The clusterer this process last wrote to a store, kept so that the next update in a long-running process (watch,
 * worker) need not parse the saved state again. It is used only while the stored state is the one it wrote (same
 * last article and count); it is dropped at the start of every update and set again only after a successful write.
 */
const warm = new WeakMap<object, { clusterer: Clusterer; lastKey: string; articles: number }>();

/**
 * Places the articles no story holds yet, and writes the stories that changed (one transaction).
 * @example const { changed } = await updateStories(store) // [{ id: 's_…', status: 'grown', version: 3, … }]
 */
export async function updateStories(store: Store, options: UpdateStoriesOptions = {}): Promise<StoryUpdate> {
  return store.transaction(async (tx) => {
    await tx.lockStories();
    const unplaced = await tx.unplacedArticleIds();
    if (unplaced.length === 0)
      return { changed: [], removed: [], placed: 0, replayed: false, retaken: 0, outOfOrder: 0 };
    const settings = {
      ...options.settings,
      ...(options.windowDays === undefined ? {} : { windowDays: options.windowDays }),
    };
    const head = await tx.loadClusterState();
    const state = head?.data === PARTS_FORMAT ? head : undefined;
    const fresh = await keysInTimeOrder(tx, unplaced);
    const newest: SortKey | undefined = state && JSON.parse(state.lastKey);
    const late = newest === undefined ? 0 : fresh.filter((item) => compareKeys(item.key, newest) <= 0).length;
    const everythingNew = state === undefined && (await tx.counts()).articles === unplaced.length;
    let clusterer: Clusterer;
    let last: SortKey;
    let articles: number;
    let retaken = 0;
    let whole = false;
    const warmKey = options.warmKey ?? store;
    const cached = warm.get(warmKey);
    warm.delete(warmKey);
    const point = late === 0 || state === undefined ? undefined : await rewindPoint(tx, fresh[0]!.key);
    // Too late to replay: the late articles are placed now, after the newest, with the new ones (in time order).
    const bound = Math.max(options.maxRetaken ?? MAX_RETAKEN, fresh.length);
    const placeNow = late > 0 && state !== undefined && state.articles - (point?.articles ?? 0) > bound;
    const append = state !== undefined && (late === 0 || placeNow);
    // A restored clusterer reads from the stored state only the parts the new articles and their stories touch.
    const read: PartReader = (kind, keys) => tx.loadClusterParts(kind, keys);
    if (append || everythingNew) {
      const same = cached && state && cached.lastKey === state.lastKey && cached.articles === state.articles;
      clusterer =
        append && same
          ? cached.clusterer
          : append
            ? ((await openClusterer(settings, read)) ??
              createClusterer(settings, fromParts(await tx.loadClusterParts())))
            : createClusterer(settings);
      for await (const item of loadInOrder(tx, fresh)) await clusterer.addFrom(read, item);
      last = newest !== undefined && compareKeys(newest, fresh.at(-1)!.key) > 0 ? newest : fresh.at(-1)!.key;
      articles = (state?.articles ?? 0) + fresh.length;
      whole = !append;
    } else if (point !== undefined) {
      // An article older than the last one clustered: the state goes back to the last update that began before
      // it, and the articles taken since are taken again with the new ones, in time order.
      const removed = await tx.rewindClusterState(point.articles);
      const since = removed.flatMap((row) =>
        row.kind === 'member' ? [(JSON.parse(row.data!) as { id: string }).id] : [],
      );
      clusterer = createClusterer(settings, fromParts(await tx.loadClusterParts()));
      const keyed = await keysInTimeOrder(tx, [...since, ...unplaced]);
      for await (const item of loadInOrder(tx, keyed)) clusterer.add(item);
      last = keyed.at(-1)!.key;
      articles = point.articles + keyed.length;
      retaken = since.length;
    } else {
      // Older than every update kept (or a store clustered before states were kept in parts): every stored article
      // is taken again in time order, as a batch run takes them.
      clusterer = createClusterer(settings);
      const everything = sortByTime(await tx.loadArticles());
      for (const item of everything) clusterer.add(item);
      last = sortKey(everything.at(-1)!.article);
      articles = everything.length;
      retaken = articles - unplaced.length;
      whole = true;
    }
    // Appended to the stored state: only the stories it changed are compared with the stored ones (a rewound or
    // rebuilt state is compared whole: the stored stories hold what it undid).
    const stories = append ? await clusterer.changedStoriesFrom(read) : clusterer.stories();
    const write = await planWrite(tx, stories, clusterer, !append);
    write.state = {
      data: PARTS_FORMAT,
      lastKey: JSON.stringify(last),
      articles,
      parts: clusterer.changes(),
      whole,
      keepUndoFrom: whole ? articles : await keepUndoFrom(tx, state!.articles, last),
    };
    await tx.writeStories(write);
    if (options.keepWarm !== false)
      warm.set(warmKey, { clusterer, lastKey: write.state.lastKey, articles: write.state.articles });
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
      placed: unplaced.length,
      replayed: !append && !everythingNew,
      retaken,
      outOfOrder: placeNow ? late : 0,
    };
  });
}

/**
 * The stories to write, each with its id: the clusterer's (the story's first article's) when that is stored
 * already or the story holds no stored story's first article among its own members; else the id of the earliest
 * stored story whose first article it holds as its own (a replay found an older first article: the id the story
 * was known by stays). An orphan shown in a story it was adopted into never lends that story its id (a batch run
 * gives the story its own founder's): its id becomes an alias, and follows the orphan wherever it is shown next.
 * Only stories whose digest changed are written, each with its version raised. With `every` false the stories
 * are only those that changed: they are compared with the stored stories holding their articles (and those of
 * their ids), and a stored story that held one of their articles under another id is gone.
 */
async function planWrite(store: Store, stories: Story[], clusterer: Clusterer, every: boolean): Promise<StoryWrite> {
  const firstArticles = clusterer.firstArticles();
  const arrival = clusterer.arrival();
  const adopted = clusterer.adoptedArticles();
  const related = every
    ? undefined
    : [
        ...new Set([
          ...stories.map((story) => story.id),
          ...(await store.storiesOfArticles(stories.flatMap((story) => story.articleIds))).map((row) => row.id),
        ]),
      ];
  const digests = await store.storyDigests(related);
  const founded = new Map([...digests].map(([id, row]) => [row.firstArticleId, id]));
  const state = { data: '', lastKey: '', articles: 0, parts: [], whole: false, keepUndoFrom: 0 };
  const followers: { alias: string; into: string }[] = [];
  const write: StoryWrite = { state, stories: [], removed: [], followers };
  const kept = new Set<string>();
  const storyOf = new Map<string, string>();
  const ids = stories.map((story) => {
    let first = firstArticles.get(story.id)!;
    let id = story.id;
    // The clusterer's id when it is stored already (as a batch run gives it); else the earliest stored one.
    let earliest = digests.has(id) ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    for (const articleId of story.articleIds) {
      const stored = founded.get(articleId);
      const seq = arrival.get(articleId) ?? Number.POSITIVE_INFINITY;
      if (stored !== undefined && !adopted.has(articleId) && seq < earliest) {
        earliest = seq;
        id = stored;
        first = articleId;
      }
    }
    kept.add(id);
    for (const articleId of story.articleIds) storyOf.set(articleId, id);
    return { id, first };
  });
  stories.forEach((story, i) => {
    const { id, first } = ids[i]!;
    const next: Story = { ...story, id };
    const before = digests.get(id);
    if (before && before.digest === storyDigest(next)) return;
    write.stories.push({ ...next, version: (before?.version ?? 0) + 1, firstArticleId: first, aliases: [] });
    // An id once given to a story of its own stays with the article it was named after (a story's id is its
    // first article's): where that article is shown now, its old id leads.
    for (const articleId of story.articleIds) {
      const named = storyId(articleId);
      if (named !== id && !kept.has(named)) followers.push({ alias: named, into: id });
    }
  });
  for (const [id, row] of digests) {
    if (kept.has(id)) continue;
    const into = storyOf.get(row.firstArticleId);
    write.removed.push(into === undefined ? { id } : { id, into });
  }
  return write;
}

/** The latest kept rewind point that lies before this article (undefined: none does). */
async function rewindPoint(store: Store, key: SortKey): Promise<ClusterState | undefined> {
  const points = await store.clusterRewindPoints();
  return points.findLast((point) => compareKeys(JSON.parse(point.lastKey) as SortKey, key) < 0);
}

/**
 * The first update whose undo rows stay: the last that began before REWIND_DAYS ahead of the newest article (an
 * article late by less than that finds it, or a later one, to go back to), or this one (which began at `since`
 * articles) when that is later. Dates compare as the time order compares them, as text.
 */
async function keepUndoFrom(store: Store, since: number, last: SortKey): Promise<number> {
  const newest = Date.parse(last[0]);
  if (Number.isNaN(newest)) return since;
  const cutoff = new Date(newest - REWIND_DAYS * DAY_MS).toISOString();
  const points = await store.clusterRewindPoints();
  const before = points.findLast((point) => (JSON.parse(point.lastKey) as SortKey)[0].localeCompare(cutoff) < 0);
  return Math.min(since, (before ?? points[0])?.articles ?? since);
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
