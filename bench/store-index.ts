/**
 * The store's per-article save cost as the store grows: saving real articles (NeuS excerpts, empty analyses) into
 * SQLite, ms per save for each block of 1,000. Before the rowid-keyed search index each save scanned the index.
 * Run: node --import tsx bench/store-index.ts [count, default 6000] [path to a checkout's src/store/sqlite.ts]
 */
import { join } from 'node:path';
import { hashId } from '../src/core/ids.js';
import type { Store } from '../src/store/store.js';
import { tempDir } from '../test/helpers/shared.js';
import { loadNeus } from './clustering-data.js';

const count = Number(process.argv[2] ?? 6000);
const driver = process.argv[3] ?? '../src/store/sqlite.js';
const { createSqliteStore } = (await import(driver)) as { createSqliteStore: (o: { path: string }) => Promise<Store> };
const store = await createSqliteStore({ path: join(tempDir('store-index'), 'index.sqlite') });
const docs = loadNeus().slice(0, count);
let t = performance.now();
for (const [i, { document }] of docs.entries()) {
  const [title = '', ...rest] = document.content.split('\n');
  const id = hashId('a', document.id);
  const article = { id, input: document.input, title, text: rest.join('\n'), cites: [], provenanceNotes: [] };
  const analysis = { articleId: id, sentences: [], paragraphs: [], entities: [], quotes: [], claims: [], dates: [] };
  await store.saveArticle(article, analysis);
  if ((i + 1) % 1000 === 0) {
    console.log(`${i + 1} articles: ${((performance.now() - t) / 1000).toFixed(2)} ms a save over the last 1000`);
    t = performance.now();
  }
}
await store.close();
