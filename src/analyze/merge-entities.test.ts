import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis, Entity, EntityType } from '../core/model.js';
import { mergeEntities } from './merge-entities.js';

/** One article's analysis holding only entities with one mention each (names as the issue reports them). */
function articleWith(articleId: string, entities: [EntityType, string][]): Analysis {
  const list: Entity[] = entities.map(([type, name], i) => ({
    id: `${articleId}-${i}`,
    name,
    type,
    aliases: [],
    mentions: [{ articleId, start: i * 10, end: i * 10 + 5 }],
  }));
  return { sentences: [], entities: list, quotes: [], claims: [] } as unknown as Analysis;
}

const names = (entities: Entity[]) => entities.map((e) => [e.name, ...e.aliases].sort());

test('name variants across outlets are one entity: suffix, nickname, dotted acronym and expansion', () => {
  const merged = mergeEntities([
    articleWith('a', [
      ['person', 'Eric H. Holder Jr.'],
      ['other', 'N.R.A.'],
      ['person', 'Ronald S. Johnson'],
    ]),
    articleWith('b', [
      ['person', 'Eric Holder'],
      ['organization', 'NRA'],
      ['organization', 'National Rifle Association'],
      ['person', 'Ron Johnson'],
    ]),
  ]);
  assert.equal(merged.length, 3, JSON.stringify(names(merged)));
  const nra = merged.find((e) => e.aliases.includes('NRA') || e.name === 'NRA')!;
  assert.equal(nra.type, 'organization');
  assert.equal(nra.mentions.length, 3);
});

test('a father and son named in one article stay two people', () => {
  const merged = mergeEntities([
    articleWith('a', [
      ['person', 'Donald Trump'],
      ['person', 'Donald Trump Jr.'],
    ]),
    articleWith('b', [['person', 'Donald Trump Jr.']]),
  ]);
  assert.equal(merged.length, 2, JSON.stringify(names(merged)));
});

test('a one-word organisation is the one longer organisation it ends ("Times" / "New York Times"), unless two do', () => {
  const merged = mergeEntities([
    articleWith('a', [
      ['organization', 'Times'],
      ['organization', 'Committee'],
    ]),
    articleWith('b', [
      ['organization', 'New York Times'],
      ['organization', 'Senate Judiciary Committee'],
      ['organization', 'House Intelligence Committee'],
    ]),
  ]);
  assert.equal(
    merged.find((e) => e.name === 'New York Times' || e.aliases.includes('New York Times'))?.mentions.length,
    2,
  );
  assert.ok(
    merged.some((e) => e.name === 'Committee'),
    'two committees: the bare word names neither',
  );
});
