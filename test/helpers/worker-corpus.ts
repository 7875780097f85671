/**
 * Real documents for the worker suites and bench: BASIL triplets and NeuS stories from ../shared/data (read in
 * place by the bench's readers), and the worker processes that work them.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { loadBasilGold, loadNeus } from '../../bench/clustering-data.js';
import { isDeepStrictEqual } from 'node:util';
import type { Document } from '../../src/core/model.js';
import { createPostgresStore } from '../../src/store/postgres.js';
import type { Store } from '../../src/store/store.js';
import { REPO_ROOT } from './shared.js';

/** The documents of the first `triplets` BASIL triplets and the first `stories` NeuS stories (whole groups). */
export function corpusDocuments(triplets: number, stories: number): Document[] {
  const firstGroups = (items: { document: Document; gold?: string }[], groups: number) => {
    const kept = new Set<string>();
    const out: Document[] = [];
    for (const { document, gold } of items) {
      if (gold === undefined) continue;
      if (!kept.has(gold)) {
        if (kept.size === groups) continue;
        kept.add(gold);
      }
      out.push(document);
    }
    return out;
  };
  return [...firstGroups(loadBasilGold(), triplets), ...firstGroups(loadNeus(), stories)];
}

/** `triangulate worker` in its own process: from source (tests), or the built CLI (benches: no tsx start-up). */
export function spawnWorker(db: string, extra: string[] = [], built = false): ChildProcess {
  const cli = built
    ? [join(REPO_ROOT, 'bin/triangulate.js')]
    : ['--import', 'tsx', join(REPO_ROOT, 'test/helpers/cli-process.ts')];
  return spawn(process.execPath, [...cli, 'worker', '--db', db, '--no-embeddings', ...extra], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, TRIANGULATE_THREADS: '0' },
  });
}

/** The exit of a process (code, or the signal that ended it) and what it wrote on stderr. */
export function exited(child: ChildProcess): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
}

/** A store's stories, their stored briefs (in story order), counts and placed article ids. */
export async function storeOutcome(store: Store) {
  const stories = await store.loadStories();
  const briefs = await store.loadBriefs(stories.map((story) => story.id));
  briefs.sort((a, b) => (a.storyId < b.storyId ? -1 : a.storyId > b.storyId ? 1 : 0));
  const counts = await store.counts();
  return { stories, briefs, counts, placed: stories.flatMap((story) => story.articleIds) };
}

export type Outcome = Awaited<ReturnType<typeof storeOutcome>>;

/**
 * What is wrong with a worked PostgreSQL store against the in-process batch's stories: a document lost or worked
 * twice, an article in no story or two, a story split or different. Empty when all is well.
 */
export async function workedStoreProblems(url: string, expected: Outcome, documents: number): Promise<string[]> {
  const store = await createPostgresStore({ url });
  try {
    const { stories, briefs, counts, placed } = await storeOutcome(store);
    const problems: string[] = [];
    if (counts.documents !== documents) problems.push(`${counts.documents} documents stored, not ${documents}`);
    if (counts.articles + counts.failures !== documents)
      problems.push(`${counts.articles} articles + ${counts.failures} failures for ${documents} documents`);
    if (new Set(placed).size !== placed.length) problems.push('an article is in two stories');
    if (placed.length !== counts.articles) problems.push(`${placed.length} articles placed of ${counts.articles}`);
    if (!isDeepStrictEqual(stories, expected.stories))
      problems.push(`${stories.length} stories, the in-process batch has ${expected.stories.length}, or they differ`);
    if (!isDeepStrictEqual(briefs, expected.briefs))
      problems.push(
        `${briefs.length} stored briefs, the in-process batch has ${expected.briefs.length}, or they differ`,
      );
    return problems;
  } finally {
    await store.close();
  }
}

/** Articles stored so far (a worker at work raises it). */
export async function articlesStored(url: string): Promise<number> {
  const store = await createPostgresStore({ url, poolSize: 1 });
  try {
    return (await store.counts()).articles;
  } finally {
    await store.close();
  }
}

/**
 * Waits for a random point in the work: once the workers have stored a first article more than `before` (start-up
 * takes seconds on a busy machine; a kill then would test only start-up), a random 0–`spreadMs` later; or, if none
 * comes within `startMs`, then. Resolves with the milliseconds waited.
 */
export async function randomKillPoint(url: string, before: number, spreadMs = 6000, startMs = 30_000): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < startMs && (await articlesStored(url)) <= before)
    await new Promise((resolve) => setTimeout(resolve, 100));
  await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * spreadMs)));
  return Math.round(performance.now() - start);
}
