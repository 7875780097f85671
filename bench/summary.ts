/** The brief's quick look on NeuS beside 10 published systems (ROUGE), its grounding rate, and compose time. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, mergeEntities } from '../src/analyze/analyze.js';
import { briefStory } from '../src/api/brief.js';
import { cluster } from '../src/cluster/cluster.js';
import { compare } from '../src/compare/compare.js';
import { compose } from '../src/compose/compose.js';
import { checkGrounding } from '../src/compose/check-grounding.js';
import { hashId } from '../src/core/ids.js';
import type { AnalyzedArticle, Brief, CitedText, Story } from '../src/core/model.js';
import { extract } from '../src/extract/extract.js';
import { verifySentence } from '../src/llm/verify-sentence.js';
import { extractiveOracle } from './extractive-oracle.js';
import { loadNeusBaselines, loadNeusTest, type NeusStory, referenceText } from './neus-data.js';
import { fixed, sampleRss, table } from './report.js';
import { meanRouge, type RougeScores, rouge } from './rouge.js';
import { DATA } from './shared-data.js';

/** Lei & Huang's stored outputs scored by our ROUGE; the README's published table lists the same numbers. */
const PUBLISHED_SHARED: Record<string, RougeScores> = {
  llama_event_relation_graph: { r1: 43.9, r2: 22.17, rl: 33.74 },
  lexrank: { r1: 40.32, r2: 17.46, rl: 25.68 },
};

/** One NeuS story through the real pipeline: document objects with a `story` key → extract → analyze → cluster → brief. */
export function briefNeusStory(story: NeusStory): Brief | undefined {
  const items: AnalyzedArticle[] = [];
  story.articles.forEach((excerpt, index) => {
    const content = excerpt.text;
    const outcome = extract({
      id: hashId('d', story.id, String(index), content),
      input: `${story.id}#${index}`,
      format: 'text',
      content,
      title: excerpt.title,
      story: story.id,
    });
    if (outcome.ok) items.push({ article: outcome.value, analysis: analyze(outcome.value) });
  });
  const [grouped] = cluster(items);
  if (!grouped) return undefined;
  return briefStory(grouped, items);
}

/** Whether each quick-look and synthesis sentence is supported by the spans it cites. */
export function groundingOf(brief: Brief): { sentences: number; grounded: number; failures: string[] } {
  const texts = new Map(brief.articles.map((a) => [a.id, a.text]));
  const failures: string[] = [];
  let grounded = 0;
  const all: CitedText[] = [...brief.quickLook, ...brief.synthesis];
  for (const item of all) {
    const cited = item.citations.map((span) => texts.get(span.articleId)?.slice(span.start, span.end) ?? '');
    const check = checkGrounding(item.text, cited);
    if (check.grounded && item.citations.length > 0) grounded++;
    else failures.push(`${item.text} — ${check.problems.join(', ') || 'no citation'}`);
  }
  return { sentences: all.length, grounded, failures };
}

export async function benchSummary(): Promise<void> {
  const stories = loadNeusTest();
  const baselines = loadNeusBaselines();
  const start = performance.now();
  const ours: RougeScores[] = [];
  let sentences = 0;
  let grounded = 0;
  const failures: string[] = [];
  let bullets = 0;
  let words = 0;
  for (const story of stories) {
    const brief = briefNeusStory(story);
    const summary = brief?.quickLook.map((b) => b.text).join(' ') ?? '';
    bullets += brief?.quickLook.length ?? 0;
    words += summary.split(/\s+/).filter(Boolean).length;
    ours.push(rouge(summary, referenceText(story)));
    if (brief) {
      const g = groundingOf(brief);
      sentences += g.sentences;
      grounded += g.grounded;
      failures.push(...g.failures);
    }
    sampleRss();
  }
  const ms = performance.now() - start;
  const rows: [string, RougeScores][] = Object.entries(baselines).map(([system, outputs]) => [
    system,
    meanRouge(stories.map((story) => rouge(outputs[story.id] ?? '', referenceText(story)))),
  ]);
  rows.push(['**triangulate quick look** (extractive)', meanRouge(ours)]);
  const ceiling = meanRouge(stories.map((story) => extractiveOracle(story, referenceText(story))));
  rows.push(['_ceiling: best whole source sentences and titles, chosen knowing the reference_', ceiling]);
  rows.sort((a, b) => b[1].r1 - a[1].r1);
  console.log(
    `\n## Summary quality on NeuS test (${stories.length} stories of this split; ROUGE F1 ×100 as the README computes it)\n`,
  );
  table(
    ['system', 'R-1', 'R-2', 'R-L', 'README figure (R-1/2/L)'],
    rows.map(([system, s]) => {
      const published = PUBLISHED_SHARED[system];
      return [
        system,
        fixed(s.r1, 2),
        fixed(s.r2, 2),
        fixed(s.rl, 2),
        published ? `${published.r1} / ${published.r2} / ${published.rl}` : '',
      ];
    }),
  );
  console.log(
    `\nQuick look: ${fixed(bullets / stories.length, 2)} bullets, ${fixed(words / stories.length, 1)} words per story (references: ${fixed(stories.reduce((n, s) => n + referenceText(s).split(/\s+/).length, 0) / stories.length, 1)}); whole pipeline ${fixed(ms / stories.length, 1)} ms per story.`,
  );
  console.log(
    `Grounding (quick look + synthesis; ≥60% content words in the cited spans, no number or name absent): ${grounded}/${sentences} = ${fixed((100 * grounded) / Math.max(1, sentences), 2)}%`,
  );
  for (const failure of failures.slice(0, 5)) console.log(`  ungrounded: ${failure}`);
  benchVerifier(stories.map(briefNeusStory).filter((b): b is Brief => b !== undefined));
  benchComposeTime();
}

/** Compose time for one story of 5, 50 and 500 real documents (PolNeAR's 2016 campaign articles). */
function benchComposeTime(): void {
  const dir = join(DATA, 'polnear', 'text');
  const names = readdirSync(dir).sort().slice(0, 500);
  const items: AnalyzedArticle[] = names.map((name, index) => {
    const content = readFileSync(join(dir, name), 'utf8');
    const outcome = extract({ id: hashId('d', name), input: name, format: 'text', content });
    if (!outcome.ok) throw new Error(`bench: ${name} did not extract: ${outcome.error.message}`);
    const article = { ...outcome.value, id: `${outcome.value.id}_${index}` };
    return { article, analysis: analyze(article) };
  });
  const rows: string[][] = [];
  for (const size of [5, 50, 500]) {
    const members = items.slice(0, size);
    const story: Story = {
      id: `s_${size}`,
      title: members[0]!.article.title,
      articleIds: members.map((m) => m.article.id),
    };
    const begin = performance.now();
    const brief = briefStory(story, members);
    const ms = performance.now() - begin;
    // The composer alone, on the same comparison (entities and compare computed again outside the clock).
    const comparison = compare(story, members, mergeEntities(members.map((m) => m.analysis)));
    const composeStart = performance.now();
    compose(story, members, comparison);
    const composeMs = performance.now() - composeStart;
    sampleRss();
    rows.push([
      String(size),
      String(members.reduce((n, m) => n + m.analysis.sentences.length, 0)),
      fixed(ms, 0),
      fixed(composeMs, 0),
      String(brief.quickLook.length),
      String(brief.synthesis.length),
    ]);
  }
  console.log('\n## Compose time (analysis done beforehand; story of PolNeAR 2016 campaign articles)\n');
  table(
    ['documents', 'sentences', 'entities → compare → compose ms', 'compose alone ms', 'quick look', 'synthesis'],
    rows,
  );
}

/**
 * The verifier on recorded bad answers: each real synthesis sentence of a NeuS brief, cited by its own span, altered
 * the way writers go wrong (a number changed, a name from another story, a negation added, a quotation altered, the
 * citation pointed at another story's sentence); and the unaltered sentences, which it must keep.
 */
function benchVerifier(briefs: Brief[]): void {
  const counts = new Map<string, { caught: number; total: number }>();
  const count = (kind: string, caught: boolean) => {
    const entry = counts.get(kind) ?? { caught: 0, total: 0 };
    entry.total++;
    if (caught) entry.caught++;
    counts.set(kind, entry);
  };
  const sentences = briefs.flatMap((brief, storyIndex) => {
    const texts = new Map(brief.articles.map((a) => [a.id, a.text]));
    return brief.synthesis.map((item) => {
      const span = item.citations[0]!;
      return { storyIndex, text: item.text, source: texts.get(span.articleId)!.slice(span.start, span.end) };
    });
  });
  const namesOf = (text: string) => text.slice(1).match(/\b\p{Lu}\p{Ll}{3,}\b/gu) ?? [];
  sentences.forEach((sentence, index) => {
    const other = sentences[(index + Math.floor(sentences.length / 2)) % sentences.length]!;
    const faithful = verifySentence(sentence.text, [sentence.source]);
    count('faithful (kept = right)', faithful.keep);
    if (!faithful.keep && process.env.BENCH_VERBOSE)
      console.log(`  dropped faithful: ${sentence.text} — ${faithful.problems}`);
    if (/\d/.test(sentence.text)) {
      const changed = sentence.text.replace(/\d+/, (n) => String(Number(n) + 7));
      count('invented number', !verifySentence(changed, [sentence.source]).keep);
    }
    const name = namesOf(sentence.text)[0];
    const foreign = namesOf(other.text).find((n) => !sentence.source.includes(n));
    if (name && foreign)
      count('swapped name', !verifySentence(sentence.text.replace(name, foreign), [sentence.source]).keep);
    const negated = sentence.text.replace(/\b(is|are|was|were|will|has|have|had|can|would)\b/, '$1 not');
    if (negated !== sentence.text && !/\bnot\b|n't/.test(sentence.text))
      count('negation flip', !verifySentence(negated, [sentence.source]).keep);
    // An opening quotation mark after a space or line start, so the match is a quotation, not the gap between two.
    const quote = sentence.text.match(/(?:^|[\s(])[“"]([^”"]{8,})[”"]/);
    if (quote) {
      const altered = sentence.text.replace(quote[1]!, quote[1]!.replace(/\b(\p{L}{4,})\b/u, 'reportedly'));
      count('altered quote', !verifySentence(altered, [sentence.source]).keep);
    }
    if (other.storyIndex !== sentence.storyIndex)
      count('wrong citation', !verifySentence(sentence.text, [other.source]).keep);
  });
  console.log('\n## Verifier on recorded bad answers (real NeuS synthesis sentences, altered)\n');
  let caught = 0;
  let total = 0;
  const rows = [...counts].map(([kind, c]) => {
    if (!kind.startsWith('faithful')) {
      caught += c.caught;
      total += c.total;
    }
    return [kind, String(c.total), fixed((100 * c.caught) / Math.max(1, c.total), 1)];
  });
  rows.push(['**all bad answers: catch rate**', String(total), fixed((100 * caught) / Math.max(1, total), 1)]);
  table(['answer', 'n', 'caught / kept %'], rows);
}
