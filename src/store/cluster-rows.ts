/**
 * The clusterer's state in rows, for both drivers: a head (cluster_state), the current parts (cluster_parts) and,
 * per recent update, the values its parts had before it (cluster_undo). An update writes only the parts it changed
 * and their old values, so its cost follows the articles it adds; a rewind applies the old values newest first.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';
import type { ClusterPart, ClusterState, ClusterWrite } from './store.js';

/** Rows per statement: SQLite limits the bound parameters of one statement (4 per row here). */
const ROWS_PER_STATEMENT = 200;
/** The undo row kind that holds the head an update began from. */
const HEAD = 'head';

export async function loadHead(db: Kysely<Database>): Promise<ClusterState | undefined> {
  const row = await db.selectFrom('cluster_state').selectAll().where('name', '=', 'main').executeTakeFirst();
  return row && { data: row.data, lastKey: row.last_key, articles: Number(row.articles) };
}

async function saveHead(db: Kysely<Database>, head: ClusterState): Promise<void> {
  const row = { data: head.data, last_key: head.lastKey, articles: head.articles };
  await db
    .insertInto('cluster_state')
    .values({ name: 'main', ...row })
    .onConflict((c) => c.column('name').doUpdateSet(row))
    .execute();
}

/** Every part; or every part of one kind; or the parts of one kind with these keys (those that exist). */
export async function loadParts(db: Kysely<Database>, kind?: string, keys?: readonly string[]): Promise<ClusterPart[]> {
  const parts = db.selectFrom('cluster_parts').select(['kind', 'key', 'data']);
  if (kind === undefined) return parts.execute();
  if (keys === undefined) return parts.where('kind', '=', kind).execute();
  const rows: ClusterPart[] = [];
  for (const slice of slices([...new Set(keys)]))
    rows.push(...(await parts.where('kind', '=', kind).where('key', 'in', slice).execute()));
  return rows;
}

/** Parts grouped by kind (statements go kind by kind: `where kind = ? and key in (…)`). */
function byKind(parts: readonly ClusterPart[]): Map<string, ClusterPart[]> {
  const kinds = new Map<string, ClusterPart[]>();
  for (const row of parts) {
    const list = kinds.get(row.kind);
    if (list) list.push(row);
    else kinds.set(row.kind, [row]);
  }
  return kinds;
}

function* slices<T>(list: readonly T[]): Generator<T[]> {
  for (let i = 0; i < list.length; i += ROWS_PER_STATEMENT) yield list.slice(i, i + ROWS_PER_STATEMENT);
}

/** Sets parts (data null: deletes them). */
async function applyParts(db: Kysely<Database>, parts: readonly ClusterPart[]): Promise<void> {
  for (const [kind, rows] of byKind(parts)) {
    const gone = rows.filter((row) => row.data === null).map((row) => row.key);
    for (const keys of slices(gone))
      await db.deleteFrom('cluster_parts').where('kind', '=', kind).where('key', 'in', keys).execute();
    const kept = rows.flatMap((row) => (row.data === null ? [] : [{ kind, key: row.key, data: row.data }]));
    for (const values of slices(kept))
      await db
        .insertInto('cluster_parts')
        .values(values)
        .onConflict((c) => c.columns(['kind', 'key']).doUpdateSet((eb) => ({ data: eb.ref('excluded.data') })))
        .execute();
  }
}

/**
 * Writes an update's state. A whole state replaces every part (and forgets every undo row); a change first keeps
 * the old values of the parts it changes (under the article count the update began at), then writes them.
 */
export async function writeClusterState(db: Kysely<Database>, write: ClusterWrite): Promise<void> {
  const { parts, whole, keepUndoFrom, ...head } = write;
  const before = await loadHead(db);
  if (whole || before === undefined) {
    await db.deleteFrom('cluster_parts').execute();
    await db.deleteFrom('cluster_undo').execute();
  } else {
    const since = before.articles;
    const undo = (kind: string, key: string, data: string | null) => ({ since, kind, key, data });
    // The first update to change a part since `since` keeps its value: a later one in the same window keeps none.
    await db
      .insertInto('cluster_undo')
      .values(undo(HEAD, '', JSON.stringify(before)))
      .onConflict((c) => c.doNothing())
      .execute();
    for (const [kind, rows] of byKind(parts))
      for (const slice of slices(rows)) {
        const keys = slice.map((row) => row.key);
        await db
          .insertInto('cluster_undo')
          .columns(['since', 'kind', 'key', 'data'])
          .expression(
            db
              .selectFrom('cluster_parts')
              .select([sql<number>`cast(${since} as integer)`.as('since'), 'kind', 'key', 'data'])
              .where('kind', '=', kind)
              .where('key', 'in', keys),
          )
          .onConflict((c) => c.doNothing())
          .execute();
        await db
          .insertInto('cluster_undo')
          .values(keys.map((key) => undo(kind, key, null)))
          .onConflict((c) => c.doNothing())
          .execute();
      }
    await db.deleteFrom('cluster_undo').where('since', '<', keepUndoFrom).execute();
  }
  await applyParts(db, parts);
  await saveHead(db, head);
}

/** The heads the state can be rewound to (each the head an update kept began from), oldest first. */
export async function rewindPoints(db: Kysely<Database>): Promise<ClusterState[]> {
  const rows = await db.selectFrom('cluster_undo').select('data').where('kind', '=', HEAD).orderBy('since').execute();
  return rows.map((row) => JSON.parse(row.data!) as ClusterState);
}

/**
 * Puts the state back to what it was when the update that began at `articles` began, and forgets the undo rows
 * of that update and later ones. Returns the parts written since that did not exist before (the members taken
 * since among them), as they were.
 */
export async function rewind(db: Kysely<Database>, articles: number): Promise<ClusterPart[]> {
  const rows = await db
    .selectFrom('cluster_undo')
    .selectAll()
    .where('since', '>=', articles)
    .orderBy('since', 'desc')
    .execute();
  // Newest first, so the oldest value kept of each part (the one before `articles`) is the one left.
  const oldest = new Map<string, { kind: string; key: string; data: string | null }>();
  for (const row of rows) oldest.set(`${row.kind}\u0000${row.key}`, row);
  const head = oldest.get(`${HEAD}\u0000`);
  if (head?.data == null || Number(rows.at(-1)!.since) !== articles)
    throw new Error(`no state to rewind to at ${articles} articles`);
  oldest.delete(`${HEAD}\u0000`);
  const restored = [...oldest.values()];
  const removed: ClusterPart[] = [];
  for (const [kind, list] of byKind(restored.filter((row) => row.data === null)))
    for (const slice of slices(list))
      for (const row of await db
        .selectFrom('cluster_parts')
        .select(['kind', 'key', 'data'])
        .where('kind', '=', kind)
        .where(
          'key',
          'in',
          slice.map((item) => item.key),
        )
        .execute())
        removed.push(row);
  await applyParts(db, restored);
  await saveHead(db, JSON.parse(head.data) as ClusterState);
  await db.deleteFrom('cluster_undo').where('since', '>=', articles).execute();
  return removed;
}
