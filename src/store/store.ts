/** The storage contract every driver (SQLite now, PostgreSQL later) implements and is tested against. */
import type { Analysis, Article, Brief, Document, Story } from '../core/model.js';
import type { Rejection } from '../core/outcome.js';
import type { SourceState } from './watch-state.js';

export type { SourceState } from './watch-state.js';

/** An article as kept in the store, with the analysis made of it. */
export interface StoredArticle {
  article: Article;
  analysis: Analysis;
}

export interface StoreCounts {
  documents: number;
  articles: number;
  stories: number;
  failures: number;
}

export interface SearchHit {
  articleId: string;
  title: string;
  snippet: string;
}

/** A story as the incremental store keeps it: a stable id, a version that grows with each change, its aliases. */
export interface StoredStory extends Story {
  version: number;
  /** The article the id comes from. */
  firstArticleId: string;
  /** Ids of stories merged into this one. */
  aliases: string[];
}

/** What became of a stored document: the article made of it (and the input it was read from), or why none was. */
export type DocumentOutcome = { articleId: string; input: string; inputId?: string } | { error: Rejection };

/** The head of the clusterer's saved state: JSON of its format, the sort key of the last article it took, how many. */
export interface ClusterState {
  data: string;
  lastKey: string;
  articles: number;
}

/** One part of the clusterer's state: a kind, a key, JSON (null: the part is gone). */
export interface ClusterPart {
  kind: string;
  key: string;
  data: string | null;
}

/** The clusterer's state as an update writes it: the new head and the parts it changed. */
export interface ClusterWrite extends ClusterState {
  parts: ClusterPart[];
  /** The parts are the whole state (a first run or a full replay): every part and undo row stored goes. */
  whole: boolean;
  /** Undo rows of updates that began before this many articles go: the state is no longer rewound that far. */
  keepUndoFrom: number;
}

/** One story update, written in one transaction: the clusterer's new state and the stories that changed. */
export interface StoryWrite {
  state: ClusterWrite;
  /** Stories new or changed, each with its version already raised. */
  stories: StoredStory[];
  /** Ids gone from the store: each now an alias of the story that took its articles (or of none). */
  removed: { id: string; into?: string }[];
  /**
   * Ids named after an article of a written story, each with that story: an alias of that name (an id the article's
   * own story had once) now points there. Names that are no alias are left alone (none is made).
   */
  followers?: { alias: string; into: string }[];
}

/** A stored brief and the story version it describes. */
export interface StoredBrief {
  storyId: string;
  version: number;
  brief: Brief;
}

export interface Store {
  /** Keeps a document; returns false when one with the same content hash is already stored. */
  saveDocument(doc: Document): Promise<boolean>;
  /** A stored document by its id (its content hash), as it was saved (a worker's job names only the id). */
  loadDocument(id: string): Promise<Document | undefined>;
  /**
   * Keeps an article and its analysis (the analysis is replaced when the analyzer changed); with the id of the
   * document it came from, records that document as done.
   */
  saveArticle(article: Article, analysis: Analysis, documentId?: string): Promise<boolean>;
  /** Records why an input could not be read (the latest reason per input); with a document id, that it is done. */
  saveFailure(input: string, error: Rejection, documentId?: string): Promise<void>;
  /** What became of a stored document (undefined: not stored, or not extracted yet). */
  documentOutcome(documentId: string): Promise<DocumentOutcome | undefined>;
  /** Ids of stored articles that sit in no story yet (byte order). */
  unplacedArticleIds(): Promise<string[]>;
  /** The head of the clusterer's state (undefined before the first update). */
  loadClusterState(): Promise<ClusterState | undefined>;
  /**
   * Parts of the clusterer's state: every one; every one of a kind; or those of a kind with these keys (the keys that
   * name no part are left out). A clusterer restored from the store reads only the parts new articles touch.
   */
  loadClusterParts(kind?: string, keys?: readonly string[]): Promise<ClusterPart[]>;
  /** The heads the state can be rewound to (one per recent update: the head it began from), oldest first. */
  clusterRewindPoints(): Promise<ClusterState[]>;
  /**
   * Inside `transaction`: puts the clusterer's state back to the rewind point of `articles` articles; returns the
   * parts written since that did not exist then (the members taken since among them).
   */
  rewindClusterState(articles: number): Promise<ClusterPart[]>;
  /**
   * Inside `transaction`: waits until no other process is updating stories, and holds that until the transaction
   * ends (SQLite's write transactions already exclude each other; PostgreSQL takes an advisory lock).
   */
  lockStories(): Promise<void>;
  /** Writes a story update (state, changed stories, members, aliases) in one transaction. */
  writeStories(write: StoryWrite): Promise<void>;
  /** Stories with versions and aliases: all, or those of these ids (an alias finds the story it points at). */
  loadStoredStories(ids?: string[]): Promise<StoredStory[]>;
  /** Per stored story (every one, or those of these ids), its digest (see StoryRow), version and first article. */
  storyDigests(ids?: string[]): Promise<Map<string, { digest: string; version: number; firstArticleId: string }>>;
  /** The stories holding these articles, each once, with its number of articles. */
  storiesOfArticles(articleIds: string[]): Promise<{ id: string; size: number }[]>;
  /** Raises the version of the stories holding these articles (their text changed), so their briefs go stale. */
  touchArticles(articleIds: string[]): Promise<void>;
  /** Ids of stories whose brief is missing or older than the story (byte order). */
  staleStoryIds(): Promise<string[]>;
  saveBrief(brief: StoredBrief): Promise<void>;
  loadBriefs(storyIds: string[]): Promise<StoredBrief[]>;
  /**
   * Runs `fn` on a store whose every write is part of one database transaction, committed when `fn` resolves and
   * rolled back when it throws (a worker writes a stage's result and enqueues the next job together).
   */
  transaction<T>(fn: (store: Store) => Promise<T>): Promise<T>;
  /**
   * Runs one SQL statement of the caller's own on this store's connection (inside `transaction`, in that
   * transaction): a job queue beside the store enqueues in the transaction that writes a stage's result.
   * Parameters are `$1, $2…` on PostgreSQL and `?` on SQLite.
   */
  execute(statement: string, parameters?: readonly unknown[]): Promise<Record<string, unknown>[]>;
  loadArticles(ids?: string[]): Promise<StoredArticle[]>;
  /**
   * Every stored article's metadata, its text left empty and its analysis not read (byte order of ids): story lists
   * and the reader's index need dates, outlets and inputs of thousands of articles, not their analyses. Rows are read
   * `pageSize` at a time.
   */
  loadArticleHeads(pageSize?: number): Promise<Article[]>;
  /** Replaces the stored stories with a new clustering of everything stored. */
  saveStories(stories: Story[]): Promise<void>;
  loadStories(): Promise<Story[]>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /** Cached sentence vectors of one embedding model, by text key (keys with none cached are absent). */
  loadVectors(model: string, keys: readonly string[]): Promise<Map<string, Float32Array>>;
  /** Caches sentence vectors of one embedding model (a key already cached keeps its vector). */
  saveVectors(model: string, vectors: ReadonlyMap<string, Float32Array>): Promise<void>;
  counts(): Promise<StoreCounts>;
  /** `watch`: a source's validators and failure count as last polled (undefined before its first poll). */
  loadSourceState(source: string): Promise<SourceState | undefined>;
  saveSourceState(state: SourceState): Promise<void>;
  /** `watch`: which of these items of a source were already handled. */
  findSeenItems(source: string, items: readonly string[]): Promise<Set<string>>;
  /** `watch`: records items of a source as handled (after their documents reached the store). */
  markItemsSeen(source: string, items: readonly string[]): Promise<void>;
  close(): Promise<void>;
}
