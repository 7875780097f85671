/** The storage contract every driver (SQLite now, PostgreSQL later) implements and is tested against. */
import type { Transaction } from 'kysely';
import type { Analysis, Article, Document, Story } from '../core/model.js';
import type { Rejection } from '../core/outcome.js';
import type { Database } from './schema.js';

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
  /** A stored document by its id (its content hash), as it was saved; undefined when none is stored. */
  loadDocument(id: string): Promise<Document | undefined>;
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
  /**
   * Runs `fn` with a store whose writes all join one database transaction, and that transaction's handle for rows of
   * other tables that must commit with them (a job queue's): all are committed when `fn` resolves, none when it throws.
   */
  transaction<T>(fn: (store: Store, trx: Transaction<Database>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
