/** What the SQLite and PostgreSQL drivers share: the same tables through Kysely; each adds its own text search. */
import { createHash } from 'node:crypto';
import { CompiledQuery, type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import type { Analysis, Article, Brief, Document, Story } from '../core/model.js';
import type { Rejection, RejectionCode } from '../core/outcome.js';
import type { Database } from './schema.js';
import * as clusterRows from './cluster-rows.js';
import * as watchState from './watch-state.js';
import type {
  ClusterPart,
  ClusterState,
  DocumentOutcome,
  SearchHit,
  Store,
  StoreCounts,
  StoredArticle,
  StoredBrief,
  StoredStory,
  StoryWrite,
} from './store.js';

export abstract class KyselyStore implements Store {
  constructor(protected readonly db: Kysely<Database>) {}

  /** The same driver on another handle (a transaction), for `transaction`. */
  protected abstract withDatabase(db: Kysely<Database>): KyselyStore;

  /** Runs `fn` in a transaction, or in the one this store already is (Kysely transactions do not nest). */
  protected write<T>(fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
    if (this.db.isTransaction) return fn(this.db as Transaction<Database>);
    return this.db.transaction().execute(fn);
  }

  async transaction<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    return this.write((trx) => fn(this.withDatabase(trx)));
  }

  async execute(statement: string, parameters: readonly unknown[] = []): Promise<Record<string, unknown>[]> {
    const result = await this.db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(statement, [...parameters]));
    return result.rows;
  }

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

  async saveArticle(article: Article, analysis: Analysis, documentId?: string): Promise<boolean> {
    return this.write(async (trx) => {
      const data = JSON.stringify(article);
      const input = this.storableText(article.input);
      const existing = await trx.selectFrom('articles').select('id').where('id', '=', article.id).executeTakeFirst();
      // A re-run replaces the extraction and analysis (a newer extractor may read the page better); the id stays.
      await trx
        .insertInto('articles')
        .values({ id: article.id, document_input: input, data })
        .onConflict((c) => c.column('id').doUpdateSet({ data }))
        .execute();
      const analysisData = JSON.stringify(analysis);
      await trx
        .insertInto('analyses')
        .values({ article_id: article.id, data: analysisData })
        .onConflict((c) => c.column('article_id').doUpdateSet({ data: analysisData }))
        .execute();
      await trx.deleteFrom('failures').where('input', '=', input).execute();
      await this.indexArticle(trx, article);
      if (documentId !== undefined) {
        const outcome: DocumentOutcome = { articleId: article.id, input: article.input };
        if (article.inputId !== undefined) outcome.inputId = article.inputId;
        await this.saveOutcome(trx, documentId, outcome);
      }
      return existing === undefined;
    });
  }

  async saveFailure(input: string, error: Rejection, documentId?: string): Promise<void> {
    const row = { input: this.storableText(input), code: error.code, message: this.storableText(error.message) };
    await this.write(async (trx) => {
      await trx
        .insertInto('failures')
        .values(row)
        .onConflict((c) => c.column('input').doUpdateSet({ code: row.code, message: row.message }))
        .execute();
      if (documentId !== undefined) await this.saveOutcome(trx, documentId, { error });
    });
  }

  private async saveOutcome(trx: Transaction<Database>, documentId: string, outcome: DocumentOutcome): Promise<void> {
    const row =
      'articleId' in outcome
        ? {
            article_id: outcome.articleId,
            input: this.storableText(outcome.input),
            input_id: outcome.inputId === undefined ? null : this.storableText(outcome.inputId),
            code: null,
            message: null,
          }
        : {
            article_id: null,
            input: null,
            input_id: null,
            code: outcome.error.code,
            message: this.storableText(outcome.error.message),
          };
    await trx
      .insertInto('document_outcomes')
      .values({ document_id: documentId, ...row })
      .onConflict((c) => c.column('document_id').doUpdateSet(row))
      .execute();
  }

  async documentOutcome(documentId: string): Promise<DocumentOutcome | undefined> {
    const row = await this.db
      .selectFrom('document_outcomes')
      .selectAll()
      .where('document_id', '=', documentId)
      .executeTakeFirst();
    if (!row) return undefined;
    if (row.article_id !== null) {
      const outcome: DocumentOutcome = { articleId: row.article_id, input: row.input ?? '' };
      if (row.input_id !== null) outcome.inputId = row.input_id;
      return outcome;
    }
    return { error: { code: (row.code ?? 'unparseable') as RejectionCode, message: row.message ?? '' } };
  }

  async unplacedArticleIds(): Promise<string[]> {
    const rows = await this.db
      .selectFrom('articles')
      .leftJoin('story_members', 'story_members.article_id', 'articles.id')
      .select('articles.id')
      .where('story_members.article_id', 'is', null)
      .orderBy(this.byteOrder('articles.id'))
      .execute();
    return rows.map((row) => row.id);
  }

  async lockStories(): Promise<void> {
    // SQLite: a write transaction begins with the write lock (BEGIN IMMEDIATE), so nothing more is needed.
  }

  async loadClusterState(): Promise<ClusterState | undefined> {
    return clusterRows.loadHead(this.db);
  }

  async loadClusterParts(kind?: string, keys?: readonly string[]): Promise<ClusterPart[]> {
    return clusterRows.loadParts(this.db, kind, keys);
  }

  async clusterRewindPoints(): Promise<ClusterState[]> {
    return clusterRows.rewindPoints(this.db);
  }

  async rewindClusterState(articles: number): Promise<ClusterPart[]> {
    return this.write((trx) => clusterRows.rewind(trx, articles));
  }

  async writeStories(write: StoryWrite): Promise<void> {
    await this.write(async (trx) => {
      await clusterRows.writeClusterState(trx, write.state);
      for (const gone of write.removed) {
        await trx.deleteFrom('stories').where('id', '=', gone.id).execute();
        await trx.deleteFrom('briefs').where('story_id', '=', gone.id).execute();
        if (gone.into === undefined) continue;
        // The story's own aliases follow it into the one that took it.
        await trx.updateTable('story_aliases').set({ story_id: gone.into }).where('story_id', '=', gone.id).execute();
        await trx
          .insertInto('story_aliases')
          .values({ alias: gone.id, story_id: gone.into })
          .onConflict((c) => c.column('alias').doUpdateSet({ story_id: gone.into! }))
          .execute();
      }
      for (const story of write.stories) {
        // An id that comes back (an adopted article that stands alone again) is no longer an alias.
        await trx.deleteFrom('story_aliases').where('alias', '=', story.id).execute();
        const row = {
          title: this.storableText(story.title),
          article_ids: JSON.stringify(story.articleIds),
          version: story.version,
          first_article_id: story.firstArticleId,
          data: JSON.stringify(storyData(story)),
          digest: storyDigest(story),
        };
        await trx
          .insertInto('stories')
          .values({ id: story.id, ...row })
          .onConflict((c) => c.column('id').doUpdateSet(row))
          .execute();
        for (let i = 0; i < story.articleIds.length; i += MEMBER_ROWS_PER_INSERT) {
          const rows = story.articleIds
            .slice(i, i + MEMBER_ROWS_PER_INSERT)
            .map((articleId) => ({ article_id: articleId, story_id: story.id }));
          await trx
            .insertInto('story_members')
            .values(rows)
            .onConflict((c) => c.column('article_id').doUpdateSet({ story_id: story.id }))
            .execute();
        }
      }
      const following = new Map<string, string[]>();
      for (const { alias, into } of write.followers ?? []) following.set(into, [...(following.get(into) ?? []), alias]);
      for (const [into, aliases] of following)
        for (let i = 0; i < aliases.length; i += MEMBER_ROWS_PER_INSERT)
          await trx
            .updateTable('story_aliases')
            .set({ story_id: into })
            .where('alias', 'in', aliases.slice(i, i + MEMBER_ROWS_PER_INSERT))
            .where('story_id', '!=', into)
            .execute();
    });
  }

  async loadStoredStories(ids?: string[]): Promise<StoredStory[]> {
    if (ids && ids.length === 0) return [];
    let query = this.db.selectFrom('stories').selectAll().orderBy(this.byteOrder('id'));
    if (ids) {
      const aliases = await this.inSlices(ids, (slice) =>
        this.db.selectFrom('story_aliases').selectAll().where('alias', 'in', slice).execute(),
      );
      const wanted = [...new Set([...ids, ...aliases.map((row) => row.story_id)])];
      query = query.where('id', 'in', wanted);
    }
    const rows = await query.execute();
    const aliasRows = await this.inSlices(
      rows.map((row) => row.id),
      (slice) => this.db.selectFrom('story_aliases').selectAll().where('story_id', 'in', slice).execute(),
    );
    const aliases = new Map<string, string[]>();
    for (const row of aliasRows) aliases.set(row.story_id, [...(aliases.get(row.story_id) ?? []), row.alias]);
    return rows.map((row) => {
      const data: Partial<Story> = row.data === null ? {} : (JSON.parse(row.data) as Partial<Story>);
      const articleIds = JSON.parse(row.article_ids) as string[];
      const story: StoredStory = {
        id: row.id,
        title: row.title,
        articleIds,
        version: Number(row.version),
        firstArticleId: row.first_article_id ?? articleIds[0] ?? '',
        aliases: (aliases.get(row.id) ?? []).sort(),
      };
      if (data.events !== undefined) story.events = data.events;
      return story;
    });
  }

  async storyDigests(
    ids?: string[],
  ): Promise<Map<string, { digest: string; version: number; firstArticleId: string }>> {
    const query = this.db.selectFrom('stories').select(['id', 'digest', 'version', 'first_article_id']);
    const rows = ids
      ? await this.inSlices(ids, (slice) => query.where('id', 'in', slice).execute())
      : await query.execute();
    return new Map(
      rows.map((row) => [
        row.id,
        { digest: row.digest ?? '', version: Number(row.version), firstArticleId: row.first_article_id ?? '' },
      ]),
    );
  }

  async storiesOfArticles(articleIds: string[]): Promise<{ id: string; size: number }[]> {
    const rows = await this.inSlices(articleIds, (slice) =>
      this.db.selectFrom('story_members').select('story_id').where('article_id', 'in', slice).execute(),
    );
    const ids = [...new Set(rows.map((row) => row.story_id))];
    const sizes = await this.inSlices(ids, (slice) =>
      this.db.selectFrom('stories').select(['id', 'article_ids']).where('id', 'in', slice).execute(),
    );
    return sizes.map((row) => ({ id: row.id, size: (JSON.parse(row.article_ids) as string[]).length }));
  }

  async touchArticles(articleIds: string[]): Promise<void> {
    if (articleIds.length === 0) return;
    await this.write(async (trx) => {
      const rows = await this.inSlices(articleIds, (slice) =>
        trx.selectFrom('story_members').select('story_id').where('article_id', 'in', slice).execute(),
      );
      const stories = [...new Set(rows.map((row) => row.story_id))];
      for (const id of stories)
        await trx
          .updateTable('stories')
          .set((eb) => ({ version: eb('version', '+', 1) }))
          .where('id', '=', id)
          .execute();
    });
  }

  async staleStoryIds(): Promise<string[]> {
    const rows = await this.db
      .selectFrom('stories')
      .leftJoin('briefs', 'briefs.story_id', 'stories.id')
      .select('stories.id')
      .where((eb) => eb.or([eb('briefs.version', 'is', null), eb('briefs.version', '<', eb.ref('stories.version'))]))
      .orderBy(this.byteOrder('stories.id'))
      .execute();
    return rows.map((row) => row.id);
  }

  async saveBrief(brief: StoredBrief): Promise<void> {
    const row = { version: brief.version, data: JSON.stringify(brief.brief) };
    await this.db
      .insertInto('briefs')
      .values({ story_id: brief.storyId, ...row })
      .onConflict((c) => c.column('story_id').doUpdateSet(row))
      .execute();
  }

  async loadBriefs(storyIds: string[]): Promise<StoredBrief[]> {
    const rows = await this.inSlices(storyIds, (slice) =>
      this.db.selectFrom('briefs').selectAll().where('story_id', 'in', slice).execute(),
    );
    const byId = new Map(rows.map((row) => [row.story_id, row]));
    return storyIds.flatMap((id) => {
      const row = byId.get(id);
      return row ? [{ storyId: id, version: Number(row.version), brief: JSON.parse(row.data) as Brief }] : [];
    });
  }

  /** A query over many keys in slices: SQLite limits the bound parameters of one statement. */
  private async inSlices<T>(keys: readonly string[], query: (slice: string[]) => Promise<T[]>): Promise<T[]> {
    const found: T[] = [];
    for (let i = 0; i < keys.length; i += VECTOR_KEYS_PER_QUERY)
      for (const row of await query(keys.slice(i, i + VECTOR_KEYS_PER_QUERY))) found.push(row);
    return found;
  }

  async loadArticles(ids?: string[]): Promise<StoredArticle[]> {
    if (ids && ids.length === 0) return [];
    const query = this.db
      .selectFrom('articles')
      .innerJoin('analyses', 'analyses.article_id', 'articles.id')
      .select(['articles.id as id', 'articles.data as article', 'analyses.data as analysis'])
      .orderBy(this.byteOrder('articles.id'));
    const rows = ids
      ? (await this.inSlices(ids, (slice) => query.where('articles.id', 'in', slice).execute())).sort((a, b) =>
          a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
        )
      : await query.execute();
    return rows.map((row) => ({
      article: JSON.parse(row.article) as Article,
      analysis: JSON.parse(row.analysis) as Analysis,
    }));
  }

  async loadArticleHeads(pageSize = HEADS_PER_READ): Promise<Article[]> {
    const heads: Article[] = [];
    // Read in pages by id, so a large store's texts pass through memory a page at a time.
    let after: string | undefined;
    for (;;) {
      let query = this.db.selectFrom('articles').select(['id', 'data']).orderBy(this.byteOrder('id')).limit(pageSize);
      if (after !== undefined) query = query.where(sql<boolean>`${this.byteOrder('id')} > ${after}`);
      const rows = await query.execute();
      for (const row of rows) heads.push({ ...(JSON.parse(row.data) as Article), text: '' });
      if (rows.length < pageSize) return heads;
      after = rows[rows.length - 1]!.id;
    }
  }

  async saveStories(stories: Story[]): Promise<void> {
    await this.write(async (trx) => {
      await trx.deleteFrom('stories').execute();
      await trx.deleteFrom('story_members').execute();
      await trx.deleteFrom('cluster_state').execute();
      await trx.deleteFrom('cluster_parts').execute();
      await trx.deleteFrom('cluster_undo').execute();
      for (const story of stories) {
        await trx
          .insertInto('stories')
          .values({
            id: story.id,
            title: this.storableText(story.title),
            article_ids: JSON.stringify(story.articleIds),
            version: 1,
            first_article_id: story.articleIds[0] ?? null,
            data: JSON.stringify(storyData(story)),
            digest: storyDigest(story),
          })
          .execute();
        for (const articleId of story.articleIds)
          await trx.insertInto('story_members').values({ article_id: articleId, story_id: story.id }).execute();
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
    await this.write(async (trx) => {
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

  loadSourceState(source: string): Promise<watchState.SourceState | undefined> {
    return watchState.loadSourceState(this.db, this.storableText(source));
  }

  saveSourceState(state: watchState.SourceState): Promise<void> {
    return watchState.saveSourceState(this.db, { ...state, source: this.storableText(state.source) });
  }

  findSeenItems(source: string, items: readonly string[]): Promise<Set<string>> {
    return watchState.findSeenItems(this.db, this.storableText(source), items);
  }

  markItemsSeen(source: string, items: readonly string[]): Promise<void> {
    return watchState.markItemsSeen(this.db, this.storableText(source), items);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

const VECTOR_KEYS_PER_QUERY = 500;
const HEADS_PER_READ = 1000;
const MEMBER_ROWS_PER_INSERT = 200;

/** What a story's brief depends on from the story itself: its id, title, articles and events. */
function storyData(story: Story): Story {
  const data: Story = { id: story.id, title: story.title, articleIds: story.articleIds };
  if (story.events !== undefined) data.events = story.events;
  return data;
}

/**
 * A digest of what a story's brief depends on: an update rewrites (and raises the version of) only the stories
 * whose digest changed.
 * @example storyDigest({ id: 's_1', title: 'T', articleIds: ['a_1'] }) // '9f…'
 */
export function storyDigest(story: Story): string {
  return createHash('sha256')
    .update(JSON.stringify(storyData(story)))
    .digest('hex')
    .slice(0, 32);
}
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
