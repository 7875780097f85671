/** Analysis throughput: extract + analyze over PolNeAR's plain-text articles, and growth on bad input. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze/analyze.js';
import { hashId } from '../src/core/ids.js';
import { extract } from '../src/extract/extract.js';
import { fixed, sampleRss, table, time } from './report.js';
import { DATA, loadPolnearTexts } from './shared-data.js';

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

/** Russian Telegram posts (another script), joined into one text. */
function russianText(): string {
  const dir = join(DATA, 'telegram-ru-news-posts', 'raw');
  const name = readdirSync(dir).sort()[0];
  if (name === undefined) return '';
  const posts = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { text?: unknown }[];
  return posts
    .map((p) => (typeof p.text === 'string' ? p.text : ''))
    .filter((t) => t !== '')
    .join('\n\n');
}

function msPerRun(text: string): number {
  const article = { id: 'bench', input: 'bench', title: '', text, cites: [], provenanceNotes: [] };
  return time(() => analyze(article)).ms;
}

/** Bad input at 1× and 4× size: the time ratio should stay near 4 (linear), never blow up. */
export function benchBadInput(): void {
  const texts = loadPolnearTexts();
  const polnear = texts.map((t) => t.text).join('\n\n');
  const quoted = texts.flatMap((t) => t.text.split('\n').filter((line) => /^\s*[“"]|^\s*''/.test(line))).join('\n\n');
  const unbalanced = polnear.replace(/[”]/g, '');
  const russian = russianText();
  const cases: [string, string][] = [
    ['PolNeAR articles concatenated', polnear],
    ['only the quote paragraphs', quoted],
    ['closing quote marks removed', unbalanced],
    ['Russian Telegram posts', russian],
  ];
  console.log('\n## Analysis on bad input: time at 1/4 and 4/4 of the text (a ratio near 4 is linear)\n');
  const rows: string[][] = [];
  for (const [label, full] of cases) {
    const quarter = full.slice(0, Math.floor(full.length / 4));
    const small = msPerRun(quarter);
    const large = msPerRun(full);
    const sentences = analyze({ id: 'b', input: 'b', title: '', text: full, cites: [], provenanceNotes: [] }).sentences
      .length;
    rows.push([
      label,
      String(full.length),
      String(sentences),
      fixed(small, 0),
      fixed(large, 0),
      fixed(large / small, 2),
    ]);
  }
  table(['input', 'chars', 'sentences', 'ms at 1/4', 'ms at 4/4', 'ratio'], rows);
}
