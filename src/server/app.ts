/** The web reader and the JSON API as one Hono app over a Reader: routes, caching and guards; pages render elsewhere. */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { etag } from 'hono/etag';
import { HTTPException } from 'hono/http-exception';
import { timeout } from 'hono/timeout';
import type { Brief } from '../core/model.js';
import { BRIEF_STYLE, type StoryFragment } from '../render/to-html.js';
import { registerApi } from './api-routes.js';
import { acceptUploads, type UploadCaps } from './uploads.js';
import { addedPage, addPage } from './pages/add-page.js';
import { articlePage } from './pages/article-page.js';
import { READER_STYLE } from './pages/layout.js';
import { outletPage } from './pages/outlet-page.js';
import { searchPage } from './pages/search-page.js';
import { storyListPage } from './pages/story-list.js';
import { storyPath } from './pages/paths.js';
import { storyFragment, storyPage } from './pages/story-page.js';
import type { Reader, StorySort } from './reader.js';
import { createRateLimit, csrfCookie, csrfFromCookie, newCsrfToken, sameSecret, securityHeaders } from './security.js';

/** Who may write (add sources): anyone who can reach a loopback server, holders of the token, or no one. */
export type WriteAccess = { kind: 'open' } | { kind: 'token'; token: string } | { kind: 'closed'; why: string };

export interface AppOptions {
  writes: WriteAccess;
  /** The client's address, for the rate limit (the Node adapter's connection info). */
  clientOf?: (request: Request, env: unknown) => string;
  caps?: Partial<ServerCaps>;
}

export interface ServerCaps extends UploadCaps {
  /** Longest a read may take before the server answers 503. */
  readTimeoutMs: number;
  /** Largest request body other than an upload. */
  smallBodyBytes: number;
  /** Writes (adds) per client per minute, and at once. */
  writesPerMinute: number;
  writeBurst: number;
  /** Stories whose rendered pages are kept in memory. */
  cachedPages: number;
}

export const DEFAULT_CAPS: ServerCaps = {
  urls: 20,
  files: 10,
  bytes: 25 * 1024 * 1024,
  readTimeoutMs: 15_000,
  smallBodyBytes: 1024 * 1024,
  writesPerMinute: 10,
  writeBurst: 5,
  cachedPages: 500,
};

const STYLE_SHEET = `${BRIEF_STYLE}\n${READER_STYLE}\n`;

/**
 * The app; `app.fetch` serves it (see serve.ts for the listening server).
 * @example const app = createApp(reader, { writes: { kind: 'open' } }); await app.request('/')
 */
export function createApp(reader: Reader, options: AppOptions): Hono {
  const caps: ServerCaps = { ...DEFAULT_CAPS, ...options.caps };
  const app = new Hono();
  const limit = createRateLimit({ perMinute: caps.writesPerMinute, burst: caps.writeBurst });
  const clientOf = (c: { req: { raw: Request }; env: unknown }) => options.clientOf?.(c.req.raw, c.env) ?? 'local';
  const fragments = createPageCache<{ brief: Brief; fragment: StoryFragment; page: Rendered }>(caps.cachedPages);
  const lists = createPageCache<Rendered>(200);
  /** A list page or list API answer, made once per revision of what it shows and query. */
  const listed = async (c: Context, type: string, make: () => Promise<string>) => {
    const key = `${reader.revision()} ${c.req.path}?${new URL(c.req.url).search}`;
    let made = lists.get(key);
    if (made === undefined) {
      made = rendered(await make(), type);
      lists.set(key, made);
    }
    return send(c, made);
  };

  app.use('*', securityHeaders);
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    console.error(`serve: ${c.req.method} ${c.req.path}: ${(error as Error).message}`);
    return c.text('Internal error: the request failed; the server goes on.', 500);
  });
  app.notFound((c) => c.text('Not found.', 404));
  // Reads: a time cap, an ETag per body, and revalidation on every visit (briefs change when sources are added).
  app.use('*', async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') {
      await timeout(caps.readTimeoutMs)(c, next);
      if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-cache');
      return;
    }
    await next();
  });
  app.use('*', etag({ weak: true }));
  // Cross-site form posts are refused by origin (and by the token below); JSON writes need a JSON body anyway.
  app.use('*', csrf());

  app.get('/assets/reader.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(STYLE_SHEET, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
  app.get('/healthz', (c) => c.json({ ok: true }));

  app.get('/', async (c) => {
    const sort = parseSort(c.req.query('sort'));
    const filter = (c.req.query('q') ?? '').slice(0, 200);
    const page = Number.parseInt(c.req.query('page') ?? '1', 10) || 1;
    return listed(c, HTML, async () => storyListPage(await reader.listStories(sort, filter), { sort, filter, page }));
  });

  /** A story's brief rendered once per store version and kept (the reader's hot path). */
  const story = async (storyId: string) => {
    const key = `${reader.version()} ${storyId}`;
    const kept = fragments.get(key);
    if (kept) return kept;
    const brief = await reader.brief(storyId);
    if (brief === undefined) return undefined;
    const fragment = storyFragment(brief);
    const made = { brief, fragment, page: rendered(storyPage(brief, fragment), HTML) };
    fragments.set(key, made);
    return made;
  };

  app.get('/stories/:id', async (c) => {
    const id = c.req.param('id');
    const made = await story(id);
    if (made) return send(c, made.page);
    // A story that merged into another keeps its old id as an alias: old links still lead to it.
    const current = await reader.currentId(id);
    return current ? c.redirect(storyPath(current), 301) : c.text('No such story in this store.', 404);
  });

  app.get('/articles/:id', async (c) => {
    const view = await reader.article(c.req.param('id'));
    if (view === undefined) return c.text('No such article in this store.', 404);
    const wanted = c.req.query('story');
    const storyId = wanted !== undefined && view.storyIds.includes(wanted) ? wanted : view.storyIds[0];
    const made = storyId === undefined ? undefined : await story(storyId);
    return c.html(articlePage(view, made && { brief: made.brief, fragment: made.fragment }));
  });

  app.get('/outlets/:name', async (c) => {
    const outlet = c.req.param('name');
    const listed = await reader.listStories('newest');
    const briefs: Brief[] = [];
    for (const item of listed.filter((s) => s.outlets.includes(outlet)).slice(0, 30)) {
      const brief = await reader.brief(item.id);
      if (brief) briefs.push(brief);
    }
    return c.html(outletPage(outlet, briefs), briefs.length > 0 ? 200 : 404);
  });

  app.get('/search', async (c) => {
    const query = (c.req.query('q') ?? '').trim().slice(0, 200);
    return c.html(searchPage(query, query ? await reader.search(query) : undefined));
  });

  app.get('/add', (c) => {
    const token = csrfFromCookie(c.req.header('Cookie')) ?? newCsrfToken();
    c.header('Set-Cookie', csrfCookie(token));
    c.header('Cache-Control', 'no-store');
    return c.html(addPage({ csrf: token, needsToken: options.writes.kind === 'token' }, caps));
  });

  app.post(
    '/add',
    bodyLimit({
      maxSize: caps.bytes + 64 * 1024,
      onError: (c) => c.text(`Too large: the form takes at most ${Math.round(caps.bytes / 1024 / 1024)} MB.`, 413),
    }),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      const cookie = csrfFromCookie(c.req.header('Cookie'));
      const form = await c.req.parseBody({ all: true });
      const field = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : undefined);
      const again = (status: 400 | 403 | 429, error: string) => {
        const token = cookie ?? newCsrfToken();
        c.header('Set-Cookie', csrfCookie(token));
        return c.html(
          addPage({ csrf: token, needsToken: options.writes.kind === 'token', error, urls: field('urls') }, caps),
          status,
        );
      };
      if (!sameSecret(cookie, field('csrf')))
        return again(403, 'The form expired or came from another site; it was not sent. Please submit it again.');
      const denied = writeDenied(options.writes, field('token'));
      if (denied) return again(403, denied);
      if (!limit(clientOf(c))) return again(429, 'Too many additions from your address; wait a minute and try again.');
      const accepted = await acceptUploads(field('urls') ?? '', form.files, caps);
      if (!accepted.ok) return again(400, accepted.error);
      try {
        const report = await reader.ingest(accepted.inputs);
        const titles = new Map((await reader.listStories()).map((s) => [s.id, s.title]));
        return c.html(addedPage(accepted.relabel(report), titles));
      } finally {
        await accepted.cleanUp();
      }
    },
  );

  registerApi(app, reader, {
    listed: (c, make) => listed(c, JSON_TYPE, make),
    caps,
    writeDenied: (request) => writeDenied(options.writes, bearer(request.headers.get('Authorization'))),
    rateLimited: (c) => !limit(clientOf(c)),
  });
  return app;
}

const HTML = 'text/html; charset=UTF-8';
const JSON_TYPE = 'application/json; charset=UTF-8';

/** A response body made once: its bytes and their ETag, so a cached page costs no rendering and no hashing. */
interface Rendered {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  type: string;
  /** The body gzipped, made on the first request that accepts it (a big story page shrinks about eightfold). */
  gzip?: Uint8Array<ArrayBuffer>;
}

/** Bodies smaller than this go uncompressed (gzip's header and the CPU cost outweigh the gain). */
const GZIP_FROM_BYTES = 1024;

function rendered(text: string, type: string): Rendered {
  const body = new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
  return { body, etag: `W/"${createHash('sha1').update(body).digest('base64url')}"`, type };
}

function send(c: Context, made: Rendered): Response {
  const headers: Record<string, string> = { 'Content-Type': made.type, ETag: made.etag, Vary: 'Accept-Encoding' };
  if (made.body.byteLength >= GZIP_FROM_BYTES && /\bgzip\b/i.test(c.req.header('Accept-Encoding') ?? '')) {
    made.gzip ??= gzipSync(made.body) as Uint8Array<ArrayBuffer>;
    return c.body(made.gzip, 200, { ...headers, 'Content-Encoding': 'gzip' });
  }
  return c.body(made.body, 200, headers);
}

function parseSort(value: string | undefined): StorySort {
  return value === 'sources' || value === 'disputed' ? value : 'newest';
}

function bearer(header: string | null): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}

/** Why a write is refused, or undefined when it may go ahead. */
function writeDenied(access: WriteAccess, token: string | undefined): string | undefined {
  if (access.kind === 'open') return undefined;
  if (access.kind === 'closed') return access.why;
  return sameSecret(access.token, token) ? undefined : 'A valid write token is required to add sources on this server.';
}

/** A bounded map: the oldest entry goes when it is full (pages are cheap to make again). */
function createPageCache<T>(size: number) {
  const entries = new Map<string, T>();
  return {
    get: (key: string) => entries.get(key),
    set(key: string, value: T) {
      if (entries.size >= size) entries.delete(entries.keys().next().value as string);
      entries.set(key, value);
    },
  };
}
