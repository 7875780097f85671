// Entity resolution on real text: the alias examples on the seed pages (read from ../shared/seeds), quote
// speakers carrying the full name their article introduced, and story-wide merging (../shared/data/basil triplets).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../src/analyze/analyze.js';
import { placeName } from '../src/analyze/gazetteer.js';
import { ORG_CUES } from '../src/analyze/lexicon.js';
import { mergeEntityIndex } from '../src/analyze/merge-entities.js';
import { fullNameKey, nameParts, plainNameKey } from '../src/analyze/resolve-persons.js';
import { hashId } from '../src/core/ids.js';
import type { Analysis, Article, Entity } from '../src/core/model.js';
import { loadSeedArticles } from './helpers/seed-articles.js';
import { SHARED } from './helpers/shared.js';

const seeds = loadSeedArticles();
const seedAnalyses = seeds.map(analyze);
const seedMerged = mergeEntityIndex(seedAnalyses).entities;

/** The merged entities of the given type whose mentions cover each match of `pattern` in every seed. */
function entitiesAt(pattern: RegExp, type: Entity['type']): { found: Set<string>; missed: string[] } {
  const found = new Set<string>();
  const missed: string[] = [];
  for (const article of seeds) {
    for (const match of article.text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const entity = seedMerged.find(
        (e) =>
          e.type === type && e.mentions.some((m) => m.articleId === article.id && m.start <= start && m.end >= end),
      );
      if (entity === undefined) missed.push(`${article.input}: ${article.text.slice(start - 30, end + 30)}`);
      else found.add(entity.name);
    }
  }
  return { found, missed };
}

test('"Rutte" = "Mark Rutte" = "NATO Secretary-General Mark Rutte" = "the NATO Secretary General": one person', () => {
  const surname = entitiesAt(/\bRutte\b/g, 'person');
  assert.deepEqual(surname.missed, []);
  assert.deepEqual([...surname.found], ['Mark Rutte']);
  // The office alone, not followed by his name, names him too.
  const role = entitiesAt(/\bNATO Secretary[- ]General(?![- ]\s*Mark)(?!’s)/g, 'person');
  assert.deepEqual(role.missed, []);
  assert.deepEqual([...role.found], ['Mark Rutte']);
  const rutte = seedMerged.find((e) => e.name === 'Mark Rutte')!;
  for (const alias of ['Rutte', 'NATO Secretary-General', 'NATO Secretary General']) {
    assert.ok(rutte.aliases.includes(alias), alias);
  }
});

test('"Nato" = "NATO" = "North Atlantic Treaty Organization": one organisation in all five seeds', () => {
  const nato = entitiesAt(/\bNATO\b|\bNato\b|North Atlantic Treaty Organization/g, 'organization');
  assert.deepEqual(nato.missed, []);
  assert.deepEqual([...nato.found], ['NATO']);
});

test('"dpa" = "German Press Agency" = "German news agency DPA": one organisation', () => {
  const dpa = entitiesAt(/\bdpa\b|\bDPA\b|German Press Agency/g, 'organization');
  assert.deepEqual(dpa.missed, []);
  assert.equal(dpa.found.size, 1);
});

test('"U.S." = "US" = "United States" = "America", and "Washington" as the US government', () => {
  const us = entitiesAt(/\bU\.S\.|\bUS\b|\bUnited States\b|\bAmerica\b(?!n)/g, 'place');
  assert.deepEqual(us.missed, []);
  assert.deepEqual([...us.found], ['United States']);
  // Every "Washington" in the seeds' prose is the government: "Washington expects", "political shifts in Washington".
  const washington = entitiesAt(/\bWashington\b/g, 'place');
  assert.deepEqual(washington.missed, []);
  assert.deepEqual([...washington.found], ['United States']);
});

interface BasilArticle {
  article: Article;
  triplet: string;
}

function loadBasil(): BasilArticle[] {
  const dir = join(SHARED, 'data', 'basil', 'articles');
  const out: BasilArticle[] = [];
  for (const year of readdirSync(dir).sort()) {
    for (const name of readdirSync(join(dir, year)).sort()) {
      const json = JSON.parse(readFileSync(join(dir, year, name), 'utf8')) as {
        uuid: string;
        'triplet-uuid': string;
        'body-paragraphs': string[][];
      };
      const text = json['body-paragraphs'].map((p) => p.join(' ')).join('\n\n');
      const article: Article = {
        id: hashId('a', json.uuid),
        input: json.uuid,
        title: '',
        text,
        cites: [],
        provenanceNotes: [],
      };
      out.push({ article, triplet: json['triplet-uuid'] });
    }
  }
  return out;
}

const basil = loadBasil();
const basilAnalyses = new Map<string, Analysis>(basil.map(({ article }) => [article.id, analyze(article)]));

test('BASIL: a quote whose speaker is a bare surname never has a full name for it in its article', () => {
  const unresolved: string[] = [];
  let checked = 0;
  for (const { article } of basil) {
    const analysis = basilAnalyses.get(article.id)!;
    const surnames = new Set(
      analysis.entities
        .filter((e) => e.type === 'person' && fullNameKey(e.name) !== undefined)
        .map((e) => nameParts(e.name).surname),
    );
    for (const quote of analysis.quotes) {
      const speaker = quote.speaker;
      if (speaker?.entityId === undefined) continue;
      checked += 1;
      if (fullNameKey(speaker.name) === undefined && surnames.has(nameParts(speaker.name).surname)) {
        unresolved.push(`${article.input}: ${speaker.name}`);
      }
    }
  }
  assert.ok(checked > 500, `only ${checked} linked speakers`);
  // A bare surname stays bare only when an honorific contradicts every full name's gender ("Mrs. X", only "John X").
  assert.ok(unresolved.length <= checked / 100, unresolved.join('\n'));
});

test('BASIL triplets: a bare surname merges into the one full name the story gives it', () => {
  const byTriplet = new Map<string, Analysis[]>();
  for (const { article, triplet } of basil) {
    const list = byTriplet.get(triplet) ?? [];
    list.push(basilAnalyses.get(article.id)!);
    byTriplet.set(triplet, list);
  }
  let checked = 0;
  for (const analyses of byTriplet.values()) {
    const merged = mergeEntityIndex(analyses);
    const people = analyses.flatMap((a) => a.entities).filter((e) => e.type === 'person');
    const fullBySurname = new Map<string, Set<string>>();
    for (const person of people) {
      const key = fullNameKey(person.name);
      if (key === undefined || nameParts(person.name).suffix !== '') continue;
      const set = fullBySurname.get(nameParts(person.name).surname) ?? new Set<string>();
      set.add(key);
      fullBySurname.set(nameParts(person.name).surname, set);
    }
    for (const person of people) {
      if (fullNameKey(person.name) !== undefined) continue;
      const full = fullBySurname.get(person.name);
      if (full?.size !== 1) continue;
      checked += 1;
      const into = merged.byMemberId.get(person.id);
      assert.ok(into !== undefined, person.name);
      // The formal style with a suffix is the same person ("Robert S. Mueller III" = "Robert Mueller").
      assert.equal(plainNameKey(into.name) ?? fullNameKey(into.name), [...full][0], `${person.name} → ${into.name}`);
    }
  }
  assert.ok(checked > 20, `only ${checked} bare surnames checked`);
});

test('BASIL: the labelled main entities are found under their canonical name (quality floor)', () => {
  const dir = join(SHARED, 'data', 'basil', 'articles');
  let total = 0;
  let found = 0;
  for (const year of readdirSync(dir).sort()) {
    for (const name of readdirSync(join(dir, year)).sort()) {
      const json = JSON.parse(readFileSync(join(dir, year, name), 'utf8')) as {
        uuid: string;
        'main-entities': string[];
      };
      const entities = basilAnalyses.get(hashId('a', json.uuid))!.entities;
      for (const gold of json['main-entities']) {
        total += 1;
        const key = fullNameKey(gold) ?? gold.toLowerCase();
        if (entities.some((e) => (fullNameKey(e.name) ?? e.name.toLowerCase()) === key)) found += 1;
      }
    }
  }
  // 60.1% on the local BASIL set when written (52.4% before bare surnames took their article's full name).
  assert.ok(found / total >= 0.58, `${found} / ${total}`);
});

test('BASIL: a place before a speech verb stays a place ("Illinois urged"); no person is named as a place', () => {
  const speechAfter = /^\s+(?:said|says|urged|warned|told|argued|added|insisted|announced)\b/;
  let checked = 0;
  const wrong: string[] = [];
  for (const { article } of basil) {
    const analysis = basilAnalyses.get(article.id)!;
    for (const entity of analysis.entities) {
      if (entity.type === 'person' && placeName(entity.name) !== undefined)
        wrong.push(`${article.input}: ${entity.name}`);
    }
    for (const match of article.text.matchAll(/\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?\b/gu)) {
      if (placeName(match[0]) === undefined || !speechAfter.test(article.text.slice(match.index + match[0].length))) {
        continue;
      }
      checked += 1;
      const start = match.index;
      const end = start + match[0].length;
      const typed = analysis.entities.find((e) =>
        e.mentions.some((m) => m.start <= start && m.end >= end && m.end - m.start <= match[0].length + 1),
      );
      if (typed?.type === 'person') wrong.push(`${article.input}: ${article.text.slice(start - 30, end + 20)}`);
    }
  }
  assert.ok(checked >= 5, `only ${checked} places before a speech verb`);
  assert.deepEqual(wrong, []);
});

test('BASIL: the full names of labelled speakers are person entities of their article (quality floor)', () => {
  const quotes = readFileSync(join(SHARED, 'data', 'basil', 'quote_annotations.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { article_uuid: string; speaker: string });
  const names = new Set<string>();
  for (const q of quotes) {
    const name = q.speaker.replace(/_/g, ' ');
    if (fullNameKey(name) !== undefined && /^\p{Lu}/u.test(name)) names.add(`${q.article_uuid}\u0000${name}`);
  }
  let found = 0;
  for (const key of names) {
    const [uuid, name] = key.split('\u0000') as [string, string];
    const entities = basilAnalyses.get(hashId('a', uuid))?.entities ?? [];
    const want = fullNameKey(name);
    if (entities.some((e) => e.type === 'person' && fullNameKey(e.name) === want)) found += 1;
  }
  assert.ok(names.size > 100, `only ${names.size} labelled full names`);
  // 65 / 116 (56.0%) on the local BASIL set when written, with the npm given-name lists (the same with the hand lists).
  assert.ok(found / names.size >= 0.54, `${found} / ${names.size}`);
});

test('BASIL: a name ending in an organisation word is an organisation, even after a title word ("Justice Department")', () => {
  const persons: string[] = [];
  let justice = 0;
  for (const { article } of basil) {
    const analysis = basilAnalyses.get(article.id)!;
    for (const entity of analysis.entities) {
      const last = entity.name
        .split(/\s+/)
        .at(-1)!
        .replace(/[’']s?$/u, '');
      if (entity.type === 'person' && ORG_CUES.has(last)) persons.push(`${article.input}: ${entity.name}`);
      if (entity.type === 'organization' && entity.name === 'Justice Department') justice++;
    }
  }
  assert.deepEqual(persons, []);
  assert.ok(justice >= 5, `"Justice Department" an organisation in only ${justice} articles`);
});
