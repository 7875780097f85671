/** The Queue contract (test/helpers/queue-contract.ts) on graphile-worker, on a real PostgreSQL server. */
import { createGraphileQueue } from '../../src/queue/graphile-queue.js';
import { createPostgresStore } from '../../src/store/postgres.js';
import { freshDatabase } from '../helpers/pg-databases.js';
import { runQueueContract } from '../helpers/queue-contract.js';

runQueueContract('graphile-worker', async () => {
  const url = await freshDatabase('queue');
  const store = await createPostgresStore({ url });
  const queue = await createGraphileQueue({ url, store, pollMs: 100 });
  return {
    queue,
    store,
    done: async () => {
      await queue.close();
      await store.close();
    },
  };
});
