/** The Store contract (test/helpers/store-contract.ts) on SQLite; test/postgres runs it on PostgreSQL. */
import { join } from 'node:path';
import { createSqliteStore } from '../src/store/sqlite.js';
import { tempDir } from './helpers/shared.js';
import { runContract } from './helpers/store-contract.js';

runContract('sqlite in memory', () => createSqliteStore({ path: ':memory:' }));
runContract('sqlite file', () => createSqliteStore({ path: join(tempDir('store'), 'nested', 'store.sqlite') }));
