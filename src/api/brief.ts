/** The main job: ingest inputs into the store, cluster everything stored, and brief the stories the inputs belong to. */
import { mergeEntities } from '../analyze/analyze.js';
import { cluster, compareArticles } from '../cluster/cluster.js';
import { compare } from '../compare/compare.js';
import { compose } from '../compose/compose.js';
import { meaningRequests } from '../compare/find-meaning-support.js';
import { SEMANTIC_TEXTS_MIN, SEMANTIC_TEXTS_PER_ARTICLE } from '../core/config.js';
import type { AnalyzedArticle, Brief, BriefSet, Story } from '../core/model.js';
import { NO_VECTORS, type TextVectors } from '../core/vectors.js';
import type { Embedder } from '../embed/embedder.js';
import { type EmbedStats, embedTexts } from '../embed/embed-texts.js';
import { checkUseLiteInstalled, createUseLiteEmbedder } from '../embed/use-lite.js';
import { findDuplicates } from '../extract/find-duplicates.js';
import type { LlmConfig } from '../llm/chat-client.js';
import { writeSynthesis } from '../llm/write-synthesis.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { type AnalyzeLine, analyzeInputs, type ProcessOptions } from './process-inputs.js';

export interface BriefOptions extends ProcessOptions {
  /** A SQLite file path (default `triangulate.sqlite`, or TRIANGULATE_DB); or an open store. */
  db?: string | Store;
  /** Called for every document that could not be read, extracted or analysed. */
  onFailure?: (line: Extract<AnalyzeLine, { ok: false }>) => void;
  /** An OpenAI-compatible endpoint that rewrites each synthesis (verified sentence by sentence); none by default. */
  llm?: LlmConfig;
  /**
   * Sentence embeddings for meaning across outlets: on by default (USE-lite, English), off with `false` or
   * TRIANGULATE_EMBEDDINGS=off (words alone then decide); or an Embedder of the caller's own.
   */
  embeddings?: boolean | Embedder;
  /** Called once with what the embedder did (texts asked, found in the cache, embedded, time). */
  onEmbed?: (stats: EmbedStats) => void;
}

export interface BriefResult {
  briefs: BriefSet;
  /** Documents read in this run, and how many of them were new to the store. */
  read: number;
  added: number;
  failures: Extract<AnalyzeLine, { ok: false }>[];
}

/**
 * Ingests, stores, clusters and briefs. Running it twice on the same inputs adds nothing and gives the same briefs.
 * @example const { briefs } = await brief(['examples/'], { db: 'triangulate.sqlite' })
 */
export async function brief(inputs: string[], options: BriefOptions = {}): Promise<BriefResult> {
  const embedder = chooseEmbedder(options.embeddings);
  const store = typeof options.db === 'object' ? options.db : await openStore(options.db);
  try {
    const result: BriefResult = { briefs: { version: 1, stories: [] }, read: 0, added: 0, failures: [] };
    const current = new Map<string, AnalyzedArticle>();
    const lines = analyzeInputs(inputs, {
      ...options,
      onDocument: (doc) => store.saveDocument(doc).then(() => undefined),
    });
    for await (const line of lines) {
      result.read++;
      if (!line.ok) {
        result.failures.push(line);
        options.onFailure?.(line);
        await store.saveFailure(line.input, line.error);
        continue;
      }
      if (await store.saveArticle(line.article, line.analysis)) result.added++;
      current.set(line.article.id, { article: line.article, analysis: line.analysis });
    }
    const stored = await store.loadArticles();
    // This run's reading of an article (its input path, a newer extraction) wins over the stored one.
    const everything = stored.map((item) => current.get(item.article.id) ?? item);
    const stories = cluster(everything);
    await store.saveStories(stories);
    const byId = new Map(everything.map((item) => [item.article.id, item]));
    const briefed = stories
      .filter((story) => story.articleIds.some((id) => current.has(id)))
      .map((story) => ({ story, items: storyOrder(story.articleIds.map((id) => byId.get(id)!)) }));
    let vectors: TextVectors = NO_VECTORS;
    if (embedder) {
      const embedded = await embedTexts(meaningTexts(briefed.map(({ items }) => items)), embedder, store);
      vectors = embedded.vectors;
      options.onEmbed?.(embedded.stats);
    }
    result.briefs.stories = briefed.map(({ story, items }) => briefStory(story, items, vectors));
    if (options.llm) {
      for (const [i, story] of result.briefs.stories.entries()) {
        result.briefs.stories[i] = (await writeSynthesis(story, options.llm)).brief;
      }
    }
    return result;
  } finally {
    if (typeof options.db !== 'object') await store.close();
  }
}

/**
 * Briefs one story from its analysed articles (any order).
 * @example briefStory(story, items).synthesis
 */
export function briefStory(story: Story, items: AnalyzedArticle[], vectors: TextVectors = NO_VECTORS): Brief {
  const ordered = storyOrder(items);
  const entities = mergeEntities(ordered.map((item) => item.analysis));
  const result = compose(story, ordered, compare(story, ordered, entities, vectors));
  // The clusterer's events (the same happening inside the thread) go into the brief unless compose set them.
  if (result.events === undefined && story.events !== undefined && story.events.length > 0)
    result.events = story.events;
  // Syndicated and repeated copies: one report carried by several outlets.
  const duplicates = findDuplicates(ordered.map((item) => item.article));
  if (duplicates.length > 0) result.duplicates = duplicates;
  return result;
}

function storyOrder(items: AnalyzedArticle[]): AnalyzedArticle[] {
  return [...items].sort((a, b) => compareArticles(a.article, b.article));
}

/** The embedder a run uses: none when switched off (option or TRIANGULATE_EMBEDDINGS=off), checked at start-up. */
function chooseEmbedder(option: boolean | Embedder | undefined): Embedder | undefined {
  if (option === false) return undefined;
  if (typeof option === 'object') return option;
  if (option === undefined && /^(0|off|false|no)$/i.test(process.env.TRIANGULATE_EMBEDDINGS ?? '')) return undefined;
  checkUseLiteInstalled();
  return createUseLiteEmbedder();
}

/**
 * The texts whose vectors the comparison of the briefed stories can use, English ones only (USE-lite reads English;
 * vectors of other scripts are all alike): the biggest stories first, within a run budget that keeps embedding a
 * bounded share of the run's time (SEMANTIC_TEXTS_PER_ARTICLE per briefed article, at least SEMANTIC_TEXTS_MIN).
 */
function meaningTexts(stories: AnalyzedArticle[][]): string[] {
  const articles = stories.reduce((sum, items) => sum + items.length, 0);
  const budget = Math.max(SEMANTIC_TEXTS_MIN, Math.round(SEMANTIC_TEXTS_PER_ARTICLE * articles));
  const texts = new Set<string>();
  const order = stories
    .map((items, i) => ({ items, i }))
    .filter(({ items }) => items.length > 1)
    .sort((a, b) => b.items.length - a.items.length || a.i - b.i);
  for (const { items } of order) {
    const english = items.filter((item) => item.article.language === undefined || /^en\b/i.test(item.article.language));
    const wanted = meaningRequests(english).filter((t) => !texts.has(t) && latinText(t));
    if (texts.size + wanted.length > budget) continue;
    for (const text of wanted) texts.add(text);
  }
  return [...texts];
}

/**
 * A text USE-lite can read: Latin letters (links left out) make up nine in ten of its letters and it has some words.
 * Pages declared in another language are left out before this; undeclared ones are judged text by text.
 */
function latinText(text: string): boolean {
  const letters = text.replace(/\bhttps?:\/\/\S+/gi, ' ').match(/\p{L}/gu) ?? [];
  const latin = letters.filter((letter) => /[A-Za-z]/.test(letter)).length;
  return letters.length >= 12 && latin / letters.length >= 0.9;
}
