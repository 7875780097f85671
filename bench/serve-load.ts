/**
 * `npm run bench -- serve`: the web reader under load on loopback. A SQLite store of 10,000 real documents from
 * ../shared/data (built once without embeddings and kept in the temp folder, or TRIANGULATE_BENCH_SERVE_DB), the CLI's
 * `serve` in a process of its own, autocannon (100 connections, 10 s a path) on a cached story page, the story list
 * and /api/stories: requests/s and p50/p99 latency. Goal: p99 < 50 ms for cached story pages.
 * Build the store alone: node --import tsx bench/serve-load.ts --build-only
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { brief } from '../src/api/brief.js';
import { REPO_ROOT, SEEDS_DIR, tempDir } from '../test/helpers/shared.js';
import { loadEveryDocument } from './clustering-data.js';
import { writeDocumentFiles } from './document-files.js';
import { fixed, table } from './report.js';

const DOCUMENTS = 10_000;
const CONNECTIONS = 100;
const SECONDS = 10;

/** The 10k store: built from the first DOCUMENTS real documents when missing (tens of minutes on 2 cores). */
async function storePath(): Promise<string> {
  const path = process.env.TRIANGULATE_BENCH_SERVE_DB ?? join(tmpdir(), `triangulate-serve-${DOCUMENTS}.sqlite`);
  if (existsSync(path)) return path;
  const documents = loadEveryDocument(SEEDS_DIR).slice(0, DOCUMENTS);
  // The same document files every whole-data bench writes (bench/document-files.ts).
  const inputs = writeDocumentFiles(
    documents.map(({ document }) => document),
    join(tempDir('serve-load'), 'inputs'),
  );
  const started = performance.now();
  const building = `${path}.building`;
  const result = await brief([inputs], { db: building, embeddings: false });
  renameSync(building, path);
  console.log(
    `serve bench: built ${path}: ${result.read} documents read in ${fixed((performance.now() - started) / 1000, 0)} s`,
  );
  return path;
}

/** The CLI's serve on a free port, in its own process; resolves with its URL once it listens. */
function startServe(db: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(REPO_ROOT, 'bin/triangulate.js'), 'serve', '--port', '0', '--no-warm', '--db', db],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr!.on('data', (chunk) => {
      stderr += chunk;
      const url = /open (http:\/\/\S+) /.exec(stderr)?.[1];
      if (url) resolve({ url, child });
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
}

export async function benchServeLoad(): Promise<void> {
  const db = await storePath();
  if (process.argv.includes('--build-only')) return;
  const { url, child } = await startServe(db);
  try {
    const list = (await (await fetch(new URL('/api/stories?sort=sources&limit=1000', url))).json()) as {
      total: number;
      stories: { id: string; sources: number }[];
    };
    // The biggest story, and one of the median size among stories of two sources or more (what a reader opens).
    const shared = list.stories.filter((s) => s.sources > 1);
    const typical = shared[Math.floor(shared.length / 2)]!;
    const biggest = list.stories[0]!;
    const targets: [string, string][] = [
      [`/stories/${encodeURIComponent(typical.id)}`, `story page (${typical.sources} sources), cached`],
      [`/stories/${encodeURIComponent(biggest.id)}`, `story page (${biggest.sources} sources), cached`],
      ['/', 'story list /'],
      ['/api/stories', '/api/stories (100 a page)'],
    ];
    const rows: string[][] = [];
    // As a browser asks: gzip accepted.
    const headers = { 'accept-encoding': 'gzip' };
    for (const [path, label] of targets) {
      const first = performance.now();
      const bytes = (
        await (await fetch(new URL(path, url), { headers: { 'accept-encoding': 'identity' } })).arrayBuffer()
      ).byteLength;
      const cold = performance.now() - first;
      const result = await autocannon({
        url: new URL(path, url).href,
        connections: CONNECTIONS,
        duration: SECONDS,
        headers,
      });
      rows.push([
        `${label}, ${fixed(bytes / 1024, 0)} KB`,
        fixed(cold, 0),
        fixed(result.requests.average, 0),
        fixed(result.latency.p50, 1),
        fixed(result.latency.p99, 1),
        String(result.non2xx + result.errors),
      ]);
    }
    console.log(
      `\n## serve under load: ${list.total} stories from ${DOCUMENTS} documents, ${CONNECTIONS} connections, ${SECONDS} s a path, gzip accepted (load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`,
    );
    table(['path', 'first request ms', 'requests/s', 'p50 ms', 'p99 ms', 'errors'], rows);
    console.log('Goal: p99 < 50 ms for cached story pages. No peer publishes figures for a self-hosted brief reader.');
  } finally {
    child.kill('SIGTERM');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchServeLoad();
