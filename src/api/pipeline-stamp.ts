/**
 * Which code made a stored brief: the package version and a digest of the pipeline's own code. A brief stored by
 * another build is stale, so an upgrade (or a fix checked out) shows its effect on a store briefed before it,
 * not the old brief until each story happens to grow.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The stages whose code decides what a brief says (the store, CLI and server do not). */
const BRIEF_STAGES = ['analyze', 'cluster', 'compare', 'compose', 'core', 'embed', 'llm'];
/** The stages whose code decides what an analysis says. */
const ANALYSIS_STAGES = ['analyze', 'core'];

const stamps = new Map<string, string>();

/**
 * "triangulate 0.1.0+<12 hex digits>" for the code that makes a brief, read once per process from the code beside
 * this file (dist/ when installed, src/ under tsx).
 * @example pipelineStamp() // 'triangulate 0.1.0+3f9c2a1b7d40'
 */
export function pipelineStamp(): string {
  return stampOf(BRIEF_STAGES);
}

/** The same for the code that makes an analysis: a stored analysis made by other code is made again when briefed. */
export function analyzerStamp(): string {
  return stampOf(ANALYSIS_STAGES);
}

function stampOf(stages: readonly string[]): string {
  const key = stages.join(' ');
  const known = stamps.get(key);
  if (known !== undefined) return known;
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const hash = createHash('sha256');
  for (const stage of stages) {
    const files = codeFiles(join(root, stage));
    for (const file of files) hash.update(file.slice(root.length)).update(readFileSync(file));
  }
  const stamp = `triangulate ${packageVersion(root)}+${hash.digest('hex').slice(0, 12)}`;
  stamps.set(key, stamp);
  return stamp;
}

/** The .js/.ts files under a folder, tests and maps left out, in a fixed order. */
function codeFiles(folder: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(folder, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries
    .filter((name) => /\.(?:js|ts)$/u.test(name) && !/\.test\.|\.d\.ts$/u.test(name))
    .sort()
    .map((name) => join(folder, name));
}

function packageVersion(root: string): string {
  try {
    const parsed = JSON.parse(readFileSync(join(root, '..', 'package.json'), 'utf8')) as { version?: unknown };
    return typeof parsed.version === 'string' ? parsed.version : '0';
  } catch {
    return '0';
  }
}
