/** The JSON API: the reader's objects as JSON, described by /openapi.json. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { displayInput } from '../core/display-input.js';
import { toFeed } from '../render/to-feed.js';
import { storyFeedEntry, toStoryAtom } from '../render/to-story-feeds.js';
import { toJson } from '../render/to-json.js';
import { openApiDocument } from './openapi.js';
import type { Reader, StorySort } from './reader.js';
import type { UploadCaps } from './uploads.js';

export interface ApiGuards {
  /** Serves a list answer made once per revision of the store (see app.ts). */
  listed(c: Context, make: () => Promise<string>): Promise<Response>;
  caps: UploadCaps;
  /** Why this request may not write, or undefined. */
  writeDenied(request: Request): string | undefined;
  rateLimited(c: Context): boolean;
}

/** Stories in one /api/stories answer, unless ?limit= says otherwise (up to MAX_LIMIT). */
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

/** Stories in the feeds: the newest this many. */
const FEED_STORIES = 50;

/**
 * Adds the API routes to the app.
 * @example registerApi(app, reader, guards)
 */
export function registerApi(app: Hono, reader: Reader, guards: ApiGuards): void {
  app.get('/openapi.json', (c) => c.json(openApiDocument()));

  app.get('/api/stories', async (c) => {
    const sort = c.req.query('sort');
    const limit = Math.min(MAX_LIMIT, Math.max(1, Number.parseInt(c.req.query('limit') ?? '', 10) || DEFAULT_LIMIT));
    const offset = Math.max(0, Number.parseInt(c.req.query('offset') ?? '', 10) || 0);
    return guards.listed(c, async () => {
      const stories = await reader.listStories(
        sort === 'sources' || sort === 'disputed' ? (sort as StorySort) : 'newest',
        (c.req.query('q') ?? '').slice(0, 200),
      );
      return JSON.stringify({ total: stories.length, offset, stories: stories.slice(offset, offset + limit) });
    });
  });

  app.get('/api/stories/:id', async (c) => {
    const id = c.req.param('id');
    const brief = await reader.brief(id);
    if (brief === undefined) {
      const current = await reader.currentId(id);
      if (current) return c.redirect(`/api/stories/${encodeURIComponent(current)}`, 301);
      return c.json(problem('not_found', 'No such story in this store.'), 404);
    }
    // The brief exactly as `triangulate brief --format json` writes it (INTERFACE.md), one story.
    return c.body(briefJson(toJson({ version: 1, stories: [brief] })), 200, {
      'Content-Type': 'application/json; charset=utf-8',
    });
  });

  app.get('/api/stories/:id/statements', async (c) => {
    const brief = await reader.brief(c.req.param('id'));
    if (brief === undefined) return c.json(problem('not_found', 'No such story in this store.'), 404);
    // Who said what: one entry per thing said, every outlet's rendering with its span (as in the brief's JSON).
    return c.json({ storyId: brief.id, statements: brief.statements });
  });

  app.get('/api/articles/:id', async (c) => {
    const view = await reader.article(c.req.param('id'));
    if (view === undefined) return c.json(problem('not_found', 'No such article in this store.'), 404);
    return c.json(view);
  });

  app.get('/api/search', async (c) => {
    const query = (c.req.query('q') ?? '').trim().slice(0, 200);
    if (!query) return c.json(problem('bad_request', 'Give the words to find as ?q='), 400);
    return c.json(await reader.search(query));
  });

  /** The briefs of the newest stories, for the feeds. */
  const newest = async () => {
    const briefs = [];
    for (const item of (await reader.listStories('newest')).slice(0, FEED_STORIES)) {
      const brief = await reader.brief(item.id);
      if (brief) briefs.push({ brief, latest: item.latest });
    }
    return briefs;
  };

  app.get('/feed.json', async (c) => {
    const briefs = (await newest()).map(({ brief }) => brief);
    return c.body(toFeed({ version: 1, stories: briefs }), 200, {
      'Content-Type': 'application/feed+json; charset=utf-8',
    });
  });

  app.get('/feed.atom', async (c) => {
    // An entry is dated by its story's latest article (the feed reads the same until the story changes).
    const entries = (await newest()).map(({ brief, latest }) =>
      storyFeedEntry(brief, 'updated', toIsoDate(latest) ?? new Date(0).toISOString()),
    );
    return c.body(toStoryAtom(entries), 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  });

  app.post(
    '/api/ingest',
    bodyLimit({
      maxSize: guards.caps.bytes,
      onError: (c) => c.json(problem('too_large', `The body is over ${guards.caps.bytes} bytes.`), 413),
    }),
    async (c) => {
      const denied = guards.writeDenied(c.req.raw);
      if (denied) return c.json(problem('forbidden', denied), 403);
      if (guards.rateLimited(c)) return c.json(problem('rate_limited', 'Too many additions; wait a minute.'), 429);
      if (!/^application\/json\b/i.test(c.req.header('Content-Type') ?? ''))
        return c.json(problem('bad_request', 'Send a JSON body: { "urls": [...], "documents": [...] }.'), 415);
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return c.json(problem('bad_request', 'The body is not valid JSON.'), 400);
      }
      const parsed = parseIngestBody(body, guards.caps);
      if (typeof parsed === 'string') return c.json(problem('bad_request', parsed), 400);
      const folder = parsed.documents.length > 0 ? await mkdtemp(join(tmpdir(), 'triangulate-api-')) : undefined;
      try {
        const inputs = [...parsed.urls];
        if (folder) {
          const path = join(folder, 'documents.jsonl');
          await writeFile(path, parsed.documents.map((d) => JSON.stringify(d)).join('\n'), { flag: 'wx' });
          inputs.push(path);
        }
        const report = await reader.ingest(inputs);
        // Inputs by base name: the server's temporary paths are nobody's business.
        return c.json(
          { ...report, failures: report.failures.map((f) => ({ ...f, input: displayInput(f.input) })) },
          200,
        );
      } finally {
        if (folder) await rm(folder, { recursive: true, force: true });
      }
    },
  );
}

function toIsoDate(date: string | undefined): string | undefined {
  const time = date === undefined ? Number.NaN : Date.parse(date);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function problem(code: string, message: string) {
  return { error: { code, message } };
}

/** One story of a brief set's JSON: the set's text with its wrapper taken off (so the key order is the CLI's). */
function briefJson(setJson: string): string {
  const set = JSON.parse(setJson) as { stories: unknown[] };
  return `${JSON.stringify(set.stories[0], null, 2)}\n`;
}

function parseIngestBody(body: unknown, caps: UploadCaps): { urls: string[]; documents: object[] } | string {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return 'The body must be an object: { "urls": [...], "documents": [...] }.';
  const { urls = [], documents = [] } = body as { urls?: unknown; documents?: unknown };
  if (!Array.isArray(urls) || !urls.every((u) => typeof u === 'string')) return '"urls" must be an array of strings.';
  if (!Array.isArray(documents) || !documents.every((d) => typeof d === 'object' && d !== null && !Array.isArray(d)))
    return '"documents" must be an array of document objects (INTERFACE.md).';
  if (urls.length > caps.urls) return `At most ${caps.urls} URLs at a time.`;
  if (documents.length > 1000) return 'At most 1,000 documents at a time.';
  if (urls.length + documents.length === 0) return 'Nothing to add: give "urls" or "documents".';
  for (const url of urls as string[]) {
    if (!/^https?:\/\//i.test(url) || url.length > 2048)
      return `Only http and https URLs can be added: ${url.slice(0, 100)}`;
  }
  return { urls: urls as string[], documents: documents as object[] };
}
