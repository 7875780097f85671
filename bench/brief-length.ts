/**
 * Length and redundancy of the Markdown brief (issue 13) on every NeuS test story (three excerpts each), every
 * BASIL triplet (three full articles) and the seed story: words of the
 * reading part (headline to synthesis; goal ≤ 600), whole brief against its sources' words (goal ≤ 40%, ≤ 2,500
 * words), bullets over 25 words, and the share of quick-look pairs, and of synthesis sentences against the quick
 * look, that state the same fact (by sameFact, the one judge the composer uses). Run:
 * node --import tsx bench/brief-length.ts, or `npm run bench -- brief-length`.
 */
import { brief } from '../src/api/brief.js';
import { sameFact } from '../src/compose/same-fact.js';
import { BRIEF_MAX_SOURCE_SHARE, BRIEF_MAX_WORDS, BULLET_MAX_WORDS, READING_MAX_WORDS } from '../src/core/config.js';
import type { Brief } from '../src/core/model.js';
import { toMarkdown } from '../src/render/to-markdown.js';
import { seedPaths } from '../test/helpers/shared.js';
import { analyze } from '../src/analyze/analyze.js';
import { briefStory } from '../src/api/brief.js';
import { cluster } from '../src/cluster/cluster.js';
import type { AnalyzedArticle } from '../src/core/model.js';
import { extract } from '../src/extract/extract.js';
import { loadBasil } from './clustering-data.js';
import { loadNeusTest } from './neus-data.js';
import { fixed, table } from './report.js';
import { briefNeusStory } from './summary.js';

interface Measures {
  readingWords: number;
  briefWords: number;
  sourceWords: number;
  bullets: number;
  longBullets: number;
  pairs: number;
  samePairs: number;
  synthesis: number;
  synthesisRepeats: number;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** One brief measured as its Markdown reads. */
export function measureBrief(story: Brief): Measures {
  const md = toMarkdown({ version: 1, stories: [story] });
  const reading = md.slice(0, md.indexOf('\n## Who said what'));
  const bullets = story.quickLook.map((item) => item.text);
  let pairs = 0;
  let samePairs = 0;
  for (let i = 0; i < bullets.length; i++)
    for (let j = i + 1; j < bullets.length; j++) {
      pairs++;
      if (sameFact(bullets[i]!, bullets[j]!)) samePairs++;
    }
  return {
    readingWords: words(reading),
    briefWords: words(md),
    sourceWords: story.articles.reduce((sum, a) => sum + words(a.text), 0),
    bullets: bullets.length,
    longBullets: bullets.filter((b) => words(b) > BULLET_MAX_WORDS).length,
    pairs,
    samePairs,
    synthesis: story.synthesis.length,
    synthesisRepeats: story.synthesis.filter((s) => bullets.some((b) => b === s.text || sameFact(b, s.text))).length,
  };
}

function row(name: string, all: Measures[]): string[] {
  const sum = (f: (m: Measures) => number) => all.reduce((s, m) => s + f(m), 0);
  const budget = (m: Measures) => Math.min(BRIEF_MAX_WORDS, BRIEF_MAX_SOURCE_SHARE * m.sourceWords);
  return [
    name,
    String(all.length),
    fixed(sum((m) => m.readingWords) / all.length, 0),
    String(Math.max(...all.map((m) => m.readingWords))),
    String(all.filter((m) => m.readingWords > READING_MAX_WORDS).length),
    fixed((100 * sum((m) => m.briefWords)) / sum((m) => m.sourceWords), 0),
    String(all.filter((m) => m.briefWords > budget(m)).length),
    `${sum((m) => m.longBullets)}/${sum((m) => m.bullets)}`,
    `${sum((m) => m.samePairs)}/${sum((m) => m.pairs)}`,
    `${sum((m) => m.synthesisRepeats)}/${sum((m) => m.synthesis)}`,
  ];
}

/** Each BASIL triplet (full articles from three outlets) as one story, grouped by its gold triplet. */
function basilBriefs(): Brief[] {
  const triplets = new Map<string, AnalyzedArticle[]>();
  for (const { file, document } of loadBasil()) {
    const outcome = extract({ ...document, story: file['triplet-uuid'] });
    if (!outcome.ok) continue;
    const items = triplets.get(file['triplet-uuid']) ?? [];
    items.push({ article: outcome.value, analysis: analyze(outcome.value) });
    triplets.set(file['triplet-uuid'], items);
  }
  return [...triplets.values()].flatMap((items) => {
    const [grouped] = cluster(items);
    return grouped ? [briefStory(grouped, items)] : [];
  });
}

export async function benchBriefLength(): Promise<void> {
  const neus = loadNeusTest()
    .map((story) => briefNeusStory(story))
    .filter((b): b is Brief => b !== undefined)
    .map(measureBrief);
  const basil = basilBriefs().map(measureBrief);
  const seeds = (await brief(seedPaths(), { db: ':memory:' })).briefs.stories.map(measureBrief);
  console.log('\n## Brief length and redundancy (Markdown; issue 13)\n');
  table(
    [
      'stories',
      'n',
      'reading words (mean)',
      'max',
      '> 600',
      'brief / sources %',
      'over budget',
      'bullets > 25 words',
      'same-fact bullet pairs',
      'synthesis repeating quick look',
    ],
    [row('NeuS test (dev)', neus), row('BASIL triplets', basil), row('seeds', seeds)],
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchBriefLength();
