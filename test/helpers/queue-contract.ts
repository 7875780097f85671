/** The contract every Queue driver meets: the in-process one (npm test) and graphile-worker (npm run test:postgres). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { hashId } from '../../src/core/ids.js';
import type { Document } from '../../src/core/model.js';
import type { JobHandler, JobPayload, Queue } from '../../src/queue/queue.js';
import type { Store } from '../../src/store/store.js';
import { seedPaths } from './shared.js';

/** A queue on a fresh empty store; `done` closes both. */
export type OpenQueue = () => Promise<{ queue: Queue; store: Store; done: () => Promise<void> }>;

/** Waits until `check` holds, polling; fails after `ms`. */
export async function waitFor(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`not reached within ${ms} ms`);
    await sleep(50);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function seedDocument(n: number): Document {
  const path = seedPaths()[n]!;
  const content = readFileSync(path, 'utf8');
  return { id: hashId('d', content), input: path, format: 'text', content };
}

/** Handlers that record what ran, in order. */
function recorder(): { ran: { task: string; payload: JobPayload }[]; handlers: Record<string, JobHandler> } {
  const ran: { task: string; payload: JobPayload }[] = [];
  const record: JobHandler = async (payload, job) => {
    ran.push({ task: job.task, payload });
  };
  return { ran, handlers: { a: record, b: record } };
}

export function runQueueContract(name: string, open: OpenQueue): void {
  describe(`Queue contract: ${name}`, () => {
    it('runs each committed job once with its payload, and drops the jobs of a transaction that throws', async () => {
      const { queue, store, done } = await open();
      const { ran, handlers } = recorder();
      try {
        const kept = seedDocument(0);
        const dropped = seedDocument(1);
        await assert.rejects(
          queue.transaction(async (tx) => {
            await tx.store.saveDocument(dropped);
            tx.enqueue({ task: 'a', key: `a:${dropped.id}`, payload: { doc: dropped.id } });
            throw new Error('rolled back');
          }),
          /rolled back/,
        );
        await queue.transaction(async (tx) => {
          await tx.store.saveDocument(kept);
          tx.enqueue({ task: 'a', key: `a:${kept.id}`, payload: { doc: kept.id } });
          tx.enqueue({ task: 'b', key: 'b:1', payload: { n: 1 } });
        });
        assert.equal(await queue.pending(), 2);
        assert.equal(await queue.pending('a'), 1);
        const working = await queue.work(handlers, { concurrency: 2 });
        await waitFor(async () => (await queue.pending()) === 0);
        await working.stop();
        assert.deepEqual(
          ran.map((r) => r.payload).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
          [{ doc: kept.id }, { n: 1 }],
        );
        assert.equal(await store.loadDocument(dropped.id), undefined);
        assert.equal((await store.loadDocument(kept.id))?.content, kept.content);
      } finally {
        await done();
      }
    });

    it('keeps one waiting job per key: a replacement takes its payload (arrays are joined), keepRunAt its time', async () => {
      const { queue, done } = await open();
      const { ran, handlers } = recorder();
      try {
        await queue.transaction(async (tx) => {
          tx.enqueue({ task: 'a', key: 'k', payload: { v: 1 } });
          tx.enqueue({ task: 'a', key: 'k', payload: { v: 2 } });
          tx.enqueue({ task: 'b', key: 'list', payload: ['x'], delayMs: 300 });
        });
        // Replaced with keepRunAt: still due 300 ms after the first add, not 60 s later.
        await queue.transaction(async (tx) =>
          tx.enqueue({ task: 'b', key: 'list', payload: ['y'], delayMs: 60_000, keepRunAt: true }),
        );
        assert.equal(await queue.pending(), 2);
        const working = await queue.work(handlers);
        await waitFor(async () => (await queue.pending()) === 0, 10_000);
        await working.stop();
        assert.deepEqual(
          ran.map((r) => r.payload),
          [{ v: 2 }, ['x', 'y']],
        );
      } finally {
        await done();
      }
    });

    it('adds a new job for a key whose job is running, and runs it after', async () => {
      const { queue, done } = await open();
      const seen: unknown[] = [];
      let release!: () => void;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      let started = false;
      try {
        await queue.transaction(async (tx) => tx.enqueue({ task: 'slow', key: 'k', payload: { v: 1 } }));
        const working = await queue.work({
          slow: async (payload) => {
            started = true;
            seen.push(payload);
            if ((payload as { v: number }).v === 1) await gate;
          },
        });
        await waitFor(async () => started);
        await queue.transaction(async (tx) => tx.enqueue({ task: 'slow', key: 'k', payload: { v: 2 } }));
        assert.equal(await queue.pending('slow'), 2);
        release();
        await waitFor(async () => (await queue.pending()) === 0);
        await working.stop();
        assert.deepEqual(seen, [{ v: 1 }, { v: 2 }]);
      } finally {
        await done();
      }
    });

    it('never runs two jobs of one queue name at once, whatever the concurrency', async () => {
      const { queue, done } = await open();
      let running = 0;
      let most = 0;
      let total = 0;
      const handler: JobHandler = async () => {
        running++;
        most = Math.max(most, running);
        await sleep(30);
        running--;
        total++;
      };
      try {
        await queue.transaction(async (tx) => {
          for (let i = 0; i < 6; i++) tx.enqueue({ task: 'serial', key: `s${i}`, queue: 'one-story-shard' });
        });
        const working = await queue.work({ serial: handler }, { concurrency: 4 });
        await waitFor(async () => (await queue.pending()) === 0);
        await working.stop();
        assert.equal(total, 6);
        assert.equal(most, 1);
      } finally {
        await done();
      }
    });

    it('retries a failing job and gives it up after maxAttempts; a delayed job waits for its time', async () => {
      const { queue, done } = await open();
      const attempts: number[] = [];
      const errors: string[] = [];
      let ranAt = 0;
      try {
        const added = Date.now();
        await queue.transaction(async (tx) => {
          tx.enqueue({ task: 'fail', key: 'f', maxAttempts: 2 });
          tx.enqueue({ task: 'later', key: 'l', delayMs: 1500 });
        });
        const working = await queue.work(
          {
            fail: async (_payload, job) => {
              attempts.push(job.attempts);
              throw new Error(`attempt ${job.attempts}`);
            },
            later: async () => {
              ranAt = Date.now();
            },
          },
          { onJob: (_job, error) => error && errors.push(error.message) },
        );
        // The second attempt comes e^1 ≈ 2.7 s after the first.
        await waitFor(async () => (await queue.pending()) === 0, 15_000);
        await working.stop();
        assert.deepEqual(attempts, [1, 2]);
        assert.deepEqual(errors, ['attempt 1', 'attempt 2']);
        assert.ok(ranAt - added >= 1400, `the delayed job ran after ${ranAt - added} ms`);
      } finally {
        await done();
      }
    });

    it('lets a running job finish when stopped, and starts no new one', async () => {
      const { queue, done } = await open();
      const finished: string[] = [];
      let started = false;
      try {
        await queue.transaction(async (tx) => tx.enqueue({ task: 'x', key: 'first' }));
        const working = await queue.work({
          x: async (_payload, job) => {
            started = true;
            await sleep(300);
            finished.push(job.key!);
          },
        });
        await waitFor(async () => started);
        await working.stop();
        assert.deepEqual(finished, ['first']);
        await queue.transaction(async (tx) => tx.enqueue({ task: 'x', key: 'second' }));
        await sleep(300);
        assert.deepEqual(finished, ['first']);
        assert.equal(await queue.pending(), 1);
      } finally {
        await done();
      }
    });
  });
}
