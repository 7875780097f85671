import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanAuthor } from './clean-author.js';

test('a label is cut only when a colon or a space ends it: names that start like one keep their letters', () => {
  assert.equal(cleanAuthor('By Byron York'), 'Byron York');
  assert.equal(cleanAuthor('Byron York'), 'Byron York');
  assert.equal(cleanAuthor('Diane Smith'), 'Diane Smith');
  assert.equal(cleanAuthor('Parker Molloy'), 'Parker Molloy');
  assert.equal(cleanAuthor('Vonda Jones'), 'Vonda Jones');
  assert.equal(cleanAuthor('von Julia Kern'), 'Julia Kern');
  assert.equal(cleanAuthor('Artikel von: Max Muster'), 'Max Muster');
});

test('what follows a spaced dash, bar or dot is no part of the name', () => {
  assert.equal(cleanAuthor('Jane Doe - 3. Mai'), 'Jane Doe');
  assert.equal(cleanAuthor('Jane Doe | Staff'), 'Jane Doe');
});
