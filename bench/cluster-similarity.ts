/**
 * How well a term weighting ranks an excerpt's own-story mates first, before any clustering: nearest-neighbour rate
 * (the nearest other excerpt is in its story) and R-precision (of its story's n mates, how many are its n nearest).
 * Variants tried for NeuS recall: bigrams, entity weight, title weight, an IDF power floor, and CSLS (a neighbour's
 * cosine less CSLS × its own mean cosine to its 3 nearest). Measured (even / odd NN): base 0.714 / 0.706, BIGRAM 1
 * 0.690 / 0.696, ENTITY 2 0.691 / 0.691, TITLE 1.5 0.722 / 0.712, TITLE 2 0.698 / 0.692, IDF_POWER_MIN 0.5
 * 0.712 / 0.709, CSLS 0.5 0.755 / 0.747, CSLS 1 0.724 / 0.712.
 * Usage: VARIANTS='[{"CSLS":0.5},{"TITLE":1.5}]' node --import tsx bench/cluster-similarity.ts [cacheDir] [name=neus]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleTerms } from '../src/cluster/article-terms.js';
import type { AnalyzedArticle } from '../src/core/model.js';
import { contentWords } from '../src/core/text.js';
import { hashHalf } from './hash-half.js';

const cacheDir = process.argv[2] ?? '/tmp/clu';
const name = process.argv[3] ?? 'neus';
const raw = JSON.parse(readFileSync(join(cacheDir, `${name}.json`), 'utf8')) as {
  items: AnalyzedArticle[];
  gold: [string, string][];
};
const items = raw.items;
const gold = new Map(raw.gold);
const ids = items.map((it) => it.article.id);

const variants = JSON.parse(process.env.VARIANTS ?? '[{}]') as Record<string, number>[];
for (const variant of variants) {
  const num = (key: string, fallback: number): number => Number(variant[key] ?? fallback);
  const BIGRAM = num('BIGRAM', 0);
  const ENTITY = num('ENTITY', 1);
  const TITLE = num('TITLE', 1);
  const IDF_FULL = num('IDF_FULL', 80);
  const IDF_POWER_MIN = num('IDF_POWER_MIN', 0);

  function terms(item: AnalyzedArticle): Map<string, number> {
    const base = articleTerms(item);
    const out = new Map<string, number>();
    for (const [k, v] of base) out.set(k, v * (k.startsWith('@') ? ENTITY : 1));
    if (TITLE !== 1) for (const w of new Set(contentWords(item.article.title))) out.set(w, (out.get(w) ?? 0) * TITLE);
    if (BIGRAM > 0) {
      const add = (words: string[]) => {
        for (let i = 0; i + 1 < words.length; i++) {
          const k = `${words[i]}_${words[i + 1]}`;
          out.set(k, Math.max(out.get(k) ?? 0, BIGRAM));
        }
      };
      add(contentWords(item.article.title));
      add(contentWords(item.article.text).slice(0, 40));
    }
    return out;
  }

  const termMaps = items.map(terms);
  const df = new Map<string, number>();
  for (const t of termMaps) for (const k of t.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const N = Math.max(items.length, 1000);
  const shapes = termMaps.map((t) => {
    const p = Math.max(IDF_POWER_MIN, Math.min(1, t.size / IDF_FULL));
    const w = new Map<string, number>();
    let norm = 0;
    for (const [k, tf] of t) {
      const x = tf * Math.max(0, Math.log((N + 1) / (df.get(k)! + 0.5))) ** p;
      w.set(k, x);
      norm += x * x;
    }
    for (const [k, x] of w) w.set(k, x / Math.sqrt(norm || 1));
    return w;
  });
  const post = new Map<string, number[]>();
  shapes.forEach((s, i) => {
    for (const k of s.keys()) {
      const list = post.get(k) ?? [];
      if (list.length === 0) post.set(k, list);
      list.push(i);
    }
  });
  const byGold = new Map<string, number[]>();
  ids.forEach((id, i) => {
    byGold.set(gold.get(id)!, [...(byGold.get(gold.get(id)!) ?? []), i]);
  });
  const CSLS = num('CSLS', 0);
  const lists: [number, number][][] = [];
  for (let i = 0; i < items.length; i++) {
    const s = shapes[i]!;
    const dots = new Map<number, number>();
    for (const [k, x] of s)
      for (const j of post.get(k)!) if (j !== i) dots.set(j, (dots.get(j) ?? 0) + x * shapes[j]!.get(k)!);
    lists.push([...dots].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 30));
  }
  const density = lists.map((l) => l.slice(0, 3).reduce((a, [, c]) => a + c, 0) / 3);
  const score = { even: [0, 0, 0], odd: [0, 0, 0] };
  for (let i = 0; i < items.length; i++) {
    const g = gold.get(ids[i]!)!;
    const mates = byGold.get(g)!.length - 1;
    if (mates === 0) continue;
    const ranked = lists[i]!.map(([j, c]) => [j, c - CSLS * density[j]!] as [number, number]).sort(
      (a, b) => b[1] - a[1] || a[0] - b[0],
    );
    const half = score[hashHalf(g)];
    half[0]! += ranked[0] && gold.get(ids[ranked[0][0]]!) === g ? 1 : 0;
    half[1]! += ranked.slice(0, mates).filter(([j]) => gold.get(ids[j]!) === g).length / mates;
    half[2]!++;
  }
  const f = (x: number) => x.toFixed(3);
  console.log(
    `${JSON.stringify(variant)} BIGRAM ${BIGRAM} ENTITY ${ENTITY} TITLE ${TITLE} IDF_FULL ${IDF_FULL}: ` +
      (['even', 'odd'] as const)
        .map((h) => `${h} NN ${f(score[h][0]! / score[h][2]!)} R-prec ${f(score[h][1]! / score[h][2]!)}`)
        .join(' | '),
  );
}
