/**
 * `triangulate serve` in a real browser (Debian's Chromium, driven by playwright-core) on a real loopback server: a
 * reader opens the list, a story, follows a citation to the highlighted passage and back, searches, adds a document
 * and finds it in a story; hostile sources never run; axe-core finds no serious accessibility violation.
 * Screenshots at 1280 and 390 px are kept as artifacts (TRIANGULATE_ARTIFACTS, else a temp folder).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { brief } from '../../src/api/brief.js';
import { type RunningServer, startServer } from '../../src/server/serve.js';
import { createSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { seedPaths, tempDir } from '../helpers/shared.js';

const CHROMIUM = process.env.TRIANGULATE_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'];
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Markup a hostile source could carry in its title, author and text: it must show as text and never run. */
const HOSTILE = '<script>window.__injected = 1</script><img src="x" onerror="window.__injected = 2">';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let store: Store;
let server: RunningServer;
const pageErrors: string[] = [];
const dir = tempDir('serve-browser');

before(async () => {
  assert.ok(existsSync(CHROMIUM), `no browser at ${CHROMIUM}: install Debian's chromium or set TRIANGULATE_CHROMIUM`);
  store = await createSqliteStore({ path: join(dir, 'store.sqlite') });
  const seeds = seedPaths();
  // One seed again under a hostile title and author, its text with hostile markup in a paragraph.
  const lines = readFileSync(seeds[3]!, 'utf8').split('\n');
  lines.splice(3, 0, `${lines[3] ?? ''} ${HOSTILE}`);
  const hostile = join(dir, 'hostile.jsonl');
  writeFileSync(
    hostile,
    JSON.stringify({ id: 'hostile', title: `Hostile ${HOSTILE}`, author: HOSTILE, text: lines.join('\n') }),
  );
  await brief([...seeds.slice(0, 4), hostile], { db: store, embeddings: false });
  server = await startServer({ db: store, port: 0, embeddings: false });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  context = await browser.newContext();
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

after(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
});

describe('the web reader in Chromium', () => {
  for (const width of [1280, 390]) {
    it(`at ${width} px: list → story → citation → highlighted passage → back, without sideways scroll`, async () => {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await page.goto(server.url);
      await expectNoSidewaysScroll(page, 'the list');
      await page.screenshot({ path: join(artifactsDir(), `serve-list-${width}.png`) });
      await page.locator('ol.stories a').first().click();
      await page.waitForURL(/\/stories\//);
      const storyUrl = page.url();
      await expectNoSidewaysScroll(page, 'the story');
      await page.screenshot({ path: join(artifactsDir(), `serve-story-${width}.png`) });
      const citation = page.locator('section.quick-look sup.cite a[href^="/articles/"]').first();
      const href = (await citation.getAttribute('href')) ?? '';
      await citation.click();
      await page.waitForURL(/\/articles\//);
      const seen = await page.evaluate(() => {
        const target = document.querySelector(':target');
        const box = target?.getBoundingClientRect();
        return {
          tag: target?.tagName,
          highlighted: target ? getComputedStyle(target).backgroundColor !== 'rgba(0, 0, 0, 0)' : false,
          inView: box !== undefined && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
        };
      });
      assert.equal(seen.tag, 'MARK', `${href} lands on a marked passage`);
      assert.ok(seen.highlighted && seen.inView, 'the cited passage is highlighted and in view');
      await expectNoSidewaysScroll(page, 'the article');
      await page.screenshot({ path: join(artifactsDir(), `serve-passage-${width}.png`) });
      await page.locator(':target > a.back').first().click();
      await page.waitForURL(/\/stories\/.*#ref-/);
      assert.equal(page.url().replace(/#.*$/, ''), storyUrl.replace(/#.*$/, ''));
      const returned = await page.evaluate(
        () => document.querySelector(':target')?.closest('section')?.className ?? '',
      );
      assert.ok(returned.length > 0, 'the way back lands on the citation in the brief');
    });
  }

  it('searches, adds a document through the form, and finds it in a story', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(server.url);
    await page.locator('#site-q').fill('Rutte');
    await page.locator('header.site form button').click();
    await page.waitForURL(/\/search\?q=Rutte/);
    assert.ok((await page.locator('#found-articles + ol li').count()) > 0, 'the search finds articles');
    await page.goto(new URL('/add', server.url).href);
    await page.locator('#files').setInputFiles(seedPaths()[4]!);
    await page.locator('form.add button').click();
    await page.waitForURL(/\/add$/);
    assert.match((await page.locator('[role=status]').textContent()) ?? '', /1 document read, 1 new, 0 failed/);
    await page.locator('main a[href^="/stories/"]').first().click();
    const titles = await page.locator('section.sources li strong').allTextContents();
    assert.ok(titles.length >= 2, 'the added document sits in a story with the others');
  });

  it('never runs markup from a source, and axe-core finds no serious violation on any page', async () => {
    const pages = ['/', '/search?q=Europe', '/add'];
    await page.goto(server.url);
    pages.push(new URL((await page.locator('ol.stories a').first().getAttribute('href')) ?? '/', server.url).pathname);
    // The hostile copy's own story and article page, found in the store (its story's headline is the brief's own).
    const hostileArticle = (await store.loadArticleHeads()).find((head) => head.title.startsWith('Hostile'));
    assert.ok(hostileArticle, 'the hostile document was stored as an article');
    const [hostileStory] = await store.storiesOfArticles([hostileArticle.id]);
    assert.ok(hostileStory, 'the hostile article sits in a story');
    pages.push(`/stories/${hostileStory.id}`, `/articles/${hostileArticle.id}`);
    await page.goto(new URL(`/articles/${hostileArticle.id}`, server.url).href);
    assert.ok(
      (await page.locator('h1').first().textContent())?.includes('<script>'),
      'the hostile title shows as text on its article page',
    );
    for (const path of pages) {
      await page.goto(new URL(path, server.url).href);
      if (!path.startsWith('/stories/')) continue;
      // Every article page of the story, the hostile copy among them.
      const hrefs = await page
        .locator('section.sources a[href^="/articles/"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '/'));
      pages.push(...new Set(hrefs));
    }
    // axe is injected past the page's CSP (the pages allow no script at all).
    const audit = await browser.newContext({ bypassCSP: true });
    const auditPage = await audit.newPage();
    try {
      for (const path of pages) {
        await page.goto(new URL(path, server.url).href);
        assert.equal(
          await page.evaluate(() => (window as { __injected?: number }).__injected),
          undefined,
          `${path} ran injected markup`,
        );
        assert.equal(await page.locator('img, script').count(), 0, `${path} holds no image or script element`);
        await auditPage.goto(new URL(path, server.url).href);
        await auditPage.addScriptTag({ content: AXE });
        const serious = await auditPage.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run: (
                  c: unknown,
                  o: unknown,
                ) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
              };
            }
          ).axe;
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return result.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id} (${v.nodes.length})`);
        });
        assert.deepEqual(serious, [], `${path}: ${serious.join(', ')}`);
      }
    } finally {
      await audit.close();
    }
    assert.deepEqual(pageErrors, []);
  });
});

async function expectNoSidewaysScroll(target: Page, what: string): Promise<void> {
  const overflow = await target.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 0, `${what} scrolls sideways by ${overflow} px`);
}

function artifactsDir(): string {
  const path = process.env.TRIANGULATE_ARTIFACTS ?? join(tmpdir(), 'triangulate-artifacts');
  mkdirSync(path, { recursive: true });
  return path;
}
