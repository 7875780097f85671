/** `npm run eval`: the extraction quality gate. Fails when F1 falls under a pinned floor; floors are only ever raised. */
import { hashId } from '../src/core/ids.js';
import { extract } from '../src/extract/extract.js';
import { scoreAeb } from './aeb-metric.js';
import { fixed } from './report.js';
import { loadAeb, loadTrafilaturaEval } from './shared-data.js';
import { extractTrafilaturaEval, metadataAccuracy } from './trafilatura-eval.js';
import { scoreSnippets } from './trafilatura-metric.js';

/** Pinned a little under the figures reached (aeb 0.971, trafilatura-eval 0.926 on 2026-11-21; trafilatura-eval title
 *  and author accuracy 0.804 / 0.617 on 2026-12-04), so noise does not fail CI. */
const FLOORS = { aeb: 0.968, trafilaturaEval: 0.93, title: 0.8, author: 0.6 } as const;

function aebF1(): number {
  const pairs = loadAeb().map((page) => {
    const outcome = extract({ id: hashId('d', page.html), input: page.id, format: 'html', content: page.html });
    return { gold: page.gold, predicted: outcome.ok ? outcome.value.text : '' };
  });
  return scoreAeb(pairs).f1;
}

function trafilaturaEval(): { f1: number; title: number; author: number } {
  const docs = loadTrafilaturaEval();
  const articles = extractTrafilaturaEval(docs);
  const { f1 } = scoreSnippets(
    docs.map((doc, i) => ({ predicted: articles[i]?.text ?? '', with: doc.with, without: doc.without })),
  );
  const { title, author } = metadataAccuracy(docs, articles);
  return { f1, title, author };
}

const trafilatura = trafilaturaEval();
const results = [
  { name: 'aeb F1', value: aebF1(), floor: FLOORS.aeb },
  { name: 'trafilatura-eval F1', value: trafilatura.f1, floor: FLOORS.trafilaturaEval },
  { name: 'trafilatura-eval title accuracy', value: trafilatura.title, floor: FLOORS.title },
  { name: 'trafilatura-eval author accuracy', value: trafilatura.author, floor: FLOORS.author },
];
let failed = false;
for (const { name, value, floor } of results) {
  const ok = value >= floor;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} ${fixed(value)} (floor ${fixed(floor)})`);
}
if (failed) process.exit(1);
