/**
 * Attribution scoring against PolNeAR: content P/R/F1 (exact and overlap), speaker accuracy on matched
 * quotes (exact and overlap). Spans are compared after trimming quote marks, spaces and edge punctuation.
 */
import type { GoldAttribution, GoldSpan } from './polnear-data.js';

/** One predicted attribution, in the offsets of the same text as the gold. */
export interface Predicted {
  content: GoldSpan;
  /** The words naming the speaker (name, pronoun, role), when the finder points at them. */
  source?: GoldSpan;
  /** The resolved speaker name (used when there is no source span, e.g. an inherited speaker). */
  speakerName?: string;
  quoted: boolean;
}

/** Precision counts predictions, recall counts gold items (a split quote's two pieces may find one gold). */
export interface Counts {
  predictedRight: number;
  predicted: number;
  goldFound: number;
  gold: number;
}

export interface AttributionScore {
  exact: Counts;
  overlap: Counts;
  /** Gold items matched (overlap) that have a Source span: the base of speaker accuracy. */
  speakerBase: number;
  speakerExact: number;
  speakerOverlap: number;
}

const EDGE = /[\s“”"‘’'«»„.,;:!?()[\]—–-]/;

/** A span without edge quote marks, spaces and punctuation, so `“Yes,”` and `Yes` compare equal. */
export function normalise(text: string, span: GoldSpan): GoldSpan {
  let { start, end } = span;
  while (start < end && EDGE.test(text[start]!)) start += 1;
  while (end > start && EDGE.test(text[end - 1]!)) end -= 1;
  return { start, end };
}

const overlaps = (a: GoldSpan, b: GoldSpan): boolean => a.start < b.end && b.start < a.end && a.end > a.start;
const same = (a: GoldSpan, b: GoldSpan): boolean => a.start === b.start && a.end === b.end;

export const emptyCounts = (): Counts => ({ predictedRight: 0, predicted: 0, goldFound: 0, gold: 0 });

export function emptyScore(): AttributionScore {
  return { exact: emptyCounts(), overlap: emptyCounts(), speakerBase: 0, speakerExact: 0, speakerOverlap: 0 };
}

/**
 * Scores one article's predictions against its gold attributions (all of `gold` are targets; `ignorable`
 * are other gold attributions a prediction may hit without counting as a false positive or a hit).
 * @example scoreArticle(text, gold, [], predicted, score) // adds tp/fp/fn into score
 */
export function scoreArticle(
  text: string,
  gold: GoldAttribution[],
  ignorable: GoldAttribution[],
  predicted: Predicted[],
  score: AttributionScore,
): void {
  const goldParts = gold.map((g) => g.content.map((s) => normalise(text, s)).filter((s) => s.end > s.start));
  const otherParts = ignorable.flatMap((g) => g.content.map((s) => normalise(text, s)));
  const predParts = predicted.map((p) => normalise(text, p.content));
  for (let i = 0; i < predicted.length; i += 1) {
    const part = predParts[i]!;
    const hitsGold = goldParts.some((parts) => parts.some((s) => overlaps(s, part)));
    if (!hitsGold && otherParts.some((s) => overlaps(s, part))) continue;
    score.overlap.predicted += 1;
    score.exact.predicted += 1;
    if (hitsGold) score.overlap.predictedRight += 1;
    if (goldParts.some((parts) => parts.some((s) => same(s, part)))) score.exact.predictedRight += 1;
  }
  for (let g = 0; g < gold.length; g += 1) {
    const parts = goldParts[g]!;
    if (parts.length === 0) continue;
    score.exact.gold += 1;
    score.overlap.gold += 1;
    if (parts.every((s) => predParts.some((p) => same(p, s)))) score.exact.goldFound += 1;
    const best = mostOverlapping(parts, predParts);
    if (best < 0) continue;
    score.overlap.goldFound += 1;
    const sources = gold[g]!.source.map((s) => normalise(text, s));
    if (sources.length === 0) continue;
    score.speakerBase += 1;
    const verdict = speakerVerdict(text, sources, predicted[best]!);
    if (verdict !== 'wrong') score.speakerOverlap += 1;
    if (verdict === 'exact') score.speakerExact += 1;
  }
}

/** Exact: the speaker's words are the gold Source span; overlap: they share characters (or, with no span, a name word). */
export function speakerVerdict(text: string, sources: GoldSpan[], p: Predicted): 'exact' | 'overlap' | 'wrong' {
  if (p.source !== undefined) {
    const mine = normalise(text, p.source);
    if (sources.some((s) => same(s, mine))) return 'exact';
    if (sources.some((s) => overlaps(s, mine))) return 'overlap';
  }
  if (p.speakerName !== undefined) {
    const goldText = sources.map((s) => text.slice(s.start, s.end)).join(' ');
    if (goldText === p.speakerName) return 'exact';
    const words = new Set(goldText.match(/\p{Lu}[\p{L}’'-]+/gu) ?? []);
    if ((p.speakerName.match(/\p{Lu}[\p{L}’'-]+/gu) ?? []).some((w) => words.has(w))) return 'overlap';
  }
  return 'wrong';
}

/** Precision, recall and F1 of counts. */
export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.predicted === 0 ? 0 : c.predictedRight / c.predicted;
  const r = c.gold === 0 ? 0 : c.goldFound / c.gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** The index of the predicted range sharing most characters with the gold parts; -1 when none shares any. */
export function mostOverlapping(
  parts: readonly { start: number; end: number }[],
  predicted: readonly { start: number; end: number }[],
): number {
  let best = -1;
  let bestOverlap = 0;
  for (let i = 0; i < predicted.length; i += 1) {
    const p = predicted[i]!;
    let shared = 0;
    for (const s of parts) shared += Math.max(0, Math.min(s.end, p.end) - Math.max(s.start, p.start));
    if (shared > bestOverlap) {
      bestOverlap = shared;
      best = i;
    }
  }
  return best;
}
