/**
 * A SQLite store made before the search index was keyed by rowid (article_search, keyed by an unindexed column) is
 * moved over on open: its articles are still found, and the old index is gone.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import { hashId } from '../src/core/ids.js';
import { createSqliteStore } from '../src/store/sqlite.js';
import { seedPaths, tempDir } from './helpers/shared.js';

it('moves an old article_search index to the rowid-keyed one', async () => {
  const path = join(tempDir('migrate'), 'old.sqlite');
  const content = readFileSync(seedPaths()[1]!, 'utf8');
  const [title = '', ...rest] = content.split('\n');
  const text = rest.join('\n');
  const article = { id: hashId('a', content), input: seedPaths()[1]!, title, text, cites: [], provenanceNotes: [] };
  const analysis = {
    articleId: article.id,
    sentences: [],
    paragraphs: [],
    entities: [],
    quotes: [],
    claims: [],
    dates: [],
  };
  const store = await createSqliteStore({ path });
  await store.saveArticle(article, analysis);
  await store.close();
  // As the old schema left it: the text in article_search under the article's id, nothing in article_fts.
  const raw = new SqliteDatabase(path);
  raw.exec('delete from article_fts');
  raw.exec(
    "create virtual table article_search using fts5(article_id unindexed, title, text, tokenize = 'porter unicode61')",
  );
  raw.prepare('insert into article_search (article_id, title, text) values (?, ?, ?)').run(article.id, title, text);
  raw.close();
  const reopened = await createSqliteStore({ path });
  try {
    const word = title.split(/\s+/).find((w) => w.length > 5)!;
    const hits = await reopened.search(word);
    assert.deepEqual(
      hits.map((hit) => hit.articleId),
      [article.id],
    );
    const left = await reopened.execute("select name from sqlite_master where name = 'article_search'");
    assert.deepEqual(left, []);
  } finally {
    await reopened.close();
  }
});
