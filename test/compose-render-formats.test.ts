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
    disputes: [
      {
        topic: text,
        sides: [
          { text, spans: [span] },
          { text, spans: [] },
        ],
      },
    ],
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
        // Header, one statement, one claim, two dispute sides (the second has no span but still gets its row).
        assert.equal(rows.length, 5);
        assert.deepEqual(
          rows.slice(1).map((row) => row[2]),
          ['statement:direct', 'claim:single-source', 'dispute', 'dispute'],
        );
        assert.deepEqual(
          rows.slice(3).map((row) => [row[21], row[8]]),
          [
            ['1', 'a_1'],
            ['2', ''],
          ],
        );
        assert.equal(rows[3]![20], rows[1]![4]);
        for (const row of rows) {
          assert.equal(row.length, 22);
          for (const cell of row) assert.ok(!/^[=+\-@\t\r]/.test(cell), cell);
        }
        const shown = rows[1]![4]!;
        assert.equal(shown.startsWith("'") && /^[=+\-@\t\r]/.test(text) ? shown.slice(1) : shown, text);
      }),
    );
  });

  it("writes a claim's reading (measure, hedge, bound, range, change) in its own columns", () => {
    const brief = briefWith('Spending rose by between 3 and 5 percent.');
    brief.claims = [
      {
        ...brief.claims[0]!,
        value: 5,
        unit: 'percent',
        measure: 'spending',
        approximate: true,
        bound: 'lower',
        range: { min: 3, max: 5 },
        change: 'up',
        time: '2025',
        quantifier: 'most',
      },
    ];
    const claimRow = parseCsv(toCsv({ version: 1, stories: [brief] })).find((row) => row[2]!.startsWith('claim'))!;
    assert.deepEqual(claimRow.slice(6, 8), ['5', 'percent']);
    assert.deepEqual(claimRow.slice(12, 20), ['spending', 'most', '2025', 'true', 'lower', '3', '5', 'up']);
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
