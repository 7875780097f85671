/** Test helper: the seed pages as the extract stage reads them (clean text, metadata). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashId } from '../../src/core/ids.js';
import type { Article } from '../../src/core/model.js';
import { extract } from '../../src/extract/extract.js';
import { SEEDS_DIR } from './shared.js';

/**
 * Seed `00N_*.txt` as an Article, through the real extract stage.
 * @example loadSeedArticle(4).outlet // → 'Newslooks'
 */
export function loadSeedArticle(n: number): Article {
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(`00${n}_`) && f.endsWith('.txt'));
  if (name === undefined) throw new Error(`test: no seed 00${n}_*.txt in ${SEEDS_DIR}`);
  const path = join(SEEDS_DIR, name);
  const content = readFileSync(path, 'utf8');
  const outcome = extract({ id: hashId('d', 'text', content), input: path, format: 'text', content });
  if (!outcome.ok) throw new Error(`test: seed ${name} did not extract: ${outcome.error.message}`);
  return outcome.value;
}

/** All five seeds, 000–004. */
export function loadSeedArticles(): Article[] {
  return [0, 1, 2, 3, 4].map(loadSeedArticle);
}
