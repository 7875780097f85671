/** Cutting outlet-only clauses on real NeuS sentences: deletions only, grounded, grammatical joins, content kept. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkGrounding } from '../src/compose/check-grounding.js';
import { compressSentence } from '../src/compose/compress-sentence.js';
import { dropUnsharedPieces, endAtWholeClause } from '../src/compose/drop-unshared-pieces.js';
import { SHARED } from './helpers/shared.js';

const sentences = readFileSync(join(SHARED, 'data', 'neus-allsides', 'neus_mds.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, 600)
  .flatMap((line) => (JSON.parse(line) as { articles: { text: string }[] }).articles.map((a) => a.text))
  .flatMap((text) => text.split(/(?<=[.!?])\s+(?=[A-Z])/))
  .filter((sentence) => sentence.split(' ').length >= 8);

/** No other source tells anything: every droppable piece goes. */
const nothingShared = () => false;

function isSubsequence(out: string, source: string): boolean {
  const a = out.toLowerCase().replace(/[\s,.]/g, '');
  const b = source.toLowerCase().replace(/[\s,.]/g, '');
  let from = 0;
  for (const char of a) {
    from = b.indexOf(char, from) + 1;
    if (from === 0) return false;
  }
  return true;
}

describe('dropUnsharedPieces', () => {
  it('only deletes, and what is left is grounded in the source sentence', () => {
    fc.assert(
      fc.property(fc.constantFrom(...sentences), (sentence) => {
        const out = dropUnsharedPieces(sentence, nothingShared);
        assert.ok(isSubsequence(out, sentence), `${sentence}\n→ ${out}`);
        assert.ok(checkGrounding(out, [sentence]).grounded, out);
        assert.ok(out.split(/\s+/).length >= Math.min(8, sentence.split(/\s+/).length));
      }),
      { numRuns: 600 },
    );
  });

  it('keeps every piece that other sources tell', () => {
    for (const sentence of sentences.slice(0, 400))
      assert.equal(
        dropUnsharedPieces(sentence, () => true),
        sentence,
      );
  });

  it('cuts a trailing attribution and a trailing participial clause no other source tells', () => {
    // Without a figure, quotation or negation in the piece (those stay; see below),
    // and long enough before the comma (a shorter rest is no sentence, so the cut is undone).
    const plain = (s: string) =>
      !/\b(?:not|no|never|without)\b|n['’]t\b/.test(s.slice(s.lastIndexOf(','))) &&
      s.slice(0, s.lastIndexOf(',')).split(/\s+/).length >= 8;
    const attributed = sentences.filter((s) => /, according to [^,"“”\d]+\.$/.test(s) && plain(s));
    const participial = sentences.filter(
      (s) => /, (?:drawing|raising|saying|prompting) [^,"“”\d]+\.$/.test(s) && plain(s),
    );
    assert.ok(attributed.length >= 3 && participial.length >= 3, 'NeuS has such sentences');
    for (const sentence of [...attributed, ...participial]) {
      const out = dropUnsharedPieces(sentence, nothingShared);
      const cut = sentence.slice(0, sentence.lastIndexOf(','));
      // The cut reaches back at least to the last comma (an earlier unshared piece may go too).
      assert.ok(out.length <= cut.length + 1 && out.endsWith('.'), `${sentence}\n→ ${out}`);
    }
  });

  it('never leaves a dangling comma or an unpaired aside comma before the verb', () => {
    for (const sentence of sentences) {
      const out = dropUnsharedPieces(sentence, nothingShared);
      assert.ok(!/[,;:—–-]\s*[.!?]["”’)]*$/.test(out), out);
      assert.ok(!/,\s*,/.test(out), out);
    }
    // "<Name>, a/an/the …, <verb>": the aside goes with both of its commas.
    const aside = sentences.find((s) => /^[A-Z][\w.]* [A-Z]\w+, (?:a|an) [^,"\d]+, [a-z]+ed\b/.test(s));
    assert.ok(aside, 'NeuS has a subject with an apposition');
    const out = dropUnsharedPieces(aside, nothingShared);
    assert.match(out, /^[A-Z][\w.]* [A-Z]\w+ [a-z]+ed\b/, out);
  });

  it('keeps pieces that carry a figure, a quotation or a negation', () => {
    const kept = sentences.filter((s) => /, [a-z]+ing [^,]*(?:\d|["“]|\bnot\b)[^,]*\.$/.test(s));
    assert.ok(kept.length > 0);
    for (const sentence of kept) {
      const tail = sentence.slice(sentence.lastIndexOf(', '));
      assert.ok(dropUnsharedPieces(sentence, nothingShared).endsWith(tail), sentence);
    }
  });
});

describe('endAtWholeClause', () => {
  // Excerpts that stop mid-sentence: the last "sentence" of an excerpt with no closing punctuation.
  const cutOff = readFileSync(join(SHARED, 'data', 'neus-allsides', 'neus_mds.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => (JSON.parse(line) as { articles: { text: string }[] }).articles.map((a) => a.text.trim()))
    .filter((text) => !/[.!?]["'”’)]?$/.test(text))
    .map((text) => text.split(/(?<=[.!?])\s+(?=[A-Z])/).at(-1)!);

  it('ends a cut-off sentence at a whole clause: a prefix of it, closed, long enough, no aside left open', () => {
    const repaired = cutOff.map((s) => [s, endAtWholeClause(s)] as const).filter(([, out]) => out !== undefined);
    assert.ok(cutOff.length > 100 && repaired.length > 20, `${repaired.length} of ${cutOff.length}`);
    for (const [source, out] of repaired) {
      assert.ok(source.startsWith(out!.slice(0, -1)), `${source}\n→ ${out}`);
      assert.ok(out!.endsWith('.') && !/[,;:]\.$/.test(out!), out);
      assert.ok(out!.split(/\s+/).length >= 8, out);
      assert.equal((out!.match(/\s[—–]\s/g) ?? []).length % 2, 0, out);
      // The cut is at a trailing clause (participial, attribution, subordinate, dash), never an apposition.
      const tail = source.slice(out!.length - 1);
      const attribution = /^,\s+(?:a|an|the)\s[^,]*\b(?:said|says|told|reported|reports|noted)\b/.test(tail);
      if (!attribution) assert.doesNotMatch(tail, /^,\s+(?:a|an|the|who|which|whose)\s/, source);
    }
  });
});

describe('compressSentence wire credits', () => {
  it('drops a bracketed wire credit that opens a lead, glued or dashed', () => {
    const credited = sentences.filter((s) => /^\((?:CNN|Reuters|AP)[^)]*\)/.test(s));
    assert.ok(credited.length > 0, 'NeuS has leads opening with a wire credit');
    for (const sentence of credited) {
      const out = compressSentence(sentence);
      assert.ok(!out.startsWith('('), out);
      assert.match(out, /^[A-Z"“‘']/u, out);
    }
  });
});
