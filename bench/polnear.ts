/** Quote attribution on PolNeAR: direct quotes, speakers and all attributions, beside Citron's PARC 3.0 figures. */
import { analyze } from '../src/analyze/analyze.js';
import { hashId } from '../src/core/ids.js';
import type { Article, Quote } from '../src/core/model.js';
import { loadPolnear, type PolnearArticle } from './polnear-data.js';
import { type AttributionScore, emptyScore, type Predicted, prf, scoreArticle } from './polnear-metric.js';
import { type Half, hashHalf32 } from './hash-half.js';
import { fixed, sampleRss, table, time } from './report.js';

/**
 * The raw PolNeAR text as an Article, so quote offsets are the gold offsets (extract would drop the title
 * line and re-flow the text; the analysis is the same stage either way).
 * @example articleOf(loadPolnear()[0]!).text.length > 0 // → true
 */
export function articleOf(item: PolnearArticle): Article {
  return { id: hashId('a', item.name), input: item.name, title: '', text: item.text, cites: [], provenanceNotes: [] };
}

/** Our quotes as scored attributions: direct ones always, partial ones when attributed, reported ones. */
export function predictedOf(quotes: Quote[]): Predicted[] {
  return quotes
    .filter((q) => q.kind !== 'scare' && (q.kind !== 'partial' || q.speaker !== undefined))
    .map((q) => {
      const p: Predicted = { content: { start: q.text.start, end: q.text.end }, quoted: q.kind !== 'reported' };
      if (q.speaker?.mention !== undefined) p.source = { start: q.speaker.mention.start, end: q.speaker.mention.end };
      if (q.speaker !== undefined) p.speakerName = q.speaker.name;
      return p;
    });
}

/** Development half of an article (its name's SHA-256 is even) or check half: rules are tuned on one, confirmed on the other. */
export function halfOf(name: string): Half {
  return hashHalf32(name);
}

export interface PolnearScores {
  direct: AttributionScore;
  all: AttributionScore;
  /** All attributions scored per half (see halfOf). */
  halves: Record<'even' | 'odd', AttributionScore>;
  articles: number;
  attributions: number;
  ms: number;
}

/** Runs the analysis over every article and scores it. */
export function scorePolnear(items: PolnearArticle[] = loadPolnear()): PolnearScores {
  const direct = emptyScore();
  const all = emptyScore();
  const halves = { even: emptyScore(), odd: emptyScore() };
  let attributions = 0;
  const run = time(() => {
    for (const item of items) {
      const predicted = predictedOf(analyze(articleOf(item)).quotes);
      const goldDirect = item.attributions.filter((a) => a.direct);
      const goldOther = item.attributions.filter((a) => !a.direct);
      attributions += item.attributions.length;
      scoreArticle(
        item.text,
        goldDirect,
        goldOther,
        predicted.filter((p) => p.quoted),
        direct,
      );
      scoreArticle(item.text, item.attributions, [], predicted, all);
      scoreArticle(item.text, item.attributions, [], predicted, halves[halfOf(item.name)]);
      sampleRss();
    }
  });
  return { direct, all, halves, articles: items.length, attributions, ms: run.ms };
}

export function benchPolnear(): void {
  const s = scorePolnear();
  const d = prf(s.direct.overlap);
  const dx = prf(s.direct.exact);
  const a = prf(s.all.overlap);
  const ax = prf(s.all.exact);
  const pct = (x: number): string => fixed(x * 100, 1);
  const acc = (n: number, base: number): string => (base === 0 ? '–' : pct(n / base));
  console.log(
    `\n## Quote attribution on PolNeAR (../shared/data/polnear, ${s.articles} articles, ${s.attributions} gold attributions, first annotator)\n`,
  );
  console.log(
    'Analysed on the raw text/*.txt (not through extract) so offsets are the gold ones. Direct = gold Content opening with a quote mark;',
  );
  console.log(
    'ours = direct quotes + attributed partial quotes (a quoted piece inside a gold indirect Content is neither hit nor miss).',
  );
  console.log(
    'Overlap = any shared character after trimming quote marks/punctuation; exact = same trimmed span (split quotes: every piece).',
  );
  console.log(
    'Speaker accuracy: on gold quotes we matched that have a Source span; exact = our speaker words are the Source span.\n',
  );
  table(
    ['measure', 'P', 'R', 'F1', 'speaker acc. exact', 'speaker acc. overlap', 'goal'],
    [
      [
        'direct quotes, overlap',
        pct(d.p),
        pct(d.r),
        pct(d.f1),
        acc(s.direct.speakerExact, s.direct.speakerBase),
        acc(s.direct.speakerOverlap, s.direct.speakerBase),
        'F1 ≥ 90, speaker ≥ 85',
      ],
      ['direct quotes, exact', pct(dx.p), pct(dx.r), pct(dx.f1), '', '', ''],
      [
        'all attributions, overlap',
        pct(a.p),
        pct(a.r),
        pct(a.f1),
        acc(s.all.speakerExact, s.all.speakerBase),
        acc(s.all.speakerOverlap, s.all.speakerBase),
        'F1 ≥ 80',
      ],
      ['all attributions, exact', pct(ax.p), pct(ax.r), pct(ax.f1), '', '', ''],
    ],
  );
  console.log(
    '\nAll attributions (overlap) by article-name hash half: even = where rules were developed, odd = check.',
  );
  table(
    ['half', 'P', 'R', 'F1', 'speaker acc. exact', 'speaker acc. overlap'],
    (['even', 'odd'] as const).map((h) => {
      const half = s.halves[h];
      const x = prf(half.overlap);
      return [
        h,
        pct(x.p),
        pct(x.r),
        pct(x.f1),
        acc(half.speakerExact, half.speakerBase),
        acc(half.speakerOverlap, half.speakerBase),
      ];
    }),
  );
  console.log(
    '\nFor orientation only — a different corpus (PARC 3.0 test, Wall Street Journal) and F1 rather than accuracy:',
  );
  table(
    ['system', 'source F1 exact', 'source F1 overlap', 'content F1 exact', 'content F1 overlap'],
    [['BBC Citron (published, PARC 3.0)', '82.0', '85.3', '59.3', '83.3']],
  );
  console.log(`\n${s.articles} articles analysed and scored in ${fixed(s.ms / 1000, 1)} s.`);
}
