/** Shared bench plumbing: timing, peak memory, and Markdown tables. */

let peakRss = process.memoryUsage().rss;

/** Records the current resident set size; call it inside long loops. */
export function sampleRss(): void {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

export function peakRssMb(): number {
  return peakRss / 1024 / 1024;
}

export function time<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

export const fixed = (x: number, digits = 3): string => x.toFixed(digits);

export function table(header: string[], rows: string[][]): void {
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}
