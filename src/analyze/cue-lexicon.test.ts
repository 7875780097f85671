import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLAUSE_VERB_FORMS, NOUN_LIKE_BASE_FORMS, STANCE_VERB_FORMS } from './cue-lexicon.js';

const forms = (alternation: string): Set<string> =>
  new Set(alternation.split('|').map((f) => f.replace(/\\s\+/g, ' ')));

test('cue lexicon: regular verbs are inflected with the usual spelling changes', () => {
  const stance = forms(STANCE_VERB_FORMS);
  for (const form of [
    'criticized',
    'criticizes',
    'criticizing',
    'lobbied',
    'begged',
    'urging',
    'took aim at',
    'pointed out',
  ]) {
    assert.ok(stance.has(form), form);
  }
});

test('cue lexicon: noun-like verbs keep only -ed/-ing forms; their bases are cues only after a modal or "to"', () => {
  const stance = forms(STANCE_VERB_FORMS);
  for (const noun of ['order', 'orders', 'support', 'plans', 'view']) assert.ok(!stance.has(noun), noun);
  for (const verb of ['ordered', 'supporting', 'planned']) assert.ok(stance.has(verb), verb);
  const bases = forms(NOUN_LIKE_BASE_FORMS);
  assert.ok(bases.has('support') && bases.has('mention'));
});

test('cue lexicon: verbs of knowing are listed apart (cues only before a clause)', () => {
  const clause = forms(CLAUSE_VERB_FORMS);
  const stance = forms(STANCE_VERB_FORMS);
  for (const form of ['assume', 'assumed', 'realized', 'convinced']) {
    assert.ok(clause.has(form), form);
    assert.ok(!stance.has(form), form);
  }
});
