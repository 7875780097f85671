/** SSRF: no spelling of a private address is fetched — not as a URL, an OPML feed, a feed link or a redirect target —
 *  and the connection goes to the address that was checked. A real HTTP server on 127.0.0.1 holds the "secret". */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fetchUrl } from '../src/ingest/fetch-url.js';
import { ingest } from '../src/ingest/ingest.js';
import { isPrivateAddress } from '../src/ingest/private-address.js';
import { tempDir } from './helpers/shared.js';

const SECRET = 'internal-secret-token-7f3a';
let port = 0;
let hits = 0;
const server = createServer((request, response) => {
  hits++;
  if (request.url?.startsWith('/hop')) {
    response.writeHead(302, { location: `http://[::ffff:127.0.0.1]:${port}/secret` });
    response.end();
    return;
  }
  response.writeHead(200, { 'content-type': 'text/plain' });
  response.end(`${SECRET}\n`);
});

/** Every spelling the issue lists, and more: each must be refused. */
const PRIVATE_SPELLINGS = [
  '127.0.0.1',
  '127.1.2.3',
  '0.0.0.0',
  '0.1.2.3',
  '10.0.0.1',
  '100.64.0.1',
  '100.127.255.254',
  '169.254.169.254',
  '172.16.0.1',
  '172.31.255.255',
  '192.0.0.8',
  '192.0.2.1',
  '192.168.0.1',
  '198.18.0.1',
  '198.19.255.255',
  '224.0.0.1',
  '239.255.255.250',
  '240.0.0.1',
  '255.255.255.255',
  '::',
  '::1',
  '0:0:0:0:0:0:0:1',
  '::ffff:127.0.0.1',
  '::ffff:7f00:1',
  '::FFFF:7F00:0001',
  '::ffff:a9fe:a9fe',
  '::ffff:a00:1',
  '::ffff:c0a8:101',
  '0:0:0:0:0:ffff:7f00:1',
  '::127.0.0.1',
  '::7f00:1',
  '::ffff:0:7f00:1',
  '64:ff9b::7f00:1',
  '64:ff9b::127.0.0.1',
  '64:ff9b::a9fe:a9fe',
  '64:ff9b:1::1',
  '2002:7f00:1::',
  '2002:a9fe:a9fe::1',
  '2002:c0a8:101::1',
  '2001:0:4136:e378:8000:63bf:80ff:fffe', // Teredo carrying 127.0.0.1
  'fe80::1',
  'fe80::1%eth0',
  'fe90::1',
  'febf:ffff::1',
  'fec0::1',
  'feff::1',
  'fc00::1',
  'fd12:3456::1',
  'ff02::1',
  'ff05::2',
  '100::1',
  '2001:db8::1',
  '[::1]',
  'not-an-address',
];
const PUBLIC_ADDRESSES = [
  '8.8.8.8',
  '1.1.1.1',
  '172.32.0.1',
  '100.128.0.1',
  '198.20.0.1',
  '223.255.255.255',
  '2001:4860:4860::8888',
  '2606:4700::1111',
  '::ffff:8.8.8.8',
  '64:ff9b::808:808',
  '2002:808:808::1',
];

describe('private addresses in every spelling', () => {
  test('each private, reserved, mapped, embedded and scoped spelling is refused; public ones pass', () => {
    for (const address of PRIVATE_SPELLINGS) assert.equal(isPrivateAddress(address), true, address);
    for (const address of PUBLIC_ADDRESSES) assert.equal(isPrivateAddress(address), false, address);
  });
});

describe('fetchUrl against a loopback server holding a secret', () => {
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(() => server.close());

  test('every URL spelling of a private host is refused before any connection', async () => {
    hits = 0;
    const hosts = [
      '[::ffff:127.0.0.1]',
      '[::ffff:7f00:1]',
      '[0:0:0:0:0:ffff:7f00:1]',
      '[::ffff:a9fe:a9fe]',
      '[::ffff:a00:1]',
      '[::127.0.0.1]',
      '[64:ff9b::127.0.0.1]',
      '[2002:7f00:1::]',
      '[fe90::1]',
      '[fec0::1]',
      '[ff02::1]',
      '[::1]',
      '[::]',
      '127.0.0.1',
      '127.1',
      '0x7f.0.0.1',
      '2130706433',
      '017700000001',
      '0.0.0.0',
      '198.18.0.1',
      'localhost',
      'LocalHost',
    ];
    for (const host of hosts) {
      const outcome = await fetchUrl(`http://${host}:${port}/secret`, { timeoutMs: 2000 });
      assert.ok(!outcome.ok, host);
      assert.match(outcome.error.message, /blocked/, `${host}: ${outcome.error.message}`);
    }
    assert.equal(hits, 0, 'the loopback server was never reached');
  });

  test('a redirect to a private spelling is refused at that hop', async () => {
    hits = 0;
    // Only the exact dotted 127.0.0.1 is let through, so the first hop is served and the redirect target must be checked.
    const isBlocked = (address: string) => address !== '127.0.0.1' && isPrivateAddress(address);
    const outcome = await fetchUrl(`http://127.0.0.1:${port}/hop`, { isBlocked });
    assert.ok(!outcome.ok && /blocked/.test(outcome.error.message), JSON.stringify(outcome));
    assert.equal(hits, 1, 'the redirect target was never fetched');
  });

  test('a host is refused when any of its addresses is private; the socket uses the address that was checked', async () => {
    hits = 0;
    const calls: string[] = [];
    const resolve = async (hostname: string) => {
      calls.push(hostname);
      return hostname === 'mixed.test'
        ? [
            { address: '8.8.8.8', family: 4 },
            { address: '127.0.0.1', family: 4 },
          ]
        : [{ address: '127.0.0.1', family: 4 }];
    };
    const mixed = await fetchUrl(`http://mixed.test:${port}/secret`, { resolve });
    assert.ok(!mixed.ok && /blocked/.test(mixed.error.message));
    assert.equal(hits, 0);
    // A name only our resolver knows reaches the server: the connection used the checked answer, resolved once.
    const isBlocked = (address: string) => address !== '127.0.0.1' && isPrivateAddress(address);
    const named = await fetchUrl(`http://story.test:${port}/secret`, { resolve, isBlocked });
    assert.ok(named.ok, JSON.stringify(named));
    assert.equal(calls.filter((name) => name === 'story.test').length, 1);
    // A resolver that answers a private address on its second call (rebinding) is never asked twice per hop.
    let asked = 0;
    const rebinding = async () =>
      asked++ === 0 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '10.0.0.1', family: 4 }];
    const rebound = await fetchUrl(`http://rebind.test:${port}/secret`, { resolve: rebinding, isBlocked });
    assert.ok(rebound.ok);
    assert.equal(asked, 1);
  });

  test('--allow-private still reads the loopback server', async () => {
    const outcome = await fetchUrl(`http://[::ffff:127.0.0.1]:${port}/secret`, { allowPrivate: true });
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.match(Buffer.from(outcome.value.bytes).toString(), new RegExp(SECRET));
  });

  test('an OPML xmlUrl and a plain URL input with a mapped address are one error each; nothing secret is read', async () => {
    hits = 0;
    const dir = tempDir('ssrf-opml');
    const list = join(dir, 'list.opml');
    writeFileSync(
      list,
      `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>` +
        `<outline text="a" xmlUrl="http://[::ffff:127.0.0.1]:${port}/feed"/>` +
        `<outline text="b" xmlUrl="http://[::ffff:a9fe:a9fe]/latest/meta-data/"/></body></opml>`,
    );
    const items = [];
    for await (const item of ingest([list, `http://[::ffff:7f00:1]:${port}/secret`])) items.push(item);
    assert.equal(items.length, 3);
    for (const item of items) assert.ok(!item.outcome.ok && /blocked/.test(item.outcome.error.message));
    assert.equal(hits, 0);
  });
});
