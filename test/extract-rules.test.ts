/** The extraction rules on real pages: depth measure, lead recovery, related blocks and link lists, furniture lines. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { loadAeb, loadTrafilaturaEval } from '../bench/shared-data.js';
import { extractTrafilaturaEval } from '../bench/trafilatura-eval.js';
import { parseDocument } from '../src/extract/dom.js';
import { isFurnitureLine } from '../src/extract/drop-furniture.js';
import { findLead } from '../src/extract/find-lead.js';
import { htmlToLines } from '../src/extract/html-to-lines.js';
import { measureDepth } from '../src/extract/measure-depth.js';
import { RELATED_HEADING } from '../src/extract/patterns.js';
import { decodeHtml } from '../src/ingest/decode-html.js';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const docs = loadTrafilaturaEval().filter((_, i) => i % 4 === 1);
const articles = extractTrafilaturaEval(docs);

describe('extraction rules on real pages', () => {
  test('measureDepth counts nesting, not runs of implied-end elements (property) and real pages stay shallow', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 50 }), (depth, paragraphs) => {
        const html = `${'<div class="x">'.repeat(depth)}${'<p>a'.repeat(paragraphs)}<br><img src="y">${'</div>'.repeat(depth)}`;
        assert.equal(measureDepth(html), depth);
      }),
    );
    for (const page of loadAeb().slice(0, 40)) assert.ok(measureDepth(page.html) < 60, page.id);
  });

  test('a lead paragraph the page shows (its meta description) is kept in the text', () => {
    let checked = 0;
    docs.forEach((doc, i) => {
      const html = decodeHtml(doc.bytes);
      if (!html.ok) return;
      const lead = findLead(parseDocument(html.value));
      if (!lead || !doc.with.some((snippet) => lead.includes(squash(snippet)))) return;
      checked++;
      assert.ok(squash(articles[i]?.text ?? '').includes(lead.slice(0, 60)), `${doc.id}: lead dropped`);
    });
    assert.ok(checked >= 10, `checked ${checked} pages`);
  });

  test('a lead kept from list items or paragraphs keeps a space between them ("schaffen.So" was read as one word)', () => {
    const glued = /\p{Ll}{2}[.!?]\p{Lu}\p{Ll}/gu;
    let leads = 0;
    for (const doc of loadTrafilaturaEval()) {
      const html = decodeHtml(doc.bytes);
      if (!html.ok) continue;
      const lead = findLead(parseDocument(html.value));
      if (!lead) continue;
      leads++;
      // The page's paragraphs as html-to-lines reads them: a glue they show too is the page's own.
      const shown = htmlToLines(parseDocument(html.value).body!)
        .map((line) => line.text)
        .join(' ');
      for (const [glue] of lead.matchAll(glued)) assert.ok(shown.includes(glue), `${doc.id}: "${glue}" in the lead`);
    }
    assert.ok(leads >= 100, `${leads} leads`);
  });

  test("a ruby's reading (furigana, <rt>) is not read into the text beside its base", () => {
    let rubies = 0;
    loadTrafilaturaEval().forEach((doc) => {
      const html = decodeHtml(doc.bytes);
      if (!html.ok || !html.value.includes('<rt>')) return;
      const text = squash(extractTrafilaturaEval([doc])[0]?.text ?? '');
      for (const ruby of Array.from(parseDocument(html.value).querySelectorAll('ruby')).slice(0, 30)) {
        const withReading = squash(ruby.textContent ?? '');
        if (!ruby.querySelector('rt') || !withReading) continue;
        rubies++;
        assert.ok(!text.includes(withReading), `${doc.id}: "${withReading}" in the text`);
      }
    });
    assert.ok(rubies >= 10, `${rubies} rubies`);
  });

  test('a <noscript> of paragraphs (the post body for readers without JavaScript) is read as the article', () => {
    let blocks = 0;
    loadTrafilaturaEval().forEach((doc) => {
      const html = decodeHtml(doc.bytes);
      if (!html.ok) return;
      for (const [, content] of html.value.matchAll(/<noscript[^>]*>([\s\S]*?)<\/noscript\s*>/gi)) {
        const paragraphs = Array.from(parseDocument(content!).querySelectorAll('p'))
          .map((p) => squash(p.textContent ?? ''))
          .filter((text) => text.length > 80);
        if (paragraphs.length < 3) continue;
        blocks++;
        const text = squash(extractTrafilaturaEval([doc])[0]?.text ?? '');
        for (const paragraph of paragraphs) assert.ok(text.includes(paragraph), `${doc.id}: "${paragraph}" missing`);
      }
    });
    assert.ok(blocks >= 1, `${blocks} blocks`);
  });

  test('widget labels of the benchmark pages, in their languages, are furniture and not kept', () => {
    // Lines the pages show as labels of a rating widget, a load-more button and a related-links box.
    const labels = ['Valora esta noticia', 'Lade weitere Inhalte ...', 'Related Coverage'];
    for (const label of labels) assert.ok(isFurnitureLine(label) || RELATED_HEADING.test(label), label);
    const pages = loadTrafilaturaEval().filter((doc) =>
      doc.without.some((snippet) => labels.some((label) => label.startsWith(snippet))),
    );
    assert.ok(pages.length >= 3, `${pages.length} pages`);
    extractTrafilaturaEval(pages).forEach((article, i) => {
      for (const label of labels)
        assert.ok(!`\n${article?.text}\n`.includes(`\n${label}\n`), `${pages[i]!.id}: ${label}`);
    });
  });

  test('no extracted paragraph is a related-links heading or a furniture line', () => {
    for (const article of articles) {
      for (const line of (article?.text ?? '').split('\n\n')) {
        assert.ok(!RELATED_HEADING.test(line), `related heading left: ${line}`);
        assert.ok(!isFurnitureLine(line), `furniture left: ${line}`);
      }
    }
  });

  test('furniture rules do not eat article paragraphs: gold bodies of the benchmark keep almost every line', () => {
    let lines = 0;
    let dropped = 0;
    for (const page of loadAeb()) {
      for (const line of page.gold.split('\n').map(squash).filter(Boolean)) {
        lines++;
        if (isFurnitureLine(line) || RELATED_HEADING.test(line)) dropped++;
      }
    }
    assert.ok(dropped / lines < 0.01, `${dropped} of ${lines} gold lines match a furniture rule`);
  });
});
