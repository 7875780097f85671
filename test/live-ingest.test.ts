/**
 * Ingest by content hash on the seed pages: a rerun neither extracts nor analyses again and briefs the same; a page
 * read from a new path takes that path (its story's brief goes stale); the CLI's ingest → update → brief.
 */
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { brief } from '../src/api/brief.js';
import { ingestDocuments } from '../src/api/ingest-documents.js';
import { updateStories } from '../src/api/update-stories.js';
import { render } from '../src/render/render.js';
import { createSqliteStore } from '../src/store/sqlite.js';
import { runCli } from './helpers/run-cli.js';
import { seedPaths, tempDir } from './helpers/shared.js';

function seedFolder(): string {
  const dir = tempDir('live-seeds');
  for (const path of seedPaths()) copyFileSync(path, join(dir, basename(path)));
  return dir;
}

describe('ingest by content hash', () => {
  it('a rerun reads and hashes only, and gives the same brief', async () => {
    const dir = seedFolder();
    const store = await createSqliteStore({ path: join(tempDir('live-db'), 'store.sqlite') });
    try {
      const first = await brief([dir], { db: store, embeddings: false });
      assert.equal(first.added, seedPaths().length);
      const started = performance.now();
      const again = await ingestDocuments([dir], { store, threads: 0 });
      const ms = performance.now() - started;
      assert.deepEqual(
        { read: again.read, added: again.added, skipped: again.skipped },
        { read: seedPaths().length, added: [], skipped: seedPaths().length },
      );
      // Extracting and analysing the seeds takes seconds; reading and hashing them a few milliseconds.
      assert.ok(ms < 1000, `rerun took ${ms.toFixed(0)} ms`);
      const second = await brief([dir], { db: store, embeddings: false });
      assert.equal(second.skipped, seedPaths().length);
      assert.equal(render(second.briefs, 'md'), render(first.briefs, 'md'));
    } finally {
      await store.close();
    }
  });

  it('a page read from a new path takes that path, and its story is briefed again', async () => {
    const dir = seedFolder();
    const store = await createSqliteStore({ path: ':memory:' });
    try {
      await brief([dir], { db: store, embeddings: false });
      assert.deepEqual(await store.staleStoryIds(), []);
      const moved = join(tempDir('live-moved'), 'renamed.txt');
      copyFileSync(seedPaths()[2]!, moved);
      const result = await ingestDocuments([moved], { store, threads: 0 });
      assert.equal(result.skipped, 1);
      assert.equal(result.added.length, 1);
      const [article] = await store.loadArticles(result.added);
      assert.equal(article?.article.input, moved);
      assert.equal((await store.staleStoryIds()).length, 1);
      const again = await brief([moved], { db: store, embeddings: false });
      assert.ok(again.briefs.stories[0]!.articles.some((a) => a.input.endsWith('renamed.txt')));
      assert.deepEqual(await store.staleStoryIds(), []);
    } finally {
      await store.close();
    }
  });

  it('runs ingest, update and brief from the command line, briefing only what changed', async () => {
    const dir = seedFolder();
    const db = join(tempDir('live-cli'), 'store.sqlite');
    const env = process.env.TRIANGULATE_EMBEDDINGS;
    process.env.TRIANGULATE_EMBEDDINGS = 'off';
    try {
      const ingest = await runCli(['ingest', dir, '--db', db, '--format', 'json']);
      assert.equal(ingest.code, 0, ingest.stderr);
      assert.equal(JSON.parse(ingest.stdout).added.length, seedPaths().length);
      const update = await runCli(['update', '--db', db, '--format', 'json']);
      assert.equal(update.code, 0, update.stderr);
      const changed = JSON.parse(update.stdout).changed as { id: string; status: string }[];
      assert.ok(changed.length >= 1 && changed.every((c) => c.status === 'new'));
      const stale = await runCli(['brief', '--db', db, '--format', 'json']);
      assert.equal(stale.code, 0, stale.stderr);
      assert.equal(JSON.parse(stale.stdout).stories.length, changed.length);
      const none = await runCli(['brief', '--db', db]);
      assert.equal(none.code, 0);
      assert.equal(none.stdout, '');
      const one = await runCli(['brief', '--db', db, '--story', changed[0]!.id, '--format', 'json']);
      assert.equal(JSON.parse(one.stdout).stories[0].id, changed[0]!.id);
      const missing = await runCli(['brief', '--db', join(tempDir('live-none'), 'none.sqlite')]);
      assert.equal(missing.code, 2);
    } finally {
      if (env === undefined) delete process.env.TRIANGULATE_EMBEDDINGS;
      else process.env.TRIANGULATE_EMBEDDINGS = env;
    }
  });

  it('updateStories with nothing new writes nothing', async () => {
    const store = await createSqliteStore({ path: ':memory:' });
    try {
      assert.deepEqual(await updateStories(store), {
        changed: [],
        removed: [],
        placed: 0,
        replayed: false,
        retaken: 0,
        outOfOrder: 0,
      });
    } finally {
      await store.close();
    }
  });
});
