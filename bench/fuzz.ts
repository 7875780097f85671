/**
 * The hostile-input property suite at full size: 10,000 generated inputs (bench/hostile-inputs.ts) through ingest +
 * extract. Prints a table of outcomes, the slowest input, and peak memory; exits 1 on any crash.
 * Run: nice -n 10 node --import tsx bench/fuzz.ts [runs] [seed]
 */
import fc from 'fast-check';
import { hostileInput, runHostile } from './hostile-inputs.js';

const runs = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 16);
const codes = new Map<string, number>();
let documents = 0;
let articles = 0;
let slowest = { ms: 0, name: '', bytes: 0 };
let peakRss = 0;
const started = performance.now();
try {
  await fc.assert(
    fc.asyncProperty(hostileInput, async (input) => {
      const t = performance.now();
      const outcome = await runHostile(input);
      const ms = performance.now() - t;
      if (ms > slowest.ms) slowest = { ms, name: input.name, bytes: input.bytes.length };
      documents += outcome.documents;
      articles += outcome.articles;
      for (const code of outcome.errors) codes.set(code, (codes.get(code) ?? 0) + 1);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }),
    { numRuns: runs, seed },
  );
} catch (error) {
  console.error(`CRASH: ${(error as Error).message}`);
  process.exitCode = 1;
}
const seconds = (performance.now() - started) / 1000;
console.log(`| inputs | seed | crashes | documents read | articles extracted | seconds | peak RSS MB |`);
console.log(`|---:|---:|---:|---:|---:|---:|---:|`);
console.log(
  `| ${runs} | ${seed} | ${process.exitCode === 1 ? '≥1' : 0} | ${documents} | ${articles} | ${seconds.toFixed(1)} | ${(peakRss / 1048576).toFixed(0)} |`,
);
console.log('\n| error code | count |\n|---|---:|');
for (const [code, count] of [...codes].sort((a, b) => b[1] - a[1])) console.log(`| ${code} | ${count} |`);
console.log(`\nslowest input: ${slowest.name} (${slowest.bytes} bytes) ${slowest.ms.toFixed(0)} ms`);
