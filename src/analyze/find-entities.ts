/** People, organisations, places and events in one article, resolved to one entry per real thing. */
import { hashId } from '../core/ids.js';
import { HEADING_CAPITALISED_SHARE, HEADING_MAX_WORDS } from '../core/config.js';
import type { Entity, EntityType, Span } from '../core/model.js';
import {
  isCompassWord,
  isDemonym,
  isGivenName as isListedGivenName,
  isNonPersonHead,
  isPlaceHead,
  isPlaceOpener,
  placeMaxWords,
  placeName,
} from './gazetteer.js';
import {
  EVENT_CUES,
  KNOWN_ORG_NAMES,
  KNOWN_ORGS,
  KNOWN_SURNAMES,
  LOWERCASE_ACRONYMS,
  NOT_NAMES,
  OFFICE_WORDS,
  STATE_ABBREVIATIONS,
  ORG_CUES,
  TITLE_WORDS,
} from './lexicon.js';
import type { Token } from './nlp.js';
import { ACRONYM, LOCATIVE_BEFORE, SPEECH_VERB_AFTER } from './patterns.js';
import { fullNameKey, honorificGender, nameParts, PersonRegistry } from './resolve-persons.js';
import type { Range } from './split-sentences.js';

/** One place an entity is named, with the canonical key it resolved to. */
export interface Mention {
  start: number;
  end: number;
  type: EntityType;
  /** Canonical name (the entity's `name`). */
  name: string;
  /** How the text wrote it, including a role when the mention is a role ("NATO Secretary-General"). */
  surface: string;
}

/** The entities of one article plus what quote attribution needs to resolve roles and pronouns. */
export interface EntityIndex {
  entities: Entity[];
  /** Every mention, sorted by start. */
  mentions: Mention[];
  /** Normalised role ("nato secretary general") → the person's canonical name. */
  roles: Map<string, string>;
}

interface Word {
  text: string;
  start: number;
  end: number;
  pos: string;
}

interface Run {
  words: Word[];
  initial: boolean;
  heading: boolean;
}

type PieceKind = EntityType | 'unknown' | 'role';

interface Piece {
  kind: PieceKind;
  name: string;
  start: number;
  end: number;
  surface: string;
  heading: boolean;
  initial: boolean;
  /** For a person: the role words before the name ("NATO Secretary-General"); for a role piece: its key. */
  role?: string;
  roleKey?: string;
}

interface Lexicon {
  orgs: Map<string, string>;
  maxWords: number;
}

let lexicon: Lexicon | undefined;

function loadLexicon(): Lexicon {
  if (lexicon !== undefined) return lexicon;
  const orgs = new Map<string, string>();
  let maxWords = placeMaxWords();
  const count = (s: string) => s.split(/\s+/).length;
  for (const [acronym, expansions] of Object.entries(KNOWN_ORGS)) {
    orgs.set(acronym.toLowerCase(), acronym);
    for (const expansion of expansions) {
      if (expansion.startsWith('the ')) continue;
      orgs.set(expansion.toLowerCase(), acronym);
      maxWords = Math.max(maxWords, count(expansion));
    }
  }
  for (const name of KNOWN_ORG_NAMES) {
    orgs.set(name.toLowerCase(), name);
    maxWords = Math.max(maxWords, count(name));
  }
  lexicon = { orgs, maxWords };
  return lexicon;
}

/**
 * Find and resolve the entities of one article.
 * @example findEntities(text, 'a1', tokens, paragraphs, sentences).entities.map((e) => e.name) // → ['Mark Rutte', 'NATO', …]
 */
export function findEntities(
  text: string,
  articleId: string,
  tokens: Token[],
  paragraphs: Range[],
  sentences: Span[],
  titleTokens: Token[] = [],
  title = '',
): EntityIndex {
  const lowerAcronyms = definedLowercaseAcronyms(tokens);
  const runs = buildRuns(text, tokens, paragraphs, sentences, lowerAcronyms);
  const hasNato = /\bNATO\b|\bNato\b/.test(text);
  const pieces: Piece[] = [];
  for (const run of runs)
    pieces.push(...segmentRun(text, run, hasNato).map((piece) => placeStateAbbreviation(text, partyLabelState(piece))));
  const titleRuns = buildRuns(title, titleTokens, [{ start: 0, end: title.length }], [], lowerAcronyms);
  const known: Piece[] = [];
  for (const run of titleRuns) known.push(...segmentRun(title, { ...run, heading: false }, hasNato));
  return resolve(
    text,
    articleId,
    pieces,
    known.filter((p) => p.kind === 'person'),
  );
}

/** A lawmaker's party label ("R-Ark.") names the state it stands for, a place, not an entity of its own. */
function partyLabelState(piece: Piece): Piece {
  const label = /^[DRI]-(\p{Lu}[\p{L}.]*?)\.?$/u.exec(piece.name);
  const state = label === null ? undefined : STATE_ABBREVIATIONS[label[1]!];
  return state === undefined ? piece : { ...piece, kind: 'place', name: state };
}

/**
 * A state's abbreviation after a comma and a place ("Deuel County, Neb.", "Omaha, Neb.") is that state, a place: it
 * is no speaker, nor the antecedent of a "who" after it ("Sheriff Adam Hayward of Deuel County, Neb., who said …").
 * "Miss." and "La." stay out: before a name they are a title and a name word.
 */
function placeStateAbbreviation(text: string, piece: Piece): Piece {
  const abbreviation = /^(\p{Lu}[\p{L}.]*?)\.$/u.exec(piece.name)?.[1];
  if (abbreviation === undefined || abbreviation === 'Miss' || abbreviation === 'La') return piece;
  const state = STATE_ABBREVIATIONS[abbreviation];
  if (state === undefined || !/\p{Lu}[\p{L}.]*,\s+$/u.test(text.slice(Math.max(0, piece.start - 40), piece.start)))
    return piece;
  return { ...piece, kind: 'place', name: state };
}

/** Acronyms defined in parentheses in lower case ("German Press Agency (dpa)"). */
function definedLowercaseAcronyms(tokens: Token[]): Set<string> {
  const out = new Set(LOWERCASE_ACRONYMS);
  for (let i = 0; i + 2 < tokens.length; i += 1) {
    if (tokens[i]!.value === '(' && tokens[i + 2]!.value === ')' && /^\p{Ll}{2,6}$/u.test(tokens[i + 1]!.value)) {
      const prev = tokens[i - 1];
      if (prev !== undefined && /^\p{Lu}/u.test(prev.value)) out.add(tokens[i + 1]!.value);
    }
  }
  return out;
}

function isCapitalised(token: Token, lowerAcronyms: Set<string>): boolean {
  if (token.type !== 'word' && token.type !== 'abbreviation' && token.type !== 'hashtag') {
    if (!/^\p{L}/u.test(token.value)) return false;
  }
  return /^\p{Lu}/u.test(token.value) || lowerAcronyms.has(token.value);
}

const POSSESSIVE = new Set(['’s', "'s", '’', "'"]);
const PARTICLES = new Set(['von', 'van', 'der', 'de', 'den', 'al', 'bin', 'da', 'di', 'du', 'la', 'le']);

/** Lower-case heads of an organisation named after the person who leads it ("the Obama campaign"). */
const LED_BY_NAME = new Set(['campaign', 'administration']);

/** Parts of speech of a capitalised sentence-initial word that is not a name ("Whether", "Moreover", "Although"). */
const FUNCTION_POS = new Set(['ADP', 'ADV', 'SCONJ', 'CCONJ', 'DET', 'PRON', 'PART']);

/**
 * A sentence-initial word that only its capital makes look like a name: a function word, or an inflected verb
 * ("Given", "Celebrating", "Keeps"). A verb's base form may be a name ("Grant Young"), and a given name stays one.
 */
function isFunctionWord(word: Word): boolean {
  // The tagger's reading of a function word stands even for a listed name ("Even", "Early"); an inflected verb that is
  // a listed name is the name.
  if (FUNCTION_POS.has(word.pos)) return true;
  return word.pos === 'VERB' && /(?:ing|ed|en|s)$/.test(word.text) && !isGivenName(word.text);
}

/**
 * A listed given name that can open a person's name: not a word that opens place names ("North America") nor a title
 * ("Major", "King") — the lists carry both.
 */
function isGivenName(word: string): boolean {
  return isListedGivenName(word) && !isPlaceOpener(word) && !TITLE_WORDS.has(word);
}

/**
 * A given name and the words after it that can be a person's name: the last word is no place, law or firm head, no
 * "of" joins them ("Hall of Famer"), and no article stands before them, demonyms aside ("the Dallas Cowboys", "the
 * American Red Cross").
 */
function isGivenNamePerson(text: string, name: Word[]): boolean {
  const first = name[0]!;
  if (!isGivenName(first.text) || name.some((w) => w.text === 'of')) return false;
  if (isNonPersonHead(name.at(-1)!.text.replace(/[’']s?$/u, ''))) return false;
  let before = text.slice(Math.max(0, first.start - 60), first.start);
  for (let m = /(\S+)\s+$/u.exec(before); m !== null && isDemonym(m[1]!); m = /(\S+)\s+$/u.exec(before)) {
    before = before.slice(0, m.index);
  }
  return !ARTICLE_BEFORE.test(before);
}

const ARTICLE_BEFORE = /\b(?:the|a|an)\s+$/i;

/** Maximal capitalised runs, joined across hyphens, "of" and name particles; a possessive ends a run. */
function buildRuns(
  text: string,
  tokens: Token[],
  paragraphs: Range[],
  sentences: Span[],
  lowerAcronyms: Set<string>,
): Run[] {
  const runs: Run[] = [];
  let p = 0;
  let s = 0;
  let current: Word[] = [];
  let currentInitial = false;
  let currentHeading = false;
  const flush = () => {
    if (current.length > 0) runs.push({ words: current, initial: currentInitial, heading: currentHeading });
    current = [];
  };
  const headings = paragraphs.map((range) => isHeading(text, range));
  let lastEnd = -1;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    while (p < paragraphs.length && paragraphs[p]!.end <= token.start) p += 1;
    while (s < sentences.length && sentences[s]!.end <= token.start) s += 1;
    const sentenceStart = sentences[s]?.start ?? 0;
    const paragraphStart = paragraphs[p]?.start ?? 0;
    const gap = current.length > 0 ? text.slice(lastEnd, token.start) : '';
    const crossesBreak = gap.includes('\n') || (current.length > 0 && current[0]!.start < paragraphStart);
    if (crossesBreak) flush();
    if (isCapitalised(token, lowerAcronyms)) {
      const word: Word = { text: token.value, start: token.start, end: token.end, pos: token.pos };
      const last = current.at(-1);
      if (last !== undefined && last.end === token.start && last.text.endsWith('-')) {
        last.text += token.value;
        last.end = token.end;
      } else {
        if (current.length === 0) {
          const before = text.slice(sentenceStart, token.start);
          currentInitial = /^[\s"“‘'([•*\-–—]*$/u.test(before);
          currentHeading = headings[p] ?? false;
        }
        current.push(word);
      }
      lastEnd = token.end;
      continue;
    }
    const next = tokens[i + 1];
    const last = current.at(-1);
    if (last !== undefined && next !== undefined && isCapitalised(next, lowerAcronyms)) {
      if (token.value === '-' && last.end === token.start && token.end === next.start) {
        last.text += '-';
        last.end = token.end;
        lastEnd = token.end;
        continue;
      }
      if ((token.value === 'of' || PARTICLES.has(token.value)) && !isDemonym(last.text)) {
        current.push({ text: token.value, start: token.start, end: token.end, pos: token.pos });
        lastEnd = token.end;
        continue;
      }
      if (POSSESSIVE.has(token.value) && ORG_CUES.has(next.value)) {
        const after = tokens[i + 2];
        if (after === undefined || !isCapitalised(after, lowerAcronyms)) {
          last.text += token.value;
          last.end = token.end;
          lastEnd = token.end;
          continue;
        }
      }
    }
    // "the Obama campaign", "the Trump administration": a lower-case head led by the name before it.
    if (
      last !== undefined &&
      LED_BY_NAME.has(token.value) &&
      current.length <= 3 &&
      NAME_WORD.test(last.text) &&
      !isNotName(last.text) &&
      !TITLE_WORDS.has(last.text)
    ) {
      current.push({ text: token.value, start: token.start, end: token.end, pos: token.pos });
      lastEnd = token.end;
      flush();
      continue;
    }
    flush();
  }
  flush();
  for (const run of runs) {
    while (run.words.length > 0 && (run.words.at(-1)!.text === 'of' || PARTICLES.has(run.words.at(-1)!.text))) {
      run.words.pop();
    }
  }
  return runs.filter((run) => run.words.length > 0);
}

/** A short line without closing punctuation: a heading, a menu item or a bullet. */
function isHeading(text: string, range: Range): boolean {
  const line = text.slice(range.start, range.end);
  const words = line.split(/\s+/);
  if (words.length > HEADING_MAX_WORDS) return false;
  if (!/[.!?:;"”…)]$/u.test(line)) return true;
  const capitalised = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  return capitalised >= HEADING_CAPITALISED_SHARE * words.length;
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

function isNotName(word: string): boolean {
  return NOT_NAMES.has(word) || (word.length > 1 && word === word.toUpperCase() && NOT_NAMES.has(titleCase(word)));
}

function isAcronym(word: string): boolean {
  return ACRONYM.test(word);
}

/** Split a run into entity pieces: lexicon matches, organisations by cue word, titles, names. */
function segmentRun(text: string, run: Run, hasNato: boolean): Piece[] {
  const { words } = run;
  const out: Piece[] = [];
  const base = { heading: run.heading, initial: run.initial };
  let cue = -1;
  for (let i = words.length - 1; i >= 0; i -= 1) {
    const w = words[i]!.text.replace(/[’']s?$/u, '');
    if (ORG_CUES.has(w) || EVENT_CUES.has(w) || LED_BY_NAME.has(w)) {
      cue = i;
      break;
    }
  }
  if (cue >= 0) {
    let start = cue;
    while (start > 0 && !isNotName(words[start - 1]!.text) && words[start - 1]!.text !== 'of') start -= 1;
    // A title word right before the cue word names the organisation ("Justice Department", "General Assembly"): it
    // stays, or "Justice" would be taken for a title and "Department" for a person's name.
    while (start < cue - 1 && (TITLE_WORDS.has(words[start]!.text) || words[start]!.text === 'of')) start += 1;
    const cueWord = words[cue]!.text.replace(/[’']s?$/u, '');
    // "University of Pennsylvania", "Department of Justice": what follows "of" after the cue belongs to the name.
    const end = words[cue + 1]?.text === 'of' && cue + 2 < words.length ? words.length - 1 : cue;
    const first = words[start]!;
    const last = words[end]!;
    const phrase = text.slice(first.start, last.end);
    const lex = loadLexicon();
    const known = lex.orgs.get(phrase.toLowerCase());
    if (known !== undefined) {
      out.push({ ...base, kind: 'organization', name: known, start: first.start, end: last.end, surface: phrase });
    } else if (start < end) {
      const kind: EntityType = EVENT_CUES.has(cueWord) ? 'event' : 'organization';
      out.push({ ...base, kind, name: phrase, start: first.start, end: last.end, surface: phrase });
    } else if (cueWord === 'Alliance' && hasNato && !run.initial) {
      out.push({ ...base, kind: 'organization', name: 'NATO', start: first.start, end: last.end, surface: phrase });
    } else if (KNOWN_ORG_NAMES.has(cueWord)) {
      out.push({ ...base, kind: 'organization', name: cueWord, start: first.start, end: last.end, surface: phrase });
    }
    if (out.length > 0 || start < end) {
      const before = words.slice(0, start);
      const after = words.slice(end + 1);
      const result: Piece[] = [];
      if (before.length > 0) result.push(...segmentWords(text, before, run, hasNato));
      result.push(...out);
      if (after.length > 0) result.push(...segmentWords(text, after, { ...run, initial: false }, hasNato));
      return result;
    }
  }
  // A lower-case head joined to the run that named no organisation is not a name.
  const names = words.filter((w) => !LED_BY_NAME.has(w.text));
  return names.length > 0 ? segmentWords(text, names, run, hasNato) : [];
}

function segmentWords(text: string, words: Word[], run: Run, hasNato: boolean): Piece[] {
  const lex = loadLexicon();
  const out: Piece[] = [];
  let titles: Word[] = [];
  let roleOrg: Piece | undefined;
  let i = 0;
  const flushRole = () => {
    if (titles.some((t) => OFFICE_WORDS.has(t.text) || OFFICE_WORDS.has(t.text.split('-')[0] ?? ''))) {
      const first = roleOrg ?? titles[0]!;
      const last = titles.at(-1)!;
      const surface = text.slice(first.start, last.end);
      out.push({
        kind: 'role',
        name: surface,
        start: first.start,
        end: last.end,
        surface,
        heading: run.heading,
        initial: run.initial,
        roleKey: roleKeyOf(roleOrg?.name, titles),
      });
    }
    titles = [];
    roleOrg = undefined;
  };
  while (i < words.length) {
    const word = words[i]!;
    const initial = run.initial && i === 0;
    const base = { heading: run.heading, initial };
    const match = matchLexicon(text, words, i, lex);
    if (match !== undefined) {
      const first = words[i]!;
      const last = words[match.end - 1]!;
      let name = match.name;
      let kind: EntityType = match.kind;
      if (name === 'Washington' && first.text === 'Washington' && namesGovernment(text, first.start)) {
        name = 'United States';
      }
      if (name === 'NATO' && !hasNato) kind = 'organization';
      const piece: Piece = {
        ...base,
        kind,
        name,
        start: first.start,
        end: last.end,
        surface: text.slice(first.start, last.end),
      };
      flushRole();
      out.push(piece);
      if (
        (kind === 'organization' || kind === 'place') &&
        match.end < words.length &&
        TITLE_WORDS.has(words[match.end]!.text)
      )
        roleOrg = piece;
      i = match.end;
      continue;
    }
    if (isTitleWord(word.text, words[i + 1]?.text)) {
      titles.push(word);
      i += 1;
      continue;
    }
    const functionWord = initial && isFunctionWord(word);
    if (
      functionWord ||
      isNotName(word.text) ||
      isDemonym(word.text) ||
      word.text === 'of' ||
      PARTICLES.has(word.text)
    ) {
      flushRole();
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < words.length) {
      const w = words[j]!;
      const title =
        TITLE_WORDS.has(w.text) && (!OFFICE_QUALIFIERS.has(w.text) || isTitleWord(w.text, words[j + 1]?.text));
      if (isNotName(w.text) || isDemonym(w.text) || title) break;
      const inLexicon = matchLexicon(text, words, j, lex);
      // A lone given name takes a one-word place or organisation name after it as its surname ("Steve Israel").
      if (inLexicon !== undefined && !(j === i + 1 && inLexicon.end === j + 1 && isGivenName(word.text))) break;
      j += 1;
    }
    while (j > i + 1 && (words[j - 1]!.text === 'of' || PARTICLES.has(words[j - 1]!.text))) j -= 1;
    j = personNameEnd(text, words, i, j, titles);
    const name = words.slice(i, j);
    const first = name[0]!;
    const last = name.at(-1)!;
    // A possessive joined to the run ("Mueller’s Office") is not part of the name or its mention.
    const end = last.end - (/[’']s?$/u.exec(last.text)?.[0].length ?? 0);
    const surface = text.slice(first.start, end);
    const person = isPersonName(text, name, titles);
    const role = titles.length > 0 ? text.slice((roleOrg ?? titles[0]!).start, titles.at(-1)!.end) : undefined;
    const roleKey = titles.length > 0 ? roleKeyOf(roleOrg?.name, titles) : undefined;
    const piece: Piece = {
      ...base,
      kind: person ? 'person' : 'unknown',
      name: surface,
      start: first.start,
      end,
      surface,
    };
    if (person && role !== undefined) {
      piece.role = role;
      if (roleKey !== undefined) piece.roleKey = roleKey;
    }
    titles = [];
    roleOrg = undefined;
    out.push(piece);
    i = j;
  }
  flushRole();
  return out;
}

/**
 * Where the name that starts at word i ends: before "of" when the words before it are a person ("Senator Ted Cruz of
 * Texas"), or before a given name that starts a two- or three-word name closing the run ("National Security Adviser
 * Susan Rice", "Fox News Sunday Chris Wallace"): the words before it are then a name of their own.
 */
function personNameEnd(text: string, words: Word[], i: number, j: number, titles: Word[]): number {
  const of = words.findIndex((w, k) => k > i && k < j && w.text === 'of');
  if (of > i && isPersonName(text, words.slice(i, of), titles)) return of;
  if (isPersonName(text, words.slice(i, j), titles)) return j;
  for (let k = Math.max(i + 1, j - 3); k <= j - 2; k += 1) {
    const tail = words.slice(k, j);
    // After a word that opens place names the given name is part of the place's name ("New Haven Register").
    if (isPlaceOpener(words[k - 1]!.text)) continue;
    if (isGivenNamePerson(text, tail) && tail.slice(1).every((w) => NAME_WORD.test(w.text) && !isAcronym(w.text)))
      return k;
  }
  return j;
}

/** A word that can be part of a person's name: capitalised, letters, apostrophes, hyphens, a final dot (initials). */
const NAME_WORD = /^\p{Lu}[\p{L}’'-]*\.?$/u;

/** Politics, power and opinion nouns: "shifts in Washington", "the mood in Washington" name the government. */
const POLITICS_IN = new RegExp(
  `\\b(?:${[
    'politics',
    'political',
    'shifts?',
    'changes?',
    'mood',
    'debates?',
    'gridlock',
    'consensus',
    'sentiment',
    'thinking',
    'policy',
    'policymakers',
    'officials',
    'lawmakers',
    'leaders',
    'establishment',
    'power',
    'elites?',
    'circles',
    'insiders',
  ].join('|')})\\s+in\\s+$`,
  'i',
);

/**
 * "Washington" as the US government (the default: "Washington says"), not the city after a locative ("in
 * Washington", "visit to Washington") — unless a locative "in" follows a politics noun ("political shifts in Washington").
 */
function namesGovernment(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  if (!LOCATIVE_BEFORE.test(before.slice(-12))) return true;
  return POLITICS_IN.test(before);
}

/** Titles that only a person holds, beyond the offices ("Senator Ted Cruz", "Sir Keir Starmer"). */
const PERSON_TITLES = new Set(['Sir', 'Senator', 'Senators', 'Representative', 'Representatives']);

/**
 * A title word, also in the plural when a name follows ("Senators Sheldon Whitehouse … and …"); a plural that ends
 * its run is a name's last word ("Kansas City Chiefs").
 */
/**
 * Words that qualify an office and are no title alone: "High Representative", "Vice President", but "the Rocky Mountain
 * High Intensity Drug Trafficking Area" is one name (BASIL b764f81f gave "Rocky Mountain" as the speaker).
 */
const OFFICE_QUALIFIERS = new Set(['High', 'Vice', 'Prime']);

function isTitleWord(word: string, next: string | undefined): boolean {
  if (OFFICE_QUALIFIERS.has(word)) return next !== undefined && isTitleWord(next, undefined);
  if (TITLE_WORDS.has(word) || TITLE_WORDS.has(word.split('-')[0] ?? '')) return true;
  return next !== undefined && NAME_WORD.test(next) && TITLE_WORDS.has(singular(word));
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
}

function roleKeyOf(org: string | undefined, titles: Word[]): string {
  const words = titles.map((t) => t.text.toLowerCase().replace(/-/g, ' ').replace(/\.$/, ''));
  return [org?.toLowerCase(), ...words].filter((w) => w !== undefined).join(' ');
}

function isPersonName(text: string, name: Word[], titles: Word[]): boolean {
  const first = name[0]!.text;
  if (name.length >= 2 && name.length <= 4) {
    if (isGivenNamePerson(text, name) || /^\p{Lu}\.$/u.test(first)) return true;
    if (titles.some((t) => OFFICE_WORDS.has(singular(t.text)) || /\.$/.test(t.text) || PERSON_TITLES.has(t.text)))
      return !isAcronym(first);
  }
  if (name.length === 1) {
    if (KNOWN_SURNAMES.has(first)) return true;
    // An office, an honorific or an abbreviated title ("Sen.", "Rep.", "Dr.") before one word makes it a surname.
    if (
      titles.length > 0 &&
      !isAcronym(first) &&
      titles.some(
        (t) =>
          OFFICE_WORDS.has(singular(t.text)) ||
          /^M[rs]/.test(t.text) ||
          /\.$/.test(t.text) ||
          PERSON_TITLES.has(t.text),
      )
    ) {
      return true;
    }
  }
  return false;
}

interface LexMatch {
  end: number;
  name: string;
  kind: EntityType;
}

/** Longest lexicon match starting at word i (places, known organisations; acronyms case-insensitively). */
function matchLexicon(text: string, words: Word[], i: number, lex: Lexicon): LexMatch | undefined {
  const limit = Math.min(words.length, i + lex.maxWords);
  for (let end = limit; end > i; end -= 1) {
    const phrase = text.slice(words[i]!.start, words[end - 1]!.end);
    const place =
      placeName(phrase) ??
      (phrase === phrase.toUpperCase() && phrase.length > 3 ? placeName(titleCaseWords(phrase)) : undefined);
    // A one-word place before a place head is part of another place's name ("Kansas City", "Orange County").
    const longer = end === i + 1 && end < words.length && isPlaceHead(words[end]!.text);
    if (place !== undefined && !longer) return { end, name: place, kind: 'place' };
    // A compass word and a place: a part of it, named as written ("South Florida", "Northern Ireland").
    if (
      end > i + 1 &&
      isCompassWord(words[i]!.text) &&
      placeName(text.slice(words[i + 1]!.start, words[end - 1]!.end)) !== undefined
    ) {
      return { end, name: phrase, kind: 'place' };
    }
    const org = lex.orgs.get(phrase.toLowerCase());
    if (org !== undefined) {
      const single = end === i + 1;
      // A lower-case-insensitive hit on a one-word acronym must look like an acronym ("Nato", "NATO", "dpa"), not a word ("Who").
      if (!single || phrase === org || isAcronym(phrase) || phrase.length >= 4 || LOWERCASE_ACRONYMS.has(phrase)) {
        return { end, name: org, kind: 'organization' };
      }
    }
  }
  return undefined;
}

function titleCaseWords(phrase: string): string {
  return phrase
    .split(' ')
    .map((w) => titleCase(w))
    .join(' ');
}

/** Second pass: roles and bare surnames to the person they name, unknown names to a type or to nothing. */
function resolve(text: string, articleId: string, pieces: Piece[], titlePeople: Piece[]): EntityIndex {
  promoteFullNames(text, pieces);
  const people = new PersonRegistry();
  const roles = new Map<string, string>();
  const acronyms = new Set<string>();
  for (const piece of [...titlePeople, ...pieces]) {
    if (piece.kind === 'person' && fullNameKey(piece.name) !== undefined) {
      people.add(piece.name, honorificGender(titlesOf(piece)));
    } else if (piece.kind === 'person') people.noteSuffixedShortForm(piece.name);
    if (piece.kind === 'organization' && isAcronym(piece.name)) acronyms.add(piece.name.toUpperCase());
  }
  const personName = (piece: Piece): string =>
    fullNameKey(piece.name) !== undefined
      ? people.canonical(piece.name)
      : (people.bySurnameOf(piece.name, honorificGender(titlesOf(piece))) ?? piece.name);
  for (const piece of [...titlePeople, ...pieces]) {
    if (piece.kind === 'person' && piece.roleKey !== undefined) roles.set(piece.roleKey, personName(piece));
  }
  const mentions: Mention[] = [];
  const aliases = new Map<string, Set<string>>();
  const add = (piece: Piece, type: EntityType, name: string, surface = piece.surface) => {
    mentions.push({ start: piece.start, end: piece.end, type, name, surface });
    const key = `${type}\u0000${name}`;
    const set = aliases.get(key) ?? new Set<string>();
    set.add(surface);
    // An honorific is no name of its own: "Mr. Fox" is the alias, not "Mr.".
    // A plural title ("Justices Kennedy and Alito", "Sens. Warner and Burr") is shared: no one person's alias.
    const plural =
      piece.role !== undefined && singular(piece.role) !== piece.role && OFFICE_WORDS.has(singular(piece.role));
    if (piece.role !== undefined && !plural)
      set.add(honorificGender([piece.role]) === undefined ? piece.role : `${piece.role} ${surface}`);
    aliases.set(key, set);
  };
  for (const piece of pieces) {
    switch (piece.kind) {
      case 'person':
        add(piece, 'person', personName(piece));
        break;
      case 'role': {
        const holder = roleHolder(roles, piece.roleKey ?? '');
        if (holder !== undefined) add(piece, 'person', holder);
        break;
      }
      case 'unknown': {
        const resolved = resolveUnknown(text, piece, people, acronyms);
        if (resolved !== undefined) add(piece, resolved.type, resolved.name);
        break;
      }
      default:
        add(piece, piece.kind, piece.name);
    }
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const grouped = new Map<string, Entity>();
  for (const mention of mentions) {
    const key = `${mention.type}\u0000${mention.name}`;
    let entity = grouped.get(key);
    if (entity === undefined) {
      entity = {
        id: entityId(mention.type, mention.name),
        name: mention.name,
        type: mention.type,
        aliases: [],
        mentions: [],
      };
      grouped.set(key, entity);
    }
    entity.mentions.push({ articleId, start: mention.start, end: mention.end });
  }
  for (const [key, entity] of grouped) {
    entity.aliases = [...(aliases.get(key) ?? [])].filter((a) => a !== entity.name).sort();
  }
  return { entities: [...grouped.values()], mentions, roles };
}

/** The id of an entity: the same type and canonical name give the same id in every article. */
export function entityId(type: EntityType, name: string): string {
  return hashId('e', type, name.toLowerCase());
}

function resolveUnknown(
  text: string,
  piece: Piece,
  people: PersonRegistry,
  acronyms: Set<string>,
): { type: EntityType; name: string } | undefined {
  const { name } = piece;
  const single = !name.includes(' ');
  const compound = single ? undefined : people.byCompoundSurname(name);
  if (compound !== undefined) return { type: 'person', name: compound };
  if (single) {
    const full = people.bySurnameOf(name) ?? people.byGivenName(name);
    if (full !== undefined) return { type: 'person', name: full };
    // "The Times reported", "Congress tells you", "the Department asked": an organisation's word that speaks.
    if (ORG_CUES.has(name) || KNOWN_ORG_NAMES.has(name)) return { type: 'organization', name };
    if (acronyms.has(name.toUpperCase()) && (isAcronym(name) || /^\p{Lu}\p{Ll}+$/u.test(name))) {
      return { type: 'organization', name: name.toUpperCase() };
    }
    // A name after "of" is an affiliation ("Richard J. Durbin of Illinois urged"), not the speaker.
    // Nor after another preposition: "a statement to Wired explaining why …" is Wired's only as the addressee.
    const affiliation = /\b(?:of|to|for|with|from|at|by)\s+$/.test(
      text.slice(Math.max(0, piece.start - 6), piece.start),
    );
    if (!piece.heading && !affiliation && speaksAsPerson(text, piece)) return { type: 'person', name };
    if (isAcronym(name) && name.length <= 5) {
      return placeName(name) !== undefined ? { type: 'place', name } : { type: 'organization', name };
    }
  }
  if (piece.heading || piece.initial) return undefined;
  if (/\d/.test(name) || name.length < 3) return undefined;
  if (name.includes('-') && name.split('-').every((part) => placeName(part) !== undefined)) return undefined;
  return { type: 'other', name };
}

/**
 * One capitalised word that speaks ("Sayoc said") is a person's surname — unless it is a thing's head ("The 14th
 * Amendment states"), stands after an article or a number (no surname does: "the Constitution reads"), or takes a
 * plural verb ("Critics say"): BASIL 2018 f688c56d printed "Amendment" and "Critics" as speakers.
 */
function speaksAsPerson(text: string, piece: Piece): boolean {
  const verb = SPEECH_VERB_AFTER.exec(text.slice(piece.end, piece.end + 40));
  if (verb === null || isNonPersonHead(piece.name)) return false;
  if (
    /\b(?:the|a|an|this|that|its|\d+(?:st|nd|rd|th)?)\s+$/i.test(text.slice(Math.max(0, piece.start - 12), piece.start))
  )
    return false;
  return !/\bsay$/.test(verb[0]);
}

/** The title words written before a person's name ("Mr.", "NATO Secretary-General"). */
function titlesOf(piece: Piece): string[] {
  return piece.role?.split(/\s+/) ?? [];
}

/**
 * An unknown run of two to four name-shaped words whose last word is the surname of a person named elsewhere in the
 * article by title ("Mr. Fox", "Sen. Cruz") or as a speaker ("Sayoc said"), or that is a person's full name elsewhere,
 * is that person's full name, even at a sentence start ("Vicente Fox, …").
 */
function promoteFullNames(text: string, pieces: Piece[]): void {
  const surnames = new Set<string>();
  for (const piece of pieces) {
    if (piece.kind === 'person' && fullNameKey(piece.name) === undefined) surnames.add(nameParts(piece.name).surname);
    // A single word that speaks ("Sayoc said") is a surname too.
    if (piece.kind === 'unknown' && !piece.heading && !piece.name.includes(' ') && NAME_WORD.test(piece.name)) {
      if (!isAcronym(piece.name) && speaksAsPerson(text, piece)) {
        surnames.add(piece.name);
      }
    }
  }
  // A full name the article gives a person elsewhere is that person here too ("a Hillary Clinton presidency").
  const fullNames = new Set(pieces.filter((p) => p.kind === 'person').map((p) => fullNameKey(p.name)));
  for (const piece of pieces) {
    if (piece.kind !== 'unknown' || piece.heading) continue;
    const words = piece.name.split(/\s+/);
    if (words.length < 2 || words.length > 4) continue;
    if (!words.every((w) => NAME_WORD.test(w) && !isNotName(w) && !isAcronym(w))) continue;
    if (surnames.has(nameParts(piece.name).surname) || fullNames.has(fullNameKey(piece.name))) piece.kind = 'person';
  }
}

function roleHolder(roles: Map<string, string>, key: string): string | undefined {
  const exact = roles.get(key);
  if (exact !== undefined) return exact;
  const holders = new Set<string>();
  for (const [role, holder] of roles) if (role.endsWith(` ${key}`) || key.endsWith(` ${role}`)) holders.add(holder);
  return unique(holders);
}

function unique(set: Set<string> | undefined): string | undefined {
  if (set === undefined || set.size !== 1) return undefined;
  return set.values().next().value;
}
