import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fullNameKey, honorificGender, nameParts, PersonRegistry } from './resolve-persons.js';

test('nameParts: given name, middle words, surname and generational suffix', () => {
  assert.deepEqual(nameParts('Robert S. Mueller III'), {
    first: 'Robert',
    middle: ['S.'],
    surname: 'Mueller',
    suffix: 'III',
  });
  assert.deepEqual(nameParts('Rutte'), { first: '', middle: [], surname: 'Rutte', suffix: '' });
  assert.deepEqual(nameParts('Trump Jr.'), { first: '', middle: [], surname: 'Trump', suffix: 'Jr' });
});

test('fullNameKey: middle names and initials aside, suffixes kept', () => {
  assert.equal(fullNameKey('Donald J. Trump'), fullNameKey('Donald Trump'));
  assert.equal(fullNameKey('Adam B. Schiff'), 'adam schiff');
  assert.notEqual(fullNameKey('Donald Trump Jr.'), fullNameKey('Donald Trump'));
  assert.equal(fullNameKey('Hillary Rodham Clinton'), fullNameKey('Hillary Clinton'));
  assert.equal(fullNameKey('Rutte'), undefined);
  assert.equal(fullNameKey('Trump Jr.'), undefined);
});

test('honorificGender: Mr. is male, Mrs./Ms. female, an office says nothing', () => {
  assert.equal(honorificGender(['Mr.']), 'male');
  assert.equal(honorificGender(['Ms']), 'female');
  assert.equal(honorificGender(['NATO', 'Secretary-General']), undefined);
});

test('PersonRegistry: the longest spelling is canonical; a bare surname goes by honorific, then by who came first', () => {
  const people = new PersonRegistry();
  people.add('Ted Cruz');
  people.add('Donald Trump');
  people.add('Heidi Cruz');
  people.add('Donald J. Trump');
  people.add('Melania Trump');
  people.add('Donald Trump Jr.');
  assert.equal(people.canonical('Donald Trump'), 'Donald J. Trump');
  assert.equal(people.bySurnameOf('Trump'), 'Donald J. Trump', 'first introduced, and not the namesake with a suffix');
  assert.equal(people.bySurnameOf('Trump', 'female'), 'Melania Trump');
  assert.equal(people.bySurnameOf('Trump Jr.'), 'Donald Trump Jr.');
  assert.equal(people.bySurnameOf('Cruz', 'male'), 'Ted Cruz');
  assert.equal(people.bySurnameOf('Cruz', 'female'), 'Heidi Cruz');
  assert.equal(people.bySurnameOf('Rutte'), undefined);
  assert.equal(people.byGivenName('Heidi'), 'Heidi Cruz');
  assert.equal(people.byGivenName('Donald'), undefined, 'two people are called Donald');
});

test('PersonRegistry: a bare surname is not the Jr. when the article writes him "Trump Jr."', () => {
  const people = new PersonRegistry();
  people.add('Donald Trump Jr.');
  assert.equal(people.bySurnameOf('Trump'), 'Donald Trump Jr.', 'the only Trump introduced');
  people.noteSuffixedShortForm('Trump Jr.');
  assert.equal(people.bySurnameOf('Trump'), undefined, '"President Trump" beside "Trump Jr." is his father');
  assert.equal(people.bySurnameOf('Trump Jr.'), 'Donald Trump Jr.');
});

test('PersonRegistry: namesakes told apart by their middle initials stay two people', () => {
  const people = new PersonRegistry();
  people.add('George W. Bush');
  people.add('George H.W. Bush');
  people.add('George Bush');
  assert.equal(people.canonical('George H.W. Bush'), 'George H.W. Bush');
  assert.equal(people.canonical('George W. Bush'), 'George W. Bush');
  assert.equal(people.canonical('George Bush'), 'George W. Bush', 'the one introduced first');
  assert.equal(people.bySurnameOf('Bush'), 'George W. Bush');
});
