/** Exact and near-duplicate articles (syndicated copies, updates, the same page twice): MinHash over word shingles + LSH banding. */
import {
  DUPLICATE_LSH_BANDS,
  DUPLICATE_MIN_CONTAINMENT,
  DUPLICATE_MIN_JACCARD,
  DUPLICATE_MIN_SHINGLES,
  DUPLICATE_PERMUTATIONS,
  DUPLICATE_SHINGLE_WORDS,
} from '../core/config.js';
import type { Article, DuplicateGroup } from '../core/model.js';
import { WORD_TOKEN } from './patterns.js';

/** FNV-1a over a string's UTF-16 units: a fast 32-bit hash for shingles. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** A 32-bit integer mixer (murmur3's finaliser); with a per-permutation seed it acts as one random hash function. */
function mix(value: number, seed: number): number {
  let h = (value ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: DUPLICATE_PERMUTATIONS }, (_, i) => mix(i + 1, 0x9e3779b9));

/** The article's words, lower-cased: punctuation, case and spacing do not make a copy different. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD_TOKEN) ?? [];
}

/** The set of hashed k-word shingles of a word list. */
export function shingleSet(words: readonly string[], size = DUPLICATE_SHINGLE_WORDS): Set<number> {
  const shingles = new Set<number>();
  for (let i = 0; i + size <= words.length; i++) shingles.add(fnv1a(words.slice(i, i + size).join(' ')));
  return shingles;
}

/** The MinHash signature of a shingle set: for each hash function, the smallest hash over the set. */
export function minHash(shingles: ReadonlySet<number>): Uint32Array {
  const signature = new Uint32Array(DUPLICATE_PERMUTATIONS).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < DUPLICATE_PERMUTATIONS; i++) {
      const h = mix(shingle, SEEDS[i]!);
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return signature;
}

/** The share of equal positions of two signatures: an unbiased estimate of the sets' Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

function overlap(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared;
}

interface Prepared {
  index: number;
  exactKey: string;
  shingles: Set<number>;
  signature: Uint32Array;
}

/** Candidate pairs: articles whose signatures agree on every row of at least one band. */
function candidatePairs(prepared: Prepared[]): [number, number][] {
  const rows = DUPLICATE_PERMUTATIONS / DUPLICATE_LSH_BANDS;
  const pairs = new Set<string>();
  for (let band = 0; band < DUPLICATE_LSH_BANDS; band++) {
    const buckets = new Map<string, number[]>();
    for (const item of prepared) {
      if (item.shingles.size < DUPLICATE_MIN_SHINGLES) continue;
      const key = Array.from(item.signature.subarray(band * rows, (band + 1) * rows)).join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(item.index);
      else buckets.set(key, [item.index]);
    }
    for (const bucket of buckets.values())
      for (let i = 0; i < bucket.length; i++)
        for (let j = i + 1; j < bucket.length; j++) pairs.add(`${bucket[i]},${bucket[j]}`);
  }
  return Array.from(pairs, (pair) => pair.split(',').map(Number) as [number, number]).sort(
    (x, y) => x[0] - y[0] || x[1] - y[1],
  );
}

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Groups articles that carry the same text: `exact` when their word sequences are equal, `near` when their
 * word-shingle sets overlap enough (Jaccard ≥ DUPLICATE_MIN_JACCARD, or one is mostly contained in the other, as a
 * truncated or boilerplate-stripped copy is). Candidates come from LSH banding over MinHash signatures, so the cost
 * stays close to linear in the number of articles. Groups and their members keep input order; singletons are left out.
 * @example findDuplicates([wire, syndicatedCopy, otherStory]) // [{ articleIds: [wire.id, copy.id], kind: 'near', similarity: 0.86 }]
 */
export function findDuplicates(articles: readonly Article[]): DuplicateGroup[] {
  const prepared: Prepared[] = articles.map((article, index) => {
    const words = wordsOf(article.text);
    const shingles = shingleSet(words);
    return { index, exactKey: words.join(' '), shingles, signature: minHash(shingles) };
  });
  const links = new UnionFind(articles.length);
  const exact = new Map<string, number>();
  for (const item of prepared) {
    if (item.exactKey === '') continue;
    const first = exact.get(item.exactKey);
    if (first === undefined) exact.set(item.exactKey, item.index);
    else links.union(first, item.index);
  }
  const similarity = new Map<number, number>();
  const record = (root: number, value: number) => similarity.set(root, Math.min(similarity.get(root) ?? 1, value));
  for (const [a, b] of candidatePairs(prepared)) {
    const [x, y] = [prepared[a]!, prepared[b]!];
    if (x.exactKey === y.exactKey) continue;
    const shared = overlap(x.shingles, y.shingles);
    const jaccard = shared / (x.shingles.size + y.shingles.size - shared);
    const containment = shared / Math.min(x.shingles.size, y.shingles.size);
    if (jaccard < DUPLICATE_MIN_JACCARD && containment < DUPLICATE_MIN_CONTAINMENT) continue;
    links.union(a, b);
    record(links.find(a), estimateJaccard(x.signature, y.signature));
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < articles.length; i++) {
    const root = links.find(i);
    const members = groups.get(root);
    if (members) members.push(i);
    else groups.set(root, [i]);
  }
  return Array.from(groups.entries())
    .filter(([, members]) => members.length > 1)
    .map(([root, members]) => {
      const near = similarity.get(root);
      return {
        articleIds: members.map((i) => articles[i]!.id),
        kind: near === undefined ? 'exact' : 'near',
        similarity: near === undefined ? 1 : Math.round(near * 1000) / 1000,
      } satisfies DuplicateGroup;
    });
}
