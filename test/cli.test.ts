/** The command line as scripts use it: exit codes, JSON lines, bad input in a mixed folder. */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { seedPaths, tempDir } from './helpers/shared.js';
import { runCli } from './helpers/run-cli.js';

const run = runCli;

function mixedFolder(): string {
  const dir = tempDir('mixed');
  for (const path of seedPaths().slice(1, 5)) copyFileSync(path, join(dir, basename(path)));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'image.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
  const seed = readFileSync(seedPaths()[0]!);
  writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([seed.subarray(0, 200), Buffer.from([0xe4, 0xf6, 0x0a])]));
  writeFileSync(join(dir, 'sheet.xlsx'), seed);
  mkdirSync(join(dir, 'nested'));
  copyFileSync(seedPaths()[0]!, join(dir, 'nested', 'page.txt'));
  return dir;
}

describe('triangulate CLI', () => {
  it('prints help with exit 0, and exit 2 for bad usage', async () => {
    const help = await run(['brief', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: triangulate brief/);
    assert.equal((await run(['frobnicate'])).code, 2);
    assert.equal((await run(['brief'])).code, 2);
    const badFormat = await run(['brief', 'x.txt', '--format', 'pdf']);
    assert.equal(badFormat.code, 2);
    assert.match(badFormat.stderr, /unknown format "pdf"; expected md \| json \| html/);
    assert.equal((await run(['extract', 'x.txt', '--no-such-flag'])).code, 2);
  });

  it('briefs the good pages of a mixed folder and reports one error line per bad document', async () => {
    const dir = mixedFolder();
    const out = join(tempDir('out'), 'brief');
    const db = join(tempDir('db'), 'store.sqlite');
    const result = await run(['brief', dir, '--db', db, '--out', out]);
    assert.equal(result.code, 0, result.stderr);
    const errors = result.stderr.split('\n').filter((line) => line.startsWith('triangulate: '));
    assert.equal(errors.length, 4, result.stderr);
    assert.ok(errors.some((l) => l.includes('empty.txt: empty:')));
    assert.ok(errors.some((l) => l.includes('image.html: not-text:')));
    assert.ok(errors.some((l) => l.includes('latin1.txt: invalid-utf8:')));
    assert.ok(errors.some((l) => l.includes('sheet.xlsx: unsupported-format:')));
    assert.match(result.stdout, /^# /);
    const json = JSON.parse(readFileSync(join(out, 'brief.json'), 'utf8'));
    assert.equal(json.version, 1);
    assert.equal(json.stories.flatMap((s: { articles: unknown[] }) => s.articles).length, 5);
    assert.match(readFileSync(join(out, 'brief.html'), 'utf8'), /^<!doctype html>/i);
    const stories = await run(['stories', '--format', 'json', '--db', db]);
    assert.equal(stories.code, 0);
    const listed = JSON.parse(stories.stdout);
    assert.equal(listed.stories.flatMap((s: { articles: unknown[] }) => s.articles).length, 5);
  });

  it('exits 1 when nothing could be read as an article', async () => {
    const dir = tempDir('nothing');
    writeFileSync(join(dir, 'empty.txt'), '');
    const result = await run(['brief', dir, '--db', join(dir, 's.sqlite')]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /nothing to brief/);
  });

  it('extract and analyze print one JSON line per document, failures included', async () => {
    const dir = tempDir('lines');
    writeFileSync(
      join(dir, 'a.jsonl'),
      `${JSON.stringify({ id: 'x1', text: readFileSync(seedPaths()[4]!, 'utf8') })}\n{broken\n`,
    );
    for (const command of ['extract', 'analyze']) {
      const result = await run([command, join(dir, 'a.jsonl'), '--format', 'jsonl', '--quiet']);
      assert.equal(result.code, 0);
      const lines = result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      assert.equal(lines.length, 2);
      assert.equal(lines[0].ok, true);
      assert.equal(lines[0].inputId, 'x1');
      assert.equal(lines[0].article.inputId, 'x1');
      assert.equal(lines[1].ok, false);
      assert.equal(lines[1].error.code, 'unparseable');
      if (command === 'analyze') assert.ok(lines[0].analysis.quotes.length > 0);
    }
  });
});
