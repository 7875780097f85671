/** Picks the store driver from a `--db` value: a file path (SQLite) or a postgres:// URL (PostgreSQL). */
import type { Store } from './store.js';

/** Where the embedded store lives when no `--db` or TRIANGULATE_DB is given. */
export const DEFAULT_DB_PATH = 'triangulate.sqlite';

/** Whether a `--db` value names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/**
 * Opens the store a `--db` value names.
 * @example const store = await openStore('triangulate.sqlite')
 * @example const store = await openStore('postgres://postgres@127.0.0.1:5432/triangulate')
 */
export async function openStore(db: string = process.env.TRIANGULATE_DB ?? DEFAULT_DB_PATH): Promise<Store> {
  // Only the driver the value names is loaded (each pulls in Kysely and its own client).
  if (isPostgresUrl(db)) return (await import('./postgres.js')).createPostgresStore({ url: db });
  return (await import('./sqlite.js')).createSqliteStore({ path: db });
}
