/** Entity resolution: BASIL's quote speakers and main entities, PolNeAR's named Sources, against our entities. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze/analyze.js';
import { placeName } from '../src/analyze/gazetteer.js';
import { TITLE_WORDS } from '../src/analyze/lexicon.js';
import { mergeEntityIndex } from '../src/analyze/merge-entities.js';
import { fullNameKey, nameParts } from '../src/analyze/resolve-persons.js';
import { hashId } from '../src/core/ids.js';
import type { Analysis, Quote } from '../src/core/model.js';
import { hashHalf32 } from './hash-half.js';
import { articleOf } from './polnear.js';
import { loadPolnear } from './polnear-data.js';
import { normalise } from './polnear-metric.js';
import { fixed, table } from './report.js';
import { DATA } from './shared-data.js';

type Half = 'dev' | 'check';

/**
 * The dev/check split: errors were studied on 'dev' items only, gains are confirmed on 'check'. An item's half is the
 * parity of the first 8 hex digits of the SHA-256 of its id (BASIL article uuid, PolNeAR article name).
 */
function halfOf(id: string): Half {
  return hashHalf32(id) === 'even' ? 'dev' : 'check';
}

interface BasilQuote {
  article_uuid: string;
  triplet_uuid: string;
  speaker: string;
  txt: string;
}

interface BasilArticle {
  uuid: string;
  triplet: string;
  text: string;
  mainEntities: string[];
}

interface Tally {
  total: number;
  quoteFound: number;
  attributed: number;
  /** Attributed quotes whose gold names a full name (given name and surname). */
  goldFull: number;
  fullName: number;
  /** The speaker's name is the gold name exactly (letters and spaces compared; the figure before middle initials counted). */
  strict: number;
  surname: number;
  /** Attributed to an entity (the speaker carries an entity id): the links whose precision we measure. */
  linked: number;
  linkedRight: number;
}

const tally = (): Tally => ({
  total: 0,
  quoteFound: 0,
  attributed: 0,
  goldFull: 0,
  fullName: 0,
  strict: 0,
  surname: 0,
  linked: 0,
  linkedRight: 0,
});

function normal(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The same full name: given name, surname and suffix agree; middle names and initials may be left out; a gold name
 * may keep words before the name that the gold parse did not strip ("House Speaker Paul Ryan", "Actor Clint Howard").
 */
function sameFullName(ours: string, gold: string): boolean {
  if (normal(ours) === normal(gold)) return true;
  const key = fullNameKey(ours);
  if (key === undefined) return false;
  if (fullNameKey(gold) === key) return true;
  const words = gold.split(/\s+/);
  const from = words.lastIndexOf(nameParts(ours).first);
  return from > 0 && fullNameKey(words.slice(from).join(' ')) === key;
}

function sameSurname(ours: string, gold: string): boolean {
  return normal(nameParts(ours).surname) === normal(nameParts(gold).surname);
}

/** Compares a resolved speaker with a gold name; a surname-only gold counts its surname as the person. */
function judge(t: Tally, ours: string | undefined, linked: boolean, gold: string): void {
  if (ours === undefined) return;
  t.attributed += 1;
  const goldIsFull = fullNameKey(gold) !== undefined;
  if (goldIsFull) t.goldFull += 1;
  const full = sameFullName(ours, gold);
  if (goldIsFull && full) t.fullName += 1;
  if (normal(ours) === normal(gold)) t.strict += 1;
  if (sameSurname(ours, gold)) t.surname += 1;
  if (linked) {
    t.linked += 1;
    if (goldIsFull ? full : sameSurname(ours, gold)) t.linkedRight += 1;
  }
}

function loadBasilArticles(): Map<string, BasilArticle> {
  const dir = join(DATA, 'basil', 'articles');
  const out = new Map<string, BasilArticle>();
  for (const year of readdirSync(dir).sort()) {
    for (const name of readdirSync(join(dir, year)).sort()) {
      const json = JSON.parse(readFileSync(join(dir, year, name), 'utf8')) as {
        uuid: string;
        'triplet-uuid': string;
        'main-entities': string[];
        'body-paragraphs': string[][];
      };
      out.set(json.uuid, {
        uuid: json.uuid,
        triplet: json['triplet-uuid'],
        text: json['body-paragraphs'].map((p) => p.join(' ')).join('\n\n'),
        mainEntities: json['main-entities'],
      });
    }
  }
  return out;
}

/** Places read as people: person entities, and quote speakers, whose name the gazetteer knows as a place. */
interface PlaceTally {
  persons: number;
  placePersons: number;
  speakers: number;
  placeSpeakers: number;
}

const placeTally = (): PlaceTally => ({ persons: 0, placePersons: 0, speakers: 0, placeSpeakers: 0 });

function countPlacesAsPersons(t: PlaceTally, analysis: Analysis): void {
  for (const entity of analysis.entities) {
    if (entity.type !== 'person') continue;
    t.persons += 1;
    if (placeName(entity.name) !== undefined) t.placePersons += 1;
  }
  for (const quote of analysis.quotes) {
    if (quote.speaker === undefined) continue;
    t.speakers += 1;
    if (placeName(quote.speaker.name) !== undefined) t.placeSpeakers += 1;
  }
}

interface MainTally {
  total: number;
  /** An entity of the article has the gold name as its canonical name. */
  canonical: number;
  /** An entity of the article has the gold name among its names. */
  named: number;
  /** After merging the triplet, an entity mentioned in this article has the gold name as its canonical name. */
  story: number;
}

const mainTally = (): MainTally => ({ total: 0, canonical: 0, named: 0, story: 0 });

interface BasilScores {
  places: Record<Half, PlaceTally>;
  article: Record<Half, Tally>;
  story: Record<Half, Tally>;
  main: Record<Half, MainTally>;
}

/**
 * BASIL: each quote with a named speaker (not a group label) → our quote over the same words → our speaker, named by
 * its article's entity ("article") and by the story-wide entity after merging the triplet's three articles ("story").
 * Main entities: each article's labelled main entities, found as an entity of ours under that canonical name, or
 * under any of its names.
 */
function scoreBasil(): BasilScores {
  const articles = loadBasilArticles();
  const quotes = readFileSync(join(DATA, 'basil', 'quote_annotations.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as BasilQuote)
    .filter((q) => !q.speaker.startsWith('other'));
  const analyses = new Map<string, Analysis>();
  for (const article of articles.values()) {
    const id = hashId('a', article.uuid);
    analyses.set(
      article.uuid,
      analyze({ id, input: article.uuid, title: '', text: article.text, cites: [], provenanceNotes: [] }),
    );
  }
  const byTriplet = new Map<string, Analysis[]>();
  for (const article of articles.values()) {
    const list = byTriplet.get(article.triplet) ?? [];
    list.push(analyses.get(article.uuid)!);
    byTriplet.set(article.triplet, list);
  }
  const merged = new Map([...byTriplet].map(([triplet, list]) => [triplet, mergeEntityIndex(list)]));
  const scores: BasilScores = {
    places: { dev: placeTally(), check: placeTally() },
    article: { dev: tally(), check: tally() },
    story: { dev: tally(), check: tally() },
    main: { dev: mainTally(), check: mainTally() },
  };
  for (const q of quotes) {
    const article = articles.get(q.article_uuid);
    if (article === undefined) continue;
    const half = halfOf(article.uuid);
    const a = scores.article[half];
    const s = scores.story[half];
    a.total += 1;
    s.total += 1;
    const needle = q.txt.replace(/^[“"‘'\s]+|[”"’'\s.,]+$/g, '');
    const at = article.text.indexOf(needle);
    if (at < 0 || needle === '') continue;
    const ours: Quote[] = analyses.get(article.uuid)!.quotes;
    const hit = ours.find((o) => o.text.start < at + needle.length && o.text.end > at);
    if (hit === undefined) continue;
    a.quoteFound += 1;
    s.quoteFound += 1;
    const gold = q.speaker.replace(/_/g, ' ');
    const entityId = hit.speaker?.entityId;
    judge(a, hit.speaker?.name, entityId !== undefined, gold);
    const story = entityId !== undefined ? merged.get(article.triplet)?.byMemberId.get(entityId) : undefined;
    judge(s, story?.name ?? hit.speaker?.name, entityId !== undefined, gold);
  }
  for (const article of articles.values()) {
    countPlacesAsPersons(scores.places[halfOf(article.uuid)], analyses.get(article.uuid)!);
    const m = scores.main[halfOf(article.uuid)];
    const entities = analyses.get(article.uuid)!.entities;
    const id = hashId('a', article.uuid);
    const storyWide = merged
      .get(article.triplet)!
      .entities.filter((e) => e.mentions.some((mention) => mention.articleId === id));
    for (const gold of article.mainEntities) {
      m.total += 1;
      if (entities.some((e) => sameFullName(e.name, gold))) m.canonical += 1;
      if (entities.some((e) => [e.name, ...e.aliases].some((n) => sameFullName(n, gold)))) m.named += 1;
      if (storyWide.some((e) => sameFullName(e.name, gold))) m.story += 1;
    }
  }
  return scores;
}

/** PolNeAR: gold attributions whose Source is a capitalised name (not a pronoun or a role), against our speaker name. */
function scorePolnearNames(): { names: Record<Half, Tally>; places: Record<Half, PlaceTally> } {
  const out: Record<Half, Tally> = { dev: tally(), check: tally() };
  const places: Record<Half, PlaceTally> = { dev: placeTally(), check: placeTally() };
  for (const item of loadPolnear()) {
    const t = out[halfOf(item.name)];
    const analysis = analyze(articleOf(item));
    countPlacesAsPersons(places[halfOf(item.name)], analysis);
    const quotes = analysis.quotes;
    for (const gold of item.attributions) {
      const source = gold.source[0];
      if (source === undefined || gold.content.length === 0) continue;
      const words = item.text.slice(source.start, source.end).split(',')[0]!.trim();
      const name = /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+)$/u.exec(
        words,
      )?.[1];
      if (name === undefined || /^(?:He|She|They|We|I|It|The)\b/.test(name)) continue;
      const goldName = personPart(name);
      t.total += 1;
      const parts = gold.content.map((s) => normalise(item.text, s));
      const hit = quotes.find((q) => parts.some((p) => q.text.start < p.end && q.text.end > p.start));
      if (hit === undefined) continue;
      t.quoteFound += 1;
      judge(t, hit.speaker?.name, hit.speaker?.entityId !== undefined, goldName);
    }
  }
  return { names: out, places };
}

/**
 * The name in a gold Source head, without the titles, places and outlets before it and a possessive after it:
 * "Ohio Gov. John Kasich" → "John Kasich", "Fox's Chris Wallace" → "Chris Wallace", "Stumpf’s" → "Stumpf".
 */
function personPart(source: string): string {
  const words = source.split(/\s+/);
  let from = 0;
  words.forEach((word, i) => {
    const title = TITLE_WORDS.has(word) || /^\p{Lu}\p{Ll}+\.$/u.test(word) || /[’']s$/.test(word);
    if (title && i < words.length - 1) from = i + 1;
  });
  return words
    .slice(from)
    .join(' ')
    .replace(/[’']s?$/, '');
}

function sum(a: Tally, b: Tally): Tally {
  const out = tally();
  for (const key of Object.keys(out) as (keyof Tally)[]) out[key] = a[key] + b[key];
  return out;
}

const pct = (n: number, d: number): string => (d === 0 ? '–' : fixed((n / d) * 100, 1));

function row(label: string, t: Tally): string[] {
  return [
    label,
    String(t.total),
    pct(t.quoteFound, t.total),
    pct(t.attributed, t.quoteFound),
    pct(t.strict, t.attributed),
    pct(t.fullName, t.goldFull),
    pct(t.surname, t.attributed),
    pct(t.linkedRight, t.linked),
    pct(t.linkedRight, t.total),
  ];
}

export function benchEntities(): void {
  const basil = scoreBasil();
  const { names: polnear, places: polnearPlaces } = scorePolnearNames();
  console.log(
    '\n## Speaker entity resolution (../shared/data/basil quote speakers; ../shared/data/polnear named Sources)\n',
  );
  console.log('Of the labelled quotes whose speaker is named (BASIL: a person or a group label such as');
  console.log('"House Democrats"): how many we find as a quote, how many we attribute, and whether our speaker');
  console.log(
    'is that entity. Same name, exact: our name is the gold name (letters compared), over attributed quotes.',
  );
  console.log('Same full name: given name + surname (+ suffix) agree, middle initials aside, over');
  console.log('the golds that give a full name. Link precision: of the quotes whose speaker we link to an entity,');
  console.log('the share linked to the right one (full name, or surname when the gold gives only a surname);');
  console.log('link recall: right links over all labelled quotes. "story": the speaker named by the entity after');
  console.log('merging the three articles of a BASIL triplet. dev = the half whose errors were studied;');
  console.log(
    'check = the other half (sha256 of the article id, parity of the first 8 hex digits). No published baseline.\n',
  );
  const rows: string[][] = [];
  for (const [label, t] of [
    ['BASIL article, dev', basil.article.dev],
    ['BASIL article, check', basil.article.check],
    ['BASIL article, all', sum(basil.article.dev, basil.article.check)],
    ['BASIL story, dev', basil.story.dev],
    ['BASIL story, check', basil.story.check],
    ['BASIL story, all', sum(basil.story.dev, basil.story.check)],
    ['PolNeAR, dev', polnear.dev],
    ['PolNeAR, check', polnear.check],
    ['PolNeAR, all', sum(polnear.dev, polnear.check)],
  ] as const) {
    rows.push(row(label, t));
  }
  table(
    [
      'data',
      'named-speaker quotes',
      'found',
      'attributed',
      'same name, exact',
      'same full name',
      'same surname',
      'link precision',
      'link recall',
    ],
    rows,
  );
  console.log(
    '\nBASIL main entities (the labelled "main-entities" of each article, people, groups and organisations):',
  );
  console.log('found as one of our entities under that canonical name, or under any of its names; "story": under');
  console.log('that canonical name after merging the triplet (an entity mentioned in this article).\n');
  const mainRow = (label: string, m: MainTally) => [
    label,
    String(m.total),
    pct(m.canonical, m.total),
    pct(m.named, m.total),
    pct(m.story, m.total),
  ];
  const { dev, check } = basil.main;
  const all = mainTally();
  for (const key of Object.keys(all) as (keyof MainTally)[]) all[key] = dev[key] + check[key];
  table(
    ['data', 'main entities', 'canonical name', 'any name', 'canonical name, story'],
    [mainRow('BASIL, dev', dev), mainRow('BASIL, check', check), mainRow('BASIL, all', all)],
  );
  console.log('\nPlaces read as people: person entities (per article) and quote speakers whose name the gazetteer');
  console.log('(src/analyze/gazetteer.ts: countries, capitals, US states) knows as a place ("Illinois urged").\n');
  const placeRow = (label: string, p: PlaceTally) => [
    label,
    String(p.persons),
    String(p.placePersons),
    String(p.speakers),
    String(p.placeSpeakers),
  ];
  table(
    ['data', 'person entities', 'named as a place', 'quote speakers', 'named as a place'],
    [
      placeRow('BASIL, dev', basil.places.dev),
      placeRow('BASIL, check', basil.places.check),
      placeRow('PolNeAR, dev', polnearPlaces.dev),
      placeRow('PolNeAR, check', polnearPlaces.check),
    ],
  );
}
