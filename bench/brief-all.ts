/**
 * The whole job on every real document in ../shared/data (the clustering bench's pool: BASIL, NeuS, UCI, AllSides,
 * Telegram, the extraction sets and the seeds), written as one JSONL of document objects and briefed in one run,
 * with sentence embeddings (default) or without (--no-embeddings): wall time, embedding cost, peak memory.
 * Briefs are taken one at a time and let go (as the CLI streams them); CPU time is printed beside wall time, with
 * the load average (the machine is shared). `--docs N` briefs N documents spread evenly over the pool (the same mix at every N, for the cost exponent).
 * `--threads N` sets the worker threads for extraction and briefing as TRIANGULATE_THREADS does for the CLI (default: that
 * variable, else the pool's own choice from the idle cores, which on a busy machine is none).
 * Run: node --import tsx bench/brief-all.ts [--no-embeddings] [--docs N] [--threads N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { brief } from '../src/api/brief.js';
import type { EmbedStats } from '../src/embed/embed-texts.js';
import { SEEDS_DIR, tempDir } from '../test/helpers/shared.js';
import { loadEveryDocument } from './clustering-data.js';
import { writeDocumentFiles } from './document-files.js';

const embeddings = !process.argv.includes('--no-embeddings');
const docsArg = process.argv.indexOf('--docs');
const limit = docsArg === -1 ? undefined : Number(process.argv[docsArg + 1]);
const threadsArg = process.argv.indexOf('--threads');
const threads = Number.parseInt(
  threadsArg === -1 ? (process.env.TRIANGULATE_THREADS ?? '') : process.argv[threadsArg + 1]!,
  10,
);
const dir = tempDir('brief-all');
const { inputs, count } = writeInputs();

/** The documents written as input files; the pool itself is let go before the run, so peak RSS is the run's own. */
function writeInputs(): { inputs: string; count: number } {
  const pool = loadEveryDocument(SEEDS_DIR);
  // N documents spread evenly over the pool, so every N has the same mix of sets (for the cost exponent).
  const documents =
    limit === undefined
      ? pool
      : Array.from({ length: Math.min(limit, pool.length) }, (_, j) => pool[Math.floor((j * pool.length) / limit)]!);
  const written = writeDocumentFiles(
    documents.map(({ document }) => document),
    join(dir, 'inputs'),
  );
  return { inputs: written, count: documents.length };
}
// The pool is let go before the run (with --expose-gc collected now): the sampled peak is the run's own.
(globalThis as { gc?: () => void }).gc?.();
const rssBefore = process.memoryUsage().rss;
let peak = 0;
/** CPU seconds per thread (Linux: /proc/self/task), kept at their last reading: threads that ended keep theirs. */
const threadCpu = new Map<string, { name: string; seconds: number }>();
function readThreads(): void {
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime are fields 14 and 15 of stat (here 11 and 12 after the name), in clock ticks of 1/100 s.
      threadCpu.set(tid, { name, seconds: (Number(fields[11]) + Number(fields[12])) / 100 });
    }
  } catch {
    // No /proc (not Linux): the per-thread line is left out.
  }
}
readThreads();
const threadCpu0 = new Map([...threadCpu].map(([tid, { seconds }]) => [tid, seconds]));
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
  readThreads();
}, 200);
let embed: EmbedStats | undefined;
let stories = 0;
let articles = 0;
const load = loadavg()[0]!;
const cpu0 = process.cpuUsage();
const start = performance.now();
const result = await brief([inputs], {
  db: join(dir, 'all.sqlite'),
  embeddings,
  ...(Number.isNaN(threads) ? {} : { threads }),
  collect: false,
  onBrief: (made) => {
    stories++;
    articles += made.articles.length;
  },
  onEmbed: (stats) => {
    embed = stats;
  },
});
const seconds = (performance.now() - start) / 1000;
readThreads();
const cpuUsed = process.cpuUsage(cpu0);
const cpu = (cpuUsed.user + cpuUsed.system) / 1e6;
clearInterval(sampler);
// The process's own peak (kilobytes) also counts reading the pool before the run: printed beside the sampled one.
const maxRss = process.resourceUsage().maxRSS * 1024;
console.log(
  `brief on ${limit === undefined ? 'all' : `${count} evenly sampled`} real documents (${embeddings ? 'with' : 'without'} embeddings): ${count} documents, ${result.read} read, ${result.failures.length} failed, ${stories} stories, ${articles} articles briefed; wall ${seconds.toFixed(1)} s (${(result.read / seconds).toFixed(1)} docs/s), CPU ${cpu.toFixed(1)} s (${(result.read / cpu).toFixed(1)} docs per CPU-second); peak RSS ${(peak / 1e6).toFixed(0)} MB during the run (${(peak / result.read / 1e3).toFixed(0)} KB a document; ${(rssBefore / 1e6).toFixed(0)} MB at its start, process maximum ${(maxRss / 1e6).toFixed(0)} MB with the pool read); load average at start ${load.toFixed(1)}`,
);
if (embed)
  console.log(
    `embedding: ${embed.asked} sentences (${embed.embedded} embedded, ${embed.cached} cached) in ${(embed.embedMs / 1000).toFixed(1)} s = ${embed.embedded ? (embed.embedMs / embed.embedded).toFixed(0) : '-'} ms a sentence, ${articles ? ((embed.embedMs / articles) * 1).toFixed(1) : '-'} ms an article briefed`,
  );
// The main thread's CPU bounds the wall time on an idle machine from below; the threads' share is what runs beside it.
if (threadCpu.size > 0) {
  const used = [...threadCpu].map(([tid, { name, seconds }]) => ({
    tid,
    name,
    seconds: seconds - (threadCpu0.get(tid) ?? 0),
  }));
  const main = used.find((thread) => thread.tid === String(process.pid))?.seconds ?? 0;
  // Worker threads, V8's GC and compile helpers and tsx's loader thread all show as "node": the largest are listed.
  const others = used.filter((thread) => thread.tid !== String(process.pid)).sort((a, b) => b.seconds - a.seconds);
  const rest = others.reduce((sum, thread) => sum + thread.seconds, 0);
  console.log(
    `CPU by thread: main ${main.toFixed(1)} s, the ${others.length} others ${rest.toFixed(1)} s (largest ${others
      .slice(0, 4)
      .map((thread) => thread.seconds.toFixed(1))
      .join(', ')} s)`,
  );
}
