/** Extraction on trafilatura's multilingual evaluation pages: snippet F1 and title/author/date accuracy, beside trafilatura's published figure. */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { hashId } from '../src/core/ids.js';
import type { Article } from '../src/core/model.js';
import { extract } from '../src/extract/extract.js';
import { decodeHtml } from '../src/ingest/decode-html.js';
import { fixed, sampleRss, table, time } from './report.js';
import { loadTrafilaturaEval, type TrafilaturaEvalDoc } from './shared-data.js';
import { scoreSnippets } from './trafilatura-metric.js';

/** Our extraction of every page (undefined where it was rejected), in data set order. */
export function extractTrafilaturaEval(docs: TrafilaturaEvalDoc[]): (Article | undefined)[] {
  return docs.map((doc) => {
    const html = decodeHtml(doc.bytes);
    sampleRss();
    if (!html.ok) return undefined;
    const outcome = extract({ id: hashId('d', doc.id), input: doc.id, format: 'html', content: html.value });
    return outcome.ok ? outcome.value : undefined;
  });
}

const normal = (text: string | string[] | undefined): string =>
  (Array.isArray(text) ? text.join(' ') : (text ?? ''))
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();

/** Share of documents with a non-empty gold value whose extracted value matches it (normalised, exact). */
export function metadataAccuracy(
  docs: TrafilaturaEvalDoc[],
  articles: (Article | undefined)[],
): { title: number; author: number; date: number; counts: [number, number, number] } {
  const hits = { title: 0, author: 0, date: 0 };
  const totals = { title: 0, author: 0, date: 0 };
  docs.forEach((doc, i) => {
    const article = articles[i];
    if (doc.title) {
      totals.title++;
      if (normal(article?.title) === normal(doc.title)) hits.title++;
    }
    if (doc.author?.length) {
      totals.author++;
      if (normal(article?.author) === normal(doc.author)) hits.author++;
    }
    if (doc.date) {
      totals.date++;
      if (article?.publishedAt?.slice(0, 10) === doc.date) hits.date++;
    }
  });
  const share = (key: keyof typeof hits) => (totals[key] === 0 ? 0 : hits[key] / totals[key]);
  return {
    title: share('title'),
    author: share('author'),
    date: share('date'),
    counts: [totals.title, totals.author, totals.date],
  };
}

/** Readability.js on linkedom over the same pages, decoded the same way. */
function readabilityTexts(docs: TrafilaturaEvalDoc[]): string[] {
  return docs.map((doc) => {
    const html = decodeHtml(doc.bytes);
    if (!html.ok) return '';
    try {
      const { document } = parseHTML(html.value);
      return new Readability(document as never).parse()?.textContent ?? '';
    } catch {
      return '';
    }
  });
}

export function benchTrafilaturaEval(): void {
  const docs = loadTrafilaturaEval();
  // Both are warmed up on the first pages so that neither pays the JIT's start-up in its timing.
  extractTrafilaturaEval(docs.slice(0, 20));
  readabilityTexts(docs.slice(0, 20));
  const ours = time(() => extractTrafilaturaEval(docs));
  const readability = time(() => readabilityTexts(docs));
  const row = (name: string, texts: string[], ms: number) => {
    const score = scoreSnippets(
      docs.map((doc, i) => ({ predicted: texts[i] ?? '', with: doc.with, without: doc.without })),
    );
    return [
      name,
      fixed(score.f1),
      fixed(score.precision),
      fixed(score.recall),
      fixed(score.accuracy),
      fixed((docs.length / ms) * 1000, 0),
    ];
  };
  console.log(`\n## Extraction: trafilatura evaluation set (../shared/data/trafilatura-eval, ${docs.length} pages)\n`);
  console.log(
    'Published (all 990 docs): trafilatura 2.2.0 F1 0.924 (P 0.906, R 0.943, acc 0.923); readability-lxml 0.826.\n',
  );
  table(
    ['system', 'F1', 'P', 'R', 'acc', 'pages/s'],
    [
      row(
        'triangulate (this run)',
        ours.value.map((article) => article?.text ?? ''),
        ours.ms,
      ),
      row('Readability.js 0.6.0 on linkedom (this run)', readability.value, readability.ms),
    ],
  );
  const meta = metadataAccuracy(docs, ours.value);
  console.log(
    `\nMetadata accuracy on the gold (normalised exact match): title ${fixed(meta.title)} (${meta.counts[0]} docs), author ${fixed(meta.author)} (${meta.counts[1]}), date ${fixed(meta.date)} (${meta.counts[2]}).`,
  );
}
