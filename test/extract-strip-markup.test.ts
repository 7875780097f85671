/** Dropping scripts, styles, noscript, svg and comments before parsing changes no visible text and keeps JSON-LD. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { parseDocument } from '../src/extract/dom.js';
import { findMetadata } from '../src/extract/find-metadata.js';
import { htmlToLines } from '../src/extract/html-to-lines.js';
import { stripNonContent } from '../src/extract/strip-markup.js';

const aebDir = new URL('../../shared/data/aeb/', import.meta.url);

const visibleLines = (html: string) => {
  const body = parseDocument(html).body;
  return body ? htmlToLines(body) : [];
};

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
      fc.property(page, (html) => {
        const stripped = stripNonContent(html);
        assert.deepEqual(visibleLines(stripped), visibleLines(html));
        assert.deepEqual(findMetadata(parseDocument(stripped)), findMetadata(parseDocument(html)));
      }),
      { numRuns: 300 },
    );
  });

  test('the visible text and the metadata of real benchmark pages do not change', () => {
    const names = readdirSync(new URL('html/', aebDir)).filter((name) => name.endsWith('.html.gz'));
    for (const id of names.sort().slice(0, 12)) {
      const html = gunzipSync(readFileSync(new URL(`html/${id}`, aebDir))).toString('utf8');
      const stripped = stripNonContent(html);
      assert.ok(stripped.length < html.length, `${id}: nothing was dropped`);
      assert.deepEqual(visibleLines(stripped), visibleLines(html), id);
      assert.deepEqual(findMetadata(parseDocument(stripped)), findMetadata(parseDocument(html)), id);
    }
  });
});
