/** Who a speaker phrase names: a person or organisation mention, a pronoun resolved by gender and recency, a role, a group. */
import { PRONOUN_PARAGRAPHS_BACK, SPEAKER_HEAD_MAX_WORDS } from '../core/config.js';
import type { Span, Speaker } from '../core/model.js';
import { entityId, type EntityIndex, type Mention } from './find-entities.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, PERSON_ROLE_HEADS } from './lexicon.js';
import {
  ABBREVIATION,
  HONORIFIC_BEFORE,
  PRONOUN_SPEAKER,
  SPEAKER_HEAD_CLAUSE,
  SPEAKER_HEAD_PREPOSITION,
  SPEAKER_BARE_PLURAL,
  SPEAKER_HEAD_START,
  SPEAKER_LEADING_AS,
} from './patterns.js';
import type { Range } from './split-sentences.js';

type Gender = 'male' | 'female';

/** How a phrase named its speaker: a name, a pronoun, a role resolved to a person, or a group/unnamed source. */
export type SpeakerKind = 'named' | 'pronoun' | 'role' | 'group';

export interface FoundSpeaker {
  speaker: Speaker;
  kind: SpeakerKind;
}

/** With no person nearby and no last speaker, a pronoun looks this far back for any fitting person. */
const PRONOUN_FALLBACK_PARAGRAPHS = 10;
/** A definite role phrase ("the Vermont senator") names a person mentioned at most this many paragraphs before. */
const ROLE_PARAGRAPHS_BACK = 4;

/** The speaker state of one article: mentions, quoted stretches, genders and the last speaker. */
export class SpeakerContext {
  /** The last attributed speaker that a bare pronoun may fall back on. */
  lastSpeaker: Speaker | undefined;
  private readonly persons: Mention[];
  private readonly quotedPerson: boolean[];
  private readonly genders = new Map<string, Gender>();
  private readonly paragraphStarts: number[];

  constructor(
    readonly text: string,
    readonly articleId: string,
    readonly paragraphs: Range[],
    readonly index: EntityIndex,
  ) {
    this.persons = index.mentions.filter((m) => m.type === 'person');
    this.quotedPerson = this.persons.map(() => false);
    this.paragraphStarts = paragraphs.map((p) => p.start);
    for (const person of this.persons) {
      if (this.genders.has(person.name)) continue;
      const gender = genderOf(person, text);
      if (gender !== undefined) this.genders.set(person.name, gender);
    }
  }

  span(range: Range): Span {
    return { articleId: this.articleId, start: range.start, end: range.end };
  }

  /** Index of the paragraph holding `at`. */
  paragraphOf(at: number): number {
    return upperBound(this.paragraphStarts, at) - 1;
  }

  /** People named inside a quote are not the antecedents of a pronoun after it. */
  markQuoted(range: Range): void {
    for (let i = lowerBound(this.persons, range.start); i < this.persons.length; i += 1) {
      if (this.persons[i]!.start >= range.end) break;
      this.quotedPerson[i] = true;
    }
  }

  /**
   * The speaker a phrase names, or undefined when the phrase is not a speaker (a clause, a place, nothing).
   * The phrase's head is the part before its first comma; what follows is an appositive.
   * @example ctx.phraseSpeaker({start, end}) // "Jeb Bush, the former Florida governor," → { name: 'Jeb Bush', … }
   */
  phraseSpeaker(range: Range): FoundSpeaker | undefined {
    const { text } = this;
    let start = range.start;
    let end = range.end;
    while (start < end && /\s/.test(text[start]!)) start += 1;
    const leadingAs = SPEAKER_LEADING_AS.exec(text.slice(start, start + 4));
    if (leadingAs !== null) start += leadingAs[0].length;
    while (end > start && /[\s,.;:]/.test(text[end - 1]!)) end -= 1;
    if (end <= start || end - start > 200) return undefined;
    const comma = text.slice(start, end).indexOf(',');
    const headEnd = comma >= 0 ? start + comma : end;
    const head = text.slice(start, headEnd).trim();
    const words = head.split(/\s+/);
    const unabbreviated = head.replace(ABBREVIATION, '');
    if (head === '' || words.length > SPEAKER_HEAD_MAX_WORDS || /[.!?;:()[\]“”"]/.test(unabbreviated)) return undefined;
    const whole = { start, end };
    if (PRONOUN_SPEAKER.test(head)) {
      return { speaker: this.pronounSpeaker(head, { start, end: start + head.length }), kind: 'pronoun' };
    }
    // A bare plural ("officials", "campaign aides", "experts") names a group as a determiner would.
    const headStarts = SPEAKER_HEAD_START.test(head) || SPEAKER_BARE_PLURAL.test(head);
    if (!headStarts || SPEAKER_HEAD_CLAUSE.test(head) || SPEAKER_HEAD_PREPOSITION.test(head)) {
      return undefined;
    }
    const mention = this.mentionIn(start, headEnd);
    if (mention !== undefined) {
      const speaker = { name: mention.name, entityId: entityId(mention.type, mention.name), mention: this.span(whole) };
      return { speaker, kind: 'named' };
    }
    const lower = head.toLowerCase();
    const roleHead = words.at(-1)?.toLowerCase() ?? '';
    if (/^the\s/.test(lower) && PERSON_ROLE_HEADS.has(roleHead)) {
      const holder = this.roleHolder(lower.slice(4), start);
      if (holder !== undefined) {
        const speaker = { name: holder.name, entityId: entityId('person', holder.name), mention: this.span(whole) };
        return { speaker, kind: 'role' };
      }
    }
    return { speaker: { name: head, mention: this.span(whole) }, kind: 'group' };
  }

  /** He/she: the nearest person of that gender outside quotes (this or the previous paragraphs), else the last speaker. */
  pronounSpeaker(pronoun: string, span: Range): Speaker {
    const lower = pronoun.toLowerCase();
    if (lower !== 'he' && lower !== 'she') return { name: pronoun, mention: this.span(span) };
    const gender: Gender = lower === 'he' ? 'male' : 'female';
    const person = this.antecedent(span.start, gender);
    if (person === undefined) return { name: pronoun, mention: this.span(span) };
    return { name: person.name, entityId: entityId('person', person.name), mention: this.span(span) };
  }

  private antecedent(at: number, gender: Gender): { name: string } | undefined {
    const paragraph = this.paragraphOf(at);
    const from = this.paragraphStarts[Math.max(0, paragraph - PRONOUN_PARAGRAPHS_BACK)] ?? 0;
    const last = this.lastSpeaker;
    const lastFits = last?.entityId !== undefined && this.fits(last.name, gender);
    for (let i = lowerBound(this.persons, at) - 1; i >= 0; i -= 1) {
      const person = this.persons[i]!;
      if (person.start < from) break;
      if (this.quotedPerson[i] || !this.fits(person.name, gender)) continue;
      // An unknown-gender name does not beat a last speaker whose gender is known to fit.
      if (!this.genders.has(person.name) && lastFits && last.name !== person.name) continue;
      return person;
    }
    if (lastFits) return last;
    const farFrom = this.paragraphStarts[Math.max(0, paragraph - PRONOUN_FALLBACK_PARAGRAPHS)] ?? 0;
    for (let i = lowerBound(this.persons, at) - 1; i >= 0; i -= 1) {
      const person = this.persons[i]!;
      if (person.start < farFrom) break;
      if (!this.quotedPerson[i] && this.fits(person.name, gender)) return person;
    }
    return undefined;
  }

  private fits(name: string, gender: Gender): boolean {
    const known = this.genders.get(name);
    return known === undefined || known === gender;
  }

  /** "the senator": the holder of a known role, else the nearest person named in the last few paragraphs. */
  private roleHolder(role: string, at: number): { name: string } | undefined {
    const key = role.replace(/^(?:former|then|current)\s+/, '').replace(/-/g, ' ');
    const exact = this.index.roles.get(key);
    if (exact !== undefined) return { name: exact };
    const from = this.paragraphStarts[Math.max(0, this.paragraphOf(at) - ROLE_PARAGRAPHS_BACK)] ?? 0;
    for (let i = lowerBound(this.persons, at) - 1; i >= 0; i -= 1) {
      const person = this.persons[i]!;
      if (person.start < from) break;
      if (!this.quotedPerson[i]) return person;
    }
    return undefined;
  }

  /** The first person (or he/she) named between `from` and `to`: the holder when a cue's own subject is not parsed. */
  firstPerson(from: number, to: number): Speaker | undefined {
    const head = this.text.slice(from, to);
    for (const w of head.matchAll(/[\p{L}][\p{L}.’'-]*/gu)) {
      const at = from + (w.index ?? 0);
      if (/^(?:he|she)$/i.test(w[0])) return this.pronounSpeaker(w[0], { start: at, end: at + w[0].length });
      const mention = this.personAt(at);
      if (mention !== undefined) {
        return { name: mention.name, entityId: entityId('person', mention.name), mention: this.span(mention) };
      }
    }
    return undefined;
  }

  /** The person mention that starts at `at`, if any. */
  personAt(at: number): Mention | undefined {
    const i = lowerBound(this.persons, at);
    const person = this.persons[i];
    return person !== undefined && person.start === at ? person : undefined;
  }

  /** The mention a phrase's head names: its first person, else its first organisation or other name, else a place. */
  private mentionIn(start: number, end: number): Mention | undefined {
    const mentions = this.index.mentions;
    let other: Mention | undefined;
    let place: Mention | undefined;
    for (let i = lowerBound(mentions, start); i < mentions.length; i += 1) {
      const mention = mentions[i]!;
      if (mention.start >= end) break;
      if (mention.type === 'person') return mention;
      if (mention.type === 'place') place ??= mention;
      else other ??= mention;
    }
    return other ?? place;
  }
}

/** Gender from an honorific before a mention or from a given name. */
function genderOf(person: Mention, text: string): Gender | undefined {
  const honorific = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, person.start - 8), person.start))?.[1];
  if (honorific !== undefined) return /^(?:Mr|Sir|Lord)$/.test(honorific) ? 'male' : 'female';
  const first = person.name.split(/\s+/)[0] ?? '';
  if (FEMALE_FIRST_NAMES.has(first)) return 'female';
  if (MALE_FIRST_NAMES.has(first)) return 'male';
  return undefined;
}

function lowerBound(items: { start: number }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(values: number[], at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
