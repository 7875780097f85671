/**
 * The PostgreSQL store against a real server: the Store contract, the main job end to end (the same briefs as on
 * SQLite), several processes opening one database at once, and a clear error for a server that is not there.
 * Not part of `npm test` (it needs a server); `.ci/run` starts the machine's PostgreSQL and runs `npm run test:postgres`.
 * TRIANGULATE_TEST_PG names a database this suite may connect to and create throwaway databases from.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { brief } from '../../src/api/brief.js';
import { main } from '../../src/cli/main.js';
import { createPostgresStore } from '../../src/store/postgres.js';
import { seedPaths, tempDir } from '../helpers/shared.js';
import { runContract } from '../helpers/store-contract.js';

const ADMIN_URL = process.env.TRIANGULATE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const created: string[] = [];

/** A new empty database on the test server; dropped when the suite ends. */
async function freshDatabase(): Promise<string> {
  const name = `triangulate_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  created.push(name);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.href;
}

after(async () => {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  for (const name of created) await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
});

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
    const ok = await run(['brief', ...seedPaths(), '--db', url, '--format', 'json', '--quiet']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout).stories.length, 1);
    const stories = await run(['stories', '--db', url, '--format', 'json']);
    assert.equal(JSON.parse(stories.stdout).stories[0].articles.length, 5);
    // Port 9 (discard) has no PostgreSQL on loopback.
    const absent = await run(['stories', '--db', 'postgres://someone:s3cret@127.0.0.1:9/none']);
    assert.equal(absent.code, 1);
    assert.match(absent.stderr, /cannot open PostgreSQL store postgres:\/\/someone:\*\*\*@127\.0\.0\.1:9\/none/);
    assert.doesNotMatch(absent.stderr, /s3cret/);
  });
});

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await main(args, { stdout, stderr: stderr as unknown as NodeJS.WriteStream });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}
