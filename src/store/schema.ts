/** Table definitions shared by the drivers, and the migration that creates them. */
import { type Kysely, sql } from 'kysely';
import { migrateWatchState, type WatchSeenRow, type WatchSourceRow } from './watch-state.js';

export interface DocumentRow {
  id: string;
  input: string;
  input_id: string | null;
  format: string;
  content: string;
  meta: string;
}

export interface ArticleRow {
  id: string;
  document_input: string;
  data: string;
}

export interface AnalysisRow {
  article_id: string;
  data: string;
}

export interface StoryRow {
  id: string;
  title: string;
  article_ids: string;
}

export interface FailureRow {
  input: string;
  code: string;
  message: string;
}

/** A cached sentence vector: base64 of its little-endian float32 values, per embedding model. */
export interface VectorRow {
  model: string;
  key: string;
  data: string;
}

export interface Database {
  documents: DocumentRow;
  articles: ArticleRow;
  analyses: AnalysisRow;
  stories: StoryRow;
  failures: FailureRow;
  vectors: VectorRow;
  watch_sources: WatchSourceRow;
  watch_seen: WatchSeenRow;
}

/** Creates the tables when missing; safe to run on every open. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  await db.schema
    .createTable('documents')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('input', 'text', (c) => c.notNull())
    .addColumn('input_id', 'text')
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('meta', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('articles')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_input', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('analyses')
    .ifNotExists()
    .addColumn('article_id', 'text', (c) => c.primaryKey())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('stories')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('article_ids', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('failures')
    .ifNotExists()
    .addColumn('input', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('vectors')
    .ifNotExists()
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('vectors_pk', ['model', 'key'])
    .execute();
  await migrateWatchState(db);
}

/** SQLite's full-text index over article titles and texts (FTS5, porter stemming). */
export async function migrateSqliteSearch(db: Kysely<Database>): Promise<void> {
  await sql`create virtual table if not exists article_search using fts5(article_id unindexed, title, text, tokenize = 'porter unicode61')`.execute(
    db,
  );
}
