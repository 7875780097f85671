/**
 * The BASIL same-fact pairs (bench/same-fact-labels.json): which sentence pairs of a triplet were labelled, and how
 * they were chosen, so the labelled set can be rebuilt and extended from the data in ../shared alone (the labels
 * file holds ids, sentence numbers and labels only, never text).
 *
 * Choice: in every dev triplet (sorted by id), for each outlet in the order nyt → fox → hpo → nyt, the outlet's
 * first sentence of at least 8 words, and in the next outlet's article the sentence sharing most word weight with
 * it (content words, IDF over the triplet's sentences). Word-chosen, as the system chooses its candidates.
 */
import { contentWords } from '../src/core/text.js';
import { type BasilArticle, loadBasil } from './clustering-data.js';

export interface PairRef {
  triplet: string;
  /**
   * The article's file name without .json (`<triplet-uuid>_<n>`: some files' own uuid is "empty") and the 0-based
   * sentence number in its flattened body (BASIL's own `p<k>` numbering).
   */
  a: { article: string; sentence: number };
  b: { article: string; sentence: number };
}

const OUTLET_ORDER = ['nyt', 'fox', 'hpo'];

/** The candidate pairs of the first `triplets` triplets (sorted by id). */
export function candidatePairs(triplets: number): { ref: PairRef; a: string; b: string }[] {
  const byTriplet = new Map<string, BasilArticle[]>();
  for (const article of loadBasil()) {
    const id = article.file['triplet-uuid'];
    byTriplet.set(id, [...(byTriplet.get(id) ?? []), article]);
  }
  const out: { ref: PairRef; a: string; b: string }[] = [];
  for (const [triplet, articles] of [...byTriplet].sort(([x], [y]) => x.localeCompare(y)).slice(0, triplets)) {
    const ordered = OUTLET_ORDER.map((o) => articles.find((a) => a.file.source.toLowerCase() === o)).filter(
      (a): a is BasilArticle => a !== undefined,
    );
    if (ordered.length < 3) continue;
    const weight = idfOver(ordered);
    ordered.forEach((from, i) => {
      const to = ordered[(i + 1) % ordered.length]!;
      const first = from.sentences.findIndex((s) => s.split(/\s+/).length >= 8);
      if (first < 0) return;
      const words = new Set(contentWords(from.sentences[first]!));
      let best = -1;
      let bestScore = 0;
      to.sentences.forEach((sentence, k) => {
        let score = 0;
        for (const word of new Set(contentWords(sentence))) if (words.has(word)) score += Math.max(0, weight(word));
        if (score > bestScore) {
          best = k;
          bestScore = score;
        }
      });
      if (best < 0) return;
      out.push({
        ref: {
          triplet,
          a: { article: articleRef(from), sentence: first },
          b: { article: articleRef(to), sentence: best },
        },
        a: from.sentences[first]!,
        b: to.sentences[best]!,
      });
    });
  }
  return out;
}

/**
 * Round 4's denial-cue pairs (session 8): in each of the given triplets, every sentence holding a denial cue paired with
 * the sentence of another outlet sharing most word weight with it (IDF over the triplet's sentences).
 */
export function denialCuePairs(triplets: ReadonlySet<string>): { ref: PairRef; a: string; b: string }[] {
  const cue =
    /\b(?:den(?:y|ies|ied|ial)|false(?:ly)?|untrue|not true|no truth|baseless|disput(?:e|es|ed)|reject(?:s|ed)?|refut(?:e|es|ed))\b/i;
  const byTriplet = new Map<string, BasilArticle[]>();
  for (const article of loadBasil()) {
    const id = article.file['triplet-uuid'];
    if (triplets.has(id)) byTriplet.set(id, [...(byTriplet.get(id) ?? []), article]);
  }
  const out: { ref: PairRef; a: string; b: string }[] = [];
  for (const [triplet, articles] of [...byTriplet].sort(([x], [y]) => x.localeCompare(y))) {
    const idf = idfOver(articles);
    const weight = (word: string) => Math.max(0, idf(word));
    for (const from of articles)
      from.sentences.forEach((sentence, first) => {
        if (!cue.test(sentence)) return;
        const words = new Set(contentWords(sentence));
        let best: { to: BasilArticle; k: number; score: number } | undefined;
        for (const to of articles) {
          if (to === from) continue;
          to.sentences.forEach((other, k) => {
            let score = 0;
            for (const word of new Set(contentWords(other))) if (words.has(word)) score += weight(word);
            if (!best || score > best.score) best = { to, k, score };
          });
        }
        if (!best) return;
        out.push({
          ref: {
            triplet,
            a: { article: articleRef(from), sentence: first },
            b: { article: articleRef(best.to), sentence: best.k },
          },
          a: sentence,
          b: best.to.sentences[best.k]!,
        });
      });
  }
  return out;
}

/** A word's IDF over the sentences of the given articles. */
function idfOver(articles: BasilArticle[]): (word: string) => number {
  const df = new Map<string, number>();
  let total = 0;
  for (const article of articles)
    for (const sentence of article.sentences) {
      total++;
      for (const word of new Set(contentWords(sentence))) df.set(word, (df.get(word) ?? 0) + 1);
    }
  return (word) => Math.log((total + 1) / ((df.get(word) ?? 0) + 0.5));
}

/** The text of a referenced sentence (from ../shared/data). */
export function sentenceTexts(): Map<string, string[]> {
  return new Map(loadBasil().map((article) => [articleRef(article), article.sentences]));
}

function articleRef(article: BasilArticle): string {
  return article.document.input.replace(/^.*\//, '').replace(/\.json$/, '');
}

if (process.argv[1]?.endsWith('same-fact-pairs.ts')) {
  const count = Number(process.argv[2] ?? 34);
  for (const [n, { ref, a, b }] of candidatePairs(count).entries())
    console.log(`#${n} ${ref.triplet.slice(0, 8)} ${ref.a.sentence}/${ref.b.sentence}\n  A: ${a}\n  B: ${b}`);
}
