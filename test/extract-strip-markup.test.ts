/** Dropping scripts, styles, noscript, svg and comments before parsing changes no visible text and keeps JSON-LD. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { parseDocument } from '../src/extract/dom.js';
import { findMetadata } from '../src/extract/find-metadata.js';
import { htmlToLines } from '../src/extract/html-to-lines.js';
import { dropBlockIndentation, dropUnreadAttributes, stripNonContent } from '../src/extract/strip-markup.js';

const aebDir = new URL('../../shared/data/aeb/', import.meta.url);

const visibleLines = (html: string) => {
  const body = parseDocument(html).body;
  return body ? htmlToLines(body) : [];
};

/** The lean page shows the same paragraphs and gives the same metadata as the page. */
function assertSameReading(lean: string, html: string, label?: string): void {
  assert.deepEqual(visibleLines(lean), visibleLines(html), label);
  assert.deepEqual(findMetadata(parseDocument(lean)), findMetadata(parseDocument(html)), label);
}

/** The first aeb pages, decompressed, each passed through `prepare`. */
function aebPages(prepare: (html: string) => string = (html) => html): { id: string; html: string }[] {
  const names = readdirSync(new URL('html/', aebDir)).filter((name) => name.endsWith('.html.gz'));
  return names
    .sort()
    .slice(0, 12)
    .map((id) => ({ id, html: prepare(gunzipSync(readFileSync(new URL(`html/${id}`, aebDir))).toString('utf8')) }));
}

/** Markup pieces a page is built from: content, and the blocks the stripper drops (some unclosed, some nested in text). */
const FRAGMENTS = [
  '<p>',
  '</p>',
  '<div class="story">',
  '</div>',
  '<b>',
  '</b>',
  '<br>',
  '<script>var s = "<p>not text</p>";</script>',
  '<SCRIPT type="text/javascript">x()</SCRIPT >',
  '<script src="a.js"></script>',
  '<style>p { color: red }</style>',
  '<!-- <p>commented out</p> -->',
  '<noscript><p>enable JavaScript</p></noscript>',
  '<svg viewBox="0 0 1 1"><title>icon</title><path d="M0 0"/></svg>',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Kept <!-- headline"}</script>',
  '<!-- unclosed comment',
  '<script>unclosed',
];

const page = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.stringMatching(/^[a-z .]{1,12}$/)), { maxLength: 30 })
  .map((parts) => `<!DOCTYPE html><html><head><title>t</title></head><body>${parts.join('')}</body></html>`);

/** Start tags with attributes the parser never needs, quotes that hold `>`, a broken quote, raw text, an open value. */
const ATTRIBUTE_FRAGMENTS = [
  ...FRAGMENTS,
  '<img src="a.jpg" srcset="a.jpg 1x, b.jpg 2x" alt="A > B" data-lazy="1">',
  '<a href="/x" data-track=\'{"a":">"}\' onclick="go()" class="more">',
  '<img alt="Say: "hi" now" loading="eager" class=k>',
  '<div data-x=1/>',
  '<textarea data-a="1"><p data-b="2">raw</textarea>',
  '<span title="t" data-open="',
];
const attributedPage = fc
  .array(fc.oneof(fc.constantFrom(...ATTRIBUTE_FRAGMENTS), fc.stringMatching(/^[a-z .]{1,12}$/)), { maxLength: 30 })
  .map((parts) => `<!DOCTYPE html><html><head><title>t</title></head><body>${parts.join('')}</body></html>`);

describe('stripNonContent', () => {
  test('drops the blocks whole and keeps everything else byte for byte', () => {
    assert.equal(
      stripNonContent('<p>a</p><script>x("</p>")</script><!-- c --><style>b{}</style><p>b</p>'),
      '<p>a</p><p>b</p>',
    );
    const jsonLd = '<script type="application/ld+json">{"headline":"<!-- not a comment"}</script>';
    assert.equal(stripNonContent(`${jsonLd}<p>x</p>`), `${jsonLd}<p>x</p>`);
    assert.equal(stripNonContent('<p>no markup to drop</p>'), '<p>no markup to drop</p>');
  });

  test('leaves an unclosed block to the parser', () => {
    assert.equal(stripNonContent('<p>a</p><!-- open <p>b</p>'), '<p>a</p><!-- open <p>b</p>');
    assert.equal(stripNonContent('<style>x</style><script>open'), '<script>open');
  });

  test('the visible text and the JSON-LD metadata of a generated page do not change', () => {
    fc.assert(
      fc.property(page, (html) => assertSameReading(stripNonContent(html), html)),
      { numRuns: 300 },
    );
  });

  test('the visible text and the metadata of real benchmark pages do not change', () => {
    for (const { id, html } of aebPages()) {
      const stripped = stripNonContent(html);
      assert.ok(stripped.length < html.length, `${id}: nothing was dropped`);
      assertSameReading(stripped, html, id);
    }
  });
});

describe('dropUnreadAttributes', () => {
  test('drops the unread attributes and keeps the rest, quotes and raw text as they were', () => {
    assert.equal(
      dropUnreadAttributes('<img src="a.jpg" srcset="a2.jpg 2x" alt="A > B"><p data-x="1" class=\'c\'>t</p>'),
      '<img src="a.jpg"><p class=\'c\'>t</p>',
    );
    const jsonLd = '<script type="application/ld+json">{"a":"<p data-x=1>"}</script>';
    assert.equal(dropUnreadAttributes(`${jsonLd}<p data-y=2>x`), `${jsonLd}<p>x`);
    // A quote inside a name (a broken alt text) does not open a value: the tag ends where a browser ends it.
    assert.equal(
      dropUnreadAttributes('<img alt="B: "Dann hau\' ich"" data-a=1 class=k> <p>x'),
      '<img Dann hau\' ich"" class=k> <p>x',
    );
    assert.equal(dropUnreadAttributes('<p>nothing to drop</p>'), '<p>nothing to drop</p>');
  });

  test('a tag or quoted value that never ends leaves the rest of the page as it is', () => {
    assert.equal(dropUnreadAttributes('<p data-a=1>a<span title="t" data-b="open'), '<p>a<span title="t" data-b="open');
    assert.equal(dropUnreadAttributes('<title>x <b data-a=1>'), '<title>x <b data-a=1>');
  });

  test('the visible text and the metadata of a generated page do not change', () => {
    fc.assert(
      fc.property(attributedPage, (html) => assertSameReading(dropUnreadAttributes(html), html)),
      { numRuns: 300 },
    );
  });

  test('the visible text and the metadata of real benchmark pages do not change', () => {
    for (const { id, html } of aebPages(stripNonContent)) {
      const lean = dropUnreadAttributes(html);
      assert.ok(lean.length < html.length, `${id}: nothing was dropped`);
      assertSameReading(lean, html, id);
    }
  });
});

/** Markup pieces with the whitespace a page is indented with, preformatted text and raw text among them. */
// Stray end tags are left out: whitespace before one that closes nothing is a word space (see dropBlockIndentation).
const INDENTED_FRAGMENTS = [
  ...ATTRIBUTE_FRAGMENTS.filter((fragment) => fragment !== '</p>' && fragment !== '</div>'),
  '<div>\n  <p>x</p>\n</div>',
  '\n  ',
  ' ',
  '\t',
  '<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>',
  '<pre>\n  <div>x</div>\n  y</pre>',
  '<span>s</span>\n<span>t</span>',
  '<table>\n<tr>\n<td>c</td>\n<td>d</td></tr></table>',
  '<h2>h</h2>\n',
  '<br>\n',
  '<textarea>\n  <p>raw</p></textarea>',
  '<pre>unclosed \n <p>',
];
const indentedPage = fc
  .array(fc.oneof(fc.constantFrom(...INDENTED_FRAGMENTS), fc.stringMatching(/^[a-z .]{1,12}$/)), { maxLength: 30 })
  .map(
    (parts) => `<!DOCTYPE html>\n<html>\n <head>\n  <title>t</title>\n </head>\n <body>${parts.join('')}</body></html>`,
  );

describe('dropBlockIndentation', () => {
  test('drops whitespace before paragraph-level tags, not between inline elements nor in preformatted text', () => {
    assert.equal(dropBlockIndentation('<ul>\n  <li>a</li>\n</ul>'), '<ul><li>a</li></ul>');
    assert.equal(dropBlockIndentation('<b>a</b> <i>b</i>\n<p>c</p>'), '<b>a</b> <i>b</i><p>c</p>');
    assert.equal(dropBlockIndentation('<pre>\n <div>x</div>\n</pre>\n<p>'), '<pre>\n <div>x</div>\n</pre><p>');
    assert.equal(dropBlockIndentation('<p>a</p>\n<p>b<textarea>\n <p>'), '<p>a</p><p>b<textarea>\n <p>');
  });

  test('a <pre> opened inside a <pre> keeps the outer one preformatted after its end tag (fast-check, seed -1611467400)', () => {
    const page =
      '<!DOCTYPE html>\n<html>\n <head>\n  <title>t</title>\n </head>\n <body><pre>unclosed \n <p><pre>\n  <div>x</div>\n  y</pre><table>\n<tr>\n<td>c</td>\n<td>d</td></tr></table></body></html>';
    assertSameReading(dropBlockIndentation(page), page);
    assert.equal(
      dropBlockIndentation('<pre>a<p><pre>b</pre>\n<p>c</pre>\n<p>'),
      '<pre>a<p><pre>b</pre>\n<p>c</pre><p>',
    );
  });

  test('the visible text and the metadata of a generated page do not change', () => {
    fc.assert(
      fc.property(indentedPage, (html) => assertSameReading(dropBlockIndentation(html), html)),
      { numRuns: 300 },
    );
  });

  test('real benchmark pages read the same with about a quarter fewer text nodes', () => {
    const textNodes = (html: string) => (html.match(/>[^<]/g) ?? []).length;
    for (const { id, html } of aebPages((page) => dropUnreadAttributes(stripNonContent(page)))) {
      const lean = dropBlockIndentation(html);
      assert.ok(textNodes(lean) < textNodes(html), `${id}: no indentation dropped`);
      assertSameReading(lean, html, id);
    }
  });
});
