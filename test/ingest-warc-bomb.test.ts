/** A WARC record whose payload is gzip (Content-Encoding) is unpacked only up to the cap; the archive's other records are read. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { loadAeb } from '../bench/shared-data.js';
import { MAX_INPUT_BYTES, MAX_WARC_PAYLOAD_BYTES } from '../src/core/config.js';
import { readContent } from '../src/ingest/read-content.js';

async function response(url: string, body: Uint8Array, headers: Record<string, string>): Promise<Uint8Array> {
  const record = WARCRecord.create(
    {
      url,
      type: 'response',
      httpHeaders: { 'Content-Type': 'text/html; charset=utf-8', ...headers },
      statusline: 'HTTP/1.1 200 OK',
    },
    [body],
  );
  return WARCSerializer.serialize(record);
}

describe('WARC payloads with Content-Encoding', () => {
  test('a gzip bomb payload is too-large without unpacking it whole; gzip pages and plain pages around it are read', async () => {
    const pages = loadAeb().slice(0, 2);
    const bomb = gzipSync(Buffer.alloc(MAX_INPUT_BYTES * 3, 0x20));
    const archive = Buffer.concat([
      await response('https://example.org/a', gzipSync(Buffer.from(pages[0]!.html)), { 'Content-Encoding': 'gzip' }),
      await response('https://example.org/bomb', bomb, { 'Content-Encoding': 'gzip' }),
      await response('https://example.org/b', Buffer.from(pages[1]!.html), {}),
    ]);
    assert.ok(archive.length < 1_000_000, `the archive is small (${archive.length} bytes)`);
    const before = process.memoryUsage().rss;
    const items = await readContent('bomb.warc', archive);
    const grew = process.memoryUsage().rss - before;
    assert.deepEqual(
      items.map((item) => (item.outcome.ok ? 'ok' : item.outcome.error.code)),
      ['ok', 'too-large', 'ok'],
    );
    assert.ok(items[0]!.outcome.ok && items[0]!.outcome.value.content === pages[0]!.html);
    assert.ok(grew < 3 * MAX_INPUT_BYTES, `memory grew by ${grew} bytes`);
  });

  test('refused bomb records count against the archive: unpacking stops once the archive budget is spent', async () => {
    const bomb = gzipSync(Buffer.alloc(MAX_INPUT_BYTES + 1024, 0x20));
    const records = MAX_WARC_PAYLOAD_BYTES / MAX_INPUT_BYTES + 3;
    const archive = Buffer.concat(
      await Promise.all(
        Array.from({ length: records }, (_, i) =>
          response(`https://example.org/${i}`, bomb, { 'Content-Encoding': 'gzip' }),
        ),
      ),
    );
    const items = await readContent('bombs.warc', archive);
    assert.ok(items.every((item) => !item.outcome.ok && item.outcome.error.code === 'too-large'));
    assert.ok(
      items.length <= MAX_WARC_PAYLOAD_BYTES / MAX_INPUT_BYTES,
      `${items.length} of ${records} records unpacked`,
    );
  });
});
