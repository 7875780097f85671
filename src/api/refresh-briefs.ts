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
import type { Store, StoredStory } from '../store/store.js';
import { type BriefPool, createBriefPool } from './brief-pool.js';
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
  const embedder = chooseEmbedder(options.embeddings);
  const ids = options.storyIds ?? (await store.staleStoryIds());
  const generator = generatorOf(embedder, options.llm);
  const briefs: Brief[] = [];
  const keep = options.collect !== false;
  const pool = createBriefPool(options.threads);
  try {
    // Stories are briefed in groups of about BRIEF_CHUNK_ARTICLES articles: memory stays bounded on a large store.
    for (const group of await groupStories(store, ids)) {
      const stored = new Map((await store.loadBriefs(group.map((s) => s.id))).map((b) => [b.storyId, b]));
      // Stale: older than its story, or made by other code or settings (an upgrade shows its effect at once).
      const stale = group.filter((story) => {
        const kept = stored.get(story.id);
        return kept === undefined || kept.version < story.version || kept.brief.generator !== generator;
      });
      const made = await briefGroup(store, stale, embedder, { ...options, generator }, pool);
      for (const story of group) {
        const brief = made.get(story.id) ?? stored.get(story.id)!.brief;
        await options.onBrief?.(brief, story);
        if (keep) briefs.push(brief);
      }
    }
  } finally {
    await pool.close();
  }
  return briefs;
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

/** Briefs a group of stories together (one embedding pass), stores each brief, and returns them by story id. */
async function briefGroup(
  store: Store,
  stories: StoredStory[],
  embedder: Embedder | undefined,
  options: RefreshBriefsOptions & { generator: string },
  pool: BriefPool,
): Promise<Map<string, Brief>> {
  const made = new Map<string, Brief>();
  if (stories.length === 0) return made;
  const loaded = await reanalyseStale(
    store,
    await store.loadArticles([...new Set(stories.flatMap((story) => story.articleIds))]),
  );
  const byId = new Map(loaded.map((item) => [item.article.id, item]));
  const itemsOf = stories.map((story) =>
    storyOrder(story.articleIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))),
  );
  let vectors: TextVectors = NO_VECTORS;
  if (embedder) {
    const embedded = await embedTexts(meaningTexts(itemsOf), embedder, store);
    vectors = embedded.vectors;
    options.onEmbed?.(embedded.stats);
  }
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
