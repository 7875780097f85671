/**
 * The HTML brief in a real browser (Debian's Chromium, driven by playwright-core): every citation opens the passage it
 * cites inside its article's text, and markup inside a source never runs or renders. Not part of `npm test` (it needs
 * a browser); `.ci/run` installs Chromium and runs `npm run test:browser`.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { brief } from '../../src/api/brief.js';
import type { Brief } from '../../src/core/model.js';
import { render } from '../../src/render/render.js';
import { seedPaths, tempDir } from '../helpers/shared.js';

const CHROMIUM = process.env.TRIANGULATE_CHROMIUM ?? '/usr/bin/chromium';
// Flags a sandboxed, offline machine needs: no background connections, no GPU, no setuid sandbox as root.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Markup an attacker could put in a page; it must show as text and never execute. */
const HOSTILE = '<script>window.__injected = 1</script><img src="x" onerror="window.__injected = 2">';

let browser: Browser;
let page: Page;
let stories: Brief[];
const pageErrors: string[] = [];

/** Briefs the five seeds plus one seed with hostile markup written into a paragraph, and opens brief.html. */
before(async () => {
  assert.ok(existsSync(CHROMIUM), `no browser at ${CHROMIUM}: install Debian's chromium or set TRIANGULATE_CHROMIUM`);
  const dir = tempDir('browser');
  const seeds = seedPaths();
  const hostileSeed = readFileSync(seeds[2]!, 'utf8').split('\n');
  hostileSeed.splice(3, 0, `${hostileSeed[3] ?? ''} ${HOSTILE}`);
  const hostilePath = join(dir, 'hostile.txt');
  writeFileSync(hostilePath, hostileSeed.join('\n'));
  const result = await brief([...seeds, hostilePath], { db: join(dir, 'store.sqlite') });
  stories = result.briefs.stories;
  const htmlPath = join(dir, 'brief.html');
  writeFileSync(htmlPath, render(result.briefs, 'html'));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(pathToFileURL(htmlPath).href);
});

after(async () => {
  await browser?.close();
});

describe('brief.html in Chromium', () => {
  it('opens the cited passage, inside the cited article, when a quick-look citation is clicked', async () => {
    const links = page.locator('section.quick-look sup.cite a');
    const count = await links.count();
    assert.ok(count > 0, 'the quick look has citation links');
    for (let i = 0; i < Math.min(count, 4); i += 1) {
      const link = links.nth(i);
      const href = (await link.getAttribute('href')) ?? '';
      await link.click();
      const opened = await page.evaluate(() => {
        const target = document.querySelector(':target');
        const article = target?.closest('section.article-text');
        const box = target?.getBoundingClientRect();
        return {
          hash: location.hash,
          tag: target?.tagName,
          text: target?.textContent ?? '',
          articleId: article?.id ?? '',
          inView: box !== undefined && box.bottom > 0 && box.top < window.innerHeight,
        };
      });
      assert.equal(opened.hash, href);
      assert.equal(opened.tag, 'MARK');
      assert.ok(opened.inView, `${href} is scrolled into view`);
      const span = spanOf(href);
      const article = stories.flatMap((s) => s.articles).find((a) => opened.articleId.endsWith(a.id));
      assert.ok(article, `${href} sits in the text of an article of the brief`);
      assert.equal(span.articleId, article.id);
      // Marks can nest where cited spans overlap; the outer mark holds at least the cited characters.
      assert.ok(opened.text.includes(article.text.slice(span.start, span.end)), `${href} marks the cited text`);
    }
  });

  it('has a target for every in-page link', async () => {
    const missing = await page.evaluate(() =>
      [...document.querySelectorAll('a[href^="#"]')]
        .map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1)))
        .filter((id) => document.getElementById(id) === null),
    );
    assert.deepEqual(missing, []);
  });

  it('shows markup from a source as text and runs none of it', async () => {
    const found = await page.evaluate((hostile) => {
      const texts = [...document.querySelectorAll('section.article-text')].map((s) => s.textContent ?? '');
      return {
        injected: (window as unknown as { __injected?: number }).__injected,
        scripts: document.scripts.length,
        images: document.images.length,
        handlers: [...document.querySelectorAll('*')].filter((el) =>
          [...el.attributes].some((a) => a.name.startsWith('on')),
        ).length,
        shownAsText: texts.some((t) => t.includes(hostile)),
      };
    }, HOSTILE);
    assert.equal(found.injected, undefined);
    assert.equal(found.scripts, 0);
    assert.equal(found.images, 0);
    assert.equal(found.handlers, 0);
    assert.ok(found.shownAsText, 'the hostile markup is shown literally in the source text');
    assert.deepEqual(pageErrors, []);
  });
});

describe('brief.html as a reader sees it, at 1280 and 390 px', () => {
  for (const width of [1280, 390]) {
    it(`fits ${width} px without horizontal scroll, highlights the clicked passage alone, and leads back to its citation`, async () => {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await page.goto(page.url().replace(/#.*$/, ''));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px at ${width} px`);
      const shots = artifactsDir();
      await page.screenshot({ path: join(shots, `brief-${width}.png`) });
      const link = page.locator('section.quick-look sup.cite a').first();
      const href = (await link.getAttribute('href')) ?? '';
      await link.click();
      const seen = await page.evaluate(() => {
        const target = document.querySelector(':target');
        const box = target?.getBoundingClientRect();
        const highlighted = [...document.querySelectorAll('mark')].filter(
          (m) => getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)' && !target?.contains(m) && m !== target,
        );
        return {
          inView: box !== undefined && box.width > 0 && box.bottom > 0 && box.top < window.innerHeight,
          others: highlighted.length,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
      assert.ok(seen.inView, `${href} is visible after the click at ${width} px`);
      assert.equal(seen.others, 0, 'only the clicked passage is highlighted');
      assert.ok(seen.overflow <= 0, `no sideways scroll with the passage open at ${width} px`);
      await page.screenshot({ path: join(shots, `brief-${width}-passage.png`) });
      // The way back: the link after the passage returns to the citation marker that was clicked.
      const back = page.locator(`[id="${decodeURIComponent(href.slice(1))}"] > a.back`).first();
      await back.click();
      const returned = await page.evaluate(() => {
        const target = document.querySelector(':target');
        const box = target?.getBoundingClientRect();
        return {
          inQuickLook:
            target?.closest('section.quick-look') !== null && target?.closest('section.quick-look') !== undefined,
          inView: box !== undefined && box.bottom > 0 && box.top < window.innerHeight,
        };
      });
      assert.ok(returned.inQuickLook && returned.inView, 'the back link returns to the citation in the quick look');
    });
  }
});

/** Screenshots are test artifacts, kept outside the repository (TRIANGULATE_ARTIFACTS, else a temp folder). */
function artifactsDir(): string {
  const dir = process.env.TRIANGULATE_ARTIFACTS ?? join(tmpdir(), 'triangulate-artifacts');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** `#a-<article id>-<start>-<end>` back to its span (see render/mark-passages.ts). */
function spanOf(href: string): { articleId: string; start: number; end: number } {
  const match = /^#a-(.+)-(\d+)-(\d+)$/.exec(decodeURIComponent(href));
  assert.ok(match, `citation anchor ${href} names a span`);
  return { articleId: match[1]!, start: Number(match[2]), end: Number(match[3]) };
}
