/** At most N requests in flight per host: a polite crawler never hammers one server, whatever the feed list holds. */

export interface HostLimit {
  /** Runs `task` once fewer than the limit of requests to `host` are in flight. */
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
}

/**
 * @example const limit = createHostLimit(2); await limit.run('example.org', () => fetchUrl(url))
 */
export function createHostLimit(perHost: number): HostLimit {
  const active = new Map<string, number>();
  const waiting = new Map<string, (() => void)[]>();
  const release = (host: string) => {
    const next = waiting.get(host)?.shift();
    if (next) return next(); // the slot passes straight to the next waiter
    const count = (active.get(host) ?? 1) - 1;
    if (count === 0) active.delete(host);
    else active.set(host, count);
  };
  const acquire = (host: string): Promise<void> => {
    const count = active.get(host) ?? 0;
    if (count < perHost) {
      active.set(host, count + 1);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const queue = waiting.get(host) ?? [];
      queue.push(resolve);
      waiting.set(host, queue);
    });
  };
  return {
    async run(host, task) {
      await acquire(host.toLowerCase());
      try {
        return await task();
      } finally {
        release(host.toLowerCase());
      }
    },
  };
}
