/**
 * Whether reported content says something: "said the deal was dead" holds a clause, "offered only minor changes to
 * the draft" or "denied a request" only a thing. PolNeAR counts both as attributions, so `analyze` keeps both; a
 * thing is marked with a reason so who-said-what can leave it out (an action or a stance's object is no statement).
 * The same holds for content its cue does not assert: a negated or refused cue ("didn't reveal", "refused to
 * testify"), a cue inside an embedded question ("asked whether she believed …"), a passive cue whose subject is
 * the one spoken to ("Clinton was asked whether …"), and a preposition's object ("referring to …").
 */
import { firstStartingAt } from '../core/sorted.js';
import type { Range } from './split-sentences.js';
import type { Token } from './nlp.js';

/** Why reported content is not a statement, or undefined when it holds a finite verb. */
export const NOT_A_STATEMENT =
  'reported content with no verb of its own: a stance toward a thing or an action, not a statement';
export const NOT_ASSERTED = 'a negated, refused or questioned cue: its content was not said';
export const ADDRESSEE_SUBJECT = 'a passive cue: its subject is the one spoken to, not the speaker';
export const KNOWN_FACT = 'a cue of knowing or finding out: its content is a fact the writer reports, not words said';
export const ACTION = 'an action decided or refused (an infinitive), not words said';
export const NOUN_MODIFIER = 'an -ing cue modifying a noun: the content is a thing’s, not a person’s statement';
export const PREPOSITION_OBJECT = 'the object of a preposition after the cue: a referent, not a statement';

/**
 * Right before a cue: a refusal or failure ("refused to testify", "warning them not to disclose"), or an embedded
 * question or condition up to three words back ("asked whether she believed", "question why she didn't reveal",
 * "if he says"). The content is then no one's statement. A plain negation is not enough: "she said she hadn't
 * revealed it sooner, because she was never asked" is what she said (labelled so on BASIL).
 */
const NOT_ASSERTED_BEFORE =
  /(?:\b(?:not|never)\s+to\s+|\b(?:refus|declin|fail)\w*\s+to\s+|\b(?:whether|why|if)\s+(?:[\p{L}.’'-]+\s+){1,3})$/iu;
/** The part of `before` in the cue's own sentence: after the last full stop that a capital follows ("Sept. 14" goes on). */
function sentenceTail(before: string): string {
  let start = 0;
  for (const m of before.matchAll(/[.!?]["”’)]*\s+(?=["“]?\p{Lu})/gu)) start = (m.index ?? 0) + m[0].length;
  return before.slice(start);
}

/** An auxiliary's negation right before a cue ("did not respond", "hasn’t publicly said"). */
const NEGATED_AUXILIARY_BEFORE =
  /\b(?:(?:did|does|do|has|have|had|would|could|will)\s+not|(?:did|does|do|has|have|had|would|could)n['’]t)\s+(?:immediately\s+|yet\s+|publicly\s+)?$/iu;
/** Cues of knowing or finding out: their content is a fact the writer reports. */
const KNOWING = /^(?:learn|learns|learned|learnt|knew|know|knows|discovered|discovers|realized|realised|noticed)$/i;

/** Whether a cue word is one of knowing or finding out ("knew", "learned"). */
export function isKnowingCue(word: string): boolean {
  return KNOWING.test(word);
}
/** A speech verb earlier in the sentence, which makes a knowing cue part of what was said. */
const SPEECH_BEFORE = /\b(?:said|says|say|told|tells|added|adds|insisted|insists|acknowledged|admitted|wrote)\b/i;
/** Cues of deciding or refusing: with an infinitive they report an action. */
const DECIDING =
  /^(?:decide|decides|decided|deciding|refuse|refuses|refused|refusing|decline|declines|declined|declining)$/i;
/** Right before a cue: a passive auxiliary ("was asked", "were told", "has been warned"), an adverb allowed. */
const PASSIVE_AUX_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/u;
/** Cues whose passive still names the speaker as subject ("was quoted as saying", "is reported to have said"). */
const PASSIVE_NAMES_SPEAKER = /^(?:quoted|cited|reported|said|heard|seen|known|expected|understood)$/i;
/** The cue is a word that takes a preposition, and its content is that preposition's object. */
const PREPOSITION_GAP = /^\s+(?:of|about|to|over|against|on|for|at|in|into|with|from|toward|towards)\s+$/;
/**
 * ", referring to the proposed pipeline": the writer's gloss of what a quote was about, a referent, not words said
 * ("Mr. Morell referred to the State Department's concerns", a main verb, reports what he wrote).
 */
const REFERRING = /^referring\s+to$/i;
/** Words that open a subordinate clause, whose verbs are not the content's own predicate. */
const SUBORDINATOR = /^(?:that|which|who|whom|whose|if|whether|when|because|while|although|as|since|where)$/i;
/** A relative pronoun: "a deal that would clamp down …" is a thing with a clause about it, not a clause. */
const RELATIVE = /^(?:that|which|who|whom|whose)$/i;

/**
 * @example statementReason(tokens, range of "the bureau’s only suggestions") // → NOT_A_STATEMENT
 */
export function statementReason(tokens: Token[], range: Range, text?: string, cue?: Range): string | undefined {
  const first = firstStartingAt(tokens, range.start);
  if (text !== undefined && cue !== undefined && cue.end <= range.start) {
    const cueReason = cueContextReason(text, tokens, range, cue, first);
    if (cueReason !== undefined) return cueReason;
  }
  if (tokens.length === 0) return undefined;
  for (let i = first; i < tokens.length && tokens[i]!.start < range.end; i += 1) {
    if (isFiniteVerb(tokens, i, first)) return undefined;
  }
  return NOT_A_STATEMENT;
}

/** What the words around a cue say of its content (see the module comment), if anything. */
function cueContextReason(
  text: string,
  tokens: Token[],
  content: Range,
  cue: Range,
  first: number,
): string | undefined {
  const word = text.slice(cue.start, cue.end);
  if (!/^\p{L}[\p{L}\s]*$/u.test(word)) return undefined;
  const before = text.slice(Math.max(0, cue.start - 60), cue.start);
  if (NOT_ASSERTED_BEFORE.test(before)) return NOT_ASSERTED;
  // "The White House didn’t immediately respond to a HuffPost request": nothing was said — unless a speech verb
  // before it makes the negation what someone said ("he said he did not know whether …").
  if (NEGATED_AUXILIARY_BEFORE.test(before) && !SPEECH_BEFORE.test(sentenceTail(before))) return NOT_ASSERTED;
  // A progressive ("was criticizing", "is talking about") is active: its subject speaks.
  if (PASSIVE_AUX_BEFORE.test(before) && !PASSIVE_NAMES_SPEAKER.test(word.trim()) && !/^\p{L}+ing\b/u.test(word))
    return ADDRESSEE_SUBJECT;
  if (REFERRING.test(word)) return PREPOSITION_OBJECT;
  // "When Bopp learned years later that Lerner had been promoted": a fact the writer reports, unless a speech verb
  // before it makes it what the speaker said ("Mr. Earnest said he did not know whether …").
  if (KNOWING.test(word) && !SPEECH_BEFORE.test(sentenceTail(before))) return KNOWN_FACT;
  // "CIA officials also decided to change the phrase …": an action decided or refused, not words said.
  if (DECIDING.test(word) && /^to\s/.test(text.slice(content.start, content.start + 3))) return ACTION;
  if (tokens.length === 0) return undefined;
  const cueToken = tokens[firstStartingAt(tokens, cue.start)];
  const nounCue = cueToken !== undefined && cueToken.pos === 'NOUN';
  const gap = text.slice(cue.end, content.start);
  // A verb's prepositional object ("knew about the cable which …") is a thing. A noun's ("his rejection of the
  // subpoena put him at risk", "his decision to travel … has injected") is one too when a finite verb follows before
  // any subordinate clause: the content ran on into the sentence's own predicate ("concerns about ensuring that …"
  // and "the threat of appointing a prosecutor if …" stay).
  if (PREPOSITION_GAP.test(gap) && (!nounCue || predicateBeforeClause(tokens, first, content.end)))
    return PREPOSITION_OBJECT;
  // Content that opens with a verb after a noun and a relative pronoun has no subject of its own ("a deal that
  // would clamp down …", "the evidence that might be presented …"); "said that wasn't fair" has one ("that").
  // "a line from the final draft noting that there had been …": an -ing form right after a common noun modifies it;
  // the content is the thing's (PolNeAR counts it, so analyze keeps it), no person's statement.
  const beforeCue = tokens[firstStartingAt(tokens, cue.start) - 1];
  if (/ing$/.test(word) && beforeCue !== undefined && beforeCue.pos === 'NOUN' && beforeCue.end === cue.start - 1)
    return NOUN_MODIFIER;
  const opening = tokens[first];
  const relative = tokens[first - 1];
  const antecedent = tokens[first - 2];
  if (
    opening !== undefined &&
    (opening.pos === 'AUX' || opening.pos === 'VERB') &&
    relative !== undefined &&
    RELATIVE.test(relative.value) &&
    antecedent !== undefined &&
    antecedent.start >= cue.start &&
    (antecedent.pos === 'NOUN' || antecedent.pos === 'PROPN' || (nounCue && antecedent.start === cueToken?.start))
  )
    return NOT_A_STATEMENT;
  return undefined;
}

/** A finite verb comes before any subordinating word in the content (it is the sentence's main verb). */
function predicateBeforeClause(tokens: Token[], first: number, end: number): boolean {
  for (let i = first; i < tokens.length && tokens[i]!.start < end; i += 1) {
    if (SUBORDINATOR.test(tokens[i]!.value)) return false;
    if (isFiniteVerb(tokens, i, first)) return true;
  }
  return false;
}

/**
 * A finite verb: an auxiliary, or a verb that is neither an -ing form nor an infinitive after "to" (adverbs may
 * stand between: "to voluntarily turn over"), nor the verb of a relative clause on the content's opening noun.
 */
function isFiniteVerb(tokens: Token[], i: number, first: number): boolean {
  const token = tokens[i]!;
  if (token.pos !== 'AUX' && (token.pos !== 'VERB' || /ing$/i.test(token.value))) return false;
  // A capitalised "verb" after a lower-case word is a word of a name ("the Deferred Action for Childhood Arrivals");
  // in a headline's title case every word is capitalised.
  if (token.pos === 'VERB' && i > first && /^\p{Lu}/u.test(token.value) && /^\p{Ll}/u.test(tokens[i - 1]!.value))
    return false;
  let j = i - 1;
  while (j >= first && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'PART')) {
    if (tokens[j]!.value.toLowerCase() === 'to') break;
    j -= 1;
  }
  const before = tokens[j]?.value.toLowerCase();
  if (token.pos === 'VERB' && before === 'to') return false;
  // "bluster and warnings he has received from …": a pronoun's clause after a noun whose verb lacks its object is a
  // relative clause on that noun ("that" left out), not the content's own predicate; "in retrospect she would have
  // made a different decision" and "told voters she’s with them" are clauses of their own.
  const onNoun = j - 1 >= first && /^(?:NOUN|PROPN)$/.test(tokens[j - 1]!.pos);
  const onCommonNoun = onNoun && tokens[j - 1]!.pos === 'NOUN';
  if (onCommonNoun && PERSONAL_SUBJECT.test(before ?? '') && lacksObject(tokens, i)) return false;
  return !(j >= first && RELATIVE.test(before ?? '') && onNoun);
}

/** The verb group at `i` ends in a verb with no object after it: a preposition, a conjunction, punctuation or nothing. */
function lacksObject(tokens: Token[], i: number): boolean {
  let k = i;
  while (/^(?:AUX|VERB|ADV)$/.test(tokens[k + 1]?.pos ?? '')) k += 1;
  return tokens[k]!.pos === 'VERB' && /^(?:ADP|CCONJ|SCONJ|PUNCT|)$/.test(tokens[k + 1]?.pos ?? '');
}

/** A personal pronoun that can be a clause's subject. */
const PERSONAL_SUBJECT = /^(?:i|you|he|she|we|they)$/;
