/**
 * Webhook delivery off the poll loop: alerts wait in a bounded queue and are POSTed as JSON one at a time through
 * the guarded fetcher (no private addresses, on any hop), each retried with exponential backoff, then given up.
 */
import { WEBHOOK_ATTEMPTS, WEBHOOK_FIRST_RETRY_MS, WEBHOOK_QUEUE_MAX } from '../core/config.js';
import { type FetchOptions, fetchUrl } from '../ingest/fetch-url.js';
import type { Alert } from './watchlist.js';

export type WebhookEvent =
  | { kind: 'delivered'; alert: Alert; attempts: number }
  | { kind: 'retry'; alert: Alert; attempt: number; delayMs: number; reason: string }
  | { kind: 'gave-up'; alert: Alert; reason: string }
  | { kind: 'dropped'; alert: Alert };

export interface Webhook {
  /** Queues an alert; returns at once. */
  send(alert: Alert): void;
  /** Takes no more alerts; resolves when the queue is delivered, or after `graceMs` with the rest dropped. */
  close(graceMs: number): Promise<void>;
}

export interface WebhookOptions {
  fetch?: FetchOptions;
  onEvent?: (event: WebhookEvent) => void;
  /** The first retry wait (doubling after); tests shorten it. */
  firstRetryMs?: number;
  attempts?: number;
}

/**
 * @example const hook = createWebhook('https://hooks.example.org/news', { onEvent: log }); hook.send(alert)
 */
export function createWebhook(url: string, options: WebhookOptions = {}): Webhook {
  const queue: Alert[] = [];
  const attempts = options.attempts ?? WEBHOOK_ATTEMPTS;
  const firstRetry = options.firstRetryMs ?? WEBHOOK_FIRST_RETRY_MS;
  /** Set by close: no alert is taken any more. */
  let closing = false;
  /** Set when close's grace ran out: the delivery in hand stops retrying, the rest are dropped. */
  let abandoned = false;
  let running: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const deliver = async (alert: Alert) => {
    const body = JSON.stringify({ event: alert.kind, ...withoutKey(alert), sentAt: new Date().toISOString() });
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const outcome = await fetchUrl(url, {
        ...options.fetch,
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
        timeoutMs: options.fetch?.timeoutMs ?? 10_000,
      });
      if (outcome.ok) return options.onEvent?.({ kind: 'delivered', alert, attempts: attempt });
      if (attempt === attempts || abandoned) {
        return options.onEvent?.({ kind: 'gave-up', alert, reason: outcome.error.message });
      }
      const delayMs = firstRetry * 2 ** (attempt - 1);
      options.onEvent?.({ kind: 'retry', alert, attempt, delayMs, reason: outcome.error.message });
      await sleep(delayMs);
    }
  };

  const drain = async () => {
    for (let alert = queue.shift(); alert && !abandoned; alert = queue.shift()) await deliver(alert);
    running = undefined;
  };

  return {
    send(alert) {
      if (closing) return;
      queue.push(alert);
      while (queue.length > WEBHOOK_QUEUE_MAX) options.onEvent?.({ kind: 'dropped', alert: queue.shift()! });
      running ??= drain();
    },
    async close(graceMs) {
      closing = true;
      if (!running) return;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, graceMs);
      });
      await Promise.race([running, late]);
      clearTimeout(timer);
      abandoned = true;
      wake?.();
      await running;
      for (const alert of queue.splice(0)) options.onEvent?.({ kind: 'dropped', alert });
    },
  };
}

function withoutKey(alert: Alert): Omit<Alert, 'key' | 'kind'> {
  const { key: _key, kind: _kind, ...rest } = alert;
  return rest;
}
