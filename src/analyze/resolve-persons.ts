/** The people an article introduces by full name, and which of them a bare surname, an honorific or a variant names. */
import { GIVEN_NAME_FORMAL } from './lexicon.js';
import { type Gender, givenNameGender, isGivenName } from './gazetteer.js';

export type { Gender };

/** Generational suffixes that follow a surname ("Donald Trump Jr.", "Robert S. Mueller III"). */
const SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;
const MALE_HONORIFIC = /^(?:Mr|Sir|Lord)\.?$/;
const FEMALE_HONORIFIC = /^(?:Mrs|Ms|Miss|Dame|Lady)\.?$/;

/** The parts of a person's name that identify them: given name, surname, generational suffix. */
export interface NameParts {
  first: string;
  /** Every word between the given name and the surname ("J.", "Huckabee"). */
  middle: string[];
  surname: string;
  suffix: string;
}

/**
 * Split a person's name into given name, middle words, surname and suffix; a single word (or "Trump Jr.") is a
 * surname with no given name.
 * @example nameParts('Robert S. Mueller III') // → { first: 'Robert', middle: ['S.'], surname: 'Mueller', suffix: 'III' }
 */
export function nameParts(name: string): NameParts {
  const words = name.split(/\s+/).filter((w) => w !== '');
  let suffix = '';
  if (words.length > 1 && SUFFIX.test(words.at(-1)!)) suffix = words.pop()!.replace(/\.$/, '');
  const surname = words.pop() ?? '';
  const first = words.shift() ?? '';
  return { first, middle: words, surname, suffix };
}

/**
 * The key under which two spellings of one full name meet: given name, surname and suffix, without middle names or
 * initials, which news style drops after the first mention or from outlet to outlet ("Donald J. Trump" = "Donald
 * Trump", "Hillary Rodham Clinton" = "Hillary Clinton", but not "Donald Trump Jr."). Undefined for a single word.
 * @example fullNameKey('Adam B. Schiff') // → 'adam schiff'
 */
export function fullNameKey(name: string): string | undefined {
  const parts = nameParts(name);
  if (parts.first === '') return undefined;
  const first = normalName(parts.first);
  // "Ron Johnson" and "Ronald S. Johnson": a familiar given name meets its formal one.
  const given = GIVEN_NAME_FORMAL[first] ?? first;
  return normalName([given, parts.surname, parts.suffix].filter((p) => p !== '').join(' '));
}

/**
 * The key of a full name without its suffix ("Eric H. Holder Jr." → 'eric holder'), undefined when it has none.
 * @example plainNameKey('Eric H. Holder Jr.') // → 'eric holder'
 */
export function plainNameKey(name: string): string | undefined {
  const parts = nameParts(name);
  if (parts.first === '' || parts.suffix === '') return undefined;
  return fullNameKey([parts.first, parts.surname].join(' '));
}

/** The middle names or initials of a name, normalised ("H.W." → "hw"), empty when there are none. */
export function middleOf(name: string): string {
  return normalName(nameParts(name).middle.join(' '));
}

function normalName(name: string): string {
  return name.toLowerCase().replace(/[’']/g, "'").replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

/** The gender an honorific or title word gives ("Mr." → male), if any. */
export function honorificGender(titles: string[]): Gender | undefined {
  for (const title of titles) {
    if (MALE_HONORIFIC.test(title)) return 'male';
    if (FEMALE_HONORIFIC.test(title)) return 'female';
  }
  return undefined;
}

interface Introduced {
  name: string;
  order: number;
  gender: Gender | undefined;
}

/**
 * The people an article names in full, in the order it introduces them. Variants of one full name (with or without
 * middle initials) resolve to its longest spelling; a bare surname or given name resolves to the one person it can be,
 * by honorific gender first and then by who was introduced first (news style introduces the main person first and
 * names relatives and namesakes in full or by given name afterwards).
 */
export class PersonRegistry {
  private readonly byKey = new Map<string, Introduced>();
  private readonly bySurname = new Map<string, Introduced[]>();
  private readonly byFirst = new Map<string, Introduced[]>();
  private readonly bySurnameSuffix = new Map<string, Introduced[]>();
  /** Surnames the article also writes with their suffix alone ("Trump Jr."): there the bare surname is another person. */
  private readonly suffixedShortForms = new Set<string>();
  /**
   * Every key's person under each word tail of the person's normalised name ("j trump", "trump" for "Donald J.
   * Trump"), in the order keys were added: finding the person a compound surname ends, or whose name a longer
   * name ends with, is a lookup instead of a scan (a scan made a 3-million-character text quadratic).
   */
  private readonly byTail = new Map<string, { key: string; person: Introduced; seq: number }[]>();
  private seq = 0;

  /** Record a full name (two words or more); `gender` is what an honorific before it said. */
  add(name: string, gender?: Gender): void {
    const key = this.keyOf(name);
    if (key === undefined) return;
    const known = this.byKey.get(key);
    if (known !== undefined) {
      if (name.split(/\s+/).length > known.name.split(/\s+/).length) {
        known.name = name;
        this.indexTails(key, known);
      }
      known.gender ??= gender;
      return;
    }
    // A compound surname with an honorific ("Mr. Peña Nieto") is the person whose full name ends with it.
    const normal = normalName(name);
    const longer = this.firstEndingWith(normal);
    if (longer !== undefined && !isGivenName(nameParts(name).first)) {
      this.remember(key, longer);
      return;
    }
    const shorter = this.firstEndOf(normal);
    if (shorter !== undefined) {
      shorter.name = name;
      this.remember(key, shorter);
      return;
    }
    const parts = nameParts(name);
    const person: Introduced = { name, order: this.byKey.size, gender: gender ?? givenNameGender(parts.first) };
    this.remember(key, person);
    push(this.bySurname, parts.surname, person);
    push(this.byFirst, parts.first, person);
    if (parts.suffix !== '') push(this.bySurnameSuffix, `${parts.surname} ${parts.suffix}`, person);
  }

  private remember(key: string, person: Introduced): void {
    this.byKey.set(key, person);
    this.indexTails(key, person);
  }

  private indexTails(key: string, person: Introduced): void {
    const words = normalName(person.name).split(' ');
    for (let i = 1; i < words.length; i += 1)
      push(this.byTail, words.slice(i).join(' '), { key, person, seq: this.seq });
    push(this.byTail, words.join(' '), { key, person, seq: this.seq });
    this.seq += 1;
  }

  /** The first person added whose full name ends with these words, after a word boundary. */
  private firstEndingWith(normal: string): Introduced | undefined {
    const tail = ` ${normal}`;
    return this.byTail.get(normal)?.find(({ person }) => normalName(person.name).endsWith(tail))?.person;
  }

  /** The first person added whose whole name is a proper word tail of this name and does not open with a given name. */
  private firstEndOf(normal: string): Introduced | undefined {
    const words = normal.split(' ');
    let best: { person: Introduced; seq: number } | undefined;
    for (let i = 1; i < words.length; i += 1) {
      const tail = words.slice(i).join(' ');
      for (const entry of this.byTail.get(tail) ?? []) {
        if (best !== undefined && entry.seq >= best.seq) break;
        if (normalName(entry.person.name) === tail && !isGivenName(nameParts(entry.person.name).first)) best = entry;
      }
    }
    return best?.person;
  }

  /** The full-name key of a name, kept apart from a namesake with other middle initials ("George H.W. Bush"). */
  private keyOf(name: string): string | undefined {
    const key = fullNameKey(name);
    if (key === undefined) return undefined;
    const namesake = this.byKey.get(key);
    const middle = middleOf(name);
    if (namesake === undefined || middle === '') return key;
    const other = middleOf(namesake.name);
    return other === '' || other === middle ? key : `${key} | ${middle}`;
  }

  /** The canonical spelling of a full name ("Donald Trump" → "Donald J. Trump" when both occur). */
  canonical(name: string): string {
    const key = this.keyOf(name);
    return (key !== undefined ? this.byKey.get(key)?.name : undefined) ?? name;
  }

  /**
   * The person introduced in full whose name ends with this two- or three-word name that opens with no given name:
   * a compound surname written alone ("Wasserman Schultz" after "Debbie Wasserman Schultz"), which no single-word
   * surname lookup finds.
   */
  byCompoundSurname(name: string): string | undefined {
    const words = name.split(/\s+/);
    if (words.length < 2 || words.length > 3 || isGivenName(words[0]!)) return undefined;
    return this.firstEndingWith(normalName(name))?.name;
  }

  /** Whether this word is the surname of someone introduced in full. */
  hasSurname(word: string): boolean {
    return this.bySurname.has(word);
  }

  /**
   * Record a short form with its suffix ("Trump Jr."): an article that tells its Jr. apart that way means his
   * father or namesake by the bare surname ("President Trump’s attorney" in a story about Donald Trump Jr.).
   */
  noteSuffixedShortForm(name: string): void {
    const parts = nameParts(name);
    if (parts.first === '' && parts.suffix !== '') this.suffixedShortForms.add(parts.surname);
  }

  /** The person a bare surname ("Trump", "Trump Jr.") names, given the gender of an honorific before it. */
  bySurnameOf(surname: string, gender?: Gender): string | undefined {
    const suffixed = /\s/.test(surname) ? this.bySurnameSuffix.get(surname.replace(/\.$/, '')) : undefined;
    if (suffixed !== undefined) return pick(suffixed, gender);
    // An article that writes its Jr. as "Trump Jr." means another person by the bare surname: the namesake without a
    // suffix ("President Trump’s attorney" in a story about Donald Trump Jr.), or no one. One that never does means
    // the person it introduced first, suffix or not: "Mr. Jackson" in a story opening on "Jesse L. Jackson Jr." is
    // the son, not "the Rev. Jesse L. Jackson" named later as his father (BASIL 2013 f506aafc).
    const people = this.bySurname.get(surname) ?? [];
    if (!this.suffixedShortForms.has(surname)) return pick(people, gender);
    const plain = people.filter((p) => nameParts(p.name).suffix === '');
    return plain.length === 0 ? undefined : pick(plain, gender);
  }

  /** The person a bare given name names, when only one person introduced has it. */
  byGivenName(first: string): string | undefined {
    const people = this.byFirst.get(first);
    return people?.length === 1 ? people[0]!.name : undefined;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function pick(people: Introduced[] | undefined, gender: Gender | undefined): string | undefined {
  if (people === undefined || people.length === 0) return undefined;
  const fitting = gender === undefined ? people : people.filter((p) => p.gender === undefined || p.gender === gender);
  const sameGender = gender === undefined ? [] : fitting.filter((p) => p.gender === gender);
  const pool = sameGender.length > 0 ? sameGender : fitting;
  let best: Introduced | undefined;
  for (const person of pool) if (best === undefined || person.order < best.order) best = person;
  return best?.name;
}
