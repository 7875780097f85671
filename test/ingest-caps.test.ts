/** Caps on documents per input, folded repeated errors, safe error lines and --out files, and the caps stated in --help. */
import assert from 'node:assert/strict';
import { copyFileSync, lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { HELP } from '../src/cli/help.js';
import { printable } from '../src/cli/safe-output.js';
import { MAX_DOCUMENTS_PER_INPUT, MAX_INPUT_BYTES, REPEATED_ERRORS_SHOWN } from '../src/core/config.js';
import { ingest } from '../src/ingest/ingest.js';
import { type ReadItem, readContent } from '../src/ingest/read-content.js';
import { seedPaths, tempDir } from './helpers/shared.js';
import { runCli } from './helpers/run-cli.js';

const seedLines = readFileSync(seedPaths()[1]!, 'utf8')
  .split('\n')
  .filter((line) => line.length > 80);

const run = runCli;

async function collect(inputs: string[], maxDocuments?: number): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of ingest(inputs, { maxDocuments })) items.push(item);
  return items;
}

describe('documents per input are capped', () => {
  test(`a JSON array past ${MAX_DOCUMENTS_PER_INPUT} objects reads the first ones and says how many it held`, async () => {
    const total = MAX_DOCUMENTS_PER_INPUT + 2_500;
    const array = Array.from({ length: total }, (_, i) => ({ id: String(i), text: seedLines[i % seedLines.length] }));
    const items = await readContent('many.json', Buffer.from(JSON.stringify(array)));
    assert.equal(items.length, MAX_DOCUMENTS_PER_INPUT + 1);
    assert.ok(items.slice(0, -1).every((item) => item.outcome.ok));
    const last = items.at(-1)!;
    assert.ok(!last.outcome.ok && last.outcome.error.code === 'too-large');
    assert.match(last.outcome.error.message, new RegExp(`holds ${total} documents.*first ${MAX_DOCUMENTS_PER_INPUT}`));
  });

  test('JSON lines stop at a given cap; the note counts the lines not read', async () => {
    const lines = seedLines.slice(0, 10).map((text, i) => JSON.stringify({ id: `n${i}`, text }));
    const items = await readContent('few.jsonl', Buffer.from(`${lines.join('\n')}\n\n`), undefined, {
      maxDocuments: 3,
    });
    assert.deepEqual(
      items.map((item) => item.inputId ?? (item.outcome.ok ? 'ok' : item.outcome.error.code)),
      ['n0', 'n1', 'n2', 'too-large'],
    );
    assert.match((items[3]!.outcome as { error: { message: string } }).error.message, /holds 10 JSON lines/);
    const all = await readContent('few.jsonl', Buffer.from(lines.join('\n')), undefined, { maxDocuments: 10 });
    assert.equal(all.length, 10);
    assert.ok(all.every((item) => item.outcome.ok));
  });

  test('a JSON array of 100,000 numbers is a few error lines, not 100,000', async () => {
    const dir = tempDir('numbers');
    const path = join(dir, 'numbers.json');
    writeFileSync(path, JSON.stringify(Array.from({ length: 100_000 }, (_, i) => i)));
    const items = await collect([path]);
    const codes = items.map((item) => (item.outcome.ok ? 'ok' : item.outcome.error.code));
    assert.equal(codes.filter((code) => code === 'unparseable').length, REPEATED_ERRORS_SHOWN + 1);
    assert.equal(codes.filter((code) => code === 'too-large').length, 1);
    assert.equal(items.length, REPEATED_ERRORS_SHOWN + 2);
    const summary = items.find((item) => !item.outcome.ok && /more documents/.test(item.outcome.error.message))!;
    assert.equal(summary.input, path);
    assert.match((summary.outcome as { error: { message: string } }).error.message, /9990 more documents/);
  });

  test('--max-docs sets the cap from the command line; a bad value is a usage error', async () => {
    const dir = tempDir('maxdocs');
    const path = join(dir, 'docs.jsonl');
    writeFileSync(
      path,
      seedLines
        .slice(0, 5)
        .map((text) => JSON.stringify({ text }))
        .join('\n'),
    );
    const result = await run(['extract', '-q', '--max-docs', '2', path]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).ok),
      [true, true, false],
    );
    assert.equal((await run(['extract', '--max-docs', '0', path])).code, 2);
    assert.equal((await run(['extract', '--max-docs', 'many', path])).code, 2);
  });
});

describe('what the CLI writes cannot be forged or redirected', () => {
  test('control characters and ANSI escapes in a file name are escaped on stderr', async () => {
    assert.equal(printable('a\nb\r\u001b[31mc\u0007\u202e'), 'a\\nb\\r\\x1b[31mc\\x07\\u202e');
    const dir = tempDir('evil-names');
    copyFileSync(seedPaths()[0]!, join(dir, 'good.txt'));
    writeFileSync(join(dir, 'x\ntriangulate: forged line\u001b[2J.txt'), '');
    const result = await run(['brief', '-q', dir, '--db', join(tempDir('evil-db'), 's.sqlite')]);
    assert.equal(result.code, 0, result.stderr);
    assert.ok(!result.stderr.includes('\u001b'), 'no raw escape');
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 1, result.stderr);
    assert.match(lines[0]!, /^triangulate: .*x\\ntriangulate: forged line\\x1b\[2J\.txt: empty:/);
  });

  test('a symbolic link planted in --out is replaced, its target left untouched', async () => {
    const out = tempDir('out-links');
    const victim = join(tempDir('victim'), 'precious.txt');
    writeFileSync(victim, 'keep me');
    symlinkSync(victim, join(out, 'brief.csv'));
    symlinkSync(victim, join(out, 'brief.md'));
    const result = await run([
      'brief',
      '-q',
      seedPaths()[0]!,
      '--db',
      join(tempDir('out-db'), 's.sqlite'),
      '--out',
      out,
    ]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(readFileSync(victim, 'utf8'), 'keep me');
    assert.ok(lstatSync(join(out, 'brief.csv')).isFile());
    assert.match(readFileSync(join(out, 'brief.md'), 'utf8'), /^# /);
  });

  test('--help states the caps', () => {
    assert.ok(HELP.brief!.includes(`${MAX_INPUT_BYTES / 1024 / 1024} MiB per input`));
    assert.ok(HELP.extract!.includes(`${MAX_DOCUMENTS_PER_INPUT} documents per input (--max-docs)`));
    assert.ok(HELP.brief!.includes(`After ${REPEATED_ERRORS_SHOWN} failures`));
  });
});
