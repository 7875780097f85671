/**
 * A worker thread of the extract pool: Documents in, outcomes out, one message each (see extract-pool.ts). Started
 * with `workerData.analyze`, it analyses each article too (the NLP model is loaded before the thread says ready).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Document } from '../core/model.js';
import { processSafely } from './extract-safely.js';

const analyze = (workerData as { analyze?: boolean } | null)?.analyze
  ? (await import('../analyze/analyze.js')).analyze
  : undefined;
// The modules are loaded: from here on the thread takes documents.
parentPort?.postMessage({ ready: true });
parentPort?.on('message', (message: { job: number; doc: Document }) => {
  parentPort?.postMessage({ job: message.job, outcome: processSafely(message.doc, analyze) });
});
