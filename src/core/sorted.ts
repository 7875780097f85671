/** Searches over items sorted by their start offset (tokens, mentions, spans). */

/**
 * The index of the first item that starts at or after `at` (items.length when none does).
 * @example firstStartingAt([{ start: 0 }, { start: 5 }], 3) // 1
 */
export function firstStartingAt(items: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
