import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { seedPaths } from '../../test/helpers/shared.js';
import { fetchUrl, isPrivateAddress } from './fetch-url.js';

const page = readFileSync(seedPaths()[1]!);
let base = '';
const server = createServer((request, response) => {
  if (request.url === '/story.txt') {
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(page);
  } else if (request.url === '/moved') {
    response.writeHead(301, { location: '/story.txt' });
    response.end();
  } else {
    response.writeHead(404);
    response.end();
  }
});

describe('fetchUrl (fixture server on loopback)', () => {
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  it('refuses loopback addresses unless allowed', async () => {
    const refused = await fetchUrl(`${base}/story.txt`);
    assert.ok(!refused.ok);
    assert.match(refused.error.message, /blocked/);
  });

  it('follows redirects and reads the body when allowed', async () => {
    const fetched = await fetchUrl(`${base}/moved`, { allowPrivate: true });
    assert.ok(fetched.ok);
    assert.equal(fetched.value.url, `${base}/story.txt`);
    assert.equal(fetched.value.kind, 'text');
    assert.deepEqual(Buffer.from(fetched.value.bytes), page);
  });

  it('reports HTTP errors as a per-document rejection', async () => {
    const missing = await fetchUrl(`${base}/nope`, { allowPrivate: true });
    assert.ok(!missing.ok);
    assert.equal(missing.error.code, 'not-found');
  });

  it('knows private and public addresses', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.1.1',
      '::1',
      'fe80::1',
      '::ffff:127.0.0.1',
    ]) {
      assert.equal(isPrivateAddress(address), true, address);
    }
    for (const address of ['8.8.8.8', '172.32.0.1', '2001:4860::8888'])
      assert.equal(isPrivateAddress(address), false, address);
  });
});
