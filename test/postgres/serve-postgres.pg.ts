/**
 * `triangulate serve` on a PostgreSQL store: the same pages and API as on SQLite, search by PostgreSQL full text.
 * Not part of `npm test`; `.ci/run` runs it with `npm run test:postgres` against the machine's server.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { brief } from '../../src/api/brief.js';
import { startServer } from '../../src/server/serve.js';
import { seedPaths } from '../helpers/shared.js';

const ADMIN_URL = process.env.TRIANGULATE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `triangulate_serve_${randomBytes(6).toString('hex')}`;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

after(() => admin(`drop database if exists ${name} with (force)`));

describe('serve on PostgreSQL', () => {
  it('lists the story, shows its brief and article pages, and searches by full text', async () => {
    await admin(`create database ${name}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    await brief(seedPaths(), { db: url.href, embeddings: false });
    const server = await startServer({ db: url.href, port: 0, embeddings: false, warm: false });
    try {
      const list = (await (await fetch(new URL('/api/stories', server.url))).json()) as { stories: { id: string }[] };
      assert.equal(list.stories.length, 1);
      const page = await (await fetch(new URL(`/stories/${list.stories[0]!.id}`, server.url))).text();
      const article = /href="(\/articles\/[^"#]+)#/.exec(page.replace(/&amp;/g, '&'))?.[1];
      assert.ok(article, 'the story page cites an article page');
      const articlePage = await fetch(new URL(article, server.url));
      assert.equal(articlePage.status, 200);
      assert.match(await articlePage.text(), /<mark id="a-/);
      const found = (await (await fetch(new URL('/api/search?q=defence%20spending', server.url))).json()) as {
        articles: { snippet: string }[];
      };
      assert.ok(found.articles.length > 0, 'PostgreSQL full text finds the articles');
      assert.match(found.articles[0]!.snippet, /\[/);
    } finally {
      await server.close();
    }
  });
});
