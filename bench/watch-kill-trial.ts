/**
 * One kill -9 trial of `watch`: a real process watches a Telegram channel (preview pages built from real posts) and
 * a real RSS feed on a loopback server, is killed with SIGKILL at a random point of its work, and is run again to
 * completion. The store must then hold exactly what a run that was never killed holds: the same documents (none
 * lost, none twice), every one of them with its article or failure, every source's items marked seen, and every
 * article in a story — the same stories.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSqliteStore } from '../src/store/sqlite.js';
import { startRouteServer, type RouteServer } from '../test/helpers/route-server.js';
import { REPO_ROOT, tempDir } from '../test/helpers/shared.js';
import { channelFiles, previewPage, readChannel } from '../test/helpers/telegram-preview.js';
import { DATA } from './shared-data.js';

export interface StoreContents {
  documents: string[];
  articles: number;
  failures: number;
  seen: number;
  /** Each story as its sorted member article ids, sorted. */
  stories: string[];
}

export interface TrialResult {
  /** How many "new document" lines the killed run printed before the kill, and the extra wait after the last one. */
  killedAfter: number;
  killDelayMs: number;
  /** Whether the killed run had already finished when the kill came (then the trial tests nothing). */
  finishedBeforeKill: boolean;
  contents: StoreContents;
}

export interface Fixture {
  server: RouteServer;
  sources: string[];
  close(): Promise<void>;
}

/** The loopback server: one channel's newest `posts` real posts in pages of 20, and the Guardian's real RSS feed. */
export async function startFixture(postCount = 80): Promise<Fixture> {
  const posts = readChannel(channelFiles()[7]!).slice(-postCount);
  const guardian = readFileSync(join(DATA, 'feeds-samples', 'rss-parser', 'input', 'guardian.rss'));
  const server = await startRouteServer({
    '/s/wirechannel': (req, res) => {
      const before = /[?&]before=(\d+)/.exec(req.url ?? '')?.[1];
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(previewPage('wirechannel', posts, before === undefined ? undefined : Number(before)));
    },
    '/guardian.rss': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"g1"' });
      res.end(guardian);
    },
  });
  return {
    server,
    sources: [`${server.base}/s/wirechannel`, `${server.base}/guardian.rss`],
    close: () => server.close(),
  };
}

/** `watch --once` over the fixture's sources as its own process (from source, through tsx). */
function startWatch(fixture: Fixture, db: string): ChildProcess {
  return spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(REPO_ROOT, 'test', 'helpers', 'cli-process.ts'),
      'watch',
      ...fixture.sources,
      '--once',
      '--db',
      db,
      '--telegram-pages',
      '10',
      '--allow-private',
      '--no-embeddings',
    ],
    { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TRIANGULATE_THREADS: '0' } },
  );
}

/** Runs `watch --once` to its end; rejects when it fails. */
export function runToEnd(fixture: Fixture, db: string): Promise<string> {
  const child = startWatch(fixture, db);
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    log += chunk.toString('utf8');
  });
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => (code === 0 ? resolve(log) : reject(new Error(`watch exited ${code}:\n${log}`))));
  });
}

/** Kills `watch` with SIGKILL after `after` new documents and `delayMs` more; resolves when it is dead. */
function runAndKill(fixture: Fixture, db: string, after: number, delayMs: number): Promise<boolean> {
  const child = startWatch(fixture, db);
  let seen = 0;
  let killing = false;
  child.stderr!.on('data', (chunk: Buffer) => {
    seen += (chunk.toString('utf8').match(/^watch: new document /gm) ?? []).length;
    if (seen >= after && !killing) {
      killing = true;
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    }
  });
  return new Promise((resolve) => {
    child.on('exit', (_code, signal) => resolve(signal !== 'SIGKILL'));
  });
}

/** What the store holds, in a form two runs can be compared by. */
export async function readContents(db: string): Promise<StoreContents> {
  const store = await createSqliteStore({ path: db });
  try {
    const counts = await store.counts();
    const stories = (await store.loadStoredStories()).map((story) => [...story.articleIds].sort().join(' ')).sort();
    const raw = (store as unknown as { db: import('kysely').Kysely<import('../src/store/schema.js').Database> }).db;
    const documents = (await raw.selectFrom('documents').select('id').execute()).map((row) => row.id).sort();
    const seen = (await raw.selectFrom('watch_seen').select('item').where('source', 'not like', '#%').execute()).length;
    return { documents, articles: counts.articles, failures: counts.failures, seen, stories };
  } finally {
    await store.close();
  }
}

/**
 * One trial: kill after a random number of new documents (1 … 80% of `total`) plus a random 0–400 ms, then run again.
 * @example const reference = await readContents(db); const trial = await runTrial(fixture, 180)
 */
export async function runTrial(fixture: Fixture, total: number, random = Math.random): Promise<TrialResult> {
  const db = join(tempDir('watch-kill'), 'store.sqlite');
  const killedAfter = 1 + Math.floor(random() * Math.floor(total * 0.8));
  const killDelayMs = Math.floor(random() * 400);
  const finishedBeforeKill = await runAndKill(fixture, db, killedAfter, killDelayMs);
  await runToEnd(fixture, db);
  return { killedAfter, killDelayMs, finishedBeforeKill, contents: await readContents(db) };
}
