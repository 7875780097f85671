/**
 * Length and redundancy of the Markdown brief (issue 13) on every NeuS test story (three excerpts each), every
 * BASIL triplet (three full articles) and the seed story: words of the
 * reading part (headline to synthesis; goal ≤ 600), whole brief against its sources' words (goal ≤ 40%, ≤ 2,500
 * words), bullets over 25 words, and the share of quick-look pairs, and of synthesis sentences against the quick
 * look, that state the same fact: by sameFact (the word judge the composer uses) and by the meaning layer
 * (factRelation on USE-lite sentence vectors: 'same', and 'same' or 'likely'). Run:
 * node --import tsx bench/brief-length.ts, or `npm run bench -- brief-length`.
 */
import { brief } from '../src/api/brief.js';
import { factRelation } from '../src/compare/same-fact.js';
import { repeatsVerbatim, restatesHeadline } from '../src/compose/keep-headline-apart.js';
import { sameFact } from '../src/compose/same-fact.js';
import {
  BRIEF_MAX_SOURCE_SHARE,
  BRIEF_MAX_WORDS,
  BULLET_MAX_WORDS,
  HEADLINE_MAX_WORDS,
  READING_MAX_WORDS,
} from '../src/core/config.js';
import type { Brief } from '../src/core/model.js';
import { NO_VECTORS, type TextVectors, textKey } from '../src/core/vectors.js';
import { createUseLiteEmbedder } from '../src/embed/use-lite.js';
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
  /** Pairs the meaning layer finds the same fact, and the same or likely the same. */
  meaningSamePairs: number;
  meaningLikelyPairs: number;
  synthesis: number;
  synthesisRepeats: number;
  /** A bullet restates the brief's own headline (restatesHeadline: the headline and at most a few words more). */
  headlineRepeats: number;
  /** The headline is a run of a bullet's words or the reverse (its short form counts; case and punctuation aside). */
  headlineContained: number;
  /** Words of the brief's own headline (0 without one). */
  headlineWords: number;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** One brief measured as its Markdown reads. */
export function measureBrief(story: Brief, vectors: TextVectors = NO_VECTORS): Measures {
  const md = toMarkdown({ version: 1, stories: [story] });
  const reading = md.slice(0, md.indexOf('\n## Who said what'));
  const bullets = story.quickLook.map((item) => item.text);
  let pairs = 0;
  let samePairs = 0;
  let meaningSamePairs = 0;
  let meaningLikelyPairs = 0;
  for (let i = 0; i < bullets.length; i++)
    for (let j = i + 1; j < bullets.length; j++) {
      pairs++;
      if (sameFact(bullets[i]!, bullets[j]!)) samePairs++;
      const relation = factRelation(bullets[i]!, bullets[j]!, vectors);
      if (relation === 'same') meaningSamePairs++;
      if (relation === 'same' || relation === 'likely') meaningLikelyPairs++;
    }
  return {
    readingWords: words(reading),
    briefWords: words(md),
    sourceWords: story.articles.reduce((sum, a) => sum + words(a.text), 0),
    bullets: bullets.length,
    longBullets: bullets.filter((b) => words(b) > BULLET_MAX_WORDS).length,
    pairs,
    samePairs,
    meaningSamePairs,
    meaningLikelyPairs,
    synthesis: story.synthesis.length,
    synthesisRepeats: story.synthesis.filter((s) => bullets.some((b) => b === s.text || sameFact(b, s.text))).length,
    headlineRepeats:
      story.headline !== undefined && bullets.some((b) => restatesHeadline(story.headline!.text, b)) ? 1 : 0,
    headlineContained:
      story.headline !== undefined && bullets.some((b) => repeatsVerbatim(story.headline!.text, b)) ? 1 : 0,
    headlineWords: story.headline === undefined ? 0 : words(story.headline.text),
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
    `${sum((m) => m.meaningSamePairs)} / ${sum((m) => m.meaningLikelyPairs)}`,
    `${sum((m) => m.synthesisRepeats)}/${sum((m) => m.synthesis)}`,
    `${sum((m) => m.headlineRepeats)} / ${sum((m) => m.headlineContained)}`,
    `${fixed(sum((m) => m.headlineWords) / all.length, 1)} / ${Math.max(...all.map((m) => m.headlineWords))} / ${all.filter((m) => m.headlineWords > HEADLINE_MAX_WORDS).length}`,
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
  const neusBriefs = loadNeusTest()
    .map((story) => briefNeusStory(story))
    .filter((b): b is Brief => b !== undefined);
  const basilBriefList = basilBriefs();
  const seedBriefs = (await brief(seedPaths(), { db: ':memory:' })).briefs.stories;
  const vectors = await bulletVectors([...neusBriefs, ...basilBriefList, ...seedBriefs]);
  const measure = (story: Brief) => measureBrief(story, vectors);
  const neus = neusBriefs.map(measure);
  const basil = basilBriefList.map(measure);
  const seeds = seedBriefs.map(measure);
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
      'same-fact bullet pairs (words)',
      'same-fact pairs (meaning: same / same or likely)',
      'synthesis repeating quick look',
      'headline restated by a bullet / a run of one',
      'headline words (mean / max / > 20)',
    ],
    [row('NeuS test (dev)', neus), row('BASIL triplets', basil), row('seeds', seeds)],
  );
}

/** USE-lite vectors of every quick-look bullet, keyed as the compare stage looks them up. */
async function bulletVectors(briefs: readonly Brief[]): Promise<TextVectors> {
  const texts = [...new Set(briefs.flatMap((b) => b.quickLook.map((item) => item.text)))];
  const embedder = createUseLiteEmbedder();
  const vectors = new Map<string, Float32Array>();
  const batch = 256;
  for (let i = 0; i < texts.length; i += batch) {
    const chunk = texts.slice(i, i + batch);
    const embedded = await embedder.embed(chunk);
    for (const [k, text] of chunk.entries()) vectors.set(textKey(text), embedded[k]!);
  }
  return vectors;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchBriefLength();
