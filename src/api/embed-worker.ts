/** A worker thread of the embedding thread: texts in, USE-lite vectors out (see embed-thread.ts). */
import { parentPort } from 'node:worker_threads';
import { createUseLiteEmbedder } from '../embed/use-lite.js';

type Message = { job: number; texts: string[] };

const embedder = createUseLiteEmbedder();
// The model loads at once, while the calling thread still clusters: the first group's vectors wait less.
embedder.ready().catch(() => undefined); // a load failure is reported with the first job, as in-process
parentPort?.postMessage({ ready: true });
let queue = Promise.resolve();
parentPort?.on('message', (message: Message) => {
  // One job at a time, in the order asked: the vectors are the same bytes as the calling thread's own model gives.
  queue = queue.then(async () => {
    try {
      const vectors = await embedder.embed(message.texts);
      parentPort?.postMessage(
        { job: message.job, vectors },
        vectors.map((vector) => vector.buffer as ArrayBuffer),
      );
    } catch (error) {
      const { name, message: text } = error as Error;
      parentPort?.postMessage({ job: message.job, error: { name, message: text } });
    }
  });
});
