/**
 * How much sentence embeddings could help NeuS story clustering, measured before building on them: for each
 * excerpt (title + ". " + lead, as embedded), is its nearest other excerpt in its own story? By TF-IDF cosine
 * (content words, IDF over the pool), by USE-lite cosine, and by a mix of the two, on the first STORIES stories of
 * neus_mds.jsonl (file order), per half (hashHalf of the story id). Vectors are cached in a SQLite store in the temp
 * folder (the first run embeds STORIES × 3 texts: minutes on a shared machine).
 * Run: node --import tsx bench/meaning-clustering.ts [STORIES=300]
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentWords } from '../src/core/text.js';
import { textKey, vectorSimilarity } from '../src/core/vectors.js';
import { embedTexts } from '../src/embed/embed-texts.js';
import { createUseLiteEmbedder } from '../src/embed/use-lite.js';
import { createSqliteStore } from '../src/store/sqlite.js';
import { hashHalf } from './hash-half.js';
import { DATA } from './shared-data.js';

const STORIES = Number(process.argv[2] ?? 300);
const MIXES = [0, 0.2, 0.3, 0.5, 1];

interface Excerpt {
  story: string;
  text: string;
}

const excerpts: Excerpt[] = readFileSync(join(DATA, 'neus-allsides', 'neus_mds.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .slice(0, STORIES)
  .flatMap((line) => {
    const story = JSON.parse(line) as { id: string; articles: { title?: string; text?: string }[] };
    return story.articles.map((a) => ({ story: story.id, text: `${a.title ?? ''}. ${a.text ?? ''}` }));
  });

const store = await createSqliteStore({ path: join(tmpdir(), 'triangulate-bench-vectors.sqlite') });
const { vectors, stats } = await embedTexts(
  excerpts.map((e) => e.text),
  createUseLiteEmbedder(),
  store,
);
await store.close();
console.log(
  `NeuS excerpts: ${excerpts.length} of the first ${STORIES} stories; ${stats.embedded} embedded in ${(stats.embedMs / 1000).toFixed(1)} s${stats.embedded ? ` (${(stats.embedMs / stats.embedded).toFixed(0)} ms each)` : ''}, ${stats.cached} cached`,
);

console.log(
  '| half | excerpts | nearest excerpt in own story: TF-IDF | ' +
    MIXES.slice(1)
      .map((m) => `mix ${m}`)
      .join(' | ') +
    ' |',
);
console.log(
  '|---|---|---|' +
    MIXES.slice(1)
      .map(() => '---|')
      .join(''),
);
for (const half of ['even', 'odd'] as const) {
  const pool = excerpts.filter((e) => hashHalf(e.story) === half);
  const words = pool.map((e) => {
    const counts = new Map<string, number>();
    for (const w of contentWords(e.text)) counts.set(w, (counts.get(w) ?? 0) + 1);
    return counts;
  });
  const df = new Map<string, number>();
  for (const counts of words) for (const w of counts.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const tfidf = words.map((counts) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, c] of counts) {
      const x = c * Math.log(pool.length / df.get(w)!);
      v.set(w, x);
      norm += x * x;
    }
    for (const [w, x] of v) v.set(w, x / Math.sqrt(norm || 1));
    return v;
  });
  const wordCosine = (i: number, j: number) => {
    let dot = 0;
    for (const [w, x] of tfidf[i]!) dot += x * (tfidf[j]!.get(w) ?? 0);
    return dot;
  };
  const vec = pool.map((e) => vectors.get(textKey(e.text)));
  const hits = MIXES.map(() => 0);
  for (let i = 0; i < pool.length; i++) {
    const best = MIXES.map(() => ({ j: -1, score: Number.NEGATIVE_INFINITY }));
    for (let j = 0; j < pool.length; j++) {
      if (i === j) continue;
      const w = wordCosine(i, j);
      const m = vectorSimilarity(vec[i], vec[j]) ?? 0;
      MIXES.forEach((a, k) => {
        const score = a * m + (1 - a) * w;
        if (score > best[k]!.score) best[k] = { j, score };
      });
    }
    best.forEach(({ j }, k) => {
      if (pool[j]?.story === pool[i]!.story) hits[k]!++;
    });
  }
  console.log(`| ${half} | ${pool.length} | ${hits.map((h) => (h / pool.length).toFixed(3)).join(' | ')} |`);
}
