/** The `watch` part of the Store contract: source validators and seen items survive a reopen, on every driver. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Store } from '../../src/store/store.js';

export function runWatchStateContract(open: () => Promise<Store>): void {
  it('keeps each watched source’s validators and failures, replacing the last', async () => {
    const store = await open();
    try {
      assert.equal(await store.loadSourceState('https://example.org/feed.xml'), undefined);
      await store.saveSourceState({ source: 'https://example.org/feed.xml', etag: '"v1"', failures: 2 });
      await store.saveSourceState({
        source: 'https://example.org/feed.xml',
        etag: '"v2"',
        lastModified: 'Wed, 04 Dec 2024 09:00:00 GMT',
        failures: 0,
        checkedAt: '2024-12-04T09:00:00.000Z',
      });
      await store.saveSourceState({ source: 'tg:other\u0000', failures: 1 });
      assert.deepEqual(await store.loadSourceState('https://example.org/feed.xml'), {
        source: 'https://example.org/feed.xml',
        etag: '"v2"',
        lastModified: 'Wed, 04 Dec 2024 09:00:00 GMT',
        failures: 0,
        checkedAt: '2024-12-04T09:00:00.000Z',
      });
    } finally {
      await store.close();
    }
  });

  it('remembers which items of a source were handled, per source, in any number', async () => {
    const store = await open();
    try {
      const many = Array.from({ length: 1200 }, (_, i) => `d_${i}`);
      await store.markItemsSeen('feed-a', many);
      await store.markItemsSeen('feed-a', ['d_1', 'd_1']); // again: no error, no second row
      await store.markItemsSeen('feed-b', ['d_x']);
      const seen = await store.findSeenItems('feed-a', ['d_0', 'd_1199', 'd_x', 'd_new']);
      assert.deepEqual([...seen].sort(), ['d_0', 'd_1199']);
      assert.equal((await store.findSeenItems('feed-a', many)).size, 1200);
      assert.deepEqual([...(await store.findSeenItems('feed-b', ['d_0', 'd_x']))], ['d_x']);
      assert.equal((await store.findSeenItems('feed-c', [])).size, 0);
    } finally {
      await store.close();
    }
  });
}
