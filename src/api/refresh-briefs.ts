/**
 * The third incremental operation: briefs for the stories whose brief is missing or older than the story, each
 * stored with the story version it describes. A story whose stored brief is current is not briefed again.
 */
import { analyze } from '../analyze/analyze.js';
import { meaningRequests } from '../compare/find-meaning-support.js';
import { BRIEF_CHUNK_ARTICLES, SEMANTIC_TEXTS_MIN, SEMANTIC_TEXTS_PER_ARTICLE } from '../core/config.js';
import type { Analysis, AnalyzedArticle, Brief, Story } from '../core/model.js';
import { NO_VECTORS, type TextVectors } from '../core/vectors.js';
import type { Embedder } from '../embed/embedder.js';
import { type EmbedStats, embedTexts } from '../embed/embed-texts.js';
import { checkUseLiteInstalled, createUseLiteEmbedder } from '../embed/use-lite.js';
import type { LlmConfig } from '../llm/chat-client.js';
import { writeSynthesis } from '../llm/write-synthesis.js';
import type { Store, StoredBrief, StoredStory } from '../store/store.js';
import { type BriefPool, createBriefPool } from './brief-pool.js';
import { createThreadEmbedder } from './embed-thread.js';
import { analyzerStamp, pipelineStamp } from './pipeline-stamp.js';
import { storyOrder } from './brief-story.js';

export { briefStory, storyOrder } from './brief-story.js';

export interface RefreshBriefsOptions {
  /** These stories (ids or aliases), in this order: briefed when stale, else their stored brief. Default: every stale story. */
  storyIds?: string[];
  /**
   * Sentence embeddings for meaning across outlets: on by default (USE-lite, English), off with `false` or
   * TRIANGULATE_EMBEDDINGS=off (words alone then decide); or an Embedder of the caller's own.
   */
  embeddings?: boolean | Embedder;
  /** Called once per group of stories briefed together with what the embedder did. */
  onEmbed?: (stats: EmbedStats) => void;
  /** An OpenAI-compatible endpoint that rewrites each synthesis (verified sentence by sentence); none by default. */
  llm?: LlmConfig;
  /** Called with each brief as it is made or read, in order: a caller can write it out and let it go. */
  onBrief?: (brief: Brief, story: StoredStory) => Promise<void> | void;
  /** Keep the briefs in the returned list (default true); false keeps memory flat on a large store. */
  collect?: boolean;
  /** Brief threads beside the calling thread (0: none); by default one per idle core, as for extraction. */
  threads?: number;
}

/**
 * Briefs the stale stories (or the given ones) and stores each brief with its story's version.
 * @example const briefs = await refreshBriefs(store) // only stories that changed since their last brief
 */
export async function refreshBriefs(store: Store, options: RefreshBriefsOptions = {}): Promise<Brief[]> {
  const opened = openEmbedder(options.embeddings, options.threads);
  const embedder = opened?.embedder;
  const ids = options.storyIds ?? (await store.staleStoryIds());
  const generator = generatorOf(embedder, options.llm);
  const briefs: Brief[] = [];
  const keep = options.collect !== false;
  const pool = createBriefPool(options.threads);
  try {
    // Stories are briefed in groups of about BRIEF_CHUNK_ARTICLES articles: memory stays bounded on a large store.
    // The next group is read and its vectors asked for before this one is briefed: with the embedder on a thread
    // of its own, its embedding runs while this group is briefed (each group's embedding still starts after the one
    // before it has stored its vectors, so what is cached and embedded is as in a run of one group at a time).
    const groups = await groupStories(store, ids);
    const prepare = chainGroups(store, embedder, generator);
    let next = groups.length > 0 ? await prepare(groups[0]!) : undefined;
    for (const [i, group] of groups.entries()) {
      const current = next!;
      next = i + 1 < groups.length ? await prepare(groups[i + 1]!) : undefined;
      const made = await briefGroup(store, current, { ...options, generator }, pool);
      for (const story of group) {
        const brief = made.get(story.id) ?? current.stored.get(story.id)!.brief;
        await options.onBrief?.(brief, story);
        if (keep) briefs.push(brief);
      }
    }
  } finally {
    await pool.close();
    await opened?.close?.();
  }
  return briefs;
}

/** A group ready to brief: its stored briefs, its stale stories with their articles, and their vectors to come. */
interface PreparedGroup {
  stored: Map<string, StoredBrief>;
  stale: StoredStory[];
  itemsOf: AnalyzedArticle[][];
  vectors: Promise<{ vectors: TextVectors; stats?: EmbedStats }>;
}

/** Prepares groups one after another; each group's embedding is chained after the one before. */
function chainGroups(
  store: Store,
  embedder: Embedder | undefined,
  generator: string,
): (group: StoredStory[]) => Promise<PreparedGroup> {
  let previous: Promise<unknown> = Promise.resolve();
  return async (group) => {
    const stored = new Map((await store.loadBriefs(group.map((s) => s.id))).map((b) => [b.storyId, b]));
    // Stale: older than its story, or made by other code or settings (an upgrade shows its effect at once).
    const stale = group.filter((story) => {
      const kept = stored.get(story.id);
      return kept === undefined || kept.version < story.version || kept.brief.generator !== generator;
    });
    if (stale.length === 0) return { stored, stale, itemsOf: [], vectors: Promise.resolve({ vectors: NO_VECTORS }) };
    const loaded = await reanalyseStale(
      store,
      await store.loadArticles([...new Set(stale.flatMap((story) => story.articleIds))]),
    );
    const byId = new Map(loaded.map((item) => [item.article.id, item]));
    const itemsOf = stale.map((story) =>
      storyOrder(story.articleIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))),
    );
    if (!embedder) return { stored, stale, itemsOf, vectors: Promise.resolve({ vectors: NO_VECTORS }) };
    const texts = meaningTexts(itemsOf);
    const vectors = previous.then(() => embedTexts(texts, embedder, store));
    // Awaited when the group is briefed; until then a failure must not count as unhandled.
    vectors.catch(() => undefined);
    previous = vectors.catch(() => undefined);
    return { stored, stale, itemsOf, vectors };
  };
}

/** The stories of these ids (aliases resolved, each once, in the order asked), in groups of bounded size. */
async function groupStories(store: Store, ids: string[]): Promise<StoredStory[][]> {
  const groups: StoredStory[][] = [];
  let group: StoredStory[] = [];
  let articles = 0;
  const seen = new Set<string>();
  for (let i = 0; i < ids.length; i += STORIES_PER_LOAD) {
    const slice = ids.slice(i, i + STORIES_PER_LOAD);
    const loaded = await store.loadStoredStories(slice);
    const byId = new Map<string, StoredStory>();
    for (const story of loaded) for (const id of [story.id, ...story.aliases]) byId.set(id, story);
    for (const id of slice) {
      const story = byId.get(id);
      if (!story || seen.has(story.id)) continue;
      seen.add(story.id);
      if (group.length > 0 && articles + story.articleIds.length > BRIEF_CHUNK_ARTICLES) {
        groups.push(group);
        group = [];
        articles = 0;
      }
      group.push(story);
      articles += story.articleIds.length;
    }
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

const STORIES_PER_LOAD = 500;

/** Briefs a prepared group's stale stories (one embedding pass), stores each brief, and returns them by story id. */
async function briefGroup(
  store: Store,
  group: PreparedGroup,
  options: RefreshBriefsOptions & { generator: string },
  pool: BriefPool,
): Promise<Map<string, Brief>> {
  const made = new Map<string, Brief>();
  const { stale: stories, itemsOf } = group;
  if (stories.length === 0) return made;
  const { vectors, stats } = await group.vectors;
  if (stats) options.onEmbed?.(stats);
  // Every story is handed to the pool first (a thread briefs while this one does too), then taken in order.
  const pending: Promise<Brief>[] = [];
  for (const [i, story] of stories.entries()) {
    await pool.settle();
    const made = pool.brief(plainStory(story), itemsOf[i]!, vectors);
    made.catch(() => undefined); // awaited below, in order; this only keeps a later failure from going unhandled
    pending.push(made);
  }
  for (const [i, story] of stories.entries()) {
    let brief = await pending[i]!;
    if (options.llm) brief = (await writeSynthesis(brief, options.llm)).brief;
    brief.generator = options.generator;
    await store.saveBrief({ storyId: story.id, version: story.version, brief });
    made.set(story.id, brief);
  }
  return made;
}

/**
 * The articles with an analysis by this build: one stored by other code (an older release, before a fix) is made
 * again from the stored article and stored, so an upgrade corrects who said what in the next brief.
 */
async function reanalyseStale<T extends AnalyzedArticle>(store: Store, items: T[]): Promise<T[]> {
  const stamp = analyzerStamp();
  const out: T[] = [];
  for (const item of items) {
    if (item.analysis.generator === stamp) {
      out.push(item);
      continue;
    }
    let analysis: Analysis;
    try {
      analysis = { ...analyze(item.article), generator: stamp };
    } catch {
      // This build cannot read it (it could when stored): the stored analysis stands rather than losing the article.
      out.push(item);
      continue;
    }
    await store.saveArticle(item.article, analysis);
    out.push({ ...item, analysis });
  }
  return out;
}

/** The code and settings a brief is made with: the pipeline's stamp, the embedding model, the rewriting model. */
function generatorOf(embedder: Embedder | undefined, llm: LlmConfig | undefined): string {
  const meaning = embedder ? `, ${embedder.model}` : ', words only';
  return `${pipelineStamp()}${meaning}${llm ? `, synthesis by ${llm.model}` : ''}`;
}

/** The clusterer's story without the store's bookkeeping (the brief is made of what the clusterer said). */
function plainStory(story: StoredStory): Story {
  const plain: Story = { id: story.id, title: story.title, articleIds: story.articleIds };
  if (story.events !== undefined) plain.events = story.events;
  return plain;
}

/**
 * The embedder a run uses (see `chooseEmbedder`): USE-lite on a thread of its own unless threads are off (0), so the
 * next group's vectors are made while a group is briefed; `close` stops what was started here.
 */
export function openEmbedder(
  option: boolean | Embedder | undefined,
  threads: number | undefined,
): { embedder: Embedder; close?: () => Promise<void> } | undefined {
  const embedder = chooseEmbedder(option);
  if (!embedder || typeof option === 'object' || threads === 0) return embedder && { embedder };
  const threaded = createThreadEmbedder();
  return { embedder: threaded, close: () => threaded.close() };
}

/** The embedder a run uses: none when switched off (option or TRIANGULATE_EMBEDDINGS=off), checked at start-up. */
export function chooseEmbedder(option: boolean | Embedder | undefined): Embedder | undefined {
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
