/**
 * Where the article is, on real trafilatura-eval pages: the prose block's second opinion when Readability kept one
 * small part of the article, and pruning that keeps an article's own lead named "teaser" or "non-paywall".
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { DATA } from '../bench/shared-data.js';
import { extract } from '../src/extract/extract.js';
import { decodeHtml } from '../src/ingest/decode-html.js';

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
const gold = JSON.parse(readFileSync(join(DATA, 'trafilatura-eval', 'gold.json'), 'utf8')) as Record<
  string,
  { url: string; html: string; with: string[]; without: string[] }
>;

/** Every `with` snippet of the page is in the extracted text and no `without` snippet is. */
function assertSnippets(id: string): void {
  const entry = gold[id];
  assert.ok(entry, id);
  const html = decodeHtml(gunzipSync(readFileSync(join(DATA, 'trafilatura-eval', entry.html))));
  assert.ok(html.ok, id);
  const result = extract({ id, input: entry.html, format: 'html', content: html.value });
  assert.ok(result.ok, id);
  const text = collapse(result.value.text);
  for (const snippet of entry.with) assert.ok(text.includes(collapse(snippet)), `missing: ${snippet}`);
  for (const snippet of entry.without) assert.ok(!text.includes(collapse(snippet)), `leaked: ${snippet}`);
}

describe('the prose block replaces a short Readability pick that holds little of it', () => {
  const pages = [
    '38712ce6bbf5293b', // a press release in a CMS paragraph field: Readability kept its first 450 characters
    'd53106b9620e1481', // an article in one widget per subheading: Readability kept one widget
    'd17a0bc4ae5a2738', // a forum thread: Readability kept one post
    'ac7e12ab93af95c1', // paragraphs in <em> beside an author box: Readability kept the box
  ];
  for (const id of pages) test(`${id} ${gold[id]?.url ?? ''}`, () => assertSnippets(id));
});

describe('pruning keeps the lead named like furniture', () => {
  const pages = [
    '3418932f1028bf59', // div.teaser-text.news-details__teaser under the headline
    '7a15191c610bf5c6', // div.ce-news--teaser
    '99ed5ca757b43a8a', // header > div.teaser > p.abstract
    '4ff3135db64e47d6', // section.non-paywall: the free part of the article
    'ac7e12ab93af95c1', // repeated div.grid-item-teaser cards of other articles stay pruned ("Neueste Artikel")
  ];
  for (const id of pages) test(`${id} ${gold[id]?.url ?? ''}`, () => assertSnippets(id));
});
