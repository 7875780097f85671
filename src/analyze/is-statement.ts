/**
 * Whether reported content says something: "said the deal was dead" holds a clause, "offered only minor changes to
 * the draft" or "denied a request" only a thing. PolNeAR counts both as attributions, so `analyze` keeps both; a
 * thing is marked with a reason so who-said-what can leave it out (an action or a stance's object is no statement).
 * The same holds for content its cue does not assert: a negated or refused cue ("didn't reveal", "refused to
 * testify"), a cue inside an embedded question ("asked whether she believed …"), a passive cue whose subject is
 * the one spoken to ("Clinton was asked whether …"), and a preposition's object ("referring to …").
 */
import { firstStartingAt } from '../core/sorted.js';
import { RELATIVE_BEFORE_VERB } from './patterns.js';
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
/** Right before a cue: a determiner, a possessive pronoun or a plural possessive ("the", "his", "reporters’"). */
const MODIFIER_BEFORE = /(?:\b(?:the|a|an|his|her|its|their|our|my|your)|\p{Ll}s['’])\s+$/iu;
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
  // Right after the cue with nothing between, the content's opening verb has no subject of its own (a word taken
  // for a verb: "He rejects calls for …"); after "that" or a comma it may ("said that wasn’t fair"). A relative
  // pronoun before the cue's subject is the opening verb's subject ("which critics say would have raised …",
  // "which he said runs the risk …"): BASIL's labels count that content as said.
  let subjectless = false;
  // The content is the cue's object or its preposition's ("took a swipe at …"), with no "that" or comma between: a
  // verb after "and" there is the cue's clause going on, and a relative clause's content may run into the main clause.
  let object = false;
  let end = range.end;
  if (text !== undefined && cue !== undefined && cue.end <= range.start) {
    const cueReason = cueContextReason(text, tokens, range, cue, first);
    if (cueReason !== undefined) return cueReason;
    const gap = text.slice(cue.end, range.start);
    object = OBJECT_GAP.test(gap);
    subjectless = /^\s+$/.test(gap) && !EXTRACTED_BEFORE.test(text.slice(Math.max(0, cue.start - 40), cue.start));
    if (object) end = relativeClauseEnd(text, tokens, range, cue, first) ?? end;
  }
  if (tokens.length === 0) return undefined;
  for (let i = first; i < tokens.length && tokens[i]!.start < end; i += 1) {
    // A capitalised pronoun after a lower-case word opens a sentence whose full stop is missing ("a retired
    // neurosurgeon They join Cruz"): the content ends before it.
    if (i > first && /^(?:He|She|They|We)$/.test(tokens[i]!.value) && /^\p{Ll}+$/u.test(tokens[i - 1]!.value)) break;
    // "scolded the journalists for asking questions at what was supposed to be …": a free relative after a
    // preposition is that preposition's object; its verbs are no predicate of the content.
    if (i > first && /^what$/i.test(tokens[i]!.value) && tokens[i - 1]!.pos === 'ADP') break;
    if (!isFiniteVerb(tokens, i, first)) continue;
    if (subjectless && tokens[i]!.pos === 'VERB' && opensContent(tokens, i, first)) continue;
    // A verb right after "and" with no subject of its own shares an earlier predicate: the first one reached, with
    // none in the content before it, is the cue's clause going on ("took a swipe at Obama for declining …, and
    // vowed to stop them").
    // A plain form after "and" is another infinitive ("vowed to protect Medicare and give states …").
    const conjunct = /^(?:and|or|but)$/i.test(tokens[i - 1]?.value ?? '') && i - 1 > first;
    if (object && conjunct && FINITE_FORM.test(tokens[i]!.value)) continue;
    return undefined;
  }
  return NOT_A_STATEMENT;
}

/** The verb group at `i` opens the content: only adverbs, auxiliaries and particles stand before it there. */
function opensContent(tokens: Token[], i: number, first: number): boolean {
  for (let j = i - 1; j >= first; j -= 1) if (!/^(?:ADV|AUX|PART)$/.test(tokens[j]!.pos)) return false;
  return true;
}

/**
 * A cue inside a relative clause ("Mr. Sanders, who requested the meeting …, pulled into …",
 * "Huckabee, …, who has announced his run …, has been outspoken"): its content ends at the comma after which the
 * main clause's verb comes back; what follows is the writer's sentence, not the content.
 */
function relativeClauseEnd(text: string, tokens: Token[], range: Range, cue: Range, first: number): number | undefined {
  if (!RELATIVE_BEFORE_VERB.test(text.slice(Math.max(0, cue.start - 30), cue.start))) return undefined;
  for (let i = first + 1; i < tokens.length && tokens[i]!.start < range.end; i += 1) {
    if (tokens[i - 1]!.value !== ',') continue;
    // A comma before it opened an aside inside the content ("the two men, and Mr. Cruz in particular, must …").
    if (text.slice(range.start, tokens[i - 1]!.start).includes(',')) return undefined;
    const next = tokens[i]!;
    if (/^\p{Ll}/u.test(next.value) && (next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/.test(next.value))))
      return tokens[i - 1]!.start;
  }
  return undefined;
}

/** Between a cue and content that is its object: nothing, or a preposition ("swipe at", "called for"). */
const OBJECT_GAP = /^\s+(?:(?:at|on|of|about|against|for|with|to|over)\s+)?$/;
/** Before a cue: a relative pronoun and the cue's subject ("which he said", "that critics say", "what he said"). */
const EXTRACTED_BEFORE = /\b(?:which|that|who|what)\s+(?:[\p{L}.’'-]+\s+){1,3}$/u;
/** A verb form that is finite, not a plain infinitive: past or third person ("vowed", "says", "said"). */
const FINITE_FORM = /^(?:\p{L}+(?:ed|s)|said|told|took|made|gave|went|wrote|spoke|met)$/iu;

/** Verbs of taking sides that take a noun, not a clause ("opposes Trump", "backed the bill"). */
const OBJECT_ONLY_STANCE =
  /^(?:oppos|support|back|endors|favou?r|prais|criticiz|criticis|blam|condemn|applaud)(?:e|es|ed|s|ing)?$/;

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
  // The cue may hold its "to" ("refused to"), or the content may open with it.
  const cueWord = word.split(/\s+/)[0] ?? '';
  if (DECIDING.test(cueWord) && (/\sto$/.test(word) || /^to\s/.test(text.slice(content.start, content.start + 3))))
    return ACTION;
  // "declining to answer reporters’ shouted questions about …": a participle between a determiner or possessive and
  // its noun modifies the noun; nothing was said with it.
  if (/ed$/.test(cueWord) && MODIFIER_BEFORE.test(before)) return NOT_A_STATEMENT;
  // "a super PAC that opposes Trump posted a meme-style ad": a verb of taking sides inside a relative clause takes
  // the noun after it; the clause that seems to follow is the main clause coming back.
  if (OBJECT_ONLY_STANCE.test(cueWord) && /\b(?:that|which|who)\s+(?:\p{Ll}+ly\s+)?$/u.test(before))
    return NOT_A_STATEMENT;
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
  if (token.pos === 'NOUN' && verbTakenForNoun(tokens, i, first)) return true;
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
  // "the assembled journalists": a participle after a determiner modifies the noun after it.
  // So is a verb form after a possessive ("announced his run for the presidency").
  if (token.pos === 'VERB' && j === i - 1 && j >= first && (tokens[j]!.pos === 'DET' || POSSESSIVE.test(before ?? '')))
    return false;
  // "the campaign that Mr. Sanders ran": a relative clause on a noun whose verb lacks its object.
  if (token.pos === 'VERB' && nameRelative(tokens, j, first) && lacksObject(tokens, i)) return false;
  return !(j >= first && RELATIVE.test(before ?? '') && onNoun);
}

/**
 * The subject at `j` (a name or a pronoun, up to three words) follows "that", "which" or "whom" after a common noun:
 * the clause is a relative clause on that noun ("the campaign that Mr. Sanders ran").
 */
function nameRelative(tokens: Token[], j: number, first: number): boolean {
  let k = j;
  while (k > first && j - k < 3 && /^(?:PROPN|PRON)$/.test(tokens[k]!.pos) && !RELATIVE.test(tokens[k]!.value)) k -= 1;
  if (k === j || !/^(?:that|which|whom)$/i.test(tokens[k]!.value)) return false;
  return k - 1 >= first && tokens[k - 1]!.pos === 'NOUN';
}

/**
 * A word in -s tagged as a noun that is a verb: it governs "to" and a verb, and no determiner, possessive or
 * adjective stands before it ("Lois Lerner, the director …, plans to invoke the Fifth Amendment"; "his plans to
 * invoke" is the noun); or it stands between a name and a determiner ("Clinton increases her lead").
 */
function verbTakenForNoun(tokens: Token[], i: number, first: number): boolean {
  const token = tokens[i]!;
  if (!/^\p{Ll}+s$/u.test(token.value)) return false;
  const before = i > first ? tokens[i - 1] : undefined;
  // "Clinton increases her lead": after a name or a pronoun and before a determiner or possessive.
  const next = tokens[i + 1];
  if (before !== undefined && /^(?:PROPN|PRON)$/.test(before.pos) && !POSSESSIVE.test(before.value.toLowerCase()))
    return next !== undefined && (next.pos === 'DET' || POSSESSIVE.test(next.value.toLowerCase()));
  if (next?.value !== 'to' || tokens[i + 2]?.pos !== 'VERB') return false;
  if (before === undefined) return true;
  return !/^(?:DET|ADJ|NUM)$/.test(before.pos) && !POSSESSIVE.test(before.value.toLowerCase()) && before.value !== "'s";
}

/** The verb group at `i` ends in a verb with no object after it: a preposition, a conjunction, punctuation or nothing. */
function lacksObject(tokens: Token[], i: number): boolean {
  let k = i;
  while (/^(?:AUX|VERB|ADV)$/.test(tokens[k + 1]?.pos ?? '')) k += 1;
  return tokens[k]!.pos === 'VERB' && /^(?:ADP|CCONJ|SCONJ|PUNCT|)$/.test(tokens[k + 1]?.pos ?? '');
}

/** A possessive pronoun before a noun. */
const POSSESSIVE = /^(?:his|her|its|their|our|my|your)$/;
/** A personal pronoun that can be a clause's subject. */
const PERSONAL_SUBJECT = /^(?:i|you|he|she|we|they)$/;
