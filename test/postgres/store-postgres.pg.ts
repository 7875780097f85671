/**
 * The PostgreSQL store against a real server: the Store contract, the main job end to end (the same briefs as on
 * SQLite), several processes opening one database at once, and a clear error for a server that is not there.
 * Not part of `npm test` (it needs a server); `.ci/run` starts the machine's PostgreSQL and runs `npm run test:postgres`.
 * TRIANGULATE_TEST_PG names a database this suite may connect to and create throwaway databases from.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { brief } from '../../src/api/brief.js';
import { createPostgresStore } from '../../src/store/postgres.js';
import { freshDatabase } from '../helpers/pg-databases.js';
import { runCli } from '../helpers/run-cli.js';
import { seedPaths, tempDir } from '../helpers/shared.js';
import { runContract } from '../helpers/store-contract.js';

runContract('postgres', async () => createPostgresStore({ url: await freshDatabase() }));

describe('PostgreSQL store in the main job', () => {
  it('gives the same briefs as the SQLite store, and adds nothing on a second run', async () => {
    const url = await freshDatabase();
    const onPostgres = await brief(seedPaths(), { db: url });
    const onSqlite = await brief(seedPaths(), { db: join(tempDir('pg-compare'), 'store.sqlite') });
    assert.equal(onPostgres.added, 5);
    assert.deepEqual(onPostgres.briefs, onSqlite.briefs);
    const again = await brief(seedPaths(), { db: url });
    assert.equal(again.added, 0);
    assert.deepEqual(again.briefs, onPostgres.briefs);
  });

  it('lets several processes open one new database at once', async () => {
    const url = await freshDatabase();
    const stores = await Promise.all([1, 2, 3, 4].map(() => createPostgresStore({ url, poolSize: 1 })));
    try {
      const counts = await Promise.all(stores.map((s) => s.counts()));
      assert.deepEqual(counts[0], { documents: 0, articles: 0, stories: 0, failures: 0 });
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('runs the CLI on a postgres:// URL, and fails with exit 1 and no password shown when the server is absent', async () => {
    const url = await freshDatabase();
    const ok = await runCli(['brief', ...seedPaths(), '--db', url, '--format', 'json', '--quiet']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout).stories.length, 1);
    const stories = await runCli(['stories', '--db', url, '--format', 'json']);
    assert.equal(JSON.parse(stories.stdout).stories[0].articles.length, 5);
    // Port 9 (discard) has no PostgreSQL on loopback.
    const absent = await runCli(['stories', '--db', 'postgres://someone:s3cret@127.0.0.1:9/none']);
    assert.equal(absent.code, 1);
    assert.match(absent.stderr, /cannot open PostgreSQL store postgres:\/\/someone:\*\*\*@127\.0\.0\.1:9\/none/);
    assert.doesNotMatch(absent.stderr, /s3cret/);
  });
});
