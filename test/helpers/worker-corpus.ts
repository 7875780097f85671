/**
 * Real documents for the worker suites and bench: BASIL triplets and NeuS stories from ../shared/data (read in
 * place by the bench's readers), written as one JSONL input of document objects, and the processes that work them.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBasilGold, loadNeus } from '../../bench/clustering-data.js';
import type { Document } from '../../src/core/model.js';
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

/** Writes documents as one JSONL file of document objects (the form `brief`, `ingest` and `watch` read). */
export function writeJsonl(documents: Document[], path: string): string {
  const lines = documents.map((d) => {
    const body = d.format === 'html' ? { html: d.content } : { text: d.content };
    return JSON.stringify({
      id: d.inputId ?? d.id,
      title: d.title,
      outlet: d.outlet,
      url: d.url,
      publishedAt: d.publishedAt,
      ...body,
    });
  });
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** `triangulate worker` from source in its own process. */
export function spawnWorker(db: string, extra: string[] = []): ChildProcess {
  return spawn(
    process.execPath,
    ['--import', 'tsx', join(REPO_ROOT, 'test/helpers/cli-process.ts'), 'worker', '--db', db, ...extra],
    { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TRIANGULATE_THREADS: '0' } },
  );
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
