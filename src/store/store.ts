/** The storage contract every driver (SQLite now, PostgreSQL later) implements and is tested against. */
import type { Analysis, Article, Document, Story } from '../core/model.js';
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

export interface Store {
  /** Keeps a document; returns false when one with the same content hash is already stored. */
  saveDocument(doc: Document): Promise<boolean>;
  /** Keeps an article and its analysis (the analysis is replaced when the analyzer changed). */
  saveArticle(article: Article, analysis: Analysis): Promise<boolean>;
  /** Records why an input could not be read (the latest reason per input). */
  saveFailure(input: string, error: Rejection): Promise<void>;
  loadArticles(ids?: string[]): Promise<StoredArticle[]>;
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
