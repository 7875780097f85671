/** Extraction quality and speed on the article-extraction benchmark, beside Readability and the published outputs. */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { hashId } from '../src/core/ids.js';
import type { Document } from '../src/core/model.js';
import { extract } from '../src/extract/extract.js';
import { scoreAeb } from './aeb-metric.js';
import { fixed, peakRssMb, sampleRss, table, time } from './report.js';
import { type AebPage, loadAeb, loadAebBaselines } from './shared-data.js';

/** The pages as input documents, built before timing: hashing each page for its id is not extraction work. */
function asDocuments(pages: AebPage[]): Document[] {
  return pages.map((page) => ({ id: hashId('d', page.html), input: page.id, format: 'html', content: page.html }));
}

function runOurs(pages: AebPage[], docs: Document[]): { gold: string; predicted: string }[] {
  return pages.map((page, i) => {
    const outcome = extract(docs[i]!);
    sampleRss();
    return { gold: page.gold, predicted: outcome.ok ? outcome.value.text : '' };
  });
}

function runReadability(pages: AebPage[]): { gold: string; predicted: string }[] {
  return pages.map((page) => {
    const { document } = parseHTML(page.html);
    const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    return { gold: page.gold, predicted: parsed?.textContent ?? '' };
  });
}

export function benchExtraction(): void {
  const pages = loadAeb();
  const docs = asDocuments(pages);
  // Both are warmed up on the first pages so that neither pays the JIT's start-up in its timing.
  runOurs(pages.slice(0, 20), docs);
  runReadability(pages.slice(0, 20));
  const ours = time(() => runOurs(pages, docs));
  const readability = time(() => runReadability(pages));
  const row = (name: string, pairs: { gold: string; predicted: string }[], ms?: number) => {
    const score = scoreAeb(pairs);
    return [
      name,
      fixed(score.f1),
      fixed(score.precision),
      fixed(score.recall),
      fixed(score.accuracy),
      ms === undefined ? '' : fixed((pages.length / ms) * 1000, 0),
    ];
  };
  const rows = [
    row('triangulate (this run)', ours.value, ours.ms),
    row('Readability.js 0.6.0 on linkedom (this run)', readability.value, readability.ms),
  ];
  for (const baseline of loadAebBaselines()) {
    const pairs = pages.map((page) => ({ gold: page.gold, predicted: baseline.output[page.id]?.articleBody ?? '' }));
    rows.push(row(`${baseline.system} ${baseline.version} (published output, this split)`, pairs));
  }
  console.log(`\n## Extraction: article-extraction benchmark (../shared/data/aeb, ${pages.length} pages)\n`);
  console.log(
    'Published (full 181 pages): rs_trafilatura 0.970, AutoExtract 0.970, trafilatura 2.0.0 0.958, Readability.js 0.947.\n',
  );
  table(['system', 'F1', 'P', 'R', 'exact', 'pages/s'], rows);
  console.log(`\nPeak RSS during extraction: ${fixed(peakRssMb(), 0)} MB (all ${pages.length} pages held in memory).`);
}
