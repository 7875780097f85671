/** Bullets cut from real NeuS sentences keep a whole clause: no verb cut from what it governs, no subject alone. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { endAtWholeClause } from '../src/compose/drop-unshared-pieces.js';
import { cutToCore, endBeforePhrase, shortenForBullet } from '../src/compose/shorten-bullet.js';
import { standsAlone } from '../src/compose/stands-alone.js';
import { SHARED } from './helpers/shared.js';

const texts = readFileSync(join(SHARED, 'data', 'neus-allsides', 'neus_mds.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .flatMap((line) => (JSON.parse(line) as { articles: { text: string }[] }).articles.map((a) => a.text));

/** The real text from `first` through `last` (a sentence as the analysis splits it; read, not retyped). */
function sentence(first: string, last: string): string {
  const text = texts.find((t) => t.includes(first) && t.indexOf(last, t.indexOf(first)) >= 0);
  if (text === undefined) throw new Error(`test: no NeuS excerpt holds "${first} … ${last}"`);
  const start = text.indexOf(first);
  return text.slice(start, text.indexOf(last, start) + last.length);
}

/** Every bullet form a sentence may be cut to (the quick look tries them in this order). */
function cuts(sentence: string): string[] {
  return [shortenForBullet(sentence), endBeforePhrase(cutToCore(sentence))].filter(
    (cut): cut is string => cut !== undefined,
  );
}

describe('cutting a real sentence to a bullet', () => {
  it('keeps a verb of saying with what was said ("told negotiators." was a bullet)', () => {
    const text = sentence('A gunman suspected of killing five', 'Dallas Police Chief David Brown said.');
    for (const cut of cuts(text)) assert.doesNotMatch(cut, /told negotiators\.$/u, cut);
  });

  it('keeps a phrasal verb whole ("threatening to send." was a bullet)', () => {
    const text = sentence('President Trump gave his first televised', 'across the country.');
    for (const cut of cuts(text)) assert.doesNotMatch(cut, /to send\.$/u, cut);
  });

  it('does not end on an auxiliary ("… told Al-Jazeera TV on Sunday that the war is." was a bullet)', () => {
    const text = sentence("The spokesman for the Taliban's political office", 'will be clear soon.');
    for (const cut of cuts(text)) assert.doesNotMatch(cut, /\bis\.$/u, cut);
    // The Yellen lead is still cut before its trailing phrases.
    const lead = sentence('Treasury Secretary Janet Yellen warned', 'raise the debt ceiling.');
    assert.ok(cuts(lead).some((cut) => cut.endsWith('on track to default.')));
  });

  it('does not leave an opening adverbial and its phrases without the clause ("Four years ago, in a contest …")', () => {
    const text = sentence('Four years ago, in a contest between', 'than Hillary Clinton.');
    for (const cut of cuts(text)) assert.match(cut, /Trump benefitted/u, cut);
  });

  it('does not end a cut-off excerpt on a subject and its aside ("The official, who is not authorized …")', () => {
    const text = sentence('The official, who is not authorized', 'investigators were reviewing whether Mate');
    const whole = endAtWholeClause(text);
    assert.notEqual(whole, 'The official, who is not authorized to comment publicly.');
  });
});

describe('a bullet read alone', () => {
  it('does not open on an event named only as "the move" before "comes after"', () => {
    const text = sentence('The move comes after Senate Republicans', 'into the attack.');
    assert.equal(standsAlone(text), false, text);
  });
});
