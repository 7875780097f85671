/** The embedded default store: one SQLite file (better-sqlite3) with FTS5 search, through Kysely. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  sql,
  type Transaction,
} from 'kysely';
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
  // The busy timeout first: switching to WAL takes a lock another process may hold for a moment.
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  database.pragma('journal_mode = WAL');
  // In WAL mode NORMAL syncs at checkpoints, not at every commit: a killed process loses nothing it committed (the
  // WAL is in the OS's hands), only a power cut can take back the last commits, and the file is never corrupt.
  // Every article is its own transaction, so FULL cost one fsync per document (12.7k documents: ~25k fsyncs).
  database.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database }) });
  await migrate(db);
  await migrateSqliteSearch(db);
  return new SqliteStore(db);
}

/** How long a writer waits for another process's write transaction (each is one article or the story list: short). */
const BUSY_TIMEOUT_MS = 60_000;

/**
 * Transactions that take the write lock up front (`BEGIN IMMEDIATE`). A deferred `BEGIN` reads first and upgrades to
 * a write later; when another process has written in between, SQLite fails that upgrade at once ("database is
 * locked") instead of waiting, so two `brief` runs on one store used to fail. Taken up front, the lock is waited for.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: SqliteDialectConfig) {
    super(settings);
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.settings);
  }
}

class SqliteStore extends KyselyStore {
  protected withDatabase(db: Kysely<Database>): KyselyStore {
    return new SqliteStore(db);
  }

  protected byteOrder(column: string) {
    return sql.ref(column); // SQLite compares text by its bytes (BINARY) unless told otherwise
  }

  protected storableText(text: string): string {
    return text;
  }

  protected storableContent(content: string): string {
    return content;
  }

  protected readableContent(stored: string): string {
    return stored;
  }

  protected async indexArticle(trx: Transaction<Database>, article: Article): Promise<void> {
    const row = await sql<{ rowid: number }>`select rowid from articles where id = ${article.id}`.execute(trx);
    const rowid = row.rows[0]!.rowid;
    await sql`delete from article_fts where rowid = ${rowid}`.execute(trx);
    await sql`insert into article_fts (rowid, title, text) values (${rowid}, ${article.title}, ${article.text})`.execute(
      trx,
    );
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const terms = queryWords(query);
    if (terms.length === 0) return [];
    // Each word quoted: an FTS5 phrase, never an operator.
    const match = terms.map((term) => `"${term}"`).join(' ');
    const result = await sql<SearchHit>`
      select articles.id as articleId, article_fts.title, snippet(article_fts, 1, '[', ']', '…', 12) as snippet
      from article_fts join articles on articles.rowid = article_fts.rowid
      where article_fts match ${match} order by bm25(article_fts), articles.id limit ${limit}`.execute(this.db);
    return result.rows;
  }
}
