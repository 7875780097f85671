/** The Queue contract (test/helpers/queue-contract.ts) on the in-process driver; test/postgres runs it on graphile-worker. */
import { createMemoryQueue } from '../src/queue/memory-queue.js';
import { createSqliteStore } from '../src/store/sqlite.js';
import { runQueueContract } from './helpers/queue-contract.js';

runQueueContract('in-process', async () => {
  const store = await createSqliteStore({ path: ':memory:' });
  const queue = createMemoryQueue(store);
  return {
    queue,
    store,
    done: async () => {
      await queue.close();
      await store.close();
    },
  };
});
