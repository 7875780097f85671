/**
 * USE-lite on a thread of its own: the calling thread hands it a group's texts and goes on briefing the group before
 * (see refresh-briefs.ts), where it used to wait for every group's vectors with the other core idle (12.7k
 * documents: ~15% of the calling thread's time, session 9). The model is the same code on another thread, so the
 * vectors are the same bytes.
 */
import type { Worker } from 'node:worker_threads';
import type { Embedder } from '../embed/embedder.js';
import { USE_LITE_MODEL } from '../embed/use-lite.js';
import { startWorker } from './extract-pool.js';

export interface ThreadEmbedder extends Embedder {
  /** Stops the thread (jobs still waiting are rejected). */
  close(): Promise<void>;
}

interface Job {
  resolve: (vectors: Float32Array[]) => void;
  reject: (error: Error) => void;
}

/**
 * Starts the thread, which loads the model at once; `embed` then sends it texts, one job after another.
 * @example const embedder = createThreadEmbedder(); const [vector] = await embedder.embed(['Rutte spoke.']); await embedder.close()
 */
export function createThreadEmbedder(): ThreadEmbedder {
  const worker: Worker = startWorker('embed-worker', null);
  worker.unref();
  const jobs = new Map<number, Job>();
  let nextJob = 0;
  let stopped: Error | undefined;
  worker.on(
    'message',
    (message: { ready?: true; job: number; vectors?: Float32Array[]; error?: { name: string; message: string } }) => {
      if (message.ready) return;
      const job = jobs.get(message.job);
      jobs.delete(message.job);
      if (message.vectors) job?.resolve(message.vectors);
      else job?.reject(Object.assign(new Error(message.error?.message), { name: message.error?.name ?? 'Error' }));
    },
  );
  const fail = (error: Error) => {
    stopped ??= error;
    for (const job of jobs.values()) job.reject(error);
    jobs.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the embedding thread stopped (exit ${code})`)));
  return {
    model: USE_LITE_MODEL,
    embed(texts) {
      if (stopped) return Promise.reject(stopped);
      return new Promise((resolve, reject) => {
        const id = nextJob++;
        jobs.set(id, { resolve, reject });
        worker.ref(); // a job in flight keeps the process alive until its vectors are in
        worker.postMessage({ job: id, texts: [...texts] });
      }).finally(() => {
        if (jobs.size === 0) worker.unref();
      }) as Promise<Float32Array[]>;
    },
    async close() {
      await worker.terminate();
    },
  };
}
