/**
 * The whole job on every real document in ../shared/data (the clustering bench's pool: BASIL, NeuS, UCI, AllSides,
 * Telegram, the extraction sets and the seeds), written as one JSONL of document objects and briefed in one run,
 * with sentence embeddings (default) or without (--no-embeddings): wall time, embedding cost, peak memory.
 * Run: node --import tsx bench/brief-all.ts [--no-embeddings]
 */
import { join } from 'node:path';
import { brief } from '../src/api/brief.js';
import type { EmbedStats } from '../src/embed/embed-texts.js';
import { SEEDS_DIR, tempDir } from '../test/helpers/shared.js';
import { loadEveryDocument } from './clustering-data.js';
import { writeDocumentFiles } from './document-files.js';

const embeddings = !process.argv.includes('--no-embeddings');
const documents = loadEveryDocument(SEEDS_DIR);
const dir = tempDir('brief-all');
const inputs = writeDocumentFiles(
  documents.map(({ document }) => document),
  join(dir, 'inputs'),
);
let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 200);
let embed: EmbedStats | undefined;
const start = performance.now();
const result = await brief([inputs], {
  db: join(dir, 'all.sqlite'),
  embeddings,
  onEmbed: (stats) => {
    embed = stats;
  },
});
const seconds = (performance.now() - start) / 1000;
clearInterval(sampler);
const articles = result.briefs.stories.reduce((sum, story) => sum + story.articles.length, 0);
console.log(
  `brief on all real documents (${embeddings ? 'with' : 'without'} embeddings): ${documents.length} documents, ${result.read} read, ${result.failures.length} failed, ${result.briefs.stories.length} stories, ${articles} articles briefed; wall ${seconds.toFixed(1)} s; peak RSS ${(peak / 1e6).toFixed(0)} MB`,
);
if (embed)
  console.log(
    `embedding: ${embed.asked} sentences (${embed.embedded} embedded, ${embed.cached} cached) in ${(embed.embedMs / 1000).toFixed(1)} s = ${embed.embedded ? (embed.embedMs / embed.embedded).toFixed(0) : '-'} ms a sentence, ${articles ? ((embed.embedMs / articles) * 1).toFixed(1) : '-'} ms an article briefed`,
  );
