// The gazetteers read from the npm data packages: given names with gender, countries, capitals, demonyms.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { givenNameGender, isDemonym, isGivenName, isPlaceHead, isPlaceOpener, placeName } from './gazetteer.js';

test('given names: the English lists plus the names they lack; gender where one list has the name', () => {
  for (const name of ['Cesar', 'Mark', 'Hope', 'Donald', 'Volodymyr', 'Annalena']) assert.ok(isGivenName(name), name);
  for (const word of ['Trump', 'Senate', 'said', 'donald']) assert.ok(!isGivenName(word), word);
  assert.equal(givenNameGender('Cesar'), 'male');
  assert.equal(givenNameGender('Hope'), 'female');
  assert.equal(givenNameGender('Donald'), 'male', 'a name the lists lack, from the hand supplement');
  // Both lists carry "Ted" and "Hillary"; the usual-gender list decides.
  assert.equal(givenNameGender('Ted'), 'male');
  assert.equal(givenNameGender('Hillary'), 'female');
  assert.equal(givenNameGender('Trump'), undefined);
});

test('places: common and official names, English variants, capitals, US states, regions', () => {
  assert.equal(placeName('Germany'), 'Germany');
  assert.equal(placeName('Federal Republic of Germany'), 'Germany');
  assert.equal(placeName('Britain'), 'United Kingdom');
  assert.equal(placeName('UK'), 'United Kingdom');
  assert.equal(placeName('U.S.'), 'United States');
  assert.equal(placeName('Turkey'), 'Türkiye');
  assert.equal(placeName('Turkiye'), 'Türkiye');
  assert.equal(placeName('Nairobi'), 'Nairobi');
  assert.equal(placeName('Illinois'), 'Illinois');
  assert.equal(placeName('Middle East'), 'Middle East');
  assert.equal(placeName('Washington'), 'Washington');
  assert.equal(placeName('Singapore'), 'Singapore', 'a city-state is its country');
});

test('places: no native name that is an English word, no country code, no capital that is a given name', () => {
  for (const alias of ['Island', 'Mann', 'IT', 'NO', 'ME', 'Victoria', 'Thai']) {
    assert.equal(placeName(alias), undefined, alias);
  }
});

test('demonyms with plurals, regional adjectives; place openers and heads', () => {
  for (const word of ['German', 'Americans', 'Israelis', 'Chinese', 'French', 'Western', 'Catholic']) {
    assert.ok(isDemonym(word), word);
  }
  assert.ok(!isDemonym('Germany'));
  assert.ok(isPlaceOpener('West') && isGivenName('West'), 'the lists carry "West"; it opens place names');
  assert.ok(isPlaceHead('City') && isPlaceHead('CITY') && !isPlaceHead('Smith'));
});
