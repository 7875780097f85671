/** The contract every Store driver must meet: the SQLite suite (npm test) and the PostgreSQL suite run it. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { hashId } from '../../src/core/ids.js';
import type { Analysis, Article, Document } from '../../src/core/model.js';
import type { ClusterPart, Store, StoryWrite } from '../../src/store/store.js';
import { seedPaths } from './shared.js';
import { runWatchStateContract } from './watch-state-contract.js';

function seedRecords(path: string): { doc: Document; article: Article; analysis: Analysis } {
  const content = readFileSync(path, 'utf8');
  const doc: Document = { id: hashId('d', content), input: path, format: 'text', content };
  const [title = '', ...rest] = content.split('\n');
  const text = rest.filter((line) => line.trim() !== '').join('\n\n');
  const article: Article = { id: hashId('a', doc.id), input: path, title, text, cites: [], provenanceNotes: [] };
  const analysis: Analysis = {
    articleId: article.id,
    sentences: [{ articleId: article.id, start: 0, end: text.indexOf('.') + 1 }],
    paragraphs: [],
    entities: [],
    quotes: [],
    claims: [],
    dates: [],
  };
  return { doc, article, analysis };
}

export function runContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    runWatchStateContract(open);
    it('keeps documents and articles once, by content hash', async () => {
      const store = await open();
      try {
        const { doc, article, analysis } = seedRecords(seedPaths()[0]!);
        assert.equal(await store.saveDocument(doc), true);
        assert.equal(await store.saveDocument(doc), false);
        assert.equal(await store.saveArticle(article, analysis), true);
        assert.equal(await store.saveArticle(article, analysis), false);
        const [loaded] = await store.loadArticles();
        assert.deepEqual(loaded, { article, analysis });
        const counts = await store.counts();
        assert.equal(counts.documents, 1);
        assert.equal(counts.articles, 1);
      } finally {
        await store.close();
      }
    });

    it('keeps every character of a text, NUL and astral ones included', async () => {
      const store = await open();
      try {
        const { doc, article, analysis } = seedRecords(seedPaths()[3]!);
        // A stray NUL byte and an astral character inside a real page, as a broken export might carry them.
        const text = `${article.text.slice(0, 40)}\u0000\u{1F30D}${article.text.slice(40)}`;
        const odd = { ...article, title: `${article.title}\u0000`, text };
        assert.equal(await store.saveDocument({ ...doc, content: `${doc.content}\u0000` }), true);
        await store.saveArticle(odd, analysis);
        assert.deepEqual(await store.loadArticles([odd.id]), [{ article: odd, analysis }]);
        // A re-run replaces the analysis.
        const reanalysed = { ...analysis, sentences: [] };
        assert.equal(await store.saveArticle(odd, reanalysed), false);
        assert.deepEqual((await store.loadArticles([odd.id]))[0]?.analysis, reanalysed);
      } finally {
        await store.close();
      }
    });

    it('replaces stories, records failures, and searches text', async () => {
      const store = await open();
      try {
        const records = seedPaths().map(seedRecords);
        for (const { article, analysis } of records) await store.saveArticle(article, analysis);
        const ids = records.map((r) => r.article.id).sort();
        await store.saveStories([{ id: 's_1', title: 'one', articleIds: ids.slice(0, 2) }]);
        await store.saveStories([{ id: 's_2', title: 'two', articleIds: ids }]);
        assert.deepEqual(await store.loadStories(), [{ id: 's_2', title: 'two', articleIds: ids }]);
        assert.equal((await store.loadArticles(ids.slice(1, 3))).length, 2);
        const heads = await store.loadArticleHeads();
        assert.deepEqual(
          heads.map((head) => head.id),
          ids,
        );
        const first = records.find((r) => r.article.id === ids[0])!.article;
        assert.deepEqual(heads[0], { ...first, text: '' });
        // Read two rows at a time: the pages join up in byte order, none lost or repeated.
        assert.deepEqual(await store.loadArticleHeads(2), heads);
        await store.saveFailure('bad.bin', { code: 'not-text', message: 'binary' });
        await store.saveFailure('bad.bin', { code: 'not-text', message: 'binary again' });
        assert.equal((await store.counts()).failures, 1);
        const hits = await store.search('Weber');
        assert.equal(hits.length, 1);
        assert.match(hits[0]!.snippet, /\[Weber\]/);
        // Query syntax in user text is read as words, never as FTS operators.
        assert.equal((await store.search('Weber) NOT ("')).length, 1);
      } finally {
        await store.close();
      }
    });

    it('caches sentence vectors per model, exactly, first write kept', async () => {
      const store = await open();
      try {
        const a = Float32Array.from([0.6, -0.8, 1e-7, Number.MIN_VALUE]);
        const b = Float32Array.from({ length: 512 }, (_, i) => Math.sin(i));
        const keys = Array.from({ length: 1200 }, (_, i) => `k${i}`);
        await store.saveVectors('m1', new Map([...keys.map((k) => [k, b] as const), ['a', a]]));
        await store.saveVectors('m1', new Map([['a', b]])); // already cached: kept as first written
        const loaded = await store.loadVectors('m1', ['a', 'missing', ...keys]);
        assert.equal(loaded.size, 1201);
        assert.deepEqual(loaded.get('a'), a);
        assert.deepEqual(loaded.get('k1199'), b);
        assert.equal((await store.loadVectors('m2', ['a'])).size, 0);
        assert.equal((await store.loadVectors('m1', [])).size, 0);
      } finally {
        await store.close();
      }
    });
    it('records what became of each document, by content hash', async () => {
      const store = await open();
      try {
        const [one, two] = seedPaths().map(seedRecords);
        assert.equal(await store.documentOutcome(one!.doc.id), undefined);
        await store.saveDocument(one!.doc);
        await store.saveArticle(one!.article, one!.analysis, one!.doc.id);
        assert.deepEqual(await store.documentOutcome(one!.doc.id), {
          articleId: one!.article.id,
          input: one!.doc.input,
        });
        const moved = { ...one!.article, input: 'elsewhere.txt', inputId: 'x#1' };
        await store.saveArticle(moved, one!.analysis, one!.doc.id);
        assert.deepEqual(await store.documentOutcome(one!.doc.id), {
          articleId: one!.article.id,
          input: 'elsewhere.txt',
          inputId: 'x#1',
        });
        const error = { code: 'empty' as const, message: 'no text' };
        await store.saveFailure(two!.doc.input, error, two!.doc.id);
        assert.deepEqual(await store.documentOutcome(two!.doc.id), { error });
        // A re-saved article is indexed once (the index entry is replaced, not added).
        assert.equal((await store.search(one!.article.title.split(' ').slice(0, 3).join(' '))).length, 1);
      } finally {
        await store.close();
      }
    });

    it('keeps versioned stories with aliases, their members, the clusterer state and stale briefs', async () => {
      const store = await open();
      try {
        const records = seedPaths().map(seedRecords);
        for (const { article, analysis } of records) await store.saveArticle(article, analysis);
        const ids = records.map((r) => r.article.id).sort();
        assert.deepEqual(await store.unplacedArticleIds(), ids);
        assert.equal(await store.loadClusterState(), undefined);
        const head = { data: '{"x":1}', lastKey: '["","a","b"]', articles: 2 };
        const state = { ...head, parts: [], whole: true, keepUndoFrom: 2 };
        const one = { id: 's_one', title: 'One', articleIds: ids.slice(0, 2), version: 1, firstArticleId: ids[0]! };
        const two = { id: 's_two', title: 'Two', articleIds: ids.slice(2, 3), version: 1, firstArticleId: ids[2]! };
        await store.writeStories({
          state,
          stories: [
            { ...one, aliases: [] },
            { ...two, aliases: [] },
          ],
          removed: [],
        });
        assert.deepEqual(await store.loadClusterState(), head);
        assert.deepEqual(await store.unplacedArticleIds(), ids.slice(3));
        assert.deepEqual(await store.staleStoryIds(), ['s_one', 's_two']);
        const digests = await store.storyDigests();
        assert.equal(digests.get('s_one')?.version, 1);
        assert.equal(digests.get('s_one')?.firstArticleId, ids[0]);
        const made = { id: 's_one', title: 'One' } as unknown as Parameters<Store['saveBrief']>[0]['brief'];
        await store.saveBrief({ storyId: 's_one', version: 1, brief: made });
        assert.deepEqual(await store.staleStoryIds(), ['s_two']);
        assert.deepEqual(await store.loadBriefs(['s_two', 's_one']), [{ storyId: 's_one', version: 1, brief: made }]);
        // s_two merges into s_one: one keeps its id, two becomes its alias, and one's brief goes stale.
        const merged = { ...one, articleIds: ids.slice(0, 4), version: 2, aliases: [] };
        await store.writeStories({ state, stories: [merged], removed: [{ id: 's_two', into: 's_one' }] });
        const [loaded] = await store.loadStoredStories(['s_two']);
        assert.deepEqual(loaded, { ...merged, aliases: ['s_two'] });
        assert.deepEqual(await store.staleStoryIds(), ['s_one']);
        assert.deepEqual(await store.storiesOfArticles([ids[2]!, ids[0]!]), [{ id: 's_one', size: 4 }]);
        await store.saveBrief({ storyId: 's_one', version: 2, brief: made });
        assert.deepEqual(await store.staleStoryIds(), []);
        await store.touchArticles([ids[3]!]);
        assert.deepEqual(await store.staleStoryIds(), ['s_one']);
        assert.equal((await store.loadStoredStories())[0]?.version, 3);
        // An alias that comes back as a story of its own is no longer an alias.
        const back = { ...two, articleIds: ids.slice(4, 5), version: 1, aliases: [] };
        await store.writeStories({ state, stories: [back], removed: [] });
        assert.deepEqual((await store.loadStoredStories(['s_one']))[0]?.aliases, []);
      } finally {
        await store.close();
      }
    });

    it('keeps the clusterer state in parts, writes only changed ones, and rewinds to an earlier update', async () => {
      const store = await open();
      try {
        const sorted = (parts: ClusterPart[]) =>
          [...parts].sort((a, b) => a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key));
        const write = (state: StoryWrite['state']) => store.writeStories({ state, stories: [], removed: [] });
        const first = [
          { kind: 'member', key: '0', data: '{"id":"a"}' },
          { kind: 'term', key: 'nato', data: '1' },
        ];
        await write({
          data: 'p',
          lastKey: '["2024-01-01","x","a"]',
          articles: 1,
          parts: first,
          whole: true,
          keepUndoFrom: 1,
        });
        assert.deepEqual(await store.clusterRewindPoints(), [], 'a whole state is no point to rewind to');
        const head1 = { data: 'p', lastKey: '["2024-01-02","x","b"]', articles: 2 };
        const second = [
          { kind: 'member', key: '1', data: '{"id":"b"}' },
          { kind: 'term', key: 'nato', data: '2' },
        ];
        await write({ ...head1, parts: second, whole: false, keepUndoFrom: 0 });
        const third = [
          { kind: 'member', key: '2', data: '{"id":"c"}' },
          { kind: 'term', key: 'nato', data: '3' },
          { kind: 'term', key: 'rutte', data: '1' },
          { kind: 'member', key: '0', data: null },
        ];
        const head2 = { data: 'p', lastKey: '["2024-01-03","x","c"]', articles: 3 };
        await write({ ...head2, parts: third, whole: false, keepUndoFrom: 0 });
        assert.deepEqual(sorted(await store.loadClusterParts()), [
          { kind: 'member', key: '1', data: '{"id":"b"}' },
          { kind: 'member', key: '2', data: '{"id":"c"}' },
          { kind: 'term', key: 'nato', data: '3' },
          { kind: 'term', key: 'rutte', data: '1' },
        ]);
        // A restored clusterer reads only what new articles touch: one kind, or some keys of it (missing ones left out).
        assert.deepEqual(sorted(await store.loadClusterParts('member')), [
          { kind: 'member', key: '1', data: '{"id":"b"}' },
          { kind: 'member', key: '2', data: '{"id":"c"}' },
        ]);
        assert.deepEqual(sorted(await store.loadClusterParts('term', ['rutte', 'nato', 'rutte', 'stoltenberg'])), [
          { kind: 'term', key: 'nato', data: '3' },
          { kind: 'term', key: 'rutte', data: '1' },
        ]);
        assert.deepEqual(await store.loadClusterParts('member', ['0']), []);
        const many = Array.from({ length: 450 }, (_, i) => String(i));
        assert.deepEqual(sorted(await store.loadClusterParts('member', many)).length, 2, 'keys past one statement');
        assert.deepEqual(
          (await store.clusterRewindPoints()).map((point) => point.articles),
          [1, 2],
        );
        // Back to where the second update began: its parts and the third's are undone, the deleted one is back.
        const removed = await store.transaction((tx) => tx.rewindClusterState(1));
        assert.deepEqual(sorted(removed), [
          { kind: 'member', key: '1', data: '{"id":"b"}' },
          { kind: 'member', key: '2', data: '{"id":"c"}' },
          { kind: 'term', key: 'rutte', data: '1' },
        ]);
        assert.deepEqual(sorted(await store.loadClusterParts()), sorted(first));
        assert.equal((await store.loadClusterState())?.lastKey, '["2024-01-01","x","a"]');
        assert.deepEqual(await store.clusterRewindPoints(), []);
        // Undo rows of updates that began before keepUndoFrom go.
        await write({ ...head1, parts: second, whole: false, keepUndoFrom: 0 });
        await write({ ...head2, parts: third, whole: false, keepUndoFrom: 2 });
        assert.deepEqual(
          (await store.clusterRewindPoints()).map((point) => point.articles),
          [2],
        );
        await assert.rejects(
          store.transaction((tx) => tx.rewindClusterState(1)),
          /no state to rewind to/,
        );
      } finally {
        await store.close();
      }
    });

    it('runs a transaction as one: all of it, or nothing when it throws', async () => {
      const store = await open();
      try {
        const [one, two] = seedPaths().map(seedRecords);
        await store.transaction(async (tx) => {
          await tx.saveArticle(one!.article, one!.analysis, one!.doc.id);
          const rows = await tx.execute('select count(*) as n from articles');
          assert.equal(Number(rows[0]!.n), 1);
        });
        await assert.rejects(
          store.transaction(async (tx) => {
            await tx.saveArticle(two!.article, two!.analysis, two!.doc.id);
            throw new Error('stage failed');
          }),
          /stage failed/,
        );
        assert.equal((await store.counts()).articles, 1);
        assert.equal(await store.documentOutcome(two!.doc.id), undefined);
      } finally {
        await store.close();
      }
    });
    it('gives a stored document back as saved, every character and declared field kept', async () => {
      const store = await open();
      try {
        const content = 'Title\n\nA line with NUL \u0000 and 😀.';
        const doc: Document = {
          id: hashId('d', content),
          input: 'feeds/x.jsonl#3',
          inputId: 'item-3',
          format: 'text',
          content,
          title: 'Title',
          outlet: 'Example',
          publishedAt: '2026-12-04T20:00:00Z',
        };
        await store.saveDocument(doc);
        assert.deepEqual(await store.loadDocument(doc.id), doc);
        assert.equal(await store.loadDocument('d_missing'), undefined);
      } finally {
        await store.close();
      }
    });
  });
}
