/** `npm run bench`: speed and quality on the real data in ../shared, printed beside the peers' published figures. */
import { benchAnalysis, benchBadInput } from './analysis.js';
import { benchBrief } from './brief.js';
import { benchBriefLength } from './brief-length.js';
import { benchClustering } from './clustering.js';
import { benchEntities } from './entities.js';
import { benchExtraction } from './extraction.js';
import { benchFraming } from './framing.js';
import { benchPolnear } from './polnear.js';
import { fixed, peakRssMb } from './report.js';
import { benchServeLoad } from './serve-load.js';
import { benchStartup } from './startup.js';
import { benchSummary } from './summary.js';
import { benchTrafilaturaEval } from './trafilatura-eval.js';
import { benchWhoSaidWhat, benchWhoSaidWhatLabelled } from './who-said-what.js';
import { benchWorker } from './worker.js';
import { benchWorkerFaults } from './worker-faults.js';

// `npm run bench -- extraction brief` runs only the named sections.
const sections: Record<string, () => void | Promise<void>> = {
  startup: benchStartup,
  extraction: benchExtraction,
  'trafilatura-eval': benchTrafilaturaEval,
  analysis: benchAnalysis,
  'bad-input': benchBadInput,
  polnear: benchPolnear,
  'who-said-what': benchWhoSaidWhat,
  'who-said-what-labelled': benchWhoSaidWhatLabelled,
  entities: benchEntities,
  brief: benchBrief,
  'brief-length': benchBriefLength,
  clustering: benchClustering,
  framing: benchFraming,
  summary: benchSummary,
  serve: benchServeLoad,
  // Need PostgreSQL (TRIANGULATE_TEST_PG) and a built dist/.
  worker: () => benchWorker(),
  'worker-faults': () => benchWorkerFaults(),
};
/**
 * Sections that run only when named: the serve bench builds a 10,000-document store first (tens of minutes); the
 * worker benches need PostgreSQL and run thousands of documents through worker processes.
 */
const ONLY_WHEN_NAMED = new Set(['serve', 'worker', 'worker-faults']);
const wanted = process.argv.slice(2);
console.log(`# triangulate bench — node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
for (const [name, run] of Object.entries(sections)) {
  if (wanted.includes(name) || (wanted.length === 0 && !ONLY_WHEN_NAMED.has(name))) await run();
}
console.log(`\nPeak RSS: ${fixed(peakRssMb(), 0)} MB`);
