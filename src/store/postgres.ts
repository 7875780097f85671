/** The shared store: PostgreSQL (node-postgres pool) through Kysely, with a tsvector full-text index. */
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { Article } from '../core/model.js';
import { TriangulateError } from '../core/outcome.js';
import { KyselyStore, queryWords } from './kysely-store.js';
import { type Database, migrate } from './schema.js';
import type { SearchHit, Store } from './store.js';

export interface PostgresStoreOptions {
  /** `postgres://user@host:port/database`; the database must exist. */
  url: string;
  /** Connections in the pool (default 4). */
  poolSize?: number;
}

/**
 * PostgreSQL's tsvector is capped at 1 MB; the index covers each article's first 200,000 characters (the stored text
 * itself is whole).
 */
const INDEXED_CHARACTERS = 200_000;

/** One number for the advisory lock that serialises migrations when several processes open the store at once. */
const MIGRATION_LOCK = 7_261_844;
/** PostgreSQL's error code for a deadlock, and how often a migration that lost one is tried. */
const DEADLOCK = '40P01';
const MIGRATION_ATTEMPTS = 5;

/** The advisory lock that serialises story updates (one clusterer state per store). */
const STORY_LOCK = 7_261_845;

/**
 * Opens a PostgreSQL store, creating its tables when missing.
 * @example const store = await createPostgresStore({ url: 'postgres://postgres@127.0.0.1:5432/triangulate' })
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 4 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    // `create index if not exists` locks its table even when the index exists, so opening a store while a worker
    // writes stories can deadlock; PostgreSQL then aborts one side, and the migration is tried again.
    for (let attempt = 1; ; attempt++) {
      try {
        await db.transaction().execute(async (trx) => {
          await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
          await migrate(trx);
          await migratePostgresSearch(trx);
        });
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== DEADLOCK || attempt === MIGRATION_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  } catch (error) {
    await db.destroy();
    throw new TriangulateError('store', `cannot open PostgreSQL store ${redact(options.url)}: ${messageOf(error)}`);
  }
  return new PostgresStore(db);
}

/** A stored generated tsvector (title weighted above text) with a GIN index. */
async function migratePostgresSearch(db: Kysely<Database>): Promise<void> {
  await sql`create table if not exists article_search (
      article_id text primary key,
      title text not null,
      body text not null,
      document tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')
      ) stored
    )`.execute(db);
  await sql`create index if not exists article_search_document on article_search using gin (document)`.execute(db);
}

class PostgresStore extends KyselyStore {
  protected withDatabase(db: Kysely<Database>): KyselyStore {
    return new PostgresStore(db);
  }

  override async lockStories(): Promise<void> {
    await sql`select pg_advisory_xact_lock(${STORY_LOCK})`.execute(this.db);
  }

  protected byteOrder(column: string) {
    return sql`${sql.ref(column)} collate "C"`; // as SQLite sorts, whatever the database's locale
  }

  protected storableText(text: string): string {
    return withoutNul(text);
  }

  protected storableContent(content: string): string {
    // PostgreSQL text cannot hold NUL; JSON keeps every character of the page (decode with JSON.parse).
    return JSON.stringify(content);
  }

  protected readableContent(stored: string): string {
    return JSON.parse(stored) as string;
  }

  protected async indexArticle(trx: Transaction<Database>, article: Article): Promise<void> {
    const title = withoutNul(article.title);
    const body = withoutNul(article.text.slice(0, INDEXED_CHARACTERS));
    await sql`insert into article_search (article_id, title, body) values (${article.id}, ${title}, ${body})
      on conflict (article_id) do update set title = excluded.title, body = excluded.body`.execute(trx);
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const terms = queryWords(query);
    if (terms.length === 0) return [];
    // plainto_tsquery reads its argument as plain words: user text is never tsquery syntax.
    const result = await sql<SearchHit>`
      select article_id as "articleId", title,
        ts_headline('english', body, q, 'StartSel=[, StopSel=], MaxWords=12, MinWords=4, ShortWord=2') as snippet
      from article_search, plainto_tsquery('english', ${terms.join(' ')}) as q
      where document @@ q
      order by ts_rank(document, q) desc, article_id collate "C"
      limit ${limit}`.execute(this.db);
    return result.rows;
  }
}

/** PostgreSQL text refuses U+0000; it never carries meaning in a name, title or index entry. */
function withoutNul(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
}

/** A connection URL without its password, for error messages. */
function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
