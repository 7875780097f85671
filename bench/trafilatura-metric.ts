/**
 * trafilatura's evaluation metric, re-implemented from the data set's README: every `with` snippet must and
 * every `without` snippet must not occur in the extracted text (substring search after collapsing whitespace
 * runs to one space and trimming, on both sides); counts are micro-averaged over all snippets.
 */

export interface SnippetScore {
  precision: number;
  recall: number;
  accuracy: number;
  f1: number;
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Counts one document's snippets; an empty extraction misses every `with` snippet. */
export function countSnippets(
  predicted: string,
  snippets: { with: string[]; without: string[] },
): { tp: number; fn: number; fp: number; tn: number } {
  const text = squash(predicted);
  const found = (snippet: string) => text.length > 0 && text.includes(squash(snippet));
  const tp = snippets.with.filter(found).length;
  const fp = snippets.without.filter(found).length;
  return { tp, fn: snippets.with.length - tp, fp, tn: snippets.without.length - fp };
}

/** Micro-averaged precision, recall, accuracy and F1 over all documents' snippets. */
export function scoreSnippets(pairs: { predicted: string; with: string[]; without: string[] }[]): SnippetScore {
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let tn = 0;
  for (const pair of pairs) {
    const counts = countSnippets(pair.predicted, pair);
    tp += counts.tp;
    fn += counts.fn;
    fp += counts.fp;
    tn += counts.tn;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const all = tp + fn + fp + tn;
  return {
    precision,
    recall,
    accuracy: all === 0 ? 0 : (tp + tn) / all,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    tp,
    fn,
    fp,
    tn,
  };
}
