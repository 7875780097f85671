/**
 * The article-extraction benchmark's metric, re-implemented from its README's definition: multisets of
 * 4-token shingles (tokens = \w+), per-page TP/FP/FN normalised to sum to 1, precision and recall
 * averaged over pages, F1 of the averages, accuracy = exact token-sequence match.
 */

const SHINGLE = 4;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const counts = new Map<string, number>();
  const n = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < n && tokens.length > 0; i++) {
    const key = tokens.slice(i, i + SHINGLE).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface AebScore {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}

/** Scores predictions against gold bodies, page by page, as the benchmark does. */
export function scoreAeb(pairs: { gold: string; predicted: string }[]): AebScore {
  const precisions: number[] = [];
  const recalls: number[] = [];
  let exact = 0;
  for (const { gold, predicted } of pairs) {
    const g = shingles(gold);
    const p = shingles(predicted);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [key, count] of p) {
      const other = g.get(key) ?? 0;
      tp += Math.min(count, other);
      fp += Math.max(0, count - other);
    }
    for (const [key, count] of g) fn += Math.max(0, count - (p.get(key) ?? 0));
    const total = tp + fp + fn;
    if (total > 0) {
      tp /= total;
      fp /= total;
      fn /= total;
    }
    if (fp === 0 && fn === 0) {
      precisions.push(1);
      recalls.push(1);
    } else {
      if (tp + fp > 0) precisions.push(tp / (tp + fp));
      if (tp + fn > 0) recalls.push(tp / (tp + fn));
    }
    const tokens = (text: string) => (text.match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ');
    if (tokens(gold) === tokens(predicted)) exact++;
  }
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const precision = mean(precisions);
  const recall = mean(recalls);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    accuracy: exact / pairs.length,
  };
}
