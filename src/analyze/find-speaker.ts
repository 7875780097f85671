/** Who a speaker phrase names: a person or organisation mention, a pronoun resolved by gender and recency, a role, a group. */
import { PRONOUN_PARAGRAPHS_BACK, SPEAKER_HEAD_MAX_WORDS } from '../core/config.js';
import type { Span, Speaker } from '../core/model.js';
import { firstStartingAt } from '../core/sorted.js';
import { entityId, type EntityIndex, type Mention } from './find-entities.js';
import type { Token } from './nlp.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, PERSON_ROLE_HEADS } from './lexicon.js';
import {
  ABBREVIATION,
  GROUP_HEAD_NOUN,
  HEAD_PREPOSITION,
  HONORIFIC_BEFORE,
  PARTY_LABEL,
  CLAUSE_PAST_VERB,
  PRONOUN_SPEAKER,
  SPEAKER_HEAD_CLAUSE,
  SPEAKER_HEAD_PREPOSITION,
  SPEAKER_BARE_PLURAL,
  SPEAKER_HEAD_START,
  SPEAKER_LEADING_AS,
  AS_ROLE_THEN_SUBJECT,
} from './patterns.js';
import { roleFits, rolesAround } from './role-fit.js';
import type { Range } from './split-sentences.js';

type Gender = 'male' | 'female';

/** How a phrase named its speaker: a name, a pronoun, a role resolved to a person, or a group/unnamed source. */
export type SpeakerKind = 'named' | 'pronoun' | 'role' | 'group';

export interface FoundSpeaker {
  speaker: Speaker;
  kind: SpeakerKind;
  /** The name is a place's ("Ohio"): a later clause start that names a person or organisation beats it. */
  place?: boolean;
  /** A group whose head noun carries a name ("the Arizona group", "Trump supporters"): as sure a speaker as a name. */
  namedInside?: boolean;
}

/** With no person nearby and no last speaker, a pronoun looks this far back for any fitting person. */
const PRONOUN_FALLBACK_PARAGRAPHS = 10;
/** A lower-case title before a name has at most this many words ("digital consultant Phil Musser"). */
const TITLE_MAX_WORDS = 4;
/** No name mention is longer than this (chars): how far back a mention ending at a point may start. */
const MENTION_MAX_CHARS = 80;
/** A definite role phrase ("the Vermont senator") names a person mentioned at most this many paragraphs before. */
const ROLE_PARAGRAPHS_BACK = 4;

/** The speaker state of one article: mentions, quoted stretches, genders and the last speaker. */
export class SpeakerContext {
  /** The last attributed speaker that a bare pronoun may fall back on. */
  lastSpeaker: Speaker | undefined;
  private readonly persons: Mention[];
  private readonly quotedPerson: boolean[];
  /** The person is a verb's or preposition's object ("directed Michael Cohen", "with Clinton"); found when asked. */
  private readonly objectPerson: (boolean | undefined)[];
  private readonly genders = new Map<string, Gender>();
  private readonly paragraphStarts: number[];

  constructor(
    readonly text: string,
    readonly articleId: string,
    readonly paragraphs: Range[],
    readonly index: EntityIndex,
    /** wink's tokens of the text (empty when it could not be mapped): a word's part of speech where rules cannot tell. */
    private readonly tokens: readonly Token[] = [],
  ) {
    this.persons = index.mentions.filter((m) => m.type === 'person');
    this.quotedPerson = this.persons.map(() => false);
    this.objectPerson = this.persons.map(() => undefined);
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
    for (let i = firstStartingAt(this.persons, range.start); i < this.persons.length; i += 1) {
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
    const leadingAs = SPEAKER_LEADING_AS.exec(text.slice(start, start + 6));
    if (leadingAs !== null) start += leadingAs[0].length;
    // "As a Harvard Law School student, Wilkins": an opening "as" role describes the subject after its comma.
    const asRole =
      leadingAs !== null && /^as/i.test(leadingAs[0]) ? AS_ROLE_THEN_SUBJECT.exec(text.slice(start, end)) : null;
    if (asRole !== null) start += asRole[0].length;
    while (end > start && /[\s,.;:]/.test(text[end - 1]!)) end -= 1;
    if (end <= start || end - start > 200) return undefined;
    const comma = text.slice(start, end).indexOf(',');
    const headEnd = comma >= 0 ? start + comma : end;
    const head = text.slice(start, headEnd).trim();
    // A party label after a lawmaker's name ("Rep. Jim Jordan (R-Ohio)") is part of the name phrase, not a clause.
    const unlabelled = head.includes('(') ? head.replace(PARTY_LABEL, '') : head;
    const words = unlabelled.split(/\s+/);
    const unabbreviated = unlabelled.replace(ABBREVIATION, '');
    if (head === '' || words.length > SPEAKER_HEAD_MAX_WORDS || /[.!?;:()[\]“”"]/.test(unabbreviated)) return undefined;
    const whole = { start, end };
    // A time ("said Tuesday") or an opening participle clause ("Citing the Fifth Amendment …, Flynn’s lawyer") is no speaker.
    if (TIME_PHRASE.test(head) || YEAR_OR_DATE.test(head) || /^\p{Lu}\p{Ll}+ing\s/u.test(head)) return undefined;
    if (PRONOUN_SPEAKER.test(head)) {
      return { speaker: this.pronounSpeaker(head, { start, end: start + head.length }), kind: 'pronoun' };
    }
    // A bare plural ("officials", "campaign aides", "experts") names a group as a determiner would.
    const headStarts = SPEAKER_HEAD_START.test(head) || SPEAKER_BARE_PLURAL.test(head);
    // A lower-case title before a name ("spokesman John Kirby", "digital consultant Phil Musser").
    const titled = headStarts ? undefined : this.titledPerson(start, headEnd);
    if (!headStarts && titled === undefined) return undefined;
    if (SPEAKER_HEAD_CLAUSE.test(unlabelled) || SPEAKER_HEAD_PREPOSITION.test(head)) return undefined;
    if (titled !== undefined) {
      const speaker = { name: titled.name, entityId: entityId('person', titled.name), mention: this.span(whole) };
      return { speaker, kind: 'named' };
    }
    const mention = this.closingPerson(this.mentionIn(start, headEnd), headEnd);
    // The phrase's head noun is what speaks: "Supporters of Europe’s security dependence" and "The Arizona group"
    // are groups, not Europe or Arizona; only a name that ends the head (or a role's appositive) is the speaker.
    const nounHead = mention === undefined ? undefined : commonNounHead(text, start, headEnd);
    // A person's name that closes the head after a title is the speaker ("Former secretary of state Hillary
    // Clinton"); after a preposition it is not ("a spokeswoman for Hillary Clinton").
    const titledName =
      mention?.type === 'person' &&
      text.slice(mention.end, headEnd).trim() === '' &&
      !NAME_AFTER_PREPOSITION.test(text.slice(Math.max(start, mention.start - 6), mention.start));
    const groupHead = mention !== undefined && nounHead !== undefined && this.nounHeadsName(mention, nounHead, start);
    // A name followed by lower-case words that head nothing is a clause ("Mr. Trump spoke, and Senator Chuck
    // Schumer …"): the speaker phrase starts after it.
    if (
      mention !== undefined &&
      (CLAUSE_AFTER_NAME.test(text.slice(mention.end, headEnd)) || this.verbAfter(mention.end, headEnd))
    )
      return undefined;
    // "Mr. Cantor’s loss recalled the defeat of …": a thing the name owns is no speaker, and neither is its owner; a
    // medium of words ("Trump’s statement said", "her letter argues") still speaks for the owner.
    if (mention !== undefined && nounHead !== undefined && !groupHead && this.possessedThing(mention, nounHead)) {
      return { speaker: { name: head, mention: this.span(whole) }, kind: 'group', namedInside: true };
    }
    // "the committee’s senior Democrat": a party member described, not the party.
    const partyMember = mention !== undefined && PARTY_MEMBER.test(mention.surface) && mention.start > start;
    if (mention !== undefined && !partyMember && (!groupHead || titledName)) {
      const speaker = { name: mention.name, entityId: entityId(mention.type, mention.name), mention: this.span(whole) };
      return mention.type === 'place' ? { speaker, kind: 'named', place: true } : { speaker, kind: 'named' };
    }
    if (comma >= 0) {
      // "Mr. Trump’s spokeswoman, Hope Hicks,", "the legislator, Representative Carl Seel": the appositive names
      // the speaker (title words before the name allowed).
      const after = start + comma + (/^,\s*/.exec(text.slice(start + comma, end))?.[0].length ?? 1);
      const named = this.personOpening(after, end);
      if (named !== undefined) {
        const speaker = { name: named.name, entityId: entityId('person', named.name), mention: this.span(whole) };
        return { speaker, kind: 'named' };
      }
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
    const group: FoundSpeaker = { speaker: { name: head, mention: this.span(whole) }, kind: 'group' };
    if (mention !== undefined) group.namedInside = true;
    return group;
  }

  /**
   * A finite verb stands in the range: an auxiliary, or a verb that is no -ing form and no participle after a noun
   * ("a group called …"). A relative pronoun's antecedent holds none.
   */
  holdsVerb(range: Range): boolean {
    return this.firstFiniteVerb(range) !== undefined;
  }

  /** The name starting at `at` stands after a verb or preposition that takes it as object ("pounding LePage"). */
  isObjectName(at: number): boolean {
    return isObject(this.text, at);
  }

  /** Where the range's first finite verb starts (see `holdsVerb`), if it has one. */
  firstFiniteVerb(range: Range): number | undefined {
    for (let i = firstStartingAt(this.tokens, range.start); i < this.tokens.length; i += 1) {
      const token = this.tokens[i]!;
      if (token.end > range.end) break;
      if (this.isFiniteVerb(i)) return token.start;
    }
    return undefined;
  }

  /**
   * Where each verb group of the range starts ("has been pounding" once, at "has"): finite verbs as `holdsVerb`
   * reads them (or `loose`ly), not an infinitive after "to".
   */
  verbGroups(range: Range, loose = false): number[] {
    const starts: number[] = [];
    let previous = -2;
    for (let i = firstStartingAt(this.tokens, range.start); i < this.tokens.length; i += 1) {
      const token = this.tokens[i]!;
      if (token.end > range.end) break;
      if (!this.isFiniteVerb(i, loose) || /^to$/i.test(this.tokens[i - 1]?.value ?? '')) continue;
      if (previous !== i - 1) starts.push(token.start);
      previous = i;
    }
    return starts;
  }

  /** `loose`: a past form after a noun is a verb too ("a judge sided with"), not only a participle ("a group called"). */
  private isFiniteVerb(i: number, loose = false): boolean {
    const token = this.tokens[i]!;
    if (!/^\p{Ll}/u.test(token.value)) return false;
    if (token.pos === 'AUX') return true;
    if (token.pos !== 'VERB' || /ing$/.test(token.value)) return false;
    const before = this.tokens[i - 1]?.pos ?? '';
    return loose || !/(?:ed|en)$/.test(token.value) || before === 'PROPN' || before === 'PRON';
  }

  /**
   * The word at `at` follows an article or a lower-case adjective, so it is a noun or a noun's modifier, not a verb
   * ("rounding up conservative support despite …", "a warning shot from …").
   */
  isNounUse(at: number): boolean {
    const i = firstStartingAt(this.tokens, at);
    if (this.tokens[i]?.start !== at) return false;
    const before = this.tokens[i - 1];
    if (before === undefined) return false;
    if (/^(?:a|an|the)$/i.test(before.value)) return true;
    return (
      before.pos === 'ADJ' &&
      /^\p{Ll}+$/u.test(before.value) &&
      !ADVERB_TAKEN_FOR_ADJECTIVE.test(before.value) &&
      !QUANTIFIER_SUBJECT.test(before.value)
    );
  }

  /**
   * The name at `at` is the object of a preposition after a noun, inside that noun's phrase ("the 14th Amendment to
   * the Constitution"), not after a verb ("presided over the Constitutional Convention").
   */
  postmodifies(at: number): boolean {
    const before = /\b(to|of|for|with|from|in|on|at|by|about|under|over)\s+(?:the\s+)?$/.exec(
      this.text.slice(Math.max(0, at - 12), at),
    );
    if (before === null) return false;
    const i = firstStartingAt(this.tokens, at - before[0].length) - 1;
    return /^(?:NOUN|PROPN)$/.test(this.tokens[i]?.pos ?? '');
  }

  /**
   * The word after a name, inside a phrase's head, is a verb: the phrase is a clause whose subject is the name ("if
   * Trump follows through at all, considering …" is no speaker phrase; "Trump supporters", "Clinton aides" are).
   */
  private verbAfter(at: number, end: number): boolean {
    const i = firstStartingAt(this.tokens, at);
    const token = this.tokens[i];
    if (token === undefined || token.end > end || !/^\p{Ll}/u.test(token.value)) return false;
    if (token.pos === 'AUX') return true;
    // A verb form before a noun modifies it ("Trump running mate Mike Pence").
    return token.pos === 'VERB' && !/^(?:NOUN|PROPN)$/.test(this.tokens[i + 1]?.pos ?? '');
  }

  /**
   * The common noun ends a phrase whose name only modifies it: the name is inside a prepositional phrase after it
   * ("Supporters of Europe’s …") or a modifier before it ("The Arizona group", "Trump’s campaign manager").
   * A name followed by a verb phrase ("Grimm stormed back", "Trump again defended his proposals") is a clause
   * whose subject is the name, not a noun phrase.
   */
  private nounHeadsName(mention: Mention, head: Range, phraseStart: number): boolean {
    if (mention.start <= head.start && mention.end >= head.end) return false;
    if (mention.start >= head.end) return head.start >= phraseStart;
    const between = this.text.slice(mention.end, head.start);
    const noun = this.text.slice(head.start, head.end).toLowerCase();
    // A verb in -s before "to" is no noun ("Europe continues to need …").
    if (/^\s+to\s/.test(this.text.slice(head.end, head.end + 4))) return false;
    return (
      MODIFIER_STRETCH.test(between) &&
      (GROUP_HEAD_NOUN.test(noun) || PERSON_ROLE_HEADS.has(noun) || DESCRIBED_PERSON.test(noun))
    );
  }

  /** The head noun is an event that befell the name ("Mr. Cantor’s loss"): a possessive, lower-case words, an event. */
  private possessedThing(mention: Mention, head: Range): boolean {
    if (mention.end > head.start || !/^['’]s?\s/u.test(this.text.slice(mention.end, mention.end + 3))) return false;
    if (!MODIFIER_STRETCH.test(this.text.slice(mention.end, head.start))) return false;
    return EVENT_NOUN.test(this.text.slice(head.start, head.end).toLowerCase());
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

  /**
   * The person a he/she at `at` refers to, read back sentence by sentence: in the nearest sentence that names a
   * fitting person, its subject, else (no subject there) its object ("The draft was sent to Mr. Petraeus, he …",
   * "That did not satisfy Justice Scalia. “…,” he said"); a sentence whose subject is itself he/she passes on that
   * pronoun's person ("Schiff said … Rogers. He also referred to … “…,” he said" → Schiff).
   */
  private antecedent(at: number, gender: Gender, depth = 0): { name: string } | undefined {
    const paragraph = this.paragraphOf(at);
    const from = this.paragraphStarts[Math.max(0, paragraph - PRONOUN_PARAGRAPHS_BACK)] ?? 0;
    const last = this.lastSpeaker;
    // Only a person is a he or she: the last speaker may be an organisation ("MSNBC"), which no pronoun names.
    const lastFits = last?.entityId !== undefined && this.isPersonName(last.name) && this.fits(last.name, gender);
    let i = firstStartingAt(this.persons, at) - 1;
    let end = at;
    while (end > from) {
      const sentenceStart = Math.max(from, sentenceStartBefore(this.text, end));
      let subject: Mention | undefined;
      let object: Mention | undefined;
      for (; i >= 0 && this.persons[i]!.start >= sentenceStart; i -= 1) {
        const person = this.persons[i]!;
        if (this.quotedPerson[i] || !this.fits(person.name, gender)) continue;
        // An unknown-gender name does not beat a last speaker whose gender is known to fit.
        if (!this.genders.has(person.name) && lastFits && last.name !== person.name) continue;
        // A name owning an object ("it condemned Mr. Trump’s approach") is no one the sentence is about: read on back.
        if (this.isObjectAt(i)) {
          if (!/^['’]s?\s/u.test(this.text.slice(person.end, person.end + 3))) object ??= person;
        } else subject = person;
      }
      // "The chief justice also asked Mr. Sellers “…” After all, he said, …": a sentence whose subject is a role
      // ("the chief justice", "the senator") is that role's holder's, before any person named after it ("the
      // governor identified himself and went on to curse out Gattine").
      const role = ROLE_OPENER.exec(this.text.slice(sentenceStart, end));
      if (
        role !== null &&
        PERSON_ROLE_HEADS.has((role[2] ?? '').toLowerCase()) &&
        (subject === undefined || subject.start >= sentenceStart + role[0].length)
      ) {
        const holder = this.roleHolder(`${role[1] ?? ''}${role[2] ?? ''}`.toLowerCase(), sentenceStart);
        if (holder !== undefined && this.fits(holder.name, gender)) return holder;
      }
      if (subject !== undefined) return subject;
      const opener = PRONOUN_OPENER.exec(this.text.slice(sentenceStart, end));
      if (opener !== null && depth < 2 && (opener[1] === 'He') === (gender === 'male')) {
        const person = this.antecedent(sentenceStart + opener.index, gender, depth + 1);
        if (person !== undefined) return person;
      }
      if (object !== undefined) return object;
      end = sentenceStart - 1;
    }
    if (lastFits) return last;
    const farFrom = this.paragraphStarts[Math.max(0, paragraph - PRONOUN_FALLBACK_PARAGRAPHS)] ?? 0;
    for (let k = firstStartingAt(this.persons, at) - 1; k >= 0; k -= 1) {
      const person = this.persons[k]!;
      if (person.start < farFrom) break;
      if (!this.quotedPerson[k] && this.fits(person.name, gender)) return person;
    }
    return undefined;
  }

  private isObjectAt(i: number): boolean {
    const known = this.objectPerson[i];
    if (known !== undefined) return known;
    const found = isObject(this.text, this.persons[i]!.start);
    this.objectPerson[i] = found;
    return found;
  }

  private personNames: Set<string> | undefined;

  private isPersonName(name: string): boolean {
    this.personNames ??= new Set(this.persons.map((person) => person.name));
    return this.personNames.has(name);
  }

  private fits(name: string, gender: Gender): boolean {
    const known = this.genders.get(name);
    return known === undefined || known === gender;
  }

  /** "the senator": the holder of a known role, else the nearest person named in the last few paragraphs. */
  private roleHolder(role: string, at: number): { name: string } | undefined {
    const key = role.replace(/^(?:former|then|current)\s+/, '').replace(/-/g, ' ');
    // The person whose own roles the phrase repeats ("the Vermont senator" after "Sen. Bernie Sanders (I-Vt.)"), else
    // the one whose roles hold its head noun ("the senator"), before any role map or the last person named.
    const fitting = this.personFitting(key, at, false) ?? this.personFitting(key, at, true);
    if (fitting !== undefined) return fitting;
    const exact = this.index.roles.get(key);
    if (exact !== undefined) return { name: exact };
    const titled = this.titledBefore(key, at);
    if (titled !== undefined) return titled;
    const from = this.paragraphStarts[Math.max(0, this.paragraphOf(at) - ROLE_PARAGRAPHS_BACK)] ?? 0;
    for (let i = firstStartingAt(this.persons, at) - 1; i >= 0; i -= 1) {
      const person = this.persons[i]!;
      if (person.start < from) break;
      if (!this.quotedPerson[i]) return person;
    }
    return undefined;
  }

  /** Role words the article attaches to each person, over all the person's mentions (see role-fit.ts). */
  private personRoles: Map<string, Set<string>> | undefined;

  /** The nearest person named before `at` whose role words the role phrase fits (see role-fit.ts). */
  private personFitting(role: string, at: number, headOnly: boolean): Mention | undefined {
    if (this.personRoles === undefined) {
      this.personRoles = new Map();
      for (const person of this.persons) {
        const roles = this.personRoles.get(person.name) ?? new Set<string>();
        for (const word of rolesAround(this.text, person.start, person.end)) roles.add(word);
        this.personRoles.set(person.name, roles);
      }
    }
    for (let i = firstStartingAt(this.persons, at) - 1; i >= 0; i -= 1) {
      const person = this.persons[i]!;
      if (this.quotedPerson[i]) continue;
      if (roleFits(role, this.personRoles.get(person.name) ?? new Set(), headOnly)) return person;
    }
    return undefined;
  }

  /**
   * The nearest person before `at` whose name the role's words stood before as a title ("the House speaker" after
   * "House Speaker Paul Ryan"), however far back: the role names that person, not whoever was named last.
   */
  private titledBefore(role: string, at: number): Mention | undefined {
    const words = role.split(/\s+/);
    for (let i = firstStartingAt(this.persons, at) - 1; i >= 0; i -= 1) {
      const person = this.persons[i]!;
      const before = this.text
        .slice(Math.max(0, person.start - 60), person.start)
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter((w) => w !== '');
      if (words.length <= before.length && words.every((w, k) => before[before.length - words.length + k] === w))
        return person;
    }
    return undefined;
  }

  /**
   * The first person (or he/she) named between `from` and `to`: the holder when a cue's own subject is not parsed.
   * With `subjectOnly`, a possessive name or a preposition's object is passed over: it modifies a noun ("Rice's
   * comments came as Netanyahu …, saying"), so it is no clause's subject ("Clinton's response was:" still names the
   * response's holder without it).
   */
  firstPerson(from: number, to: number, subjectOnly = false): Speaker | undefined {
    const head = this.text.slice(from, to);
    for (const w of head.matchAll(/[\p{L}][\p{L}.’'-]*/gu)) {
      const at = from + (w.index ?? 0);
      if (/^(?:he|she)$/i.test(w[0])) return this.pronounSpeaker(w[0], { start: at, end: at + w[0].length });
      const mention = this.personAt(at);
      const possessive = /^['’]s?\b/.test(this.text.slice(mention?.end ?? 0, (mention?.end ?? 0) + 2));
      // Nor is a preposition's object ("the adoption of the policy by Trump …, which demonstrated that …").
      // Title words may stand between ("after the meeting with Mr. Obama, … Mr. Sanders … insisting").
      const lead = this.text.slice(Math.max(0, at - 40), at).replace(TITLE_WORDS_AT_END, '');
      const object = NAME_AFTER_PREPOSITION.test(lead.slice(-8));
      if (mention !== undefined && !(subjectOnly && (possessive || object))) {
        return { name: mention.name, entityId: entityId('person', mention.name), mention: this.span(mention) };
      }
    }
    return undefined;
  }

  /** The speaker a person or organisation mention ending at `end` names (a place is no antecedent of "who"). */
  mentionEndingAt(end: number): Speaker | undefined {
    const mentions = this.index.mentions;
    for (let i = firstStartingAt(mentions, end) - 1; i >= 0; i -= 1) {
      const mention = mentions[i]!;
      if (mention.start < end - MENTION_MAX_CHARS) break;
      if (mention.end !== end || mention.type === 'place') continue;
      return { name: mention.name, entityId: entityId(mention.type, mention.name), mention: this.span(mention) };
    }
    return undefined;
  }

  /** Whether a speaker found from a mention names a person (not an organisation). */
  isPersonMention(speaker: Speaker): boolean {
    return speaker.entityId !== undefined && this.isPersonName(speaker.name);
  }

  /** The person whose name ends `start`–`end` after at most TITLE_MAX_WORDS title words, if any. */
  private titledPerson(start: number, end: number): Mention | undefined {
    const i = firstStartingAt(this.persons, start);
    for (let j = i; j < this.persons.length; j += 1) {
      const person = this.persons[j]!;
      if (person.start >= end) break;
      if (this.text.slice(person.end, end).trim() !== '') continue;
      const title = this.text.slice(start, person.start).trim().split(/\s+/);
      if (title.length <= TITLE_MAX_WORDS && /^[\p{L}.’'-]+$/u.test(title.join(''))) return person;
    }
    return undefined;
  }

  /** The person named at the start of `at`–`end`, after at most a few capitalised title words. */
  private personOpening(at: number, end: number): Mention | undefined {
    const title = /^(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}/u.exec(this.text.slice(at, end))?.[0] ?? '';
    for (let i = firstStartingAt(this.persons, at); i < this.persons.length; i += 1) {
      const person = this.persons[i]!;
      if (person.start > at + title.length || person.start >= end) break;
      if (/^[\p{L}.’'\s-]*$/u.test(this.text.slice(at, person.start))) return person;
    }
    return undefined;
  }

  /** The person mention that starts at `at`, if any. */
  personAt(at: number): Mention | undefined {
    const i = firstStartingAt(this.persons, at);
    const person = this.persons[i];
    return person !== undefined && person.start === at ? person : undefined;
  }

  /**
   * A person named after a first name and a title ("President Trump’s attorney Ty Cobb", "Pence press secretary
   * Marc Lotter") closes the head and is the speaker; the first name only says whose attorney it is.
   */
  private closingPerson(first: Mention | undefined, headEnd: number): Mention | undefined {
    if (first === undefined) return undefined;
    for (let i = firstStartingAt(this.persons, first.end); i < this.persons.length; i += 1) {
      const person = this.persons[i]!;
      if (person.start >= headEnd) break;
      if (this.text.slice(person.end, headEnd).trim() !== '') continue;
      return TITLE_BETWEEN_NAMES.test(this.text.slice(first.end, person.start)) ? person : first;
    }
    return first;
  }

  /** The mention a phrase's head names: its first person, else its first organisation or other name, else a place. */
  private mentionIn(start: number, end: number): Mention | undefined {
    const mentions = this.index.mentions;
    let other: Mention | undefined;
    let place: Mention | undefined;
    for (let i = firstStartingAt(mentions, start); i < mentions.length; i += 1) {
      const mention = mentions[i]!;
      if (mention.start >= end) break;
      if (mention.type === 'person') return mention;
      if (mention.type === 'place') place ??= mention;
      else other ??= mention;
    }
    return other ?? place;
  }
}

/** After a name, the rest of a phrase's head that makes it a clause: a past-tense verb ("Mr. Trump spoke"). */
const CLAUSE_AFTER_NAME = new RegExp(`^\\s+(?:(?:also|then|later|had|has|just)\\s+)?(?:${CLAUSE_PAST_VERB})$`, 'u');

/** A capitalised word that modifies like an adjective: a party or a nationality ("Republican", "GOP", "Mexican"). */
const PROPER_ADJECTIVE = String.raw`GOP|\p{Lu}\p{Ll}+(?:an|ese|ish|ic|i)`;
/**
 * Between a possessor's name and a titled name: a possessive or not, then title words, lower-case or proper adjectives
 * ("’s attorney ", "’s Democratic rival ").
 */
const TITLE_BETWEEN_NAMES = new RegExp(
  String.raw`^(?:['’]s?)?(?:\s+(?!(?:and|or|nor|with|of|to|for|by|from|at|in|on|said|says|told)\b)(?:[\p{Ll}-]+|${PROPER_ADJECTIVE})){1,4}\s+$`,
  'u',
);

/** A time phrase where a speaker may stand ("said Tuesday", "said last week"). */
const TIME_PHRASE =
  /^(?:on\s+|last\s+|this\s+|early\s+|late\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|yesterday|week|month|year|morning|evening|night)\b/i;
/** A year or a date as a phrase's whole head ("… on Oct. 3, 2016, that included …"): a time, no speaker. */
const YEAR_OR_DATE = /^(?:(?:\p{Lu}\p{Ll}{2,8}\.?\s+)?\d{1,2},?\s+)?\d{4}$/u;
/** A party member's label as a phrase's last word ("the committee’s senior Democrat"). */
const PARTY_MEMBER = /^(?:Democrat|Republican|Independent|Democrats|Republicans)$/;

/** A sentence whose subject is he or she ("He also referred to …", "But she said …"). */
const PRONOUN_OPENER = /^\s*(?:[“"]\s*)?(?:(?:But|And|Yet|Still|Then|Later|Now|Instead),?\s+)?(He|She)\s/;
/**
 * A sentence whose subject is a definite role phrase: its modifiers (1) and head noun (2) ("The chief justice also …",
 * "During the radio interview, the governor apologized", "Earlier, the Republican governor had refused").
 */
const ROLE_OPENER = new RegExp(
  String.raw`^\s*(?:[“"]\s*)?(?:(?:But|And|Yet|Still|Then|Later|Now|Instead),?\s+|\p{Lu}[^,;:“”"]{0,80},\s+)?[Tt]he\s+((?:(?:[\p{Ll}-]+|${PROPER_ADJECTIVE})\s+){0,3}?)([\p{Ll}-]+)\s+(?:(?:also|then|later|again|had|has|have)\s+)?\p{Ll}+(?:ed|s)\b`,
  'u',
);
/** Abbreviations whose full stop ends no sentence ("Mr.", "Sen.", "U.S.", an initial). */
const NO_SENTENCE_END =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Jr|Sr|St|Lt|Col|Capt|Sgt|Prof|Rev|Mt|Ft|Inc|Corp|Co|No|vs)|\b\p{Lu}|\.\p{Lu})$/u;

/** The last character of a sentence: its full stop or the closing mark after it. */
const SENTENCE_PUNCT = new Set(['.', '!', '?', '"', '”', '’', "'", ')', ']']);

/** Where the sentence holding the character before `end` starts (0 when none starts before it). */
function sentenceStartBefore(text: string, end: number): number {
  for (let i = end - 1; i > 0; i -= 1) {
    const c = text[i]!;
    if (c === '\n' && text[i - 1] === '\n') return i + 1;
    if ((c !== ' ' && c !== '\n') || !SENTENCE_PUNCT.has(text[i - 1]!)) continue;
    if (!/[.!?]["”’')\]]*$/.test(text.slice(Math.max(0, i - 3), i))) continue;
    const before = text.slice(Math.max(0, i - 12), i).replace(/["”’')\]]+$/, '');
    if (before.endsWith('.') && NO_SENTENCE_END.test(before.slice(0, -1))) continue;
    return i + 1;
  }
  return 0;
}

/** A word before a person's name that makes the person an object: a preposition or a verb ("directed Cohen"). */
const OBJECT_WORD =
  /^(?:of|to|for|with|against|about|by|from|at|on|in|into|over|than|toward|towards|\p{Ll}{2,}ed|\p{Ll}{2,}ing|\p{Ll}{3,}[^s'’]s|told|met|beat|hit|led|took|gave|sent|saw|made|called|asked)$/u;
/** Title words between such a word and the name ("appreciates FBI special counsel Robert Mueller"). */
const TITLE_WORD =
  /^(?:\p{Lu}[\p{L}.’'-]*|special|former|then|vice|deputy|chief|senior|top|acting|counsel|prosecutor|director)$/u;
/** At most this many title words stand between a verb and the name it takes as object. */
const OBJECT_TITLE_WORDS = 5;

/** The person named at `start` is a verb's or preposition's object, the title words before the name aside. */
function isObject(text: string, start: number): boolean {
  const words = text.slice(Math.max(0, start - 120), start).split(/\s+/);
  if (words.at(-1) === '') words.pop();
  let i = words.length - 1;
  // A second conjunct is an object when the first is ("request to Coats and Rogers"): read back past "and X".
  for (let conjuncts = 0; ; conjuncts += 1) {
    const top = i;
    while (i >= 0 && top - i < OBJECT_TITLE_WORDS && isTitleWord(words[i]!)) i -= 1;
    if (conjuncts >= 2 || (words[i] !== 'and' && words[i] !== 'or') || !/^\p{Lu}/u.test(words[i - 1] ?? '')) break;
    i -= 1;
  }
  const word = words[i];
  return word !== undefined && OBJECT_WORD.test(word) && PERSON_ROLE_HEADS.has(word) === false;
}

/** A name or title word before a name; an abbreviated title ("Sens.", "Rep.") does not end a sentence. */
function isTitleWord(word: string): boolean {
  return TITLE_WORD.test(word) && (!/[,.;:]$/.test(word) || /^\p{Lu}\p{Ll}{1,4}\.$/u.test(word));
}

/**
 * Capitalised title words or abbreviated titles right before a name ("Mr. ", "Vice President "); a longer word with a
 * full stop ends the sentence before the name ("… to Washington. Reid …"), no title.
 */
const TITLE_WORDS_AT_END = /(?:(?:\p{Lu}[\p{L}’'-]*|\p{Lu}\p{Ll}{0,3}\.)\s+){1,3}$/u;

/**
 * Right before a name: a preposition or possessive that makes the name an object, not the head ("for Clinton"); the
 * apostrophe follows a letter (a closing '' quote mark before "Mr. Brown said" is no possessive).
 */
const NAME_AFTER_PREPOSITION = /(?:\b(?:for|of|to|with|at|from|by|about|on)|(?<=\p{L})['’]s?)\s+$/u;

/**
 * A person described by what they do, after a name that only modifies them ("A former Justice Department computer
 * crimes prosecutor said …", "a White House official said …"): the described person speaks, not the name. Only as a
 * head after a name: "the prosecutor said" alone is left to the role rules.
 */
const DESCRIBED_PERSON =
  /^(?:prosecutor|official|officer|aide|agent|investigator|detective|diplomat|expert|staffer|operative|consultant|researcher|scientist|doctor|employee|insider)$/u;
/** Words wink may tag as adjectives that stand before a verb as adverbs ("later said", "first proposed"). */
const ADVERB_TAKEN_FOR_ADJECTIVE =
  /^(?:\p{Ll}+ly|later|earlier|first|last|only|also|still|long|once|never|ever|often|even|just|further|already|again|then|now|soon|best|better|most|more|less|least|much)$/u;
/** Quantifiers wink tags as adjectives that are a verb's whole subject ("several opposed the deal", "many support"). */
const QUANTIFIER_SUBJECT = /^(?:several|many|few|most|some|both|all|others?|such|each|more|fewer)$/;
/**
 * Events and outcomes that befall a person or body: "Mr. Cantor’s loss recalled the defeat of …" (BASIL ee05c9b3) is
 * no one's statement. A closed list: possessed nouns are as often people ("Mr. Emanuel’s deputy", "Sestak's
 * opponent") or media of words ("Trump’s statement said"), which speak for, or through, their owner.
 */
const EVENT_NOUN =
  /^(?:loss|losses|defeat|victory|win|death|departure|resignation|ouster|arrest|indictment|conviction|election|re-election|reelection|nomination|candidacy|rise|fall|downfall|collapse|absence|presence|retirement|exit|upset|comeback|success|failure|record|performance|showing|fate)$/u;
/**
 * Between a name and the noun it modifies: a possessive and at most two modifiers, none a verb or adverb — lower-case
 * words or proper adjectives ("Mr. LePage’s Republican allies").
 */
const MODIFIER_STRETCH = new RegExp(
  String.raw`^(?:['’]s?)?(?:\s+(?!(?:his|her|their|its|the|a|an|again|also|then|now|just|still|not|has|had|have|is|was|are|were|will|would|to)\b)(?:[\p{Ll}-]+(?<!ed|ly)|${PROPER_ADJECTIVE})){0,2}\s+$`,
  'u',
);

/** Words after a head noun that are not the head ("Jeb Bush himself", "Clinton too", "Trump last week"). */
const NOT_A_HEAD =
  /^(?:himself|herself|themselves|itself|too|also|alone|both|all|each|jr|sr|today|tonight|yesterday|week|month|year|night|morning|afternoon|evening|weekend|ago|last|this|next|earlier|later|then|now|once|again)$/i;

/**
 * The head noun of a speaker phrase's head when it is a common noun: the word before its first preposition, else
 * its last word, when lower-case ("Supporters" of "Supporters of Europe’s …", "group" of "The Arizona group").
 */
function commonNounHead(text: string, start: number, end: number): Range | undefined {
  const words = [...text.slice(start, end).matchAll(/[^\s]+/g)];
  const preposition = words.findIndex((w, i) => i > 0 && HEAD_PREPOSITION.test(w[0]));
  let i = preposition > 0 ? preposition - 1 : words.length - 1;
  while (i > 0 && NOT_A_HEAD.test(words[i]![0])) i -= 1;
  const word = words[i];
  // The phrase's first word may be capitalised only because it opens the sentence ("Supporters of …").
  if (word === undefined || !(/^\p{Ll}/u.test(word[0]) || (i === 0 && /^\p{Lu}\p{Ll}+$/u.test(word[0]))))
    return undefined;
  const at = start + (word.index ?? 0);
  return { start: at, end: at + word[0].length };
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
