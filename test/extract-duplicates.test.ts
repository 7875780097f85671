/** findDuplicates on real text: the seed pages, their raw (furniture-included) and truncated copies, and real AEB pages. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { loadAeb } from '../bench/shared-data.js';
import type { Article } from '../src/core/model.js';
import { findDuplicates, minHash, shingleSet, wordsOf, estimateJaccard } from '../src/extract/find-duplicates.js';
import { loadSeedArticles } from './helpers/seed-articles.js';
import { SEEDS_DIR, seedPaths, tempDir } from './helpers/shared.js';
import { brief } from '../src/api/brief.js';

const seeds = loadSeedArticles();
const copy = (article: Article, id: string, text: string): Article => ({ ...article, id, text });
const rawSeed = (n: number): string =>
  readFileSync(join(SEEDS_DIR, readdirSync(SEEDS_DIR).find((f) => f.startsWith(`00${n}_`))!), 'utf8');

describe('brief', () => {
  test('a syndicated copy of a seed page is reported in the brief as one report carried twice', async () => {
    const dir = tempDir('duplicates');
    const paragraphs = seeds[2]!.text.split('\n\n');
    const syndicated = { id: 'syndicated', outlet: 'Syndicator', text: paragraphs.slice(0, -2).join('\n\n') };
    writeFileSync(join(dir, 'copy.jsonl'), `${JSON.stringify(syndicated)}\n`);
    const result = await brief([...seedPaths(), join(dir, 'copy.jsonl')], { db: join(dir, 'store.sqlite') });
    const story = result.briefs.stories.find((s) => s.articles.some((a) => a.inputId === 'syndicated'));
    assert.ok(story, 'the copy joins a story');
    const copyId = story.articles.find((a) => a.inputId === 'syndicated')!.id;
    // A brief names its inputs by base name only.
    const original = story.articles.find((a) => a.input === basename(seedPaths()[2]!))!.id;
    assert.equal(story.duplicates?.length, 1);
    assert.deepEqual([...story.duplicates![0]!.articleIds].sort(), [copyId, original].sort());
  });
});

describe('findDuplicates', () => {
  test('the five different seed pages are not duplicates of each other (they share quotes, not text)', () => {
    assert.deepEqual(findDuplicates(seeds), []);
  });

  test('an exact copy under another id is an exact group with similarity 1', () => {
    const twin = copy(seeds[2]!, 'a_twin', seeds[2]!.text.replace(/\n\n/g, '\n'));
    assert.deepEqual(findDuplicates([...seeds, twin]), [
      { articleIds: [seeds[2]!.id, 'a_twin'], kind: 'exact', similarity: 1 },
    ]);
  });

  test('the raw page with its furniture (comments, bio, widgets) matches its clean extraction', () => {
    for (const n of [2, 4]) {
      const raw = copy(seeds[n]!, `a_raw${n}`, rawSeed(n));
      const groups = findDuplicates([...seeds, raw]);
      assert.equal(groups.length, 1, `seed ${n}`);
      assert.deepEqual(groups[0]!.articleIds, [seeds[n]!.id, `a_raw${n}`]);
      assert.equal(groups[0]!.kind, 'near');
      assert.ok(groups[0]!.similarity > 0.5 && groups[0]!.similarity < 1);
    }
  });

  test('a truncated copy (first two thirds of the paragraphs, as an update or teaser) is found', () => {
    const paragraphs = seeds[2]!.text.split('\n\n');
    const truncated = copy(
      seeds[2]!,
      'a_cut',
      paragraphs.slice(0, Math.ceil((paragraphs.length * 2) / 3)).join('\n\n'),
    );
    const groups = findDuplicates([truncated, ...seeds]);
    assert.deepEqual(
      groups.map((group) => group.articleIds),
      [['a_cut', seeds[2]!.id]],
    );
  });

  test('129 real benchmark pages have no false matches; a re-cased copy of one is an exact duplicate', () => {
    const pages = loadAeb();
    const articles = pages.map((page, i) => copy(seeds[0]!, `a_page${i}`, page.gold));
    assert.deepEqual(findDuplicates(articles), []);
    const again = copy(seeds[0]!, 'a_again', pages[7]!.gold.toUpperCase());
    assert.deepEqual(findDuplicates([...articles, again]), [
      { articleIds: ['a_page7', 'a_again'], kind: 'exact', similarity: 1 },
    ]);
  });

  test('the MinHash estimate tracks the exact Jaccard similarity', () => {
    const a = shingleSet(wordsOf(seeds[2]!.text));
    const words = wordsOf(seeds[2]!.text);
    const b = shingleSet(words.slice(0, Math.floor(words.length / 2)));
    const exact = [...b].filter((x) => a.has(x)).length / a.size;
    assert.ok(Math.abs(estimateJaccard(minHash(a), minHash(b)) - exact) < 0.12);
  });

  test('groups do not depend on the input order (property)', () => {
    const raw = copy(seeds[4]!, 'a_raw', rawSeed(4));
    const items = [...seeds, raw];
    const canonical = (groups: ReturnType<typeof findDuplicates>) =>
      groups.map((group) => [...group.articleIds].sort().join('|')).sort();
    const expected = canonical(findDuplicates(items));
    fc.assert(
      fc.property(fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }), (order) => {
        assert.deepEqual(canonical(findDuplicates(order)), expected);
      }),
      { numRuns: 20 },
    );
  });
});
