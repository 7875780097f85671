/** HTML extraction on real pages from ../shared/data (trafilatura-eval and aeb): gold snippets and metadata. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Article } from '../core/model.js';
import { extract } from './extract.js';

const dataDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), '..', 'shared', 'data');
const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

interface TrafilaturaGold {
  url: string;
  html: string;
  with: string[];
  without: string[];
}
interface AebGold {
  url: string;
  articleBody: string;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function extractPage(path: string, id: string, url?: string): Article {
  const content = gunzipSync(readFileSync(path)).toString('utf8');
  const result = extract({ id, input: path, format: 'html', content, ...(url ? { url } : {}) });
  assert.ok(result.ok, `extract rejected ${path}: ${result.ok ? '' : result.error.message}`);
  return result.value;
}

describe('extract on trafilatura-eval pages (must include / must not include)', () => {
  const gold = readJson<Record<string, TrafilaturaGold>>(join(dataDir, 'trafilatura-eval', 'gold.json'));
  const pages: { id: string; author: string; date: string }[] = [
    { id: '7baace3170ecc428', author: 'Bob Yirka', date: '2019-10-22' }, // phys.org
    { id: '271e61863e5f1257', author: 'David Brand, Ramsey Khalifeh', date: '2023-11-08' }, // gothamist
    { id: '81122dd92662d06c', author: 'Ian Mohr', date: '2020-02-2' }, // pagesix (UTC date is the next day)
  ];
  for (const page of pages) {
    const entry = gold[page.id];
    test(`${page.id} ${entry?.url ?? ''}`, () => {
      assert.ok(entry, page.id);
      const article = extractPage(join(dataDir, 'trafilatura-eval', entry.html), page.id, entry.url);
      const text = collapse(article.text);
      for (const snippet of entry.with) assert.ok(text.includes(collapse(snippet)), `missing: ${snippet}`);
      for (const snippet of entry.without) assert.ok(!text.includes(collapse(snippet)), `leaked: ${snippet}`);
      assert.equal(article.author, page.author);
      assert.ok(article.publishedAt?.startsWith(page.date), article.publishedAt);
      assert.equal(article.language, 'en');
      assert.ok(!article.text.split('\n\n').includes(article.title), 'the title is not a paragraph of the text');
    });
  }
});

describe('extract on aeb pages (first and last gold paragraphs present)', () => {
  const gold = readJson<Record<string, AebGold>>(join(dataDir, 'aeb', 'ground-truth.json'));
  const pages: { id: string; author: string; outlet: string }[] = [
    { id: '16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56', author: 'Umair Irfan', outlet: 'Vox' },
    { id: '7bb1ca90354313840329d2f569ea9fb3a582df2aa0a5e3669f8fc567eb6ea61b', author: 'Ed Cara', outlet: 'Gizmodo' },
  ];
  for (const page of pages) {
    const entry = gold[page.id];
    test(`${page.id.slice(0, 12)} ${entry?.url ?? ''}`, () => {
      assert.ok(entry, page.id);
      const article = extractPage(join(dataDir, 'aeb', 'html', `${page.id}.html.gz`), page.id, entry.url);
      const paragraphs = entry.articleBody.split('\n').map(collapse).filter(Boolean);
      const text = collapse(article.text);
      for (const paragraph of [paragraphs[0]!, paragraphs[paragraphs.length - 1]!]) {
        assert.ok(text.includes(paragraph), `missing: ${paragraph}`);
      }
      assert.equal(article.author, page.author);
      assert.equal(article.outlet, page.outlet);
      assert.ok(article.url?.startsWith('https://'), article.url);
    });
  }
});

describe('extract on markup without an article', () => {
  test('a page with only scripts and navigation is rejected as no-article', () => {
    const result = extract({
      id: 'd_x',
      input: 'x.html',
      format: 'html',
      content: '<html><body><nav><a href="/">Home</a></nav><script>var a = 1;</script></body></html>',
    });
    assert.equal(!result.ok && result.error.code, 'no-article');
  });
});
