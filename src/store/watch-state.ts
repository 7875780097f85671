/**
 * What `watch` remembers between runs, in the store beside the articles: each source's conditional-GET validators
 * and failure count, and which items of each source were fully handled (so a restart refetches and redoes nothing).
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** A watched source as last polled. */
export interface SourceState {
  /** The source as named on the command line (URL, `tg:channel`, or a file path). */
  source: string;
  etag?: string;
  lastModified?: string;
  /** Polls that failed in a row (decides the backoff); 0 after a success. */
  failures: number;
  /** When it was last polled (ISO). */
  checkedAt?: string;
}

export interface WatchSourceRow {
  source: string;
  etag: string | null;
  last_modified: string | null;
  failures: number;
  checked_at: string | null;
}

export interface WatchSeenRow {
  source: string;
  item: string;
}

/** Creates the two tables when missing; safe to run on every open. */
export async function migrateWatchState(db: Kysely<Database>): Promise<void> {
  await db.schema
    .createTable('watch_sources')
    .ifNotExists()
    .addColumn('source', 'text', (c) => c.primaryKey())
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('checked_at', 'text')
    .execute();
  await db.schema
    .createTable('watch_seen')
    .ifNotExists()
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('watch_seen_pk', ['source', 'item'])
    .execute();
}

export async function loadSourceState(db: Kysely<Database>, source: string): Promise<SourceState | undefined> {
  const row = await db.selectFrom('watch_sources').selectAll().where('source', '=', source).executeTakeFirst();
  if (!row) return undefined;
  const state: SourceState = { source: row.source, failures: Number(row.failures) };
  if (row.etag !== null) state.etag = row.etag;
  if (row.last_modified !== null) state.lastModified = row.last_modified;
  if (row.checked_at !== null) state.checkedAt = row.checked_at;
  return state;
}

export async function saveSourceState(db: Kysely<Database>, state: SourceState): Promise<void> {
  const values = {
    etag: state.etag ?? null,
    last_modified: state.lastModified ?? null,
    failures: state.failures,
    checked_at: state.checkedAt ?? null,
  };
  await db
    .insertInto('watch_sources')
    .values({ source: state.source, ...values })
    .onConflict((c) => c.column('source').doUpdateSet(values))
    .execute();
}

/** Bound parameters per statement stay under SQLite's limit. */
const ITEMS_PER_QUERY = 500;

export async function findSeenItems(
  db: Kysely<Database>,
  source: string,
  items: readonly string[],
): Promise<Set<string>> {
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i += ITEMS_PER_QUERY) {
    const rows = await db
      .selectFrom('watch_seen')
      .select('item')
      .where('source', '=', source)
      .where('item', 'in', items.slice(i, i + ITEMS_PER_QUERY))
      .execute();
    for (const row of rows) seen.add(row.item);
  }
  return seen;
}

export async function markItemsSeen(db: Kysely<Database>, source: string, items: readonly string[]): Promise<void> {
  if (items.length === 0) return;
  const rows = [...new Set(items)].map((item) => ({ source, item }));
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += ITEMS_PER_QUERY / 2) {
      await trx
        .insertInto('watch_seen')
        .values(rows.slice(i, i + ITEMS_PER_QUERY / 2))
        .onConflict((c) => c.columns(['source', 'item']).doNothing())
        .execute();
    }
  });
}
