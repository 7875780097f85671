/** The embedded default store: one SQLite file (better-sqlite3) with FTS5 search, through Kysely. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { Analysis, Article, Document, Story } from '../core/model.js';
import type { Rejection } from '../core/outcome.js';
import { type Database, migrate, migrateSqliteSearch } from './schema.js';
import type { SearchHit, Store, StoreCounts, StoredArticle } from './store.js';

export interface SqliteStoreOptions {
  /** A file path, or `:memory:`. */
  path: string;
}

/**
 * Opens (and creates when missing) a SQLite store.
 * @example const store = await createSqliteStore({ path: 'triangulate.sqlite' })
 */
export async function createSqliteStore(options: SqliteStoreOptions): Promise<Store> {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const database = new SqliteDatabase(options.path);
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  await migrate(db);
  await migrateSqliteSearch(db);
  return new SqliteStore(db);
}

class SqliteStore implements Store {
  constructor(private readonly db: Kysely<Database>) {}

  async saveDocument(doc: Document): Promise<boolean> {
    const { id, input, inputId, format, content, ...meta } = doc;
    const result = await this.db
      .insertInto('documents')
      .values({ id, input, input_id: inputId ?? null, format, content, meta: JSON.stringify(meta) })
      .onConflict((c) => c.column('id').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async saveArticle(article: Article, analysis: Analysis): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const data = JSON.stringify(article);
      const existing = await trx.selectFrom('articles').select('id').where('id', '=', article.id).executeTakeFirst();
      // A re-run replaces the extraction and analysis (a newer extractor may read the page better); the id stays.
      await trx
        .insertInto('articles')
        .values({ id: article.id, document_input: article.input, data })
        .onConflict((c) => c.column('id').doUpdateSet({ data }))
        .execute();
      await trx
        .insertInto('analyses')
        .values({ article_id: article.id, data: JSON.stringify(analysis) })
        .onConflict((c) => c.column('article_id').doUpdateSet({ data: JSON.stringify(analysis) }))
        .execute();
      await trx.deleteFrom('failures').where('input', '=', article.input).execute();
      await sql`delete from article_search where article_id = ${article.id}`.execute(trx);
      await sql`insert into article_search (article_id, title, text) values (${article.id}, ${article.title}, ${article.text})`.execute(
        trx,
      );
      return existing === undefined;
    });
  }

  async saveFailure(input: string, error: Rejection): Promise<void> {
    await this.db
      .insertInto('failures')
      .values({ input, code: error.code, message: error.message })
      .onConflict((c) => c.column('input').doUpdateSet({ code: error.code, message: error.message }))
      .execute();
  }

  async loadArticles(ids?: string[]): Promise<StoredArticle[]> {
    if (ids && ids.length === 0) return [];
    let query = this.db
      .selectFrom('articles')
      .innerJoin('analyses', 'analyses.article_id', 'articles.id')
      .select(['articles.data as article', 'analyses.data as analysis'])
      .orderBy('articles.id');
    if (ids) query = query.where('articles.id', 'in', ids);
    const rows = await query.execute();
    return rows.map((row) => ({
      article: JSON.parse(row.article) as Article,
      analysis: JSON.parse(row.analysis) as Analysis,
    }));
  }

  async saveStories(stories: Story[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('stories').execute();
      for (const story of stories) {
        await trx
          .insertInto('stories')
          .values({ id: story.id, title: story.title, article_ids: JSON.stringify(story.articleIds) })
          .execute();
      }
    });
  }

  async loadStories(): Promise<Story[]> {
    const rows = await this.db.selectFrom('stories').selectAll().orderBy('id').execute();
    return rows.map((row) => ({ id: row.id, title: row.title, articleIds: JSON.parse(row.article_ids) as string[] }));
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    // Quote every term so user text is never read as FTS5 query syntax.
    const terms = query.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (terms.length === 0) return [];
    const match = terms.map((term) => `"${term}"`).join(' ');
    const result = await sql<SearchHit>`
      select article_id as articleId, title, snippet(article_search, 2, '[', ']', '…', 12) as snippet
      from article_search where article_search match ${match} order by bm25(article_search), article_id limit ${limit}`.execute(
      this.db,
    );
    return result.rows;
  }

  async counts(): Promise<StoreCounts> {
    const count = async (table: keyof Database) =>
      Number(
        (
          await this.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      documents: await count('documents'),
      articles: await count('articles'),
      stories: await count('stories'),
      failures: await count('failures'),
    };
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
