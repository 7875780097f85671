/** A URL that resets, hangs, stops short or points at nothing is one error line for that input; the run goes on. */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { DATA } from '../bench/shared-data.js';
import { main } from '../src/cli/main.js';
import { ingest } from '../src/ingest/ingest.js';
import type { ReadItem } from '../src/ingest/read-content.js';
import { seedPaths, tempDir } from './helpers/shared.js';

const story = readFileSync(seedPaths()[1]!);
const guardian = readFileSync(join(DATA, 'feeds-samples', 'rss-parser', 'input', 'guardian.rss'));
const sockets = new Set<Socket>();
let base = '';
let deadPort = 0;
const server: Server = createServer((request, response) => {
  switch (request.url) {
    case '/story.txt':
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(story);
      return;
    case '/guardian.rss':
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      response.end(guardian);
      return;
    case '/reset':
      request.socket.resetAndDestroy();
      return;
    case '/reset-mid-body':
      response.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(story.length) });
      response.write(story.subarray(0, 100));
      setTimeout(() => request.socket.resetAndDestroy(), 20);
      return;
    case '/short':
      response.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(story.length) });
      response.write(story.subarray(0, 100));
      setTimeout(() => request.socket.destroy(), 20);
      return;
    case '/trickle': {
      // A body slower than the timeout: one byte every 50 ms, forever.
      response.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => response.write('x'), 50);
      response.on('close', () => clearInterval(timer));
      return;
    }
    case '/silent':
      return; // never answers
    default:
      response.writeHead(404);
      response.end();
  }
});
server.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
});

async function collect(inputs: string[], timeoutMs = 400): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of ingest(inputs, { fetch: { allowPrivate: true, timeoutMs } })) items.push(item);
  return items;
}

describe('network failures are one error line each', () => {
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // A port with nothing listening: bind, note the port, close.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    deadPort = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
  });
  after(() => {
    for (const socket of sockets) socket.destroy();
    server.close();
  });

  test('reset, reset mid-body, short body, slow body, silent server, refused port: each one error; the good URL is read', async () => {
    const bad = ['/reset', '/reset-mid-body', '/short', '/trickle', '/silent'].map((path) => base + path);
    const refused = `http://127.0.0.1:${deadPort}/x`;
    const items = await collect([...bad, refused, `${base}/story.txt`]);
    assert.equal(items.length, 7);
    for (const item of items.slice(0, 6)) {
      assert.ok(!item.outcome.ok, item.input);
      assert.equal(item.outcome.error.code, 'unreadable', `${item.input}: ${item.outcome.error.message}`);
    }
    assert.match((items[3]!.outcome as { error: { message: string } }).error.message, /timed out/);
    assert.ok(items[6]!.outcome.ok);
  });

  test('one dead feed in an OPML list is one error; the live feed is read', async () => {
    const dir = tempDir('opml-dead');
    const list = join(dir, 'list.opml');
    writeFileSync(
      list,
      `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>` +
        `<outline xmlUrl="${base}/reset"/><outline xmlUrl="${base}/trickle"/>` +
        `<outline xmlUrl="http://127.0.0.1:${deadPort}/rss"/><outline xmlUrl="${base}/guardian.rss"/></body></opml>`,
    );
    const items = await collect([list]);
    const failed = items.filter((item) => !item.outcome.ok);
    assert.equal(failed.length, 3);
    assert.ok(items.filter((item) => item.outcome.ok).length > 10);
  });

  test('the CLI writes one error line for a reset URL and exits 0 with the good document', async () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough() as unknown as NodeJS.WriteStream;
    const out: Buffer[] = [];
    stdout.on('data', (chunk: Buffer) => out.push(chunk));
    (stderr as unknown as PassThrough).resume();
    const code = await main(['extract', '--allow-private', '-q', `${base}/reset`, `${base}/story.txt`], {
      stdout,
      stderr,
    });
    assert.equal(code, 0);
    const lines = Buffer.concat(out)
      .toString()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.deepEqual(
      lines.map((line) => line.ok),
      [false, true],
    );
  });
});
