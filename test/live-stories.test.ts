/**
 * The incremental core on real documents (BASIL triplets, dated; NeuS excerpts, undated): the stories of N
 * documents are the same whether they are clustered in one batch, one by one in time order, or in shuffled chunks
 * (older articles arriving after newer ones); the batch equals a fresh `cluster()` run; story ids stay stable;
 * only stale briefs are rebuilt, and the stored briefs equal a fresh run's.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadBasilGold, loadNeus } from '../bench/clustering-data.js';
import { analyze } from '../src/analyze/analyze.js';
import { extractSafely } from '../src/api/extract-safely.js';
import { refreshBriefs } from '../src/api/refresh-briefs.js';
import { updateStories } from '../src/api/update-stories.js';
import { cluster, compareArticles } from '../src/cluster/cluster.js';
import { fromParts } from '../src/cluster/cluster-parts.js';
import { type ClusterSettings, createClusterer, storyId } from '../src/cluster/create-clusterer.js';
import type { SavedClusterer } from '../src/cluster/saved-clusterer.js';
import { STORY_WINDOW_DAYS } from '../src/core/config.js';
import type { AnalyzedArticle, Story } from '../src/core/model.js';
import { createSqliteStore } from '../src/store/sqlite.js';
import type { ClusterPart, Store } from '../src/store/store.js';

/** BASIL's first 40 triplets and 120 NeuS excerpts, extracted and analysed once for every store below. */
function realItems(): AnalyzedArticle[] {
  const documents = [...loadBasilGold().slice(0, 120), ...loadNeus().slice(0, 120)].map((d) => d.document);
  const byId = new Map<string, AnalyzedArticle>();
  for (const doc of documents) {
    const extracted = extractSafely(doc);
    // A page carried twice (same content) is one article, as the store keeps it.
    if (extracted.ok && !byId.has(extracted.value.id))
      byId.set(extracted.value.id, { article: extracted.value, analysis: analyze(extracted.value) });
  }
  return [...byId.values()];
}

const items = realItems();

async function save(store: Store, batch: AnalyzedArticle[]): Promise<void> {
  for (const { article, analysis } of batch) await store.saveArticle(article, analysis);
}

/** A story as the grouping it is: sorted members, title and events (ids left out). */
function grouping(stories: Story[]): string[] {
  return stories
    .map((story) =>
      JSON.stringify({
        articleIds: [...story.articleIds].sort(),
        title: story.title,
        events: (story.events ?? []).map((event) => [...event.articleIds].sort().join(' ')).sort(),
      }),
    )
    .sort();
}

function withoutStoreFields(stories: Story[]): Story[] {
  return stories
    .map(({ id, title, articleIds, events }) => ({ id, title, articleIds, ...(events ? { events } : {}) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The store, with a count of the clusterer state's parts read through it and through its transactions. */
function readsCounted(inner: Store): { store: Store; rows: number } {
  const counter = { rows: 0, store: inner };
  const wrap = (target: Store): Store =>
    new Proxy(target, {
      get(object, name, receiver) {
        if (name === 'loadClusterParts')
          return async (kind?: string, keys?: readonly string[]) => {
            const rows = await object.loadClusterParts(kind, keys);
            counter.rows += rows.length;
            return rows;
          };
        if (name === 'transaction')
          return <T>(fn: (tx: Store) => Promise<T>) => object.transaction((tx) => fn(wrap(tx)));
        const value = Reflect.get(object, name, receiver);
        return typeof value === 'function' ? value.bind(object) : value;
      },
    });
  counter.store = wrap(inner);
  return counter;
}

/** A deterministic shuffle (a linear congruential generator), so a failure is reproducible. */
function shuffled<T>(list: T[], seed: number): T[] {
  const out = [...list];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function inTimeOrder(list: AnalyzedArticle[]): AnalyzedArticle[] {
  return [...list].sort((a, b) => compareArticles(a.article, b.article));
}

/** A saved state with its keyed lists in key order and each story's root for its parent (path compression differs). */
function comparable(saved: SavedClusterer): unknown {
  const byKey = <T>(list: [string, T][]) => [...list].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const root = (n: number): number => (saved.parent[n] === n ? n : root(saved.parent[n]!));
  return {
    ...saved,
    stats: { ...saved.stats, frequency: byKey(saved.stats.frequency) },
    index: { ...saved.index, postings: byKey(saved.index.postings) },
    memberIndex: byKey(saved.memberIndex),
    parent: saved.parent.map((_, n) => root(n)),
  };
}

/** The stored state's parts are those of a batch clusterer that took these articles in this order. */
async function assertBatchState(store: Store, ordered: AnalyzedArticle[]): Promise<void> {
  const batch = createClusterer();
  for (const item of ordered) batch.add(item);
  batch.stories();
  assert.deepEqual(comparable(fromParts(await store.loadClusterParts())!), comparable(batch.save()));
}

describe('incremental stories on real documents', () => {
  it('one by one with nothing kept in memory, the stored parts are the whole state and give the batch stories', async () => {
    const store = await createSqliteStore({ path: ':memory:' });
    try {
      const ordered = inTimeOrder(items).slice(0, 120);
      for (const item of ordered) {
        await save(store, [item]);
        await updateStories(store, { keepWarm: false });
      }
      await assertBatchState(store, ordered);
      assert.deepEqual(withoutStoreFields(await store.loadStoredStories()), withoutStoreFields(cluster(ordered)));
    } finally {
      await store.close();
    }
  });

  it('an article a little late rewinds to the update before it and takes again only the later articles', async () => {
    const store = await createSqliteStore({ path: ':memory:' });
    try {
      const ordered = inTimeOrder(items);
      // The last ten arrive one by one (ten updates), but the third newest after them all.
      const late = ordered[ordered.length - 3]!;
      const early = ordered.filter((item) => item !== late);
      for (let i = 0; i < early.length; i += i < early.length - 10 ? 10 : 1) {
        await save(store, early.slice(i, i < early.length - 10 ? i + 10 : i + 1));
        await updateStories(store, { keepWarm: false });
      }
      await save(store, [late]);
      const update = await updateStories(store, { keepWarm: false });
      assert.equal(update.replayed, true);
      assert.equal(update.retaken, 2, 'the two newer articles, each of an update of its own, are taken again');
      const stored = await store.loadStoredStories();
      assert.deepEqual(grouping(stored), grouping(cluster(items)));
      // The rewound and replayed state is the batch's, so the next update goes on from it.
      await assertBatchState(store, ordered);
    } finally {
      await store.close();
    }
  });

  it('articles too late to replay within maxRetaken (an old and an undated one) are placed after the newest', async () => {
    const store = await createSqliteStore({ path: ':memory:' });
    try {
      const dated = inTimeOrder(items.filter((item) => item.article.publishedAt !== undefined)).slice(0, 41);
      const undated = items.find((item) => item.article.publishedAt === undefined)!;
      const [oldest, ...rest] = dated as [AnalyzedArticle, ...AnalyzedArticle[]];
      await save(store, rest);
      await updateStories(store, { maxRetaken: 10, keepWarm: false });
      await save(store, [oldest, undated]);
      const update = await updateStories(store, { maxRetaken: 10, keepWarm: false });
      assert.deepEqual([update.replayed, update.retaken, update.outOfOrder], [false, 0, 2]);
      // As a clusterer that took them last, in time order among themselves (undated first), gives.
      const appended = createClusterer();
      for (const item of [...rest, undated, oldest]) appended.add(item);
      assert.deepEqual(withoutStoreFields(await store.loadStoredStories()), withoutStoreFields(appended.stories()));
    } finally {
      await store.close();
    }
  });

  it('changedStories() names every story that changed: applied as deltas they give stories()', () => {
    const streamed = createClusterer();
    const shown = new Map<string, Story>();
    const ordered = inTimeOrder(items);
    let changed = 0;
    for (let i = 0; i < ordered.length; i++) {
      streamed.add(ordered[i]!);
      if (i % 20 !== 19 && i !== ordered.length - 1) continue;
      const delta = streamed.changedStories();
      changed += delta.length;
      // A story gone (merged, or an orphan now shown in another) shares an article with one that changed.
      const moved = new Set(delta.flatMap((story) => story.articleIds));
      for (const [id, story] of shown) if (story.articleIds.some((a) => moved.has(a))) shown.delete(id);
      for (const story of delta) shown.set(story.id, story);
    }
    assert.deepEqual(withoutStoreFields([...shown.values()]), withoutStoreFields(streamed.stories()));
    assert.ok(changed < 2 * shown.size, `deltas of ${changed} stories for ${shown.size}: not every story each time`);
  });

  it('one batch gives exactly the stories of a fresh cluster() run', async () => {
    const store = await createSqliteStore({ path: ':memory:' });
    try {
      await save(store, items);
      const update = await updateStories(store);
      assert.equal(update.placed, items.length);
      assert.equal(update.replayed, false);
      const fresh = cluster(items);
      assert.ok(fresh.length > 20 && fresh.some((story) => story.articleIds.length >= 3));
      assert.deepEqual(withoutStoreFields(await store.loadStoredStories()), withoutStoreFields(fresh));
      assert.ok(update.changed.every((change) => change.status === 'new' && change.version === 1));
      // Nothing new: nothing changes.
      assert.deepEqual((await updateStories(store)).changed, []);
    } finally {
      await store.close();
    }
  });

  it('one by one in time order gives the same stories and ids as the batch, each id kept as its story grows', async () => {
    const store = await createSqliteStore({ path: ':memory:' });
    try {
      const ordered = [...items].sort(
        (a, b) =>
          (a.article.publishedAt ?? '').localeCompare(b.article.publishedAt ?? '') ||
          a.article.input.localeCompare(b.article.input) ||
          a.article.id.localeCompare(b.article.id),
      );
      const idOf = new Map<string, string>();
      const namedAfter = new Map(items.map(({ article }) => [storyId(article.id), article.id]));
      const given = new Set<string>();
      let grown = 0;
      for (const item of ordered) {
        await save(store, [item]);
        const update = await updateStories(store);
        assert.equal(update.replayed, false);
        for (const change of update.changed) {
          if (change.status !== 'new') grown++;
          given.add(change.id);
          for (const articleId of change.articleIds) {
            // An article's story id changes only when its story merged into an older one (the old id is then an
            // alias), or when an article shown in a story it was adopted into stands on its own again.
            // An orphan shown in another story takes its own id along as an alias of that story. An undated story
            // found to be two is shown as its parts: the old story goes on without the article, which is now in a
            // part named after that part's own first article.
            const before = idOf.get(articleId);
            const splitOff =
              update.changed.some((other) => other.id === before && !other.articleIds.includes(articleId)) &&
              change.articleIds.some((id) => storyId(id) === change.id);
            if (before !== undefined && before !== change.id)
              assert.ok(
                change.aliases.includes(before) ||
                  change.id === storyId(articleId) ||
                  change.aliases.includes(storyId(articleId)) ||
                  splitOff,
                `${before} → ${change.id}`,
              );
            idOf.set(articleId, change.id);
          }
        }
        // No id ever given vanishes: each finds the story that now holds the article it was named after.
        const found = await store.loadStoredStories([...given]);
        for (const id of given) {
          const story = found.find((s) => s.id === id || s.aliases.includes(id));
          assert.ok(story?.articleIds.includes(namedAfter.get(id)!), `${id} vanished or left its article`);
        }
      }
      assert.ok(grown > 0);
      const fresh = cluster(items);
      assert.deepEqual(withoutStoreFields(await store.loadStoredStories()), withoutStoreFields(fresh));
    } finally {
      await store.close();
    }
  });

  it('an orphan shown in a story founded after it gives that story no id: the batch id stays, its own is an alias', async () => {
    // Adoption at any share and no near-bar joins; the bar is searched per NeuS story for the order "first alone,
    // second alone, third joins the second": the first is then an orphan shown in the story the second founded
    // (an id a live update once took from the orphan, so the store's ids differed from a batch run's).
    const neus = items.filter((item) => item.article.publishedAt === undefined);
    const stories = new Map<string, AnalyzedArticle[]>();
    for (const item of neus) {
      const key = item.article.input.split('/')[1]!;
      stories.set(key, [...(stories.get(key) ?? []), item]);
    }
    let found: { triple: AnalyzedArticle[]; settings: Partial<ClusterSettings> } | undefined;
    for (const story of stories.values()) {
      const triple = inTimeOrder(story);
      if (triple.length !== 3 || found) continue;
      for (let bar = 0.05; bar < 0.6 && !found; bar += 0.01) {
        const settings = { storyJoinSimilarity: bar, orphanAdoptShare: 0, distinctJoinShare: 9 };
        const clusterer = createClusterer(settings);
        clusterer.add(triple[0]!);
        clusterer.add(triple[1]!);
        const apart = clusterer.stories().length === 2;
        clusterer.add(triple[2]!);
        const [only] = clusterer.stories();
        if (apart && only?.id === storyId(triple[1]!.article.id) && only.articleIds.length === 3)
          found = { triple, settings };
      }
    }
    assert.ok(found, 'a NeuS story gives the order');
    const store = await createSqliteStore({ path: ':memory:' });
    try {
      // The first alone (stored as a story of its own), then the other two in one update: the story the second
      // founds was never stored before it showed the first.
      const [first, ...rest] = found.triple;
      await save(store, [first!]);
      await updateStories(store, { settings: found.settings });
      await save(store, rest);
      await updateStories(store, { settings: found.settings });
      const stored = await store.loadStoredStories();
      assert.deepEqual(withoutStoreFields(stored), withoutStoreFields(cluster(found.triple, found.settings)));
      assert.deepEqual(stored[0]!.aliases, [storyId(found.triple[0]!.article.id)]);
    } finally {
      await store.close();
    }
  });

  it('older articles arriving later (shuffled chunks) still give the batch stories, with no id given twice', async () => {
    const store = await createSqliteStore({ path: ':memory:' });
    try {
      const order = shuffled(items, 7);
      let replays = 0;
      for (let i = 0; i < order.length; i += 40) {
        await save(store, order.slice(i, i + 40));
        const update = await updateStories(store);
        if (update.replayed) replays++;
      }
      assert.ok(replays > 0, 'the shuffled order made older articles arrive late');
      const stored = await store.loadStoredStories();
      assert.deepEqual(grouping(stored), grouping(cluster(items)));
      assert.equal(new Set(stored.map((story) => story.id)).size, stored.length);
      const aliases = stored.flatMap((story) => story.aliases);
      assert.equal(new Set([...aliases, ...stored.map((story) => story.id)]).size, aliases.length + stored.length);
    } finally {
      await store.close();
    }
  });

  it('an update restoring the stored state reads only the parts its articles touch, and gives the batch stories', async () => {
    const store = await createSqliteStore({ path: ':memory:' });
    try {
      const ordered = inTimeOrder(items);
      const [early, late] = [ordered.slice(0, -5), ordered.slice(-5)];
      await save(store, early);
      await updateStories(store, { keepWarm: false });
      const stored = await store.loadClusterParts();
      await save(store, late);
      const reading = readsCounted(store);
      await updateStories(reading.store, { keepWarm: false });
      const kinds = (parts: ClusterPart[]) => new Set(parts.map((row) => row.kind)).size;
      assert.ok(kinds(stored) >= 8, 'the stored state has parts of every kind');
      assert.ok(
        reading.rows < stored.length / 4,
        `${reading.rows} of ${stored.length} parts read: a restored state reads what the new articles touch`,
      );
      assert.deepEqual(withoutStoreFields(await store.loadStoredStories()), withoutStoreFields(cluster(ordered)));
      await assertBatchState(store, ordered);
    } finally {
      await store.close();
    }
  });

  it('a dated article reads the articles of only the stories it may join: undated ones and those within the window', async () => {
    const store = await createSqliteStore({ path: ':memory:' });
    try {
      const ordered = inTimeOrder(items);
      const newest = ordered.findLast((item) => item.article.publishedAt !== undefined)!;
      await save(
        store,
        ordered.filter((item) => item !== newest),
      );
      await updateStories(store, { keepWarm: false });
      await save(store, [newest]);
      const read = new Set<string>();
      const counted = new Proxy(store, {
        get(object, name, receiver) {
          if (name === 'transaction')
            return <T>(fn: (tx: Store) => Promise<T>) =>
              object.transaction((tx) =>
                fn(
                  new Proxy(tx, {
                    get(inner, key, r) {
                      if (key === 'loadClusterParts')
                        return async (kind?: string, keys?: readonly string[]) => {
                          const rows = await inner.loadClusterParts(kind, keys);
                          for (const row of rows) if (row.kind === 'member') read.add(row.key);
                          return rows;
                        };
                      const value = Reflect.get(inner, key, r);
                      return typeof value === 'function' ? value.bind(inner) : value;
                    },
                  }),
                ),
              );
          const value = Reflect.get(object, name, receiver);
          return typeof value === 'function' ? value.bind(object) : value;
        },
      });
      await updateStories(counted, { keepWarm: false });
      const saved = fromParts(await store.loadClusterParts())!;
      const root = (n: number): number => (saved.parent[n] === n ? n : root(saved.parent[n]!));
      const storyOf = new Map(saved.threads.flatMap((thread, n) => thread.members.map((seq) => [seq, root(n)])));
      const time = Date.parse(newest.article.publishedAt!);
      const window = STORY_WINDOW_DAYS * 24 * 60 * 60 * 1000;
      const far = [...read].filter((seq) => {
        const story = saved.threads[storyOf.get(Number(seq))!]!;
        return story.first !== undefined && (time < story.first - window || time > story.last! + window);
      });
      assert.ok(read.size > 0);
      assert.deepEqual(far, [], 'no article of a dated story outside the window is read');
      await assertBatchState(store, ordered);
    } finally {
      await store.close();
    }
  });

  it('rebuilds only stale briefs, and the stored briefs are those of a fresh run', async () => {
    const basil = items.filter((item) => item.article.publishedAt !== undefined).slice(0, 30);
    const [half, rest] = [basil.slice(0, 15), basil.slice(15)];
    const live = await createSqliteStore({ path: ':memory:' });
    const batch = await createSqliteStore({ path: ':memory:' });
    try {
      await save(live, half);
      await updateStories(live);
      const first = await refreshBriefs(live, { embeddings: false });
      assert.equal(first.length, (await live.loadStoredStories()).length);
      assert.deepEqual(await refreshBriefs(live, { embeddings: false }), [], 'nothing stale: nothing rebuilt');
      await save(live, rest);
      const update = await updateStories(live);
      const rebuilt = await refreshBriefs(live, { embeddings: false });
      assert.deepEqual(rebuilt.map((b) => b.id).sort(), update.changed.map((c) => c.id).sort());
      assert.ok(
        rebuilt.length < (await live.loadStoredStories()).length,
        'stories that did not change kept their brief',
      );
      await save(batch, basil);
      await updateStories(batch);
      await refreshBriefs(batch, { embeddings: false });
      const ids = (await batch.loadStoredStories()).map((story) => story.id);
      const briefsOf = async (store: Store) => (await store.loadBriefs(ids)).map((stored) => stored.brief);
      assert.deepEqual(await briefsOf(live), await briefsOf(batch));
    } finally {
      await live.close();
      await batch.close();
    }
  });

  it('a brief stored by other code or settings is made again; one made by this build is kept', async () => {
    const basil = items.filter((item) => item.article.publishedAt !== undefined).slice(0, 9);
    const store = await createSqliteStore({ path: ':memory:' });
    try {
      await save(store, basil);
      await updateStories(store);
      const made = await refreshBriefs(store, { embeddings: false });
      const generator = made[0]!.generator!;
      assert.match(generator, /^triangulate \S+\+[0-9a-f]{12}, words only$/u);
      const ids = made.map((brief) => brief.id);
      const [old] = await store.loadBriefs([ids[0]!]);
      // As a store briefed by an earlier release holds it.
      await store.saveBrief({
        ...old!,
        brief: { ...old!.brief, generator: 'triangulate 0.0.9+000000000000, words only' },
      });
      const again = await refreshBriefs(store, { storyIds: ids, embeddings: false });
      assert.deepEqual(
        again.map((brief) => brief.generator),
        ids.map(() => generator),
      );
      assert.equal((await store.loadBriefs([ids[0]!]))[0]!.brief.generator, generator, 'the remade brief is stored');
    } finally {
      await store.close();
    }
  });

  it('an analysis stored by other code is made again when its story is briefed, and stored', async () => {
    const basil = items.filter((item) => item.article.publishedAt !== undefined).slice(0, 3);
    const store = await createSqliteStore({ path: ':memory:' });
    try {
      // As an older release stored them: its analyser found no quotes at all.
      for (const { article, analysis } of basil)
        await store.saveArticle(article, { ...analysis, quotes: [], generator: 'triangulate 0.0.9+000000000000' });
      await updateStories(store);
      const briefs = await refreshBriefs(store, { embeddings: false });
      assert.ok(
        briefs.some((brief) => brief.statements.length > 0),
        'who said what comes from this build’s analysis',
      );
      const stored = await store.loadArticles(basil.map((item) => item.article.id));
      const stamps = new Set(stored.map((item) => item.analysis.generator));
      assert.equal(stamps.size, 1);
      assert.match([...stamps][0]!, /^triangulate \S+\+[0-9a-f]{12}$/u);
      assert.ok(stored.every((item) => item.analysis.quotes.length > 0));
    } finally {
      await store.close();
    }
  });
});
