/**
 * Cost on large repetitive pages (issue 16 item 6): a real seed paragraph with a quote, repeated to 1, 2, 4 and 6 MB,
 * through brief (ingest, extract, analyze, store, cluster, compare, compose) and rendering every format.
 * Near-linear cost means the ms/MB column stays roughly flat. Run: nice -n 10 node --import tsx bench/hostile-pages.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brief } from '../src/api/brief.js';
import { render } from '../src/render/render.js';
import { createSqliteStore } from '../src/store/sqlite.js';
import { repeatedParagraphPage } from '../test/helpers/repetitive-page.js';
import { tempDir } from '../test/helpers/shared.js';

const sizes = (process.argv[2] ?? '1,2,4,6').split(',').map(Number);
console.log('| MB | brief ms | render (5 formats) ms | total ms/MB | peak RSS MB |');
console.log('|---:|---:|---:|---:|---:|');
for (const mb of sizes) {
  const path = join(tempDir('bench-repetitive'), 'repeated.txt');
  writeFileSync(path, repeatedParagraphPage(mb * 1_000_000));
  const store = await createSqliteStore({ path: ':memory:' });
  let t = performance.now();
  const result = await brief([path], { db: store });
  const briefMs = performance.now() - t;
  await store.close();
  t = performance.now();
  for (const format of ['md', 'html', 'json', 'csv', 'feed'] as const) render(result.briefs, format);
  const renderMs = performance.now() - t;
  const rss = process.memoryUsage().rss / 1048576;
  console.log(
    `| ${mb} | ${briefMs.toFixed(0)} | ${renderMs.toFixed(0)} | ${((briefMs + renderMs) / mb).toFixed(0)} | ${rss.toFixed(0)} |`,
  );
}
