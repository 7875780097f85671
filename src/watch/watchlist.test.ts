import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseWatchlist } from './watchlist.js';
import { nextPollDelay, parseDuration } from './schedule.js';

describe('watchlist files and schedules', () => {
  it('reads a watchlist as lines or JSON, and says what is wrong with a bad one', () => {
    assert.deepEqual(parseWatchlist('# who\nentity: Mark Rutte\nkeyword: ceasefire\n\nperson: Rutte'), {
      entities: ['Mark Rutte', 'Rutte'],
      keywords: ['ceasefire'],
    });
    assert.deepEqual(parseWatchlist('{"entities": ["NATO", 3], "keywords": ["truce"]}'), {
      entities: ['NATO'],
      keywords: ['truce'],
    });
    assert.match(String(parseWatchlist('Rutte')), /line 1/);
  });

  it('waits the interval ±10% after a success and doubles the wait per failure, capped', () => {
    const at = (failures: number, random: number) =>
      nextPollDelay(failures, {
        everyMs: 600_000,
        backoffMinMs: 30_000,
        backoffMaxMs: 3_600_000,
        random: () => random,
      });
    assert.equal(at(0, 0.5), 600_000);
    assert.equal(at(0, 0), 540_000);
    assert.equal(at(0, 0.999999), 660_000);
    assert.deepEqual(
      [1, 2, 3, 4].map((n) => at(n, 0.5)),
      [30_000, 60_000, 120_000, 240_000],
    );
    assert.equal(at(40, 0.5), 3_600_000);
    assert.equal(parseDuration('15m'), 900_000);
    assert.equal(parseDuration('90'), 90_000);
    assert.equal(parseDuration('250ms'), 250);
    assert.equal(parseDuration('soon'), undefined);
    assert.equal(parseDuration('0s'), undefined);
  });
});
