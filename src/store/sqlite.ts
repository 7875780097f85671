/** The embedded default store: one SQLite file (better-sqlite3) with FTS5 search, through Kysely. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type Transaction } from 'kysely';
import type { Article } from '../core/model.js';
import { KyselyStore, queryWords } from './kysely-store.js';
import { type Database, migrate, migrateSqliteSearch } from './schema.js';
import type { SearchHit, Store } from './store.js';

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

class SqliteStore extends KyselyStore {
  protected byteOrder(column: string) {
    return sql.ref(column); // SQLite compares text by its bytes (BINARY) unless told otherwise
  }

  protected storableText(text: string): string {
    return text;
  }

  protected storableContent(content: string): string {
    return content;
  }

  protected async indexArticle(trx: Transaction<Database>, article: Article): Promise<void> {
    await sql`delete from article_search where article_id = ${article.id}`.execute(trx);
    await sql`insert into article_search (article_id, title, text) values (${article.id}, ${article.title}, ${article.text})`.execute(
      trx,
    );
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const terms = queryWords(query);
    if (terms.length === 0) return [];
    // Each word quoted: an FTS5 phrase, never an operator.
    const match = terms.map((term) => `"${term}"`).join(' ');
    const result = await sql<SearchHit>`
      select article_id as articleId, title, snippet(article_search, 2, '[', ']', '…', 12) as snippet
      from article_search where article_search match ${match} order by bm25(article_search), article_id limit ${limit}`.execute(
      this.db,
    );
    return result.rows;
  }
}
