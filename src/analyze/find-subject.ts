/** The subject phrase of a cue verb: the speaker phrase that ends right before it, else its plain noun phrase. */
import type { Speaker } from '../core/model.js';
import { SPEAKER_HEAD_MAX_WORDS } from '../core/config.js';
import type { FoundSpeaker, SpeakerContext } from './find-speaker.js';
import {
  APPOSITIVE_CLAUSE,
  BE_AUXILIARY,
  GROUP_HEAD_NOUN,
  GROUP_SPEAKER,
  HOLDER_CLAUSE_BOUNDARY,
  PLAIN_SUBJECT_BOUNDARY,
  PLAIN_SUBJECT_HEAD,
  PLAIN_SUBJECT_OPENER,
  NOUN_PHRASE_STOP,
  QUANTITY_OPENING,
  RELATIVE_PEOPLE,
  PLAIN_SUBJECT_REJECT,
  RELATIVE_BEFORE,
  RELATIVE_BEFORE_VERB,
  RELATIVE_SUBJECT,
  SPEAKER_BARE_PLURAL,
  SPEAKER_HEAD_PREPOSITION,
  SPEAKER_HEAD_START,
  SUBJECT_CLAUSE_BOUNDARY,
  SUBJECT_TRAILING_WORD,
  TIME_PLURAL,
  MONTH,
  SAYING_NOUN,
} from './patterns.js';

/**
 * A relative opening after a preposition ("in which", "to whom", "where") or a comma, and the personal pronoun after
 * it, ending the text before a verb: the pronoun is its subject ("When Nega helped found …, the year he returned …,
 * he explained"). Not ", which he said were …", where "which" is the subject.
 */
const SUBJECT_PRONOUN =
  /(?:\b(?:(?:in|on|at|by|from|to|with|for|during|after|before|of|through)\s+(?:which|whom)|where|whereby)|[,;])\s+(he|she|they|we|I)\s*$/;
/** A preposition before the conjunct of a coordination ("lawyers for both Jesse Jackson Jr. and"): its objects. */
const COORDINATED_OBJECT = /\s(?:for|of|with|from|at|to|by|on|representing)\s(?:both\s|either\s)?\S/;
/**
 * A subordinating word that opens the clause after it ("After", "When", "Because"); a capital "As" too, whose role
 * phrase describes the subject after its comma ("As a Harvard Law School student, Wilkins said", BASIL 2013).
 */
const SUBORDINATOR_BEFORE =
  /\b(?:As|[Aa]fter|[Bb]efore|[Ww]hen|[Ww]hile|[Bb]ecause|[Ii]f|[Aa]lthough|[Tt]hough|[Ss]ince|[Oo]nce|[Uu]ntil)\s+$/;
/** A time phrase that ends a noun phrase ("in June 2016", "on Monday", "last year"). */
const TRAILING_TIME = new RegExp(
  `\\s+(?:(?:in|on|during|since|by)\\s+(?:(?:early|late|mid)[\\s-])?(?:(?:${MONTH})\\s+)?(?:\\d{1,2},?\\s+)?\\d{4}|(?:in|on|during|since|by)\\s+(?:${MONTH})(?:\\s+\\d{1,2})?|(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|this|next)\\s+(?:week|month|year))$`,
  'u',
);
/** An aside that names members of the phrase before it, at the end of a stretch (", including Paul Ryan (Wis.)"). */
const INCLUDING_ASIDE = /,\s+(?:including|such as|especially|notably|among them)\s[^,;:“”"]*$/;
/** Appositives after a name: each comma's phrase opens with an article, a possessive or a capital (", a professor …"). */
const APPOSITIVE_CHAIN = /^(?:,\s+(?:the|a|an|his|her|their|its|former|then|now|\p{Lu})[^,]*)+$/u;
/**
 * A place or body named after a person with "of"/"from", at the end of a stretch ("Sheriff Adam Hayward of Deuel
 * County, Neb.", "Jane Doe from the Heritage Foundation"): a post-modifier of the person, who stays the antecedent.
 */
const PERSON_OF_PLACE = /\s+(?:of|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s*)+(?:,\s+\p{Lu}[\p{L}.]*)?$/u;
/** Where a relative pronoun's antecedent may start: a clause boundary or a dash ("Diamond and Silk -- two …"). */
const RELATIVE_ANTECEDENT_BOUNDARY = new RegExp(`${SUBJECT_CLAUSE_BOUNDARY.source}|\\s(?:--|[—–])\\s+`, 'g');

/** How far before a cue verb its speaker phrase may start (chars): "Jeb Bush, the former Florida governor and …". */
const SUBJECT_LOOKBACK = 200;
/** A plain subject phrase longer than this is a clause, not a speaker. */
const PLAIN_SUBJECT_MAX_WORDS = 16;
/** A group phrase's head (before its first comma) longer than this many words is a clause, not a speaker. */
const GROUP_HEAD_MAX_WORDS = 7;
/** A relative pronoun's unnamed antecedent ("the 30 percent who …") is a noun phrase of at most this many words. */
const RELATIVE_ANTECEDENT_MAX_WORDS = 6;

/**
 * Where the run of adverbs, auxiliaries and contractions ("’s", "’re") that ends `head` begins, with the spaces
 * before it ("Mr. Bush has also " → after "Bush"). A backward word scan: a regex anchored at the end would be
 * tried from every position of the look-back window.
 */
export function trailingAuxiliaries(head: string): number {
  let at = head.length;
  for (;;) {
    let end = at;
    while (end > 0 && /\s/.test(head[end - 1]!)) end -= 1;
    const contraction = /['’](?:s|re|ve|ll|d|m)$/.exec(head.slice(Math.max(0, end - 3), end));
    if (contraction !== null) {
      at = end - contraction[0].length;
      continue;
    }
    let start = end;
    while (start > 0 && /[\p{L}'’]/u.test(head[start - 1]!)) start -= 1;
    if (
      start === end ||
      start === 0 ||
      !/\s/.test(head[start - 1]!) ||
      !SUBJECT_TRAILING_WORD.test(head.slice(start, end))
    ) {
      break;
    }
    at = start;
  }
  while (at > 0 && /\s/.test(head[at - 1]!)) at -= 1;
  return at;
}

/**
 * Where the subject phrase before a verb ends: before the auxiliaries and adverbs that stand between them ("has
 * also", "are", "did not immediately"); undefined when a form of "be" makes the verb passive ("was told that").
 */
function subjectEnd(text: string, lookFrom: number, verbStart: number): number | undefined {
  const head = text.slice(lookFrom, verbStart);
  const at = trailingAuxiliaries(head);
  const progressive = /^\p{L}+ing\b/u.test(text.slice(verbStart, verbStart + 30));
  if (!progressive && BE_AUXILIARY.test(head.slice(at))) return undefined;
  return lookFrom + at;
}

/**
 * The noun phrase that opens the clause of a verb whose subject is no speaker phrase we resolve ("Only about 4 in
 * 10 Republican voters in each state want …", "Early results of exit polls show …"): its own words are the speaker.
 */
export function plainSubject(ctx: SpeakerContext, from: number, verbStart: number): Speaker | undefined {
  const { text } = ctx;
  const lookFrom = Math.max(from, verbStart - SUBJECT_LOOKBACK);
  const end = subjectEnd(text, lookFrom, verbStart);
  if (end === undefined) return undefined;
  let start = lookFrom;
  for (const m of text.slice(lookFrom, end).matchAll(PLAIN_SUBJECT_BOUNDARY))
    start = lookFrom + (m.index ?? 0) + m[0].length;
  // A conjunction after a comma and an absolute "with" before a participle open no subject ("…, and three-quarters
  // said", "with 50 percent saying").
  const opener = PLAIN_SUBJECT_OPENER.exec(text.slice(start, end));
  if (
    opener !== null &&
    (!/^\s*with\b/i.test(opener[0]) || /^\p{L}+ing\b/u.test(text.slice(verbStart, verbStart + 30)))
  )
    start += opener[0].length;
  const phrase = text.slice(start, end).trim();
  const words = phrase.split(/\s+/);
  if (phrase === '' || words.length > PLAIN_SUBJECT_MAX_WORDS || PLAIN_SUBJECT_REJECT.test(phrase)) return undefined;
  // The head is the word before the first prepositional phrase ("results of exit polls", "4 in 10 … voters").
  const preposition = words.findIndex((w, i) => i > 0 && /^(?:of|in|at|for|from|on|with|by|to|across|among)$/.test(w));
  const headWord = words[preposition > 0 ? preposition - 1 : words.length - 1] ?? '';
  // "About", "Over" open a quantity ("About three-quarters support …"), not a circumstance.
  const quantity = QUANTITY_OPENING.test(phrase);
  if ((SPEAKER_HEAD_PREPOSITION.test(phrase) && !quantity) || !PLAIN_SUBJECT_HEAD.test(headWord)) return undefined;
  if (!SPEAKER_HEAD_START.test(phrase) && !SPEAKER_BARE_PLURAL.test(phrase) && !quantity) return undefined;
  const at = start + text.slice(start, end).indexOf(phrase);
  return { name: phrase, mention: ctx.span({ start: at, end: at + phrase.length }) };
}

/**
 * The holder of a cue verb whose subject phrase is not one `subjectBefore` resolves: its plain subject phrase, else
 * the first person of the clause — but never for a relative pronoun it could not resolve ("those who considered
 * themselves …" is not Rubio's, named before it): that subject is nobody we know.
 */
export function unparsedSubject(ctx: SpeakerContext, from: number, verbStart: number): Speaker | undefined {
  const plain = plainSubject(ctx, from, verbStart);
  if (plain !== undefined) return plain;
  const end = subjectEnd(ctx.text, Math.max(from, verbStart - SUBJECT_LOOKBACK), verbStart) ?? verbStart;
  if (RELATIVE_SUBJECT.test(ctx.text.slice(Math.max(from, end - 12), end))) return undefined;
  return ctx.firstPerson(from, verbStart, true);
}

/**
 * The speaker phrase that ends right before a verb (allowing "has", "also", "is"): the longest one that names a
 * person, organisation or pronoun (a place only when no later clause start names one: "in Columbus, Ohio,
 * Santorum said"), else the nearest clause that is a group ("officials", "a spokeswoman for X"); a relative pronoun
 * ("Democrats, who want …") speaks for the phrase it follows.
 */
export function subjectBefore(ctx: SpeakerContext, from: number, verbStart: number): FoundSpeaker | undefined {
  const { text } = ctx;
  const lookFrom = Math.max(from, verbStart - SUBJECT_LOOKBACK);
  // ", telling a local radio station", ", saying that …": a participle after a comma has a clause's subject, not the
  // words right before it (which may be the verb's object: "Democrats have been pounding LePage, saying …").
  if (/,\s*$/.test(text.slice(lookFrom, verbStart)) && /^\p{L}+ing\b/u.test(text.slice(verbStart, verbStart + 30)))
    return participleSubject(ctx, from, verbStart);
  const end = subjectEnd(text, lookFrom, verbStart);
  if (end === undefined || end <= lookFrom) return undefined;
  // A verb after "and" shares the clause's subject ("Donald Trump often takes full credit … between the U.S. and
  // Mexico, and has promised"): no phrase right before it is its subject.
  if (/(?:^|[\s,])(?:and|or|but)\s*$/.test(text.slice(Math.max(lookFrom, end - 6), end))) return undefined;
  // An -ing cue right after a name has that name as its subject ("… about Hillary Clinton wanting to “just drone”
  // Julian Assange"), not the sentence's subject.
  if (/^\p{L}+ing\b/u.test(text.slice(verbStart, verbStart + 30)) && /^\s+$/u.test(text.slice(end, verbStart))) {
    const named = ctx.mentionEndingAt(end);
    if (named !== undefined && ctx.isPersonMention(named)) return { speaker: named, kind: 'named' };
  }
  const relative = RELATIVE_SUBJECT.exec(text.slice(Math.max(from, end - 12), end));
  if (relative !== null) return relativeSpeaker(ctx, from, end - relative[0].trimStart().length, end);
  // A personal pronoun opening a relative clause right before the verb is its subject ("a quote from Mrs. Clinton
  // in which she said …"): no longer phrase reaching back over it is. Not after a reporting verb ("the chairman …
  // confirmed he knew …"), where the pronoun opens the content and the outer subject speaks.
  const pronoun = SUBJECT_PRONOUN.exec(text.slice(Math.max(lookFrom, end - 20), end));
  if (pronoun !== null) return ctx.phraseSpeaker({ start: end - (pronoun[1]?.length ?? 0), end });
  // A relative clause whose own subject stands between its pronoun and the verb ("found in Florida, which two people
  // briefed on the matter have said has become …"): that phrase speaks, not a name before the pronoun.
  const objectRelative = OBJECT_RELATIVE.exec(text.slice(lookFrom, end));
  if (objectRelative !== null) {
    const phraseStart = end - (objectRelative[1]?.length ?? 0);
    const found = ctx.phraseSpeaker({ start: phraseStart, end });
    if (found !== undefined) return found;
  }
  // A speaker phrase starts a clause: at the look-back start, after , : ; or after a conjunction ("But Mr. Trump said").
  const clauseStarts: number[] = [lookFrom];
  for (const m of text.slice(lookFrom, end).matchAll(SUBJECT_CLAUSE_BOUNDARY)) {
    clauseStarts.push(lookFrom + (m.index ?? 0) + m[0].length);
  }
  if (RELATIVE_BEFORE.test(text.slice(Math.max(from, end - 30), end))) return undefined;
  const coordinated = coordinatedGroup(ctx, clauseStarts, end);
  if (coordinated !== undefined) return coordinated;
  // An aside that holds a "that" clause ends before the verb's own subject ("Rubel, who notes that United
  // Technologies has vowed"): the verb belongs to that clause, so no phrase spanning the aside is its subject.
  let asideComma = -1;
  for (const m of text.slice(lookFrom, end).matchAll(APPOSITIVE_CLAUSE)) asideComma = lookFrom + (m.index ?? 0);
  let place: FoundSpeaker | undefined;
  for (const start of clauseStarts) {
    if (RELATIVE_BEFORE.test(text.slice(Math.max(from, start - 12), start))) continue;
    if (start <= asideComma) continue;
    // "After Trump won the election, Wikileaks suggested …": a subordinate clause's subject is not the main verb's.
    if (SUBORDINATOR_BEFORE.test(text.slice(Math.max(from, start - 12), start)) && text.slice(start, end).includes(','))
      continue;
    const found = ctx.phraseSpeaker({ start, end });
    if (found === undefined || (found.kind === 'group' && found.namedInside !== true)) continue;
    if (found.place !== true) return found;
    place ??= found;
  }
  if (place !== undefined) return place;
  for (const start of clauseStarts.reverse()) {
    const found = ctx.phraseSpeaker({ start, end });
    if (found === undefined || !isGroup(text, found, start, end)) continue;
    // A name inside a leading subordinate clause or phrase is not the main verb's subject ("After the meeting with
    // Mr. Obama, …, Mr. Sanders gave no indication …, insisting" is not Obama's); one after its comma is ("After
    // the election, Axelrod tried …").
    if (found.kind !== 'group' && insideSubordinate(text, from, start, found.speaker.name)) continue;
    return found;
  }
  return undefined;
}

/**
 * The subject of the participle at `verbStart`: that of the nearest clause before it that has a speaker for one —
 * "Rice’s comments came as Netanyahu turned down …, saying" (Netanyahu), "…, Spicer said, adding" (Spicer). A clause
 * opened by "that" is what someone said, and a relative clause describes a noun: neither is the participle's
 * ("The White House said that Mr. Obama agreed …, saying"; "Mr. Putin also veered close to an admission that
 * Russian soldiers had fought …, saying"). A thing is no speaker ("before his term ends in 2018, telling"), nor is a
 * saying noun or its owner ("The criticism of Mr. Clinton’s personal life comes as …"; "Rutte’s stance aims …").
 */
function participleSubject(ctx: SpeakerContext, from: number, verbStart: number): FoundSpeaker | undefined {
  const { text } = ctx;
  for (const loose of [false, true]) {
    const verbs = ctx.verbGroups({ start: from, end: verbStart }, loose);
    for (let k = verbs.length - 1; k >= 0; k -= 1) {
      const verb = verbs[k]!;
      const lead = text.slice(Math.max(from, verb - 80), verb);
      if (CLAUSE_OF_THAT.test(lead) || RELATIVE_BEFORE_VERB.test(lead)) continue;
      // A verb inside a quotation before the participle is the quoted speaker's ("“… we will win,” he said, repeating").
      if (QUOTE_CLOSE.test(text.slice(verb, verbStart))) continue;
      const found = subjectBefore(ctx, from, verb);
      if (found !== undefined && speaksAsParticipleSubject(text, found)) return found;
    }
  }
  return undefined;
}

const QUOTE_CLOSE = /[”"]|''/;

/** A subject that can be a participle's speaker: a name, pronoun or role, or a group of people, not a saying noun. */
function speaksAsParticipleSubject(text: string, found: FoundSpeaker): boolean {
  const mention = found.speaker.mention;
  const phrase = mention === undefined ? found.speaker.name : text.slice(mention.start, mention.end);
  const words = phrase.split(/[\s,]+/).filter((w) => w !== '');
  const preposition = words.findIndex((w, i) => i > 0 && /^(?:of|in|at|for|from|on|with|by|to)$/.test(w));
  const head = (words[preposition > 0 ? preposition - 1 : words.length - 1] ?? '').toLowerCase();
  if (SAYING_NOUN.test(head) || SAYING_NOUN.test(words.at(-1)?.toLowerCase() ?? '')) return false;
  if (found.kind !== 'group' || found.namedInside === true) return true;
  return GROUP_HEAD_NOUN.test(head) && !TIME_PLURAL.test(head) && !THING_PLURAL.test(head);
}

/** "that" and then a clause's subject up to its verb, with no comma: a content or relative clause. */
const CLAUSE_OF_THAT = /\bthat\s+(?:[\p{L}.'’-]+\s+){1,8}$/u;

/** Plural heads that are things, not people ("problems", "terms"), for a group subject of a participle. */
const THING_PLURAL =
  /^(?:problems|issues|things|results|numbers|polls|terms|plans|efforts|ads|events|remarks|comments)$/;

/**
 * "which/whom" and then a noun phrase up to the verb: the relative clause's own subject. The phrase
 * opens with a determiner, a number word, a name or a plural noun; a pronoun is SUBJECT_PRONOUN's.
 */
const OBJECT_RELATIVE =
  /(?:^|[\s,])(?:which|whom)\s+((?:the|a|an|two|three|four|five|several|some|many|most|both|\p{Lu})[^,;:()“”"]{0,60})$/u;

/**
 * "prosecutors and lawyers for both Jesse Jackson Jr. and Sandra Jackson said": a name after an "and" that joins the
 * objects of a preposition is no subject of its own; the whole coordinated phrase is, a group (BASIL 2013).
 */
function coordinatedGroup(ctx: SpeakerContext, clauseStarts: number[], end: number): FoundSpeaker | undefined {
  const { text } = ctx;
  const afterAnd = (at: number): boolean => /(?:^|[^,\s])\s+(?:and|or)\s+$/.test(text.slice(Math.max(0, at - 12), at));
  let i = clauseStarts.length - 1;
  if (i <= 0 || !afterAnd(clauseStarts[i]!)) return undefined;
  // Only the objects of a preposition: "Trump and Clinton said" keeps its nearest name as before.
  if (!COORDINATED_OBJECT.test(text.slice(clauseStarts[i - 1]!, clauseStarts[i]))) return undefined;
  // The name right before the verb is what would be taken; a comma there closes an appositive ("James A. Lewis, a
  // senior fellow at the Center for Strategic and International Studies, said"), whose name speaks.
  if (/,\s*$/.test(text.slice(clauseStarts[i], end))) return undefined;
  if (ctx.phraseSpeaker({ start: clauseStarts[i]!, end })?.kind !== 'named') return undefined;
  const nearest = i;
  while (i > 0 && afterAnd(clauseStarts[i]!) && !ctx.holdsVerb({ start: clauseStarts[i - 1]!, end: clauseStarts[i]! }))
    i -= 1;
  // A verb before the "and" makes it join clauses or verbs' objects ("arranging calls with both Sanders and Clinton").
  if (i === nearest) return undefined;
  const start = clauseStarts[i]!;
  const phrase = text.slice(start, end).trim();
  if (phrase.split(/\s+/).length > SPEAKER_HEAD_MAX_WORDS || ctx.holdsVerb({ start, end })) return undefined;
  const firstConjunct = phrase.split(/\s+(?:and|or)\s+/)[0] ?? '';
  if (
    !(SPEAKER_HEAD_START.test(phrase) || SPEAKER_BARE_PLURAL.test(firstConjunct)) ||
    SPEAKER_HEAD_PREPOSITION.test(phrase)
  )
    return undefined;
  const at = start + text.slice(start, end).indexOf(phrase);
  return { speaker: { name: phrase, mention: ctx.span({ start: at, end: at + phrase.length }) }, kind: 'group' };
}

/** The phrase at `start` follows "After", "When" …, and the name's last word stands before the phrase's first comma. */
function insideSubordinate(text: string, from: number, start: number, name: string): boolean {
  if (!SUBORDINATOR_BEFORE.test(text.slice(Math.max(from, start - 12), start))) return false;
  const comma = text.indexOf(',', start);
  const surname = name.split(/\s+/).at(-1) ?? name;
  const at = text.indexOf(surname, start);
  return comma > start && at >= start && at < comma;
}

/**
 * A group phrase is a speaker when it opens with a determiner or quantity ("the", "many", "two") or its head noun
 * is people or a body ("local GOP leaders", "The company", "My staff"), not any noun phrase before a verb.
 */
function isGroup(text: string, found: FoundSpeaker, start: number, end: number): boolean {
  const phrase = text.slice(found.speaker.mention?.start ?? start, end);
  if (GROUP_SPEAKER.test(phrase)) return true;
  const head = phrase.split(',')[0]!.trim().split(/\s+/);
  if (head.length > GROUP_HEAD_MAX_WORDS) return false;
  const preposition = head.findIndex(
    (w, i) => i > 0 && /^(?:of|in|at|for|from|on|with|within|among|across|close|familiar|briefed|there)$/.test(w),
  );
  const noun = head[preposition > 0 ? preposition - 1 : head.length - 1] ?? '';
  return GROUP_HEAD_NOUN.test(noun.toLowerCase()) && !TIME_PLURAL.test(noun);
}

/**
 * "Democrats, who want …", "the group, which says …": the relative pronoun is the speaker's words, named by the
 * phrase it follows (a name, a group); undefined when that phrase is no speaker ("those who", "a plan that").
 */
function relativeSpeaker(
  ctx: SpeakerContext,
  from: number,
  pronounStart: number,
  pronounEnd: number,
): FoundSpeaker | undefined {
  const { text } = ctx;
  let antecedentEnd = pronounStart;
  while (antecedentEnd > from && /[\s,]/.test(text[antecedentEnd - 1]!)) antecedentEnd -= 1;
  // "Russians in June 2016 who said": a time phrase between a noun and its relative pronoun is no antecedent.
  const time = TRAILING_TIME.exec(text.slice(Math.max(from, antecedentEnd - 40), antecedentEnd));
  if (time !== null) antecedentEnd -= time[0].length;
  // "fellow Republicans, including House Speaker Paul Ryan (Wis.), who have said": an "including" aside names
  // members of the antecedent, which stands before it.
  const aside = INCLUDING_ASIDE.exec(text.slice(Math.max(from, antecedentEnd - SUBJECT_LOOKBACK), antecedentEnd));
  if (aside !== null) antecedentEnd -= aside[0].length;
  const lookFrom = Math.max(from, antecedentEnd - SUBJECT_LOOKBACK);
  const starts: number[] = [];
  for (const m of text.slice(lookFrom, antecedentEnd).matchAll(RELATIVE_ANTECEDENT_BOUNDARY))
    starts.push(lookFrom + (m.index ?? 0) + m[0].length);
  // "who" stands for people; "which" and "that" speak only for a named body ("the League, which says …"), not
  // for any thing ("security guarantees that acknowledge …").
  const people = /^who/.test(text.slice(pronounStart, pronounEnd));
  // The nearest clause start first: the antecedent is the phrase right before the pronoun, with its appositives; a
  // stretch that holds a verb is a clause ("if Trump follows through at all, considering …"), no antecedent.
  const pronoun = ctx.span({ start: pronounStart, end: pronounEnd });
  if (people) {
    const of = PERSON_OF_PLACE.exec(text.slice(lookFrom, antecedentEnd));
    const person = of === null ? undefined : ctx.mentionEndingAt(lookFrom + of.index);
    if (person !== undefined && ctx.isPersonMention(person))
      return { speaker: { ...person, mention: pronoun }, kind: 'named' };
  }
  for (const start of [...starts.reverse(), lookFrom]) {
    if (ctx.holdsVerb({ start, end: antecedentEnd })) {
      // "Axios cited John Eastman, a constitutional law professor … and director of …, who said": past a clause,
      // the name that ends it heads the appositives after it.
      const comma = text.indexOf(',', start);
      if (comma < 0 || comma >= antecedentEnd || !APPOSITIVE_CHAIN.test(text.slice(comma, antecedentEnd))) continue;
      if (ctx.holdsVerb({ start: comma, end: antecedentEnd })) continue;
      const head = ctx.mentionEndingAt(comma);
      if (head !== undefined) return { speaker: { ...head, mention: pronoun }, kind: 'named' };
      continue;
    }
    const found = ctx.phraseSpeaker({ start, end: antecedentEnd });
    if (found === undefined || found.kind === 'pronoun' || found.place === true) continue;
    const group = found.kind === 'group' && found.namedInside !== true;
    if (group && (!people || !isGroup(text, found, start, antecedentEnd))) continue;
    return { ...found, speaker: { ...found.speaker, mention: pronoun } };
  }
  // "Ted Cruz, who said …" after a clause ("Trump was out-brutalizing Ted Cruz"): the name right before it. Not a
  // thing's: "the 14th Amendment to the Constitution, which states" is the amendment's, not the Constitution's.
  const named = ctx.mentionEndingAt(antecedentEnd);
  const object = !people && named?.mention !== undefined && ctx.postmodifies(named.mention.start);
  if (named !== undefined && !object) return { speaker: { ...named, mention: pronoun }, kind: 'named' };
  // "the 30 percent who say …", "compared with 23 percent who said …", "a young child, who said …": the short
  // noun phrase right before it.
  const plain = people ? nounPhraseBefore(text, from, antecedentEnd) : undefined;
  if (plain !== undefined) {
    return { speaker: { name: plain, mention: pronoun }, kind: 'group' };
  }
  return undefined;
}

/**
 * The noun phrase that ends at `end`, read back word by word to a preposition, verb or punctuation ("compared
 * with 23 percent" → "23 percent"), when its head is people, a number or a share; "of" phrases stay inside.
 */
function nounPhraseBefore(text: string, from: number, end: number): string | undefined {
  const stretch = text.slice(Math.max(from, end - SUBJECT_LOOKBACK), end);
  const words = stretch.split(/\s+/).filter((w) => w !== '');
  const head = words.at(-1) ?? '';
  if (!(PLAIN_SUBJECT_HEAD.test(head) || GROUP_HEAD_NOUN.test(head.toLowerCase()) || RELATIVE_PEOPLE.test(head))) {
    return undefined;
  }
  let i = words.length - 1;
  while (i > 0 && words.length - i < RELATIVE_ANTECEDENT_MAX_WORDS) {
    const word = words[i - 1]!;
    if (/[,.;:!?”"’)]$/.test(word) || NOUN_PHRASE_STOP.test(word) || /^\p{Ll}{3,}(?:ing|ed)$/u.test(word)) break;
    i -= 1;
  }
  const phrase = words.slice(i).join(' ');
  return PLAIN_SUBJECT_REJECT.test(phrase) ? undefined : phrase;
}

/**
 * The holder of a cue that has no subject phrase of its own (a partial quote, a noun or adjective cue): the first
 * person or he/she of the nearest clause before it that names one ("when he yelled “You lie!”" → he, not the man
 * named earlier in the sentence), else of the whole stretch. Reported content ("said that …") is not a clause
 * boundary, so a person named inside it does not take the cue from its speaker.
 */
export function clauseHolder(ctx: SpeakerContext, from: number, to: number): Speaker | undefined {
  const starts: number[] = [];
  for (const m of ctx.text.slice(from, to).matchAll(HOLDER_CLAUSE_BOUNDARY))
    starts.push(from + (m.index ?? 0) + m[0].length);
  for (const start of starts.reverse()) {
    const found = ctx.firstPerson(start, to);
    if (found !== undefined) return found;
  }
  return ctx.firstPerson(from, to);
}
