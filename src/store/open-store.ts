/** Picks the store driver from a `--db` value: a file path (SQLite) or a postgres:// URL. */
import { UsageError } from '../core/outcome.js';
import { createSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

/** Where the embedded store lives when no `--db` or TRIANGULATE_DB is given. */
export const DEFAULT_DB_PATH = 'triangulate.sqlite';

/**
 * Opens the store a `--db` value names.
 * @example const store = await openStore('triangulate.sqlite')
 */
export async function openStore(db: string = process.env.TRIANGULATE_DB ?? DEFAULT_DB_PATH): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(db)) {
    throw new UsageError('PostgreSQL stores are not supported by this version yet; use a SQLite file path for --db');
  }
  return createSqliteStore({ path: db });
}
