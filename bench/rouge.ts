/** ROUGE-1/2/L F1 as the neus-allsides README computes it: lower-cased \w+ tokens, no stemming, LCS over the whole text. */

/** Lower-cased word tokens (Python's `\w+` on str: letters, digits, underscore). */
export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join('\u0001');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function f1(overlap: number, candidate: number, reference: number): number {
  if (overlap === 0 || candidate === 0 || reference === 0) return 0;
  const precision = overlap / candidate;
  const recall = overlap / reference;
  return (2 * precision * recall) / (precision + recall);
}

/** ROUGE-N F1 with clipped n-gram counts. */
export function rougeN(candidate: string[], reference: string[], n: number): number {
  const c = ngramCounts(candidate, n);
  const r = ngramCounts(reference, n);
  let overlap = 0;
  for (const [gram, count] of c) overlap += Math.min(count, r.get(gram) ?? 0);
  return f1(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** ROUGE-L F1: longest common subsequence over the whole token sequences (no sentence splitting). */
export function rougeL(candidate: string[], reference: string[]): number {
  if (candidate.length === 0 || reference.length === 0) return 0;
  let previous = new Uint32Array(reference.length + 1);
  let current = new Uint32Array(reference.length + 1);
  for (const word of candidate) {
    for (let j = 1; j <= reference.length; j++) {
      current[j] = word === reference[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
    current.fill(0);
  }
  return f1(previous[reference.length]!, candidate.length, reference.length);
}

export interface RougeScores {
  r1: number;
  r2: number;
  rl: number;
}

/** ROUGE-1/2/L F1 × 100 of one summary against one reference. */
export function rouge(candidate: string, reference: string): RougeScores {
  const c = rougeTokens(candidate);
  const r = rougeTokens(reference);
  return { r1: 100 * rougeN(c, r, 1), r2: 100 * rougeN(c, r, 2), rl: 100 * rougeL(c, r) };
}

/** The macro average over stories. */
export function meanRouge(scores: RougeScores[]): RougeScores {
  const n = Math.max(1, scores.length);
  return {
    r1: scores.reduce((s, x) => s + x.r1, 0) / n,
    r2: scores.reduce((s, x) => s + x.r2, 0) / n,
    rl: scores.reduce((s, x) => s + x.rl, 0) / n,
  };
}
