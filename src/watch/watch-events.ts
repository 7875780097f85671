/** What `watch` reports as it runs: one event per thing that happened, for the log (one line each) and for callers. */
import type { WebhookEvent } from './webhook.js';
import type { Alert } from './watchlist.js';

export type WatchEvent =
  | { kind: 'start'; sources: number; everyMs: number }
  /** A document new to this source reached the store. */
  | { kind: 'new'; source: string; input: string; documentId: string; title?: string }
  | { kind: 'not-modified'; source: string; url: string }
  /** Polled and read, nothing new. */
  | { kind: 'unchanged'; source: string; items: number }
  | { kind: 'item-failed'; source: string; input: string; message: string }
  | { kind: 'error'; source: string; message: string; failures: number; retryInMs: number }
  | { kind: 'robots-blocked'; source: string; url: string; retryInMs: number }
  | { kind: 'stories'; changed: { id: string; status: string; title: string }[] }
  | { kind: 'feeds-written'; dir: string; stories: number }
  | { kind: 'alert'; alert: Alert }
  | { kind: 'webhook'; event: WebhookEvent }
  | { kind: 'stopping' }
  | { kind: 'stopped'; newDocuments: number };
