/** The main job: ingest inputs into the store, cluster everything stored, and brief the stories the inputs belong to. */
import { mergeEntities } from '../analyze/analyze.js';
import { cluster, compareArticles } from '../cluster/cluster.js';
import { compare } from '../compare/compare.js';
import { compose } from '../compose/compose.js';
import type { AnalyzedArticle, Brief, BriefSet, Story } from '../core/model.js';
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
    result.briefs.stories = stories
      .filter((story) => story.articleIds.some((id) => current.has(id)))
      .map((story) =>
        briefStory(
          story,
          story.articleIds.map((id) => byId.get(id)!),
        ),
      );
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
export function briefStory(story: Story, items: AnalyzedArticle[]): Brief {
  const ordered = [...items].sort((a, b) => compareArticles(a.article, b.article));
  const entities = mergeEntities(ordered.map((item) => item.analysis));
  const result = compose(story, ordered, compare(story, ordered, entities));
  // The clusterer's events (the same happening inside the thread) go into the brief unless compose set them.
  if (result.events === undefined && story.events !== undefined && story.events.length > 0)
    result.events = story.events;
  // Syndicated and repeated copies: one report carried by several outlets.
  const duplicates = findDuplicates(ordered.map((item) => item.article));
  if (duplicates.length > 0) result.duplicates = duplicates;
  return result;
}

/**
 * The stories in the store, without recomputing anything.
 * @example const stories = await listStories({ db: 'triangulate.sqlite' })
 */
export async function listStories(
  options: { db?: string | Store } = {},
): Promise<{ stories: { id: string; title: string; articles: { id: string; input: string; inputId?: string }[] }[] }> {
  const store = typeof options.db === 'object' ? options.db : await openStore(options.db);
  try {
    const stories = await store.loadStories();
    const articles = new Map((await store.loadArticles()).map(({ article }) => [article.id, article]));
    return {
      stories: stories.map((story) => ({
        id: story.id,
        title: story.title,
        articles: story.articleIds.map((id) => {
          const article = articles.get(id);
          const entry: { id: string; input: string; inputId?: string } = { id, input: article?.input ?? '' };
          if (article?.inputId !== undefined) entry.inputId = article.inputId;
          return entry;
        }),
      })),
    };
  } finally {
    if (typeof options.db !== 'object') await store.close();
  }
}
