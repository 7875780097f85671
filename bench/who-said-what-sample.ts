/**
 * The speaker test set's sample: the statements the brief prints for the first SAMPLE_TRIPLETS BASIL dev triplets
 * in the order of their triplet id's SHA-256 (no triplet picked by hand). `npm run bench --
 * who-said-what` checks them against bench/who-said-what-labels.json; `node --import tsx bench/who-said-what-sample.ts`
 * prints the sample with context, the way the labels were made (each speaker read in its article).
 */
import { createHash } from 'node:crypto';
import { mergeEntities } from '../src/analyze/merge-entities.js';
import { alignStatements } from '../src/compare/align-statements.js';
import type { AnalyzedArticle } from '../src/core/model.js';
import { loadBasilGold } from './clustering-data.js';
import { prepare } from './clustering.js';

/**
 * Triplets in the sample: the first five gave 247 renderings when labelled (the issue asks for at least 200 checked
 * quotes). The sample is fixed by triplets, not by a count of renderings: a change that prints fewer statements must
 * not pull an unlabelled triplet into the figure.
 */
export const SAMPLE_TRIPLETS = 5;

/**
 * Triplets added after a reader pass on a story none of the figures had seen (issue 12): the brief's who-said-what
 * read line by line against the articles found errors the sampled triplets did not show, so their printed statements
 * were labelled the same way and joined the set.
 */
export const READER_PASS_TRIPLETS = ['eadabee7-3db9-43c4-a485-3e8b1882cd3c', 'af4a3f41-eeb5-49fa-a276-e97c230b25f0'];

export interface PrintedRendering {
  triplet: string;
  /** BASIL article uuid with its outlet number ("…_2"), as in ../shared/data/basil/articles. */
  article: string;
  start: number;
  end: number;
  kind: string;
  speaker: string;
  text: string;
  /** The analyze reason on the quote, when it has one (reported content that is no statement). */
  reason?: string;
  /** The article's extracted text (offsets are UTF-16 into it). */
  articleText: string;
}

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Every rendering the brief's who-said-what prints for the sampled triplets, in sample order. */
export function printedRenderings(): PrintedRendering[] {
  const prepared = prepare(loadBasilGold());
  const triplets = new Map<string, AnalyzedArticle[]>();
  for (const item of prepared.items) {
    const key = prepared.gold.get(item.article.id);
    if (key === undefined) continue;
    if (!triplets.has(key)) triplets.set(key, []);
    triplets.get(key)!.push(item);
  }
  const out: PrintedRendering[] = [];
  const ordered = [...triplets.keys()].sort((a, b) => sha(a).localeCompare(sha(b)));
  const sampled = ordered.slice(0, SAMPLE_TRIPLETS);
  for (const triplet of [...sampled, ...READER_PASS_TRIPLETS.filter((t) => !sampled.includes(t))]) {
    const items = triplets.get(triplet)!;
    const byId = new Map(items.map((i) => [i.article.id, i.article]));
    const reasons = new Map<string, string>();
    for (const { analysis } of items)
      for (const q of analysis.quotes)
        if (q.reason !== undefined) reasons.set(`${q.text.articleId} ${q.text.start} ${q.text.end}`, q.reason);
    const statements = alignStatements(items, mergeEntities(items.map((i) => i.analysis)));
    for (const statement of statements) {
      for (const quote of statement.quotes) {
        const article = byId.get(quote.span.articleId);
        if (article === undefined) continue;
        const reason = reasons.get(`${quote.span.articleId} ${quote.span.start} ${quote.span.end}`);
        out.push({
          ...(reason === undefined ? {} : { reason }),
          triplet,
          article: basilArticleName(article.input),
          start: quote.span.start,
          end: quote.span.end,
          kind: statement.kind,
          speaker: statement.speaker,
          text: quote.text,
          articleText: article.text,
        });
      }
    }
  }
  return out;
}

/** "basil/2019/70c7…_2.json" → "70c7…_2". */
function basilArticleName(input: string): string {
  return input.replace(/^.*\//, '').replace(/\.json$/, '');
}

if (process.argv[1]?.endsWith('who-said-what-sample.ts')) {
  // An optional argument keeps the triplets whose id starts with it.
  const only = process.argv[2] ?? '';
  for (const [i, r] of printedRenderings().entries()) {
    if (!r.triplet.startsWith(only)) continue;
    const before = r.articleText.slice(Math.max(0, r.start - 260), r.start).replace(/\s+/g, ' ');
    const after = r.articleText.slice(r.end, r.end + 80).replace(/\s+/g, ' ');
    console.log(
      `#${i} ${r.article} ${r.start}-${r.end} ${r.kind} [${r.speaker}]\n   …${before}⟦${r.text.replace(/\s+/g, ' ')}⟧${after}…\n`,
    );
  }
}
