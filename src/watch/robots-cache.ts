/** robots.txt read once per origin (through the same guarded fetcher as every other request) and kept in memory. */
import { WATCH_ROBOTS_TTL_MS } from '../core/config.js';
import { type FetchOptions, fetchUrl, httpStatusOf } from '../ingest/fetch-url.js';
import type { HostLimit } from './host-limit.js';
import { isAllowed, type RobotsRules, robotsRules } from './robots.js';

export interface RobotsCheck {
  /** Whether our user agent may fetch this URL. */
  allows(url: string): Promise<boolean>;
}

interface Entry {
  rules: RobotsRules | 'unreachable';
  until: number;
}

/**
 * A robots.txt answering 4xx allows everything (RFC 9309 §2.3.1.3); one that cannot be reached (5xx, network error,
 * refused address) disallows everything until the next poll, as §2.3.1.4 asks.
 * @example const robots = createRobotsCheck(fetchOptions, limit); if (await robots.allows(feedUrl)) …
 */
export function createRobotsCheck(fetch: FetchOptions, limit: HostLimit, now = Date.now): RobotsCheck {
  const cache = new Map<string, Promise<Entry>>();
  const load = async (origin: string, host: string): Promise<Entry> => {
    const fetched = await limit.run(host, () => fetchUrl(`${origin}/robots.txt`, fetch));
    if (fetched.ok) {
      const text = Buffer.from(fetched.value.bytes).toString('utf8');
      return { rules: robotsRules(text), until: now() + WATCH_ROBOTS_TTL_MS };
    }
    const status = httpStatusOf(fetched.error);
    if (status !== undefined && status >= 400 && status < 500) return { rules: [], until: now() + WATCH_ROBOTS_TTL_MS };
    return { rules: 'unreachable', until: 0 };
  };
  return {
    async allows(url) {
      const parsed = new URL(url);
      let entry = cache.get(parsed.origin);
      if (!entry || (await entry).until <= now()) {
        entry = load(parsed.origin, parsed.hostname);
        cache.set(parsed.origin, entry);
      }
      const { rules } = await entry;
      return rules !== 'unreachable' && isAllowed(rules, `${parsed.pathname}${parsed.search}`);
    },
  };
}
