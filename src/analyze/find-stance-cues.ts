/**
 * Attribution cues beyond "X said that …": a cue after its content with the speaker last (", said Ms. Gil."),
 * title-case headlines ("Trump Says He Never …"), and hedges that attribute a view to no one in particular
 * ("seemed to", "is expected to", "reportedly"). PolNeAR annotates all of these as attributions.
 */
import type { Speaker } from '../core/model.js';
import type { SpeakerContext } from './find-speaker.js';
import { plainSubject, subjectBefore } from './find-subject.js';
import {
  AS_SOURCE_CUE,
  HEADLINE_CUE_VERB,
  RELATIVE_ASIDE,
  HEDGE_CUE,
  OPINION_HOLDER_LEADING,
  PEOPLE_BEFORE,
  SPEAKER_HEAD_START,
  SPEAKER_PHRASE_STOP,
  STANCE_ADJECTIVE,
  TIME_PLURAL,
  TRAILING_VERB_FIRST,
} from './patterns.js';
import type { Range } from './split-sentences.js';

/** A cue found in a sentence, before its content is cut: content runs from `contentStart` to the next cue's `claimStart`. */
export interface Candidate {
  /** Where this attribution's own words begin (its source phrase or cue); the content before it ends here. */
  claimStart: number;
  contentStart: number;
  speaker?: Speaker;
  cue: Range;
  /** Fixed content (leading/trailing forms), not cut by later cues. */
  content?: Range;
  /** A stance, hedge or noun cue: inside a reporting verb's content it is nested there and does not cut it. */
  weak?: boolean;
  /** A stance whose content must be a clause or phrase, never a bare name ("remains committed to NATO"). */
  needsPhrase?: boolean;
  /** A participle or coordinated verb: its speaker is the subject of the sentence's first cue before it. */
  sharesSubject?: boolean;
  /** An "according to" source: cited, not the subject a participle shares. */
  according?: boolean;
}

/** Share of a headline's longer words that must be capitalised for it to count as title case. */
const TITLE_CASE_SHARE = 0.7;
/** A question clause shorter than this ("asked why") is no content. */
const ASKED_MIN_WORDS = 2;
/** Fewer words than this after a hedge are not a view of their own (the reported-speech minimum). */
const HEDGE_MIN_WORDS = 3;

/**
 * The cues of these families in the sentence `start`–`end`.
 * @example stanceCues(ctx, 0, 40) // "It was a good deal, said Ms. Gil." → [{ cue: 'said', content: 'It was a good deal' }]
 */
export function stanceCues(ctx: SpeakerContext, start: number, end: number): Candidate[] {
  const out: Candidate[] = [];
  const trailing = trailingVerbFirst(ctx, start, end);
  if (trailing !== undefined) out.push(trailing);
  const headline = titleHeadline(ctx, start, end);
  if (headline !== undefined) out.push(headline);
  out.push(...hedges(ctx, start, end));
  out.push(...stanceAdjectives(ctx, start, end));
  const holder = opinionHolder(ctx, start, end);
  if (holder !== undefined) out.push(holder);
  const asSource = asSourceCue(ctx, start, end);
  if (asSource !== undefined) out.push(asSource);
  out.push(...askedQuestions(ctx, start, end));
  return out;
}

/**
 * "When asked whom she supported, …", "an Iowa voter asked if she might consider appointing Obama": the question is
 * the asker's attribution (PolNeAR counts it; is-statement marks it a question, not a statement). Its content is the
 * question clause, up to a comma, dash or semicolon; a stance inside it is part of the question ("whom she supported").
 */
const ASKED_QUESTION =
  /\basked\s+(?:(?:him|her|them|me|us|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2})\s+)?(?=(?:whether|if|how|why|what|whom|who|where|when)\s)/gu;

function askedQuestions(ctx: SpeakerContext, start: number, end: number): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  for (const m of text.slice(start, end).matchAll(ASKED_QUESTION)) {
    const cueStart = start + (m.index ?? 0);
    const contentStart = cueStart + m[0].length;
    const stop = text.slice(contentStart, end).search(/,\s|\s[-–—]\s|[;:“”"]/);
    const content = { start: contentStart, end: stop < 0 ? end : contentStart + stop };
    if (text.slice(content.start, content.end).trim().split(/\s+/).length < ASKED_MIN_WORDS) continue;
    const candidate: Candidate = {
      claimStart: cueStart,
      contentStart,
      cue: { start: cueStart, end: cueStart + 'asked'.length },
      content,
    };
    const subject = subjectBefore(ctx, start, cueStart)?.speaker;
    if (subject !== undefined) candidate.speaker = subject;
    out.push(candidate);
  }
  return out;
}

/** How far before a stance adjective its holder may be named (chars). */
const ADJECTIVE_HOLDER_LOOKBACK = 80;

/** "Trump was clearly unhappy with the way he was treated": the adjective is the cue, its object the content. */
function stanceAdjectives(ctx: SpeakerContext, start: number, end: number): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  for (const m of text.slice(start, end).matchAll(STANCE_ADJECTIVE)) {
    const adjective = m[1] ?? '';
    const cueStart = start + (m.index ?? 0) + m[0].lastIndexOf(adjective);
    const contentStart = start + (m.index ?? 0) + m[0].length;
    const stop = text.slice(contentStart, end).search(/[;:()—–]|,\s+(?:which|who|and|but)\b/);
    const content = { start: contentStart, end: stop < 0 ? end : contentStart + stop };
    if (content.end <= content.start) continue;
    const candidate: Candidate = {
      claimStart: cueStart,
      contentStart,
      cue: { start: cueStart, end: cueStart + adjective.length },
      content,
      weak: true,
      needsPhrase: true,
    };
    // A stance needs a holder: a person or pronoun named just before, or people ("voters were divided on"). The
    // copula's subject phrase holds it when there is one ("his supporters are optimistic", "The voters are split").
    const holder = ctx.firstPerson(Math.max(start, cueStart - ADJECTIVE_HOLDER_LOOKBACK), cueStart);
    const copula = start + (m.index ?? 0);
    const beforeCopula = text.slice(Math.max(start, copula - 40), copula);
    if (holder === undefined && !PEOPLE_BEFORE.test(beforeCopula)) continue;
    const subject = subjectBefore(ctx, start, copula)?.speaker ?? plainSubject(ctx, start, copula) ?? holder;
    if (subject !== undefined) candidate.speaker = subject;
    out.push(candidate);
  }
  return out;
}

/** "To Sexton, Tuesday marked a turning point": a leading "To/For X," names whose view the sentence is. */
function opinionHolder(ctx: SpeakerContext, start: number, end: number): Candidate | undefined {
  const { text } = ctx;
  const m = OPINION_HOLDER_LEADING.exec(text.slice(start, end));
  if (m === null) return undefined;
  const phrase = m[2] ?? '';
  const words = phrase.trim().split(/\s+/);
  const preposition = words.findIndex((w, i) => i > 0 && /^(?:of|in|at|for|from|on|with|by|to)$/.test(w));
  const head = words[preposition > 0 ? preposition - 1 : words.length - 1] ?? '';
  // The holder is a name or people in the plural ("her supporters", "White House officials"), not "For years".
  const people = /^\p{Lu}/u.test(head) || (/[^s's]s$/.test(head) && !TIME_PLURAL.test(head));
  if (!people || !SPEAKER_HEAD_START.test(phrase)) return undefined;
  const phraseStart = start + (m[1]?.length ?? 0) + (/^\s+/.exec(m[0].slice(m[1]?.length ?? 0))?.[0].length ?? 0);
  const found = ctx.phraseSpeaker({ start: phraseStart, end: phraseStart + phrase.length });
  if (found === undefined) return undefined;
  const contentStart = start + m[0].length;
  return {
    claimStart: start,
    contentStart,
    speaker: found.speaker,
    cue: { start, end: start + (m[1]?.length ?? 0) },
    content: { start: contentStart, end },
    weak: true,
  };
}

/** "As The Washington Post reported, even if …": content after the clause; "…, as aides point out." content before. */
function asSourceCue(ctx: SpeakerContext, start: number, end: number): Candidate | undefined {
  const { text } = ctx;
  const m = AS_SOURCE_CUE.exec(text.slice(start, end));
  if (m === null) return undefined;
  const at = start + m.index;
  const phraseStart = at + m[0].indexOf(m[1] ?? '');
  const phraseEnd = phraseStart + (m[1]?.length ?? 0);
  const verbStart = text.indexOf(m[2] ?? '', phraseEnd);
  const clauseEnd = at + m[0].length;
  const content = at === start ? { start: clauseEnd, end } : { start, end: at };
  if (content.end <= content.start) return undefined;
  const candidate: Candidate = {
    claimStart: at,
    contentStart: content.start,
    cue: { start: verbStart, end: verbStart + (m[2]?.length ?? 0) },
    content,
  };
  const found = ctx.phraseSpeaker({ start: phraseStart, end: phraseEnd });
  if (found !== undefined) candidate.speaker = found.speaker;
  return candidate;
}

/** "…, said Howard Rubel, a senior analyst at Jefferies.": the content is what stands before the comma. */
function trailingVerbFirst(ctx: SpeakerContext, start: number, end: number): Candidate | undefined {
  const { text } = ctx;
  const m = TRAILING_VERB_FIRST.exec(text.slice(start, end));
  if (m === null) return undefined;
  const verbStart = start + m.index + m[0].indexOf(m[1] ?? '');
  const verbEnd = verbStart + (m[1]?.length ?? 0);
  const rest = text.slice(verbEnd, end);
  // The speaker phrase stops before a participle or relative aside (", who notes that …").
  const cut = SPEAKER_PHRASE_STOP.exec(rest) ?? RELATIVE_ASIDE.exec(rest);
  const found = ctx.phraseSpeaker({ start: verbEnd, end: cut === null ? end : verbEnd + cut.index });
  if (found === undefined) return undefined;
  const content = { start, end: start + m.index };
  return {
    claimStart: verbStart,
    contentStart: start,
    speaker: found.speaker,
    cue: { start: verbStart, end: verbEnd },
    content,
  };
}

/** "Bush Says We Should Pay Attention …": a one-line title-case paragraph with a capitalised cue verb. */
function titleHeadline(ctx: SpeakerContext, start: number, end: number): Candidate | undefined {
  const { text } = ctx;
  const paragraph = ctx.paragraphs[ctx.paragraphOf(start)];
  if (paragraph === undefined || text.slice(paragraph.start, start).trim() !== '') return undefined;
  if (text.slice(end, paragraph.end).trim() !== '') return undefined;
  const body = text.slice(start, end);
  const words = body.match(/[\p{L}’'-]{4,}/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (words.length < 3 || capitalised < words.length * TITLE_CASE_SHARE) return undefined;
  const verb = HEADLINE_CUE_VERB.exec(body);
  if (verb === null || verb.index === 0) return undefined;
  const verbStart = start + verb.index;
  const verbEnd = verbStart + verb[0].length;
  const contentStart = verbEnd + (/^\s*/.exec(text.slice(verbEnd, end))?.[0].length ?? 0);
  if (contentStart >= end) return undefined;
  const candidate: Candidate = {
    claimStart: start,
    contentStart,
    cue: { start: verbStart, end: verbEnd },
    content: { start: contentStart, end },
  };
  const found = ctx.phraseSpeaker({ start, end: verbStart });
  if (found !== undefined) candidate.speaker = found.speaker;
  return candidate;
}

/** "Trump’s supporters seemed unperturbed", "The bank is expected to act": the whole clause is the attributed view. */
function hedges(ctx: SpeakerContext, start: number, end: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of ctx.text.slice(start, end).matchAll(HEDGE_CUE)) {
    const cueStart = start + (m.index ?? 0);
    const cue = { start: cueStart, end: cueStart + m[0].length };
    // What the hedge qualifies follows it ("appears to be alive and well"); when that is a word or two
    // ("seemed unperturbed") the whole sentence is the view.
    const after = cue.end + (/^\s*/.exec(ctx.text.slice(cue.end, end))?.[0].length ?? 0);
    const contentStart = ctx.text.slice(after, end).trim().split(/\s+/).length >= HEDGE_MIN_WORDS ? after : start;
    out.push({ claimStart: cueStart, contentStart, cue, content: { start: contentStart, end }, weak: true });
  }
  return out;
}
