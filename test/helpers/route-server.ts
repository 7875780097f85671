/** A loopback HTTP server for tests: one handler per path, every request counted, closed with its sockets. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { isPrivateAddress } from '../../src/ingest/fetch-url.js';

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

export interface RouteServer {
  base: string;
  port: number;
  /** Requests seen, as `path?query`, in order. */
  hits: string[];
  routes: Map<string, Route>;
  close(): Promise<void>;
}

/**
 * @example const server = await startRouteServer({ '/feed.rss': (req, res) => res.end(feed) })
 */
export async function startRouteServer(routes: Record<string, Route> = {}): Promise<RouteServer> {
  const table = new Map(Object.entries(routes));
  const hits: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    hits.push(request.url ?? '');
    const path = (request.url ?? '').replace(/\?.*$/, '');
    const route = table.get(path);
    if (route) return route(request, response);
    response.writeHead(404);
    response.end();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    hits,
    routes: table,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The private-address rule with one exception, the dotted 127.0.0.1 the test server listens on: every other
 *  private spelling (a redirect to [::1], 10.x, 169.254.169.254) is still refused. */
export const onlyTestServer = (address: string): boolean => address !== '127.0.0.1' && isPrivateAddress(address);
