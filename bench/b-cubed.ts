/** B-cubed precision, recall and F1 of a clustering against gold clusters (Bagga & Baldwin 1998). */

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Per item: precision = share of its predicted cluster that shares its gold cluster, recall = share of its
 * gold cluster found in its predicted cluster; both averaged over items, F1 their harmonic mean. With `only`,
 * the averages run over the items it accepts while clusters stay whole (one half of a pool clustered as one).
 * @example bCubed(new Map([['a', 1], ['b', 1]]), new Map([['a', 'x'], ['b', 'y']])) // { precision: 0.5, recall: 1, f1: 0.667 }
 */
export function bCubed<P, G>(
  predicted: Map<string, P>,
  gold: Map<string, G>,
  only: (item: string) => boolean = () => true,
): BCubed {
  const predictedSize = countValues(predicted);
  const goldSize = countValues(gold);
  const both = new Map<string, number>();
  for (const [item, cluster] of predicted) {
    const key = `${String(cluster)}\u0000${String(gold.get(item))}`;
    both.set(key, (both.get(key) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  let n = 0;
  for (const [item, cluster] of predicted) {
    const g = gold.get(item);
    if (g === undefined || !only(item)) continue;
    const shared = both.get(`${String(cluster)}\u0000${String(g)}`)!;
    precision += shared / predictedSize.get(cluster)!;
    recall += shared / goldSize.get(g)!;
    n++;
  }
  precision /= n || 1;
  recall /= n || 1;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function countValues<V>(map: Map<string, V>): Map<V, number> {
  const counts = new Map<V, number>();
  for (const value of map.values()) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
