/** What the SQLite and PostgreSQL drivers share: the same tables through Kysely; each adds its own text search. */
import type { Kysely, RawBuilder, Transaction } from 'kysely';
import type { Analysis, Article, Document, Story } from '../core/model.js';
import type { Rejection } from '../core/outcome.js';
import type { Database } from './schema.js';
import type { SearchHit, Store, StoreCounts, StoredArticle } from './store.js';

export abstract class KyselyStore implements Store {
  constructor(protected readonly db: Kysely<Database>) {}

  /** A column sorted by its bytes, so every driver hands articles and stories to the pipeline in one order. */
  protected abstract byteOrder(column: string): RawBuilder<unknown>;
  /** A name, title or message as the database can hold it. */
  protected abstract storableText(text: string): string;
  /** A page's raw content as the database can hold it, every character kept. */
  protected abstract storableContent(content: string): string;
  /** The page's content back from what storableContent made of it. */
  protected abstract readableContent(stored: string): string;
  /** Puts an article into the full-text index, replacing an earlier entry. */
  protected abstract indexArticle(trx: Transaction<Database>, article: Article): Promise<void>;
  abstract search(query: string, limit?: number): Promise<SearchHit[]>;

  async saveDocument(doc: Document): Promise<boolean> {
    const { id, input, inputId, format, content, ...meta } = doc;
    const result = await this.db
      .insertInto('documents')
      .values({
        id,
        input: this.storableText(input),
        input_id: inputId === undefined ? null : this.storableText(inputId),
        format,
        content: this.storableContent(content),
        meta: JSON.stringify(meta),
      })
      .onConflict((c) => c.column('id').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async loadDocument(id: string): Promise<Document | undefined> {
    const row = await this.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    if (row === undefined) return undefined;
    const meta = JSON.parse(row.meta) as Omit<Document, 'id' | 'input' | 'inputId' | 'format' | 'content'>;
    const head = row.input_id === null ? { id, input: row.input } : { id, input: row.input, inputId: row.input_id };
    return { ...head, format: row.format as Document['format'], content: this.readableContent(row.content), ...meta };
  }

  async saveArticle(article: Article, analysis: Analysis): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const data = JSON.stringify(article);
      const input = this.storableText(article.input);
      const existing = await trx.selectFrom('articles').select('id').where('id', '=', article.id).executeTakeFirst();
      // A re-run replaces the extraction and analysis (a newer extractor may read the page better); the id stays.
      await trx
        .insertInto('articles')
        .values({ id: article.id, document_input: input, data })
        .onConflict((c) => c.column('id').doUpdateSet({ data }))
        .execute();
      await trx
        .insertInto('analyses')
        .values({ article_id: article.id, data: JSON.stringify(analysis) })
        .onConflict((c) => c.column('article_id').doUpdateSet({ data: JSON.stringify(analysis) }))
        .execute();
      await trx.deleteFrom('failures').where('input', '=', input).execute();
      await this.indexArticle(trx, article);
      return existing === undefined;
    });
  }

  async saveFailure(input: string, error: Rejection): Promise<void> {
    const row = { input: this.storableText(input), code: error.code, message: this.storableText(error.message) };
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
      .orderBy(this.byteOrder('articles.id'));
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
          .values({
            id: story.id,
            title: this.storableText(story.title),
            article_ids: JSON.stringify(story.articleIds),
          })
          .execute();
      }
    });
  }

  async loadStories(): Promise<Story[]> {
    const rows = await this.db.selectFrom('stories').selectAll().orderBy(this.byteOrder('id')).execute();
    return rows.map((row) => ({ id: row.id, title: row.title, articleIds: JSON.parse(row.article_ids) as string[] }));
  }

  async loadVectors(model: string, keys: readonly string[]): Promise<Map<string, Float32Array>> {
    const found = new Map<string, Float32Array>();
    // In slices: SQLite limits the number of bound parameters in one statement.
    for (let i = 0; i < keys.length; i += VECTOR_KEYS_PER_QUERY) {
      const slice = keys.slice(i, i + VECTOR_KEYS_PER_QUERY);
      const rows = await this.db
        .selectFrom('vectors')
        .select(['key', 'data'])
        .where('model', '=', model)
        .where('key', 'in', slice)
        .execute();
      for (const row of rows) {
        const vector = decodeVector(row.data);
        if (vector) found.set(row.key, vector);
      }
    }
    return found;
  }

  async saveVectors(model: string, vectors: ReadonlyMap<string, Float32Array>): Promise<void> {
    if (vectors.size === 0) return;
    const rows = [...vectors].map(([key, vector]) => ({ model, key, data: encodeVector(vector) }));
    await this.db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += VECTOR_ROWS_PER_INSERT) {
        await trx
          .insertInto('vectors')
          .values(rows.slice(i, i + VECTOR_ROWS_PER_INSERT))
          .onConflict((c) => c.columns(['model', 'key']).doNothing())
          .execute();
      }
    });
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

  async transaction<T>(fn: (store: Store, trx: Transaction<Database>) => Promise<T>): Promise<T> {
    const Driver = this.constructor as new (db: Kysely<Database>) => KyselyStore;
    return this.db.transaction().execute((trx) => fn(new Driver(joined(trx)), trx));
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

/**
 * A transaction as a store's database: the store's own transactions (saveArticle, saveStories) run inside it rather
 * than opening a second one (Kysely refuses nested transactions), and closing that store leaves the connection alone.
 * Methods are bound to the transaction itself: Kysely keeps its state in private fields a proxy cannot reach.
 */
function joined(trx: Transaction<Database>): Kysely<Database> {
  return new Proxy(trx, {
    get(target, property) {
      if (property === 'transaction')
        return () => ({ execute: <R>(fn: (t: Transaction<Database>) => R) => fn(target) });
      if (property === 'destroy') return async () => {};
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const VECTOR_KEYS_PER_QUERY = 500;
const VECTOR_ROWS_PER_INSERT = 200;

/** A vector as text both databases hold alike: base64 of its float32 values, little-endian. */
function encodeVector(vector: Float32Array): string {
  const bytes = Buffer.alloc(vector.length * 4);
  for (let i = 0; i < vector.length; i++) bytes.writeFloatLE(vector[i]!, i * 4);
  return bytes.toString('base64');
}

/** The vector back; undefined for a damaged row (it is then embedded again rather than trusted). */
function decodeVector(data: string): Float32Array | undefined {
  const bytes = Buffer.from(data, 'base64');
  if (bytes.length === 0 || bytes.length % 4 !== 0) return undefined;
  const vector = new Float32Array(bytes.length / 4);
  for (let i = 0; i < vector.length; i++) vector[i] = bytes.readFloatLE(i * 4);
  return vector.every(Number.isFinite) ? vector : undefined;
}

/** The words of a search query, so user text is never read as the database's query syntax. */
export function queryWords(query: string): string[] {
  return query.match(/[\p{L}\p{N}]+/gu) ?? [];
}
