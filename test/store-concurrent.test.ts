/** Two `brief` runs on overlapping inputs, in two real processes, write one SQLite store at once: both succeed. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, test } from 'node:test';
import { loadPolnearTexts } from '../bench/shared-data.js';
import { createSqliteStore } from '../src/store/sqlite.js';
import { REPO_ROOT, seedPaths, tempDir } from './helpers/shared.js';

function runCli(args: string[]): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(REPO_ROOT, 'test/helpers/cli-process.ts'), ...args],
      {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('close', (code) => resolve({ code, stderr, stdout }));
  });
}

describe('concurrent writers on one SQLite store', { timeout: 240_000 }, () => {
  test('two brief processes on overlapping inputs both write their brief; the store holds every document once', async () => {
    const texts = loadPolnearTexts().slice(0, 24);
    const seeds = seedPaths();
    const left = tempDir('writers-a');
    const right = tempDir('writers-b');
    for (const seed of seeds.slice(0, 4)) copyFileSync(seed, join(left, basename(seed)));
    for (const seed of seeds.slice(1)) copyFileSync(seed, join(right, basename(seed)));
    for (const [i, t] of texts.entries()) {
      if (i < 16) writeFileSync(join(left, `p${i}.txt`), t.text);
      if (i >= 8) writeFileSync(join(right, `p${i}.txt`), t.text);
    }
    const db = join(tempDir('writers-db'), 'shared.sqlite');
    const [a, b] = await Promise.all([
      runCli(['brief', left, '--db', db, '-q', '--format', 'json']),
      runCli(['brief', right, '--db', db, '-q', '--format', 'json']),
    ]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    assert.ok(JSON.parse(a.stdout).stories.length > 0);
    assert.ok(JSON.parse(b.stdout).stories.length > 0);
    const store = await createSqliteStore({ path: db });
    const counts = await store.counts();
    await store.close();
    assert.equal(counts.documents, 5 + 24);
    assert.equal(counts.failures, 0);
  });
});
