/** Analysis throughput: extract + analyze over PolNeAR's plain-text articles. */
import { analyze } from '../src/analyze/analyze.js';
import { hashId } from '../src/core/ids.js';
import { extract } from '../src/extract/extract.js';
import { fixed, sampleRss, table, time } from './report.js';
import { loadPolnearTexts } from './shared-data.js';

export function benchAnalysis(): void {
  const texts = loadPolnearTexts();
  let sentences = 0;
  let words = 0;
  let quotes = 0;
  const run = time(() => {
    for (const { name, text } of texts) {
      const outcome = extract({ id: hashId('d', text), input: name, format: 'text', content: text });
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
