/**
 * `triangulate worker` and `ingest --enqueue` without a server: help, and the usage errors that keep them to a
 * PostgreSQL store (the suites in test/postgres run them against a real one).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from './helpers/run-cli.js';
import { seedPaths, tempDir } from './helpers/shared.js';

describe('triangulate worker', () => {
  it('has help naming its options', async () => {
    const help = await runCli(['worker', '--help']);
    assert.equal(help.code, 0);
    for (const option of ['--db', '--concurrency', '--progress', '--exit-when-idle'])
      assert.ok(help.stdout.includes(option), option);
    assert.match((await runCli(['--help'])).stdout, /\n {2}worker /);
  });

  it('refuses a SQLite store, no store, inputs and bad numbers with exit 2 and a clear line', async () => {
    const cases: [string[], RegExp][] = [
      [['worker', '--db', join(tempDir('worker-cli'), 'store.sqlite')], /worker needs a PostgreSQL store/],
      [['worker', '--db', 'postgres://x@127.0.0.1:9/none', 'inputs/'], /worker takes no inputs/],
      [['worker', '--db', 'postgres://x@127.0.0.1:9/none', '--concurrency', '0'], /--concurrency takes a whole number/],
      [['worker', '--db', 'postgres://x@127.0.0.1:9/none', '--progress', 'many'], /--progress takes a whole number/],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(args);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, message);
    }
    const saved = process.env.TRIANGULATE_DB;
    delete process.env.TRIANGULATE_DB;
    try {
      const none = await runCli(['worker']);
      assert.equal(none.code, 2);
      assert.match(none.stderr, /worker needs --db postgres:/);
    } finally {
      if (saved !== undefined) process.env.TRIANGULATE_DB = saved;
    }
  });

  it('ingest --enqueue refuses a SQLite store (its queue would live and die with one process)', async () => {
    const db = join(tempDir('enqueue-cli'), 'store.sqlite');
    const result = await runCli(['ingest', seedPaths()[0]!, '--db', db, '--enqueue']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--enqueue needs a PostgreSQL store/);
  });
});
