/** Where the real data lives for tests: ../shared beside the repository (never copied into it). */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED = join(REPO_ROOT, '..', 'shared');
export const SEEDS_DIR = join(SHARED, 'seeds');

/** The five seed page paths, 000 … 004, in order. */
export function seedPaths(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => /^00\d_.*\.txt$/.test(name))
    .sort()
    .map((name) => join(SEEDS_DIR, name));
}

/** A fresh temporary folder for one test. */
export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `triangulate-${label}-`));
}
