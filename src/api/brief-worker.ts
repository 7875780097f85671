/** A worker thread of the brief pool: stories with their analysed articles in, briefs out (see brief-pool.ts). */
import { parentPort } from 'node:worker_threads';
import type { AnalyzedArticle, Story } from '../core/model.js';
import { briefStory } from './brief-story.js';

type Message = { vectors: [string, Float32Array][] } | { job: number; story: Story; items: AnalyzedArticle[] };

/** The vectors of the group being briefed: sent once per group, before its stories. */
let vectors = new Map<string, Float32Array>();
parentPort?.postMessage({ ready: true });
parentPort?.on('message', (message: Message) => {
  if ('vectors' in message) {
    vectors = new Map(message.vectors);
    return;
  }
  try {
    parentPort?.postMessage({ job: message.job, brief: briefStory(message.story, message.items, vectors) });
  } catch (error) {
    parentPort?.postMessage({ job: message.job, error: (error as Error).message });
  }
});
