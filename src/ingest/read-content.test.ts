import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { seedPaths } from '../../test/helpers/shared.js';
import { readContent } from './read-content.js';

const seed = seedPaths()[4]!;
const seedBytes = readFileSync(seed);

async function firstError(input: string, bytes: Uint8Array) {
  const [item] = await readContent(input, bytes);
  assert.ok(item && !item.outcome.ok, `expected a rejection for ${input}`);
  return item.outcome.error;
}

describe('readContent', () => {
  it('reads a plain-text page as one text document with a content-hash id', async () => {
    const [item] = await readContent(seed, seedBytes);
    assert.ok(item?.outcome.ok);
    assert.equal(item.outcome.value.format, 'text');
    assert.match(item.outcome.value.id, /^d_[0-9a-f]{16}$/);
    // The same bytes under another name are the same document.
    const [again] = await readContent('elsewhere/copy.txt', seedBytes);
    assert.ok(again?.outcome.ok);
    assert.equal(again.outcome.value.id, item.outcome.value.id);
  });

  it('rejects empty, binary, invalid UTF-8 and unknown inputs with clear codes', async () => {
    assert.equal((await firstError('empty.txt', new Uint8Array())).code, 'empty');
    assert.equal((await firstError('blank.txt', Buffer.from('  \n\n '))).code, 'empty');
    assert.equal((await firstError('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d]))).code, 'not-text');
    const latin1 = Buffer.concat([seedBytes.subarray(0, 40), Buffer.from([0xe9, 0x20, 0xff])]);
    const bad = await firstError('latin1.txt', latin1);
    assert.equal(bad.code, 'invalid-utf8');
    assert.match(bad.message, /offset 40/);
    assert.equal((await firstError('data.xlsx', seedBytes)).code, 'unsupported-format');
    // A page that is not a feed, named .rss, is a clear per-document error.
    assert.equal((await firstError('feed.rss', seedBytes)).code, 'unparseable');
  });

  it('reads gzip of a supported format and rejects corrupt gzip', async () => {
    const [item] = await readContent('page.txt.gz', gzipSync(seedBytes));
    assert.ok(item?.outcome.ok);
    assert.equal(item.outcome.value.content, seedBytes.toString('utf8'));
    assert.equal((await firstError('page.txt.gz', gzipSync(seedBytes).subarray(0, 30))).code, 'unparseable');
  });

  it('reads document objects from .json and .jsonl, one outcome per line, keeping the caller id', async () => {
    const text = seedBytes.toString('utf8');
    const lines = [
      JSON.stringify({ id: 'n-1', text, outlet: 'Newslooks', story: 'rutte' }),
      '{not json',
      JSON.stringify({ id: 'n-3', title: 'no body' }),
      JSON.stringify({ id: 7, html: `<p>${text.split('\n')[8]}</p>` }),
    ].join('\n');
    const items = await readContent('batch.jsonl', Buffer.from(lines));
    assert.equal(items.length, 4);
    assert.ok(items[0]?.outcome.ok);
    assert.equal(items[0].inputId, 'n-1');
    assert.equal(items[0].outcome.value.story, 'rutte');
    assert.equal(items[0].outcome.value.outlet, 'Newslooks');
    assert.equal(items[1]?.outcome.ok, false);
    assert.equal(items[1]?.input, 'batch.jsonl#2');
    assert.ok(items[2] && !items[2].outcome.ok && items[2].outcome.error.code === 'empty');
    assert.ok(items[3]?.outcome.ok && items[3].outcome.value.format === 'html' && items[3].inputId === '7');
    const [single] = await readContent('one.json', Buffer.from(lines.split('\n')[0]!));
    assert.ok(single?.outcome.ok && single.inputId === 'n-1');
  });
});
