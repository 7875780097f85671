/** A worker thread of the extract pool: Documents in, extraction outcomes out, one message each (see extract-pool.ts). */
import { parentPort } from 'node:worker_threads';
import type { Document } from '../core/model.js';
import { extractSafely } from './extract-safely.js';

// The extract modules are loaded by the imports above: from here on the thread takes documents.
parentPort?.postMessage({ ready: true });
parentPort?.on('message', (message: { job: number; doc: Document }) => {
  parentPort?.postMessage({ job: message.job, outcome: extractSafely(message.doc) });
});
