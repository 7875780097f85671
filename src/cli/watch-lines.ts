/** The `watch` log: one line per event, made safe to print (source text cannot forge lines). */
import type { WatchEvent } from '../watch/watch-events.js';
import { printable } from './safe-output.js';

/**
 * The log line for an event, or undefined for events not worth a line (`unchanged` unless verbose).
 * @example watchLine({ kind: 'not-modified', source: 'https://x/rss', url: 'https://x/rss' }) // 'watch: 304 not modified https://x/rss'
 */
export function watchLine(event: WatchEvent, verbose = false): string | undefined {
  const line = text(event, verbose);
  return line === undefined ? undefined : `watch: ${printable(line)}`;
}

function text(event: WatchEvent, verbose: boolean): string | undefined {
  switch (event.kind) {
    case 'start':
      return `watching ${event.sources} ${event.sources === 1 ? 'source' : 'sources'} every ${duration(event.everyMs)} (±10%); Ctrl-C stops`;
    case 'new':
      return `new document ${event.documentId} from ${event.input}${event.title ? ` — ${event.title}` : ''}`;
    case 'not-modified':
      return `304 not modified ${event.url}`;
    case 'unchanged':
      return verbose ? `nothing new in ${event.source} (${event.items} items, all seen)` : undefined;
    case 'item-failed':
      return `skipped ${event.input}: ${event.message}`;
    case 'error':
      return `error ${event.source}: ${event.message}; failure ${event.failures} in a row, retry in ${duration(event.retryInMs)}`;
    case 'robots-blocked':
      return `robots.txt disallows ${event.url}; not fetched, checked again in ${duration(event.retryInMs)}`;
    case 'stories':
      return event.changed.map((story) => `story ${story.status} ${story.id} — ${story.title}`).join('; ');
    case 'feeds-written':
      return verbose ? `wrote stories.atom and stories.json to ${event.dir}` : undefined;
    case 'alert':
      return `alert ${event.alert.kind} in story ${event.alert.story.id} — ${event.alert.story.title}`;
    case 'webhook':
      return webhookText(event.event);
    case 'stopping':
      return 'stopping: finishing the batch in hand';
    case 'stopped':
      return `stopped; ${event.newDocuments} new ${event.newDocuments === 1 ? 'document' : 'documents'} this run`;
  }
}

function webhookText(event: Extract<WatchEvent, { kind: 'webhook' }>['event']): string {
  switch (event.kind) {
    case 'delivered':
      return `webhook delivered ${event.alert.kind} (attempt ${event.attempts})`;
    case 'retry':
      return `webhook failed (${event.reason}); attempt ${event.attempt}, retry in ${duration(event.delayMs)}`;
    case 'gave-up':
      return `webhook gave up on ${event.alert.kind} for story ${event.alert.story.id}: ${event.reason}`;
    case 'dropped':
      return `webhook dropped ${event.alert.kind} for story ${event.alert.story.id} (queue full or stopping)`;
  }
}

/** 90000 → '1m30s', 1500 → '1.5s', 50 → '50ms'. */
function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${Number((ms / 1000).toFixed(1))}s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  if (minutes < 60) return seconds ? `${minutes}m${seconds}s` : `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 ? `${hours}h${minutes % 60}m` : `${hours}h`;
}
