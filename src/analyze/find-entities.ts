/** People, organisations, places and events in one article, resolved to one entry per real thing. */
import { hashId } from '../core/ids.js';
import { HEADING_CAPITALISED_SHARE, HEADING_MAX_WORDS } from '../core/config.js';
import type { Entity, EntityType, Span } from '../core/model.js';
import {
  DEMONYMS,
  EVENT_CUES,
  FEMALE_FIRST_NAMES,
  FIRST_NAMES,
  KNOWN_ORG_NAMES,
  KNOWN_ORGS,
  KNOWN_SURNAMES,
  MALE_FIRST_NAMES,
  LOWERCASE_ACRONYMS,
  NOT_NAMES,
  OFFICE_WORDS,
  ORG_CUES,
  PLACE_ACRONYMS,
  PLACES,
  TITLE_WORDS,
} from './lexicon.js';
import type { Token } from './nlp.js';
import { ACRONYM, LOCATIVE_BEFORE, SPEECH_VERB_AFTER } from './patterns.js';
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
  places: Map<string, string>;
  orgs: Map<string, string>;
  maxWords: number;
}

let lexicon: Lexicon | undefined;

function loadLexicon(): Lexicon {
  if (lexicon !== undefined) return lexicon;
  const places = new Map<string, string>();
  const orgs = new Map<string, string>();
  let maxWords = 1;
  const count = (s: string) => s.split(/\s+/).length;
  for (const [name, aliases] of Object.entries(PLACES)) {
    for (const alias of [name, ...aliases]) {
      places.set(alias, name);
      maxWords = Math.max(maxWords, count(alias));
    }
  }
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
  lexicon = { places, orgs, maxWords };
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
  for (const run of runs) pieces.push(...segmentRun(text, run, hasNato));
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
      if ((token.value === 'of' || PARTICLES.has(token.value)) && !DEMONYMS.has(last.text)) {
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
    if (ORG_CUES.has(w) || EVENT_CUES.has(w)) {
      cue = i;
      break;
    }
  }
  if (cue >= 0) {
    let start = cue;
    while (start > 0 && !isNotName(words[start - 1]!.text) && words[start - 1]!.text !== 'of') start -= 1;
    while (start < cue && (TITLE_WORDS.has(words[start]!.text) || words[start]!.text === 'of')) start += 1;
    const first = words[start]!;
    const last = words[cue]!;
    const cueWord = last.text.replace(/[’']s?$/u, '');
    const phrase = text.slice(first.start, last.end);
    const lex = loadLexicon();
    const known = lex.orgs.get(phrase.toLowerCase());
    if (known !== undefined) {
      out.push({ ...base, kind: 'organization', name: known, start: first.start, end: last.end, surface: phrase });
    } else if (start < cue) {
      const kind: EntityType = EVENT_CUES.has(cueWord) ? 'event' : 'organization';
      out.push({ ...base, kind, name: phrase, start: first.start, end: last.end, surface: phrase });
    } else if (cueWord === 'Alliance' && hasNato && !run.initial) {
      out.push({ ...base, kind: 'organization', name: 'NATO', start: first.start, end: last.end, surface: phrase });
    } else if (KNOWN_ORG_NAMES.has(cueWord)) {
      out.push({ ...base, kind: 'organization', name: cueWord, start: first.start, end: last.end, surface: phrase });
    }
    if (out.length > 0 || start < cue) {
      const before = words.slice(0, start);
      const after = words.slice(cue + 1);
      const result: Piece[] = [];
      if (before.length > 0) result.push(...segmentWords(text, before, run, hasNato));
      result.push(...out);
      if (after.length > 0) result.push(...segmentWords(text, after, { ...run, initial: false }, hasNato));
      return result;
    }
  }
  return segmentWords(text, words, run, hasNato);
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
      if (
        name === 'Washington' &&
        first.text === 'Washington' &&
        !LOCATIVE_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start))
      ) {
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
    if (TITLE_WORDS.has(word.text) || TITLE_WORDS.has(word.text.split('-')[0] ?? '')) {
      titles.push(word);
      i += 1;
      continue;
    }
    if (isNotName(word.text) || DEMONYMS.has(word.text) || word.text === 'of' || PARTICLES.has(word.text)) {
      flushRole();
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < words.length) {
      const w = words[j]!;
      if (isNotName(w.text) || DEMONYMS.has(w.text) || TITLE_WORDS.has(w.text)) break;
      if (matchLexicon(text, words, j, lex) !== undefined) break;
      j += 1;
    }
    while (j > i + 1 && (words[j - 1]!.text === 'of' || PARTICLES.has(words[j - 1]!.text))) j -= 1;
    const name = words.slice(i, j);
    const first = name[0]!;
    const last = name.at(-1)!;
    const surface = text.slice(first.start, last.end);
    const person = isPersonName(name, titles);
    const role = titles.length > 0 ? text.slice((roleOrg ?? titles[0]!).start, titles.at(-1)!.end) : undefined;
    const roleKey = titles.length > 0 ? roleKeyOf(roleOrg?.name, titles) : undefined;
    const piece: Piece = {
      ...base,
      kind: person ? 'person' : 'unknown',
      name: surface.replace(/[’']$/u, ''),
      start: first.start,
      end: last.end,
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

function roleKeyOf(org: string | undefined, titles: Word[]): string {
  const words = titles.map((t) => t.text.toLowerCase().replace(/-/g, ' ').replace(/\.$/, ''));
  return [org?.toLowerCase(), ...words].filter((w) => w !== undefined).join(' ');
}

/** A common given name, from the general list or the gendered ones used for pronouns. */
function isGivenName(word: string): boolean {
  return FIRST_NAMES.has(word) || FEMALE_FIRST_NAMES.has(word) || MALE_FIRST_NAMES.has(word);
}

function isPersonName(name: Word[], titles: Word[]): boolean {
  const first = name[0]!.text;
  if (name.length >= 2 && name.length <= 4) {
    if (isGivenName(first) || /^\p{Lu}\.$/u.test(first)) return true;
    if (titles.some((t) => OFFICE_WORDS.has(t.text) || /\.$/.test(t.text) || t.text === 'Sir'))
      return !isAcronym(first);
  }
  if (name.length === 1) {
    if (KNOWN_SURNAMES.has(first)) return true;
    if (
      titles.length > 0 &&
      !isAcronym(first) &&
      titles.some((t) => OFFICE_WORDS.has(t.text) || /^M[rs]/.test(t.text))
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
      lex.places.get(phrase) ??
      (phrase === phrase.toUpperCase() && phrase.length > 3 ? lex.places.get(titleCaseWords(phrase)) : undefined);
    if (place !== undefined) return { end, name: place, kind: 'place' };
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
  const persons = new Map<string, string>();
  const surnames = new Map<string, Set<string>>();
  const firstNames = new Map<string, Set<string>>();
  const roles = new Map<string, string>();
  const acronyms = new Set<string>();
  for (const piece of [...titlePeople, ...pieces]) {
    if (piece.kind === 'person' && piece.name.includes(' ')) {
      persons.set(piece.name, piece.name);
      const parts = piece.name.split(/\s+/);
      addTo(surnames, parts.at(-1)!, piece.name);
      addTo(firstNames, parts[0]!, piece.name);
      if (piece.roleKey !== undefined) roles.set(piece.roleKey, piece.name);
    }
    if (piece.kind === 'organization' && isAcronym(piece.name)) acronyms.add(piece.name.toUpperCase());
  }
  for (const piece of pieces) {
    if (piece.kind === 'person' && !piece.name.includes(' ') && piece.roleKey !== undefined) {
      const full = unique(surnames.get(piece.name));
      roles.set(piece.roleKey, full ?? piece.name);
    }
  }
  const mentions: Mention[] = [];
  const aliases = new Map<string, Set<string>>();
  const add = (piece: Piece, type: EntityType, name: string, surface = piece.surface) => {
    mentions.push({ start: piece.start, end: piece.end, type, name, surface });
    const key = `${type}\u0000${name}`;
    const set = aliases.get(key) ?? new Set<string>();
    set.add(surface);
    if (piece.role !== undefined) set.add(piece.role);
    aliases.set(key, set);
  };
  for (const piece of pieces) {
    switch (piece.kind) {
      case 'person': {
        const name = piece.name.includes(' ') ? piece.name : (unique(surnames.get(piece.name)) ?? piece.name);
        add(piece, 'person', name);
        break;
      }
      case 'role': {
        const holder = roleHolder(roles, piece.roleKey ?? '');
        if (holder !== undefined) add(piece, 'person', holder);
        break;
      }
      case 'unknown': {
        const resolved = resolveUnknown(text, piece, surnames, firstNames, acronyms);
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
  surnames: Map<string, Set<string>>,
  firstNames: Map<string, Set<string>>,
  acronyms: Set<string>,
): { type: EntityType; name: string } | undefined {
  const { name } = piece;
  const single = !name.includes(' ');
  if (single) {
    const full = unique(surnames.get(name)) ?? unique(firstNames.get(name));
    if (full !== undefined) return { type: 'person', name: full };
    if (acronyms.has(name.toUpperCase()) && (isAcronym(name) || /^\p{Lu}\p{Ll}+$/u.test(name))) {
      return { type: 'organization', name: name.toUpperCase() };
    }
    if (!piece.heading && SPEECH_VERB_AFTER.test(text.slice(piece.end, piece.end + 40)))
      return { type: 'person', name };
    if (isAcronym(name) && name.length <= 5) {
      return PLACE_ACRONYMS.has(name) ? { type: 'place', name } : { type: 'organization', name };
    }
  }
  if (piece.heading || piece.initial) return undefined;
  if (/\d/.test(name) || name.length < 3) return undefined;
  if (name.includes('-') && name.split('-').every((part) => loadLexicon().places.has(part))) return undefined;
  return { type: 'other', name };
}

function roleHolder(roles: Map<string, string>, key: string): string | undefined {
  const exact = roles.get(key);
  if (exact !== undefined) return exact;
  const holders = new Set<string>();
  for (const [role, holder] of roles) if (role.endsWith(` ${key}`) || key.endsWith(` ${role}`)) holders.add(holder);
  return unique(holders);
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

function unique(set: Set<string> | undefined): string | undefined {
  if (set === undefined || set.size !== 1) return undefined;
  return set.values().next().value;
}
