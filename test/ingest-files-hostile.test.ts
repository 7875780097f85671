/** Files that are not what they seem: FIFOs, devices, endless stdin, huge files, symlink loops and links out of the tree. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, test } from 'node:test';
import { MAX_INPUT_BYTES } from '../src/core/config.js';
import { ingest } from '../src/ingest/ingest.js';
import { listSources } from '../src/ingest/list-inputs.js';
import { readStreamCapped } from '../src/ingest/read-capped.js';
import type { ReadItem } from '../src/ingest/read-content.js';
import { seedPaths, tempDir } from './helpers/shared.js';

async function collect(inputs: string[]): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of ingest(inputs)) items.push(item);
  return items;
}
const errorOf = (item: ReadItem | undefined) => (item && !item.outcome.ok ? item.outcome.error : undefined);

describe('non-regular inputs are refused without being waited on or read whole', { timeout: 20_000 }, () => {
  test('a FIFO named alone, and one inside a folder, is one clear error (no hang); the folder’s page is read', async () => {
    const dir = tempDir('fifo');
    execFileSync('mkfifo', [join(dir, 'pipe.html')]);
    copyFileSync(seedPaths()[0]!, join(dir, 'page.txt'));
    const alone = await collect([join(dir, 'pipe.html')]);
    assert.equal(alone.length, 1);
    assert.match(errorOf(alone[0])?.message ?? '', /FIFO/);
    const walked = await collect([dir]);
    assert.equal(walked.length, 2);
    assert.match(errorOf(walked[1])?.message ?? '', /FIFO/);
    assert.ok(walked[0]?.outcome.ok);
  });

  test('/dev/zero is refused as a device', async () => {
    const [item] = await collect(['/dev/zero']);
    assert.match(errorOf(item)?.message ?? '', /character device/);
  });

  test('a 2 GB file (sparse) is too-large from its size, without reading it', async () => {
    const dir = tempDir('huge');
    const path = join(dir, 'huge.html');
    const fd = openSync(path, 'w');
    closeSync(fd);
    execFileSync('truncate', ['-s', '2G', path]);
    const before = process.memoryUsage().rss;
    const [item] = await collect([path]);
    assert.equal(errorOf(item)?.code, 'too-large');
    assert.ok(process.memoryUsage().rss - before < 200 * 1024 * 1024);
  });

  test('endless standard input stops one byte past the cap', async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 1 << 20;
        this.push(Buffer.alloc(1 << 20));
      },
    });
    const outcome = await readStreamCapped(endless);
    assert.ok(!outcome.ok && outcome.error.code === 'too-large');
    assert.ok(produced <= MAX_INPUT_BYTES + 4 * (1 << 20), `read ${produced} bytes`);
    const small = await readStreamCapped(Readable.from([Buffer.from('abc'), Buffer.from('def')]));
    assert.ok(small.ok && Buffer.from(small.value).toString() === 'abcdef');
  });
});

describe('the folder walk stays in its tree', { timeout: 20_000 }, () => {
  test('`..` links do not loop; links out of the tree are one error each; a link to a file inside is read', async () => {
    const outside = tempDir('outside');
    const secret = join(outside, 'secret.txt');
    copyFileSync(seedPaths()[2]!, secret);
    const dir = tempDir('links');
    const tree = join(dir, 'tree');
    mkdirSync(join(tree, 'sub'), { recursive: true });
    copyFileSync(seedPaths()[0]!, join(tree, 'a.txt'));
    copyFileSync(seedPaths()[1]!, join(tree, 'sub', 'b.txt'));
    symlinkSync('..', join(tree, 'sub', 'up'));
    symlinkSync('../..', join(tree, 'sub', 'up2'));
    symlinkSync('.', join(tree, 'self'));
    symlinkSync(tree, join(tree, 'sub', 'root'));
    symlinkSync(secret, join(tree, 'leak.txt'));
    symlinkSync('/etc/passwd', join(tree, 'passwd.txt'));
    symlinkSync('../outside-nothing', join(tree, 'dangling.txt'));
    symlinkSync('sub/b.txt', join(tree, 'inside.txt'));
    writeFileSync(join(dir, 'sibling.txt'), 'not in the tree');
    symlinkSync('../sibling.txt', join(tree, 'sibling.txt'));

    const sources = await listSources([tree]);
    const byName = new Map(sources.map((s) => [('path' in s ? s.path : '').slice(tree.length + 1), s]));
    assert.deepEqual([...byName.keys()].sort(), [
      'a.txt',
      'dangling.txt',
      'inside.txt',
      'leak.txt',
      'passwd.txt',
      'sibling.txt',
      'sub/b.txt',
      'sub/up2',
    ]);
    for (const name of ['leak.txt', 'passwd.txt', 'sibling.txt', 'sub/up2'])
      assert.equal(byName.get(name)?.kind, 'missing', name);
    const items = await collect([tree]);
    const read = items.filter((item) => item.outcome.ok).map((item) => item.input.slice(tree.length + 1));
    assert.deepEqual(read.sort(), ['a.txt', 'inside.txt', 'sub/b.txt']);
    for (const item of items) {
      if (item.outcome.ok) assert.ok(!item.outcome.value.content.includes('root:x:0:0'));
    }
    // Named on the command line, a link is the user's own choice and is followed.
    const named = await collect([join(tree, 'leak.txt')]);
    assert.ok(named[0]?.outcome.ok);
  });
});
