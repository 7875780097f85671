/** `triangulate serve`: the reader and the API on a listening HTTP server over one store. */
import type { AddressInfo } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serve as listen } from '@hono/node-server';
import { brief } from '../api/brief.js';
import { refreshBriefs } from '../api/refresh-briefs.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { type AppOptions, createApp, type WriteAccess } from './app.js';
import type { IngestReport } from './reader.js';
import { isLoopbackHost } from './security.js';
import { createStoreReader } from './store-reader.js';

export interface ServeOptions {
  db?: string | Store;
  host?: string;
  port?: number;
  /** The write token (TRIANGULATE_TOKEN); required for writes when the host is not loopback. */
  token?: string;
  /** Sentence embeddings for the briefs of added sources (as `brief`); on unless false. */
  embeddings?: boolean;
  caps?: AppOptions['caps'];
  /** Make every story's brief ahead of the first visit, in the background (default true). */
  warm?: boolean;
}

export interface RunningServer {
  url: string;
  writes: WriteAccess;
  /** What the store held when the server started. */
  counts: { articles: number; stories: number };
  close(): Promise<void>;
}

/**
 * Opens the store and listens (127.0.0.1:8080 by default).
 * @example const server = await startServer({ db: 'triangulate.sqlite', port: 0 }); console.log(server.url)
 */
export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const store = typeof options.db === 'object' ? options.db : await openStore(options.db);
  const reader = createStoreReader(store, {
    makeBrief: async (target, storyId) =>
      (
        await refreshBriefs(target, {
          storyIds: [storyId],
          ...(options.embeddings === false ? { embeddings: false } : {}),
        })
      )[0],
    ingest: (inputs, target) => ingestInto(target, inputs, options.embeddings),
  });
  const writes = writeAccess(host, options.token);
  const app = createApp(reader, {
    writes,
    clientOf: (_request, env) => {
      try {
        return getConnInfo({ env } as Parameters<typeof getConnInfo>[0]).remote.address ?? 'unknown';
      } catch {
        return 'unknown';
      }
    },
    ...(options.caps ? { caps: options.caps } : {}),
  });
  const port = options.port ?? 8080;
  const server = listen({ fetch: app.fetch, hostname: host, port });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (error) {
    if (typeof options.db !== 'object') await store.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`port ${port} on ${host} is in use; choose another with --port`);
    if (code === 'EADDRNOTAVAIL') throw new Error(`${host} is not an address of this machine (--host)`);
    throw error;
  }
  const { articles, stories } = await store.counts();
  const warming = new AbortController();
  const warmed =
    options.warm === false
      ? Promise.resolve()
      : reader
          .warm(warming.signal)
          .then(() => undefined)
          .catch((error: Error) => console.error(`serve: making briefs ahead failed: ${error.message}`));
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shown}:${address.port}/`,
    writes,
    counts: { articles, stories },
    close: () =>
      new Promise<void>((resolve) => {
        warming.abort();
        server.close(() => resolve());
        // Keep-alive connections would hold the close open.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      })
        // The brief being made ahead finishes before the store closes under it.
        .then(() => warmed)
        .then(() => (typeof options.db === 'object' ? undefined : store.close())),
  };
}

/**
 * Who may add sources: holders of the token when one is set; else anyone who can reach a loopback server; else no one.
 * @example writeAccess('0.0.0.0', undefined).kind // 'closed'
 */
export function writeAccess(host: string, token: string | undefined): WriteAccess {
  if (token) return { kind: 'token', token };
  if (isLoopbackHost(host)) return { kind: 'open' };
  return {
    kind: 'closed',
    why: 'Adding sources is switched off: this server listens beyond loopback and no TRIANGULATE_TOKEN was set.',
  };
}

async function ingestInto(store: Store, inputs: string[], embeddings: boolean | undefined): Promise<IngestReport> {
  const result = await brief(inputs, { db: store, ...(embeddings === false ? { embeddings: false } : {}) });
  return {
    read: result.read,
    added: result.added,
    failures: result.failures.map((f) => ({ input: f.input, message: f.error.message })),
    storyIds: result.briefs.stories.map((s) => s.id),
  };
}
