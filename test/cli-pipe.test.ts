/** The installed command when its reader stops early (`triangulate extract … | head -1`): a quiet exit 0. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT, SEEDS_DIR } from './helpers/shared.js';

test('a closed stdout pipe ends the run quietly, exit 0', async () => {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin/triangulate.js'), 'extract', SEEDS_DIR], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  // Read the first line, then close the pipe as `head -1` does.
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stderr, /EPIPE|Unhandled/);
});
