/** CSV and JSON Feed output: RFC 4180 quoting, a formula-injection guard, and no live markup from source text. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Brief } from '../src/core/model.js';
import { csvField, toCsv } from '../src/render/to-csv.js';
import { toFeed } from '../src/render/to-feed.js';

/** An RFC 4180 reader, to read our output back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

function briefWith(text: string): Brief {
  const span = { articleId: 'a_1', start: 0, end: text.length };
  return {
    id: 's_1',
    title: text,
    articles: [
      { id: 'a_1', input: 'x.txt', title: text, text, cites: [], provenanceNotes: [], url: 'javascript:alert(1)' },
    ],
    quickLook: [{ text, citations: [span] }],
    synthesis: [{ text, citations: [span], paragraph: 0 }],
    statements: [{ speaker: text, kind: 'direct', quotes: [{ span, text }] }],
    claims: [{ text, spans: [span], articles: ['a_1'] }],
    disputes: [],
    singleSource: [],
    timeline: [],
    outlets: [],
    provenance: [],
    entities: [],
  };
}

describe('toCsv', () => {
  it('reads back to the same cells, and no cell starts a formula', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const rows = parseCsv(toCsv({ version: 1, stories: [briefWith(text)] }));
        assert.equal(rows.length, 3);
        for (const row of rows) {
          assert.equal(row.length, 12);
          for (const cell of row) assert.ok(!/^[=+\-@\t\r]/.test(cell), cell);
        }
        const shown = rows[1]![4]!;
        assert.equal(shown.startsWith("'") && /^[=+\-@\t\r]/.test(text) ? shown.slice(1) : shown, text);
      }),
    );
  });

  it('guards formulas and quotes separators', () => {
    assert.equal(csvField('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
    assert.equal(csvField('-2%'), "'-2%");
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('plain'), 'plain');
  });
});

describe('toFeed', () => {
  it('is JSON Feed 1.1 and carries no live markup or unsafe link from source text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (tail) => {
        const text = `<script>alert(1)</script><img src=x onerror=y>${tail}`;
        const feed = JSON.parse(toFeed({ version: 1, stories: [briefWith(text)] }));
        assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
        const html: string = feed.items[0].content_html;
        assert.ok(!/<(?!\/?(?:ul|li|p)>)/.test(html), html);
        assert.equal(feed.items[0].external_url, undefined);
      }),
    );
  });
});
