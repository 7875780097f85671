/** Unit and property tests of the extract stage's entry point and its line rules. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Document } from '../core/model.js';
import { extract } from './extract.js';
import { parseDateLine } from './parse-date.js';
import { titleFromSentence } from './title-from-sentence.js';

const doc = (content: string, more: Partial<Document> = {}): Document => ({
  id: 'd_test',
  input: 'test.txt',
  format: 'text',
  content,
  ...more,
});

const REJECTION_CODES = new Set(['empty', 'no-article', 'unparseable']);

function assertWellFormed(content: string, format: 'text' | 'html'): void {
  const result = extract(doc(content, { format }));
  if (!result.ok) {
    assert.ok(REJECTION_CODES.has(result.error.code), result.error.code);
    return;
  }
  const { text, cites, provenanceNotes } = result.value;
  assert.ok(text.length > 0);
  assert.ok(!text.includes('\r'));
  for (const line of text.split('\n')) assert.ok(line === '' || line.trim() !== '', JSON.stringify(line));
  assert.ok(!text.includes('\n\n\n'));
  assert.ok(Array.isArray(cites) && Array.isArray(provenanceNotes));
}

describe('extract', () => {
  test('rejects an empty or blank document as empty', () => {
    for (const content of ['', '  \n\t\r\n ']) {
      const result = extract(doc(content));
      assert.equal(result.ok, false);
      assert.equal(!result.ok && result.error.code, 'empty');
    }
  });

  test('rejects a document that is only furniture as no-article', () => {
    // Furniture lines quoted from seed 004.
    const result = extract(doc('Menu\n\nLatest News\n-\n'));
    assert.equal(!result.ok && result.error.code, 'no-article');
  });

  test('declared metadata wins over guesses; an empty declared title is guessed', () => {
    // Lines quoted from seed 003.
    const content =
      'January 22, 2026 - 4:30pm\n\nIn agreeing the “framework of a future deal” with Donald Trump over Greenland on Wednesday, Mark Rutte may have bought the European Union more time.\n\nJack Smith is an analyst at Eurointelligence.';
    const result = extract(
      doc(content, { title: '', outlet: 'Declared Outlet', publishedAt: '2026-01-23', inputId: 'x1', story: 's1' }),
    );
    assert.ok(result.ok);
    assert.equal(result.value.outlet, 'Declared Outlet');
    assert.equal(result.value.publishedAt, '2026-01-23');
    assert.equal(result.value.author, 'Jack Smith');
    assert.equal(result.value.inputId, 'x1');
    assert.equal(result.value.story, 's1');
    assert.ok(result.value.title.startsWith('In agreeing the'));
  });

  test('a declared title is not searched for in the text; a one-line post keeps its line as text', () => {
    const line = 'NATO Secretary-General Mark Rutte reaffirms U.S. support for NATO';
    const declared = extract(doc(line, { title: 'Declared' }));
    assert.ok(declared.ok && declared.value.text === line && declared.value.title === 'Declared');
    const guessed = extract(doc(line));
    assert.ok(guessed.ok && guessed.value.text === line && guessed.value.title === line);
  });

  test('never throws on arbitrary text, and its text has no CR and no whitespace-only line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (content) => assertWellFormed(content, 'text')),
      { numRuns: 300 },
    );
  });

  test('never throws on arbitrary lines with furniture-like pieces', () => {
    const piece = fc.constantFrom(
      '\n',
      '\r\n',
      '\r',
      ' ',
      '\t',
      '\u00a0',
      '-',
      '• ',
      'Menu',
      '2 COMMENTS',
      'Wire provenance',
      'https://t.me/x/1',
      'A B/ C/ D/ E',
      'Title Line Here',
      'January 22, 2026 - 4:30pm',
      'word. Next',
      '<p>',
      '</div>',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }), (parts) => {
        assertWellFormed(parts.join(''), 'text');
        assertWellFormed(parts.join(''), 'html');
      }),
      { numRuns: 200 },
    );
  });

  test('never throws on arbitrary strings read as HTML', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (content) => assertWellFormed(content, 'html')),
      { numRuns: 200 },
    );
  });
});

describe('parseDateLine', () => {
  test('reads the date line of seed 003 as a local ISO date-time', () => {
    assert.equal(parseDateLine('January 22, 2026 - 4:30pm'), '2026-01-22T16:30:00');
  });
  test('reads day-first and ISO date lines, and nothing else', () => {
    assert.equal(parseDateLine('22 January 2026'), '2026-01-22');
    assert.equal(parseDateLine('Published: 2026-01-22'), '2026-01-22');
    assert.equal(parseDateLine('January 22, 2026 Rutte said'), undefined);
  });
});

describe('titleFromSentence', () => {
  test('cuts the first sentence at a word boundary and ends it with an ellipsis', () => {
    // Seed 003's lead sentence.
    const title = titleFromSentence(
      'In agreeing the “framework of a future deal” with Donald Trump over Greenland on Wednesday, Mark Rutte may have bought the European Union more time.',
    );
    assert.equal(
      title,
      'In agreeing the “framework of a future deal” with Donald Trump over Greenland on Wednesday, Mark…',
    );
  });
  test('does not end a sentence at "U.S."', () => {
    // Two sentences of seed 001.
    const lead =
      'This comes as the U.S. National Security Strategy document, published in December 2025, explicitly calls on European countries to pay for their own defense. This, combined with speculation';
    assert.equal(titleFromSentence(lead, 200), lead.slice(0, lead.indexOf(' defense.') + 8));
  });
});
