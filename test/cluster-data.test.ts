/** The bench's readers of the clustering data: BASIL's Python-literal paragraphs, CSV rows, and B³. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { bCubed } from '../bench/b-cubed.js';
import { parseCsvRow, parsePythonStringLists } from '../bench/clustering-data.js';

/** Python's repr of a string list literal, as BASIL's files were written. */
function pythonLiteral(lists: string[][]): string {
  const quote = (s: string) =>
    s.includes("'") && !s.includes('"')
      ? `"${s.replace(/\\/g, '\\\\')}"`
      : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return `[${lists.map((list) => `[${list.map(quote).join(', ')}]`).join(', ')}]`;
}

describe('parsePythonStringLists', () => {
  it('reads back any list of string lists written as a Python literal', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }))), (lists) => {
        assert.deepEqual(parsePythonStringLists(pythonLiteral(lists)), lists);
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        parsePythonStringLists(text);
      }),
    );
  });
});

describe('parseCsvRow', () => {
  it('splits quoted fields holding commas and doubled quotes', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string().filter((s) => !/[\r\n]/.test(s)),
          { minLength: 1 },
        ),
        (cells) => {
          const row = cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');
          assert.deepEqual(parseCsvRow(row), cells);
        },
      ),
    );
  });
});

describe('bCubed', () => {
  it('is 1 for the gold clustering itself and lower when clusters are merged', () => {
    const gold = new Map([
      ['a', 1],
      ['b', 1],
      ['c', 2],
    ]);
    assert.equal(bCubed(gold, gold).f1, 1);
    const merged = bCubed(
      new Map([
        ['a', 0],
        ['b', 0],
        ['c', 0],
      ]),
      gold,
    );
    assert.equal(merged.recall, 1);
    assert.ok(Math.abs(merged.precision - 5 / 9) < 1e-12);
  });
});
