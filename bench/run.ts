/** `npm run bench`: speed and quality on the real data in ../shared, printed beside the peers' published figures. */
import { benchAnalysis } from './analysis.js';
import { benchBrief } from './brief.js';
import { benchExtraction } from './extraction.js';
import { fixed, peakRssMb } from './report.js';

// `npm run bench -- extraction brief` runs only the named sections.
const sections: Record<string, () => void | Promise<void>> = {
  extraction: benchExtraction,
  analysis: benchAnalysis,
  brief: benchBrief,
};
const wanted = process.argv.slice(2);
console.log(`# triangulate bench — node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
for (const [name, run] of Object.entries(sections)) {
  if (wanted.length === 0 || wanted.includes(name)) await run();
}
console.log(`\nPeak RSS: ${fixed(peakRssMb(), 0)} MB`);
