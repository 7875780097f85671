/** `npm run bench`: speed and quality on the real data in ../shared, printed beside the peers' published figures. */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { analyze } from '../src/analyze/analyze.js';
import { brief } from '../src/api/brief.js';
import { hashId } from '../src/core/ids.js';
import type { Document } from '../src/core/model.js';
import { extract } from '../src/extract/extract.js';
import { seedPaths } from '../test/helpers/shared.js';
import { scoreAeb } from './aeb-metric.js';
import { loadAeb, loadAebBaselines, loadPolnearTexts } from './shared-data.js';

const fixed = (x: number, digits = 3) => x.toFixed(digits);
let peakRss = process.memoryUsage().rss;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

function time<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

function doc(format: 'html' | 'text', content: string, input: string): Document {
  return { id: hashId('d', format, content), input, format, content };
}

function benchExtraction(): void {
  const pages = loadAeb();
  const ours = time(() =>
    pages.map((page) => {
      const outcome = extract(doc('html', page.html, page.id));
      sampleRss();
      return { gold: page.gold, predicted: outcome.ok ? outcome.value.text : '' };
    }),
  );
  const readability = time(() =>
    pages.map((page) => {
      const { document } = parseHTML(page.html);
      const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
      return { gold: page.gold, predicted: parsed?.textContent ?? '' };
    }),
  );
  const rows: string[][] = [];
  const oursScore = scoreAeb(ours.value);
  const readabilityScore = scoreAeb(readability.value);
  rows.push([
    'triangulate (this run)',
    fixed(oursScore.f1),
    fixed(oursScore.precision),
    fixed(oursScore.recall),
    fixed(oursScore.accuracy),
    fixed((pages.length / ours.ms) * 1000, 0),
  ]);
  rows.push([
    'Readability.js 0.6.0 on linkedom (this run)',
    fixed(readabilityScore.f1),
    fixed(readabilityScore.precision),
    fixed(readabilityScore.recall),
    fixed(readabilityScore.accuracy),
    fixed((pages.length / readability.ms) * 1000, 0),
  ]);
  for (const baseline of loadAebBaselines()) {
    const score = scoreAeb(
      pages.map((page) => ({ gold: page.gold, predicted: baseline.output[page.id]?.articleBody ?? '' })),
    );
    rows.push([
      `${baseline.system} ${baseline.version} (published output, this split)`,
      fixed(score.f1),
      fixed(score.precision),
      fixed(score.recall),
      fixed(score.accuracy),
      '',
    ]);
  }
  console.log(`\n## Extraction: article-extraction benchmark (../shared/data/aeb, ${pages.length} pages)\n`);
  console.log(
    'Published (full 181 pages): rs_trafilatura 0.970, AutoExtract 0.970, trafilatura 2.0.0 0.958, Readability.js 0.947.\n',
  );
  table(['system', 'F1', 'P', 'R', 'exact', 'pages/s'], rows);
}

function benchAnalysis(): void {
  const texts = loadPolnearTexts();
  let sentences = 0;
  let words = 0;
  let quotes = 0;
  const run = time(() => {
    for (const { name, text } of texts) {
      const outcome = extract(doc('text', text, name));
      if (!outcome.ok) continue;
      const analysis = analyze(outcome.value);
      sentences += analysis.sentences.length;
      quotes += analysis.quotes.length;
      words += outcome.value.text.split(/\s+/).length;
      sampleRss();
    }
  });
  console.log(`\n## Analysis throughput (extract + analyze, ../shared/data/polnear/text, ${texts.length} articles)\n`);
  console.log(
    'Reference: wink-nlp alone tokenises ~480k tokens/s on this machine (shared/notes/dependency-trial.md).\n',
  );
  const seconds = run.ms / 1000;
  table(
    ['articles/s', 'sentences/s', 'words/s', 'quotes found'],
    [[fixed(texts.length / seconds, 0), fixed(sentences / seconds, 0), fixed(words / seconds, 0), String(quotes)]],
  );
}

async function benchBrief(): Promise<void> {
  const start = performance.now();
  const result = await brief(seedPaths(), { db: ':memory:' });
  const ms = performance.now() - start;
  sampleRss();
  const story = result.briefs.stories[0];
  console.log('\n## Brief on the five seed pages (ingest → brief, in-memory SQLite)\n');
  table(
    ['ms', 'stories', 'quick look', 'synthesis', 'statements', 'single-source'],
    [
      [
        fixed(ms, 0),
        String(result.briefs.stories.length),
        String(story?.quickLook.length ?? 0),
        String(story?.synthesis.length ?? 0),
        String(story?.statements.length ?? 0),
        String(story?.singleSource.length ?? 0),
      ],
    ],
  );
}

function table(header: string[], rows: string[][]): void {
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

console.log(`# triangulate bench — node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
benchExtraction();
benchAnalysis();
await benchBrief();
console.log(`\nPeak RSS: ${fixed(peakRss / 1024 / 1024, 0)} MB`);
