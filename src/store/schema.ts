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
  /** Grows by one whenever the story's articles, title or events change; a brief names the version it describes. */
  version: number;
  /** The article the story's id comes from (its earliest when it was first stored). */
  first_article_id: string | null;
  /** The story as JSON (events included). */
  data: string | null;
  /** A digest of `data`: an update rewrites only the stories whose digest changed. */
  digest: string | null;
}

/** Which story each clustered article sits in; an article without a row is not clustered yet. */
export interface StoryMemberRow {
  article_id: string;
  story_id: string;
}

/** The id of a story merged into another, pointing at the story that kept its own id. */
export interface StoryAliasRow {
  alias: string;
  story_id: string;
}

/** A story's brief as JSON, with the story version it was made from. */
export interface BriefRow {
  story_id: string;
  version: number;
  data: string;
}

/** What became of a stored document: the article made of it, or the reason it gave none. */
export interface DocumentOutcomeRow {
  document_id: string;
  article_id: string | null;
  /** The input the article was last read from. */
  input: string | null;
  input_id: string | null;
  code: string | null;
  message: string | null;
}

/** The clusterer's saved state (one row) and the sort key of the last article it took. */
export interface ClusterStateRow {
  name: string;
  data: string;
  last_key: string;
  articles: number;
}

/** One part of the clusterer's state (see cluster-parts.ts): an update rewrites only the parts it changed. */
export interface ClusterPartRow {
  kind: string;
  key: string;
  data: string;
}

/**
 * A part's value before the update that began at `since` articles changed it (null: it did not exist), and
 * (kind 'head') the state's head then: applied newest first they rewind the state to any recent update, so an
 * article arriving late replays only the articles after it.
 */
export interface ClusterUndoRow {
  since: number;
  kind: string;
  key: string;
  data: string | null;
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
  story_members: StoryMemberRow;
  story_aliases: StoryAliasRow;
  briefs: BriefRow;
  document_outcomes: DocumentOutcomeRow;
  cluster_state: ClusterStateRow;
  cluster_parts: ClusterPartRow;
  cluster_undo: ClusterUndoRow;
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
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('first_article_id', 'text')
    .addColumn('data', 'text')
    .addColumn('digest', 'text')
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
  await migrateLive(db);
}

/** The tables of the incremental store (stable stories with versions, stored briefs, the clusterer's state). */
async function migrateLive(db: Kysely<Database>): Promise<void> {
  // Stores made before these columns existed get them; their stories are rewritten by the next update.
  const columns = new Set(
    (await db.introspection.getTables()).find((table) => table.name === 'stories')?.columns.map((c) => c.name),
  );
  const add = async (name: string, build: () => Promise<unknown>): Promise<void> => {
    if (columns.has(name)) return;
    try {
      await build();
    } catch (error) {
      // Another process opening the same old SQLite file added it first (PostgreSQL migrates under a lock).
      if (!/duplicate column/i.test((error as Error).message)) throw error;
    }
  };
  await add('version', () =>
    db.schema
      .alterTable('stories')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
      .execute(),
  );
  await add('first_article_id', () => db.schema.alterTable('stories').addColumn('first_article_id', 'text').execute());
  await add('data', () => db.schema.alterTable('stories').addColumn('data', 'text').execute());
  await add('digest', () => db.schema.alterTable('stories').addColumn('digest', 'text').execute());
  await db.schema
    .createTable('story_members')
    .ifNotExists()
    .addColumn('article_id', 'text', (c) => c.primaryKey())
    .addColumn('story_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('story_members_story').ifNotExists().on('story_members').column('story_id').execute();
  await db.schema
    .createTable('story_aliases')
    .ifNotExists()
    .addColumn('alias', 'text', (c) => c.primaryKey())
    .addColumn('story_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('story_aliases_story').ifNotExists().on('story_aliases').column('story_id').execute();
  await db.schema
    .createTable('briefs')
    .ifNotExists()
    .addColumn('story_id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('document_outcomes')
    .ifNotExists()
    .addColumn('document_id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text')
    .addColumn('input', 'text')
    .addColumn('input_id', 'text')
    .addColumn('code', 'text')
    .addColumn('message', 'text')
    .execute();
  await db.schema
    .createTable('cluster_state')
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('last_key', 'text', (c) => c.notNull())
    .addColumn('articles', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('cluster_parts')
    .ifNotExists()
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('cluster_parts_key', ['kind', 'key'])
    .execute();
  await db.schema
    .createTable('cluster_undo')
    .ifNotExists()
    .addColumn('since', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('data', 'text')
    .addPrimaryKeyConstraint('cluster_undo_key', ['since', 'kind', 'key'])
    .execute();
}

/**
 * SQLite's full-text index over article titles and texts (FTS5, porter stemming), keyed by the articles table's
 * rowid: replacing an article's entry is a rowid lookup. The first index (article_search) was keyed by an
 * unindexed article_id column, so every saved article scanned the whole index (38 ms a save at 12k articles);
 * a store that has it is moved over once.
 */
export async function migrateSqliteSearch(db: Kysely<Database>): Promise<void> {
  await sql`create virtual table if not exists article_fts using fts5(title, text, tokenize = 'porter unicode61')`.execute(
    db,
  );
  const old = await sql`select 1 from sqlite_master where name = 'article_search'`.execute(db);
  if (old.rows.length === 0) return;
  await db.transaction().execute(async (trx) => {
    await sql`insert or replace into article_fts (rowid, title, text)
      select articles.rowid, article_search.title, article_search.text
      from article_search join articles on articles.id = article_search.article_id`.execute(trx);
    await sql`drop table article_search`.execute(trx);
  });
}
