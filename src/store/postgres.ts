/** The shared store: PostgreSQL (node-postgres pool) through Kysely, with a tsvector full-text index. */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Analysis, Article, Document, Story } from '../core/model.js';
import { TriangulateError } from '../core/outcome.js';
import type { Rejection } from '../core/outcome.js';
import { type Database, migrate } from './schema.js';
import type { SearchHit, Store, StoreCounts, StoredArticle } from './store.js';

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

/**
 * Opens a PostgreSQL store, creating its tables when missing.
 * @example const store = await createPostgresStore({ url: 'postgres://postgres@127.0.0.1:5432/triangulate' })
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 4 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
      await migrate(trx);
      await migratePostgresSearch(trx);
    });
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

class PostgresStore implements Store {
  constructor(private readonly db: Kysely<Database>) {}

  async saveDocument(doc: Document): Promise<boolean> {
    const { id, input, inputId, format, content, ...meta } = doc;
    const result = await this.db
      .insertInto('documents')
      .values({
        id,
        input: withoutNul(input),
        input_id: inputId === undefined ? null : withoutNul(inputId),
        format,
        // PostgreSQL text cannot hold NUL; JSON keeps every character of the page (decode with JSON.parse).
        content: JSON.stringify(content),
        meta: JSON.stringify(meta),
      })
      .onConflict((c) => c.column('id').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async saveArticle(article: Article, analysis: Analysis): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const data = JSON.stringify(article);
      const existing = await trx.selectFrom('articles').select('id').where('id', '=', article.id).executeTakeFirst();
      // As in SQLite: a re-run replaces extraction and analysis; the id stays.
      await trx
        .insertInto('articles')
        .values({ id: article.id, document_input: withoutNul(article.input), data })
        .onConflict((c) => c.column('id').doUpdateSet({ data }))
        .execute();
      await trx
        .insertInto('analyses')
        .values({ article_id: article.id, data: JSON.stringify(analysis) })
        .onConflict((c) => c.column('article_id').doUpdateSet({ data: JSON.stringify(analysis) }))
        .execute();
      await trx.deleteFrom('failures').where('input', '=', withoutNul(article.input)).execute();
      const title = withoutNul(article.title);
      const body = withoutNul(article.text.slice(0, INDEXED_CHARACTERS));
      await sql`insert into article_search (article_id, title, body) values (${article.id}, ${title}, ${body})
        on conflict (article_id) do update set title = excluded.title, body = excluded.body`.execute(trx);
      return existing === undefined;
    });
  }

  async saveFailure(input: string, error: Rejection): Promise<void> {
    const row = { input: withoutNul(input), code: error.code, message: withoutNul(error.message) };
    await this.db
      .insertInto('failures')
      .values(row)
      .onConflict((c) => c.column('input').doUpdateSet({ code: row.code, message: row.message }))
      .execute();
  }

  async loadArticles(ids?: string[]): Promise<StoredArticle[]> {
    if (ids && ids.length === 0) return [];
    let query = this.db
      .selectFrom('articles')
      .innerJoin('analyses', 'analyses.article_id', 'articles.id')
      .select(['articles.data as article', 'analyses.data as analysis'])
      // Byte order, as SQLite sorts, so both drivers hand articles to the pipeline in one order.
      .orderBy(sql`articles.id collate "C"`);
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
          .values({ id: story.id, title: withoutNul(story.title), article_ids: JSON.stringify(story.articleIds) })
          .execute();
      }
    });
  }

  async loadStories(): Promise<Story[]> {
    const rows = await this.db.selectFrom('stories').selectAll().orderBy(sql`id collate "C"`).execute();
    return rows.map((row) => ({ id: row.id, title: row.title, articleIds: JSON.parse(row.article_ids) as string[] }));
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    // Words only, each one quoted lexeme: user text is never read as tsquery syntax.
    const terms = query.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (terms.length === 0) return [];
    const tsquery = terms.join(' ');
    const result = await sql<SearchHit>`
      select article_id as "articleId", title,
        ts_headline('english', body, q, 'StartSel=[, StopSel=], MaxWords=12, MinWords=4, ShortWord=2') as snippet
      from article_search, plainto_tsquery('english', ${tsquery}) as q
      where document @@ q
      order by ts_rank(document, q) desc, article_id collate "C"
      limit ${limit}`.execute(this.db);
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
