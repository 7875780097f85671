/**
 * Development aid, not a bench section: lists the speaker errors on matched PolNeAR attributions of one half
 * (`node --import tsx bench/polnear-speaker-errors.ts even`), one line each, for grouping errors into classes.
 */
import { analyze } from '../src/analyze/analyze.js';
import { articleOf, halfOf, predictedOf } from './polnear.js';
import { loadPolnear } from './polnear-data.js';
import { mostOverlapping, normalise, speakerVerdict } from './polnear-metric.js';

const half = process.argv[2] === 'odd' ? 'odd' : 'even';
const flat = (s: string): string => s.replace(/\s+/g, ' ');
let base = 0;
let wrong = 0;
for (const item of loadPolnear()) {
  if (halfOf(item.name) !== half) continue;
  const quotes = analyze(articleOf(item)).quotes;
  const predicted = predictedOf(quotes);
  const predParts = predicted.map((p) => normalise(item.text, p.content));
  for (const gold of item.attributions) {
    const parts = gold.content.map((s) => normalise(item.text, s)).filter((s) => s.end > s.start);
    const sources = gold.source.map((s) => normalise(item.text, s));
    if (parts.length === 0 || sources.length === 0) continue;
    const best = mostOverlapping(parts, predParts);
    if (best < 0) continue;
    base += 1;
    const p = predicted[best]!;
    if (speakerVerdict(item.text, sources, p) !== 'wrong') continue;
    wrong += 1;
    const q = quotes.find((x) => x.text.start === p.content.start && x.text.end === p.content.end);
    const goldSource = sources.map((s) => item.text.slice(s.start, s.end)).join(' … ');
    const ours = p.source === undefined ? '∅' : item.text.slice(p.source.start, p.source.end);
    const cue = q?.cue === undefined ? '∅' : item.text.slice(q.cue.start, q.cue.end);
    const goldCue = gold.cue.map((s) => item.text.slice(s.start, s.end)).join(' … ');
    const from = Math.max(0, Math.min(sources[0]!.start, p.content.start, parts[0]!.start) - 60);
    const to = Math.min(item.text.length, Math.max(sources[0]!.end, parts[0]!.end) + 20);
    console.log(
      [
        `${q?.kind ?? '?'}`,
        `gold=[${flat(goldSource)}] cue=[${flat(goldCue)}]`,
        `ours=[${flat(ours)}] name=[${p.speakerName ?? '∅'}] cue=[${flat(cue)}]`,
        `ctx=${flat(item.text.slice(from, to)).slice(0, 400)}`,
      ].join('\t'),
    );
  }
}
console.error(`${half}: ${wrong} wrong of ${base} (${((100 * (base - wrong)) / base).toFixed(1)}% overlap accuracy)`);
