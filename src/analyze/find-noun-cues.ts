/**
 * Attributions cued by a noun rather than a verb: "his criticism of the deal", "the claim that …", and by a
 * source document: "In a CBS News poll, she led …", "… in an interview with Fox". PolNeAR annotates both.
 */
import type { Speaker } from '../core/model.js';
import type { SpeakerContext } from './find-speaker.js';
import type { Candidate } from './find-stance-cues.js';
import { clauseHolder } from './find-subject.js';
import {
  CUE_NOUN_WITH_OBJECT,
  JUDGEMENT_NOUN,
  LIGHT_VERB_BEFORE,
  NOUN_OWNER,
  NOUN_OWNER_BEFORE,
  RELATIVE_THAT_AFTER,
  REPORTING_VERB_TEST,
  SAYING_NOUN,
  SOURCE_DOCUMENT,
} from './patterns.js';

/** Before an unowned noun: a preposition or a verb of rebuttal whose object it is ("responded to", "denied"). */
const OTHERS_NOUN_BEFORE =
  /\b(?:to|of|amid|about|over|against|despite|after|following|on|with|from|denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|disputed|disputes)\s+(?:the\s+|these\s+|those\s+|such\s+)?$/;

/** How far before a cue noun its holder may be named (chars). */
const HOLDER_LOOKBACK = 60;

/**
 * Noun and source-document cues in the sentence `start`–`end`.
 * @example nounCues(ctx, 0, 50) // "Trump repeated his claim that the vote was rigged." → content "the vote was rigged"
 */
export function nounCues(ctx: SpeakerContext, start: number, end: number): Candidate[] {
  const { text } = ctx;
  const body = text.slice(start, end);
  const out: Candidate[] = [];
  for (const m of body.matchAll(CUE_NOUN_WITH_OBJECT)) {
    const noun = m[1] ?? '';
    const opener = m[3] ?? '';
    const cueStart = start + (m.index ?? 0);
    const contentStart = cueStart + m[0].length;
    if (
      !isNounCue(
        text.slice(Math.max(start, cueStart - HOLDER_LOOKBACK), cueStart),
        noun,
        opener,
        text.slice(contentStart, end),
      )
    ) {
      continue;
    }
    const contentEnd = clauseEndFrom(text, contentStart, end);
    if (contentEnd <= contentStart) continue;
    const candidate: Candidate = {
      claimStart: cueStart,
      contentStart,
      cue: { start: cueStart, end: cueStart + noun.length },
      content: { start: contentStart, end: contentEnd },
      weak: true,
    };
    // The holder owns the noun ("his criticism", "Trump’s call"), else is named in the clause before it ("Clinton
    // expressed concern").
    // An unowned noun that a preposition or a verb of rebuttal takes is someone else's ("responded to claims that
    // …", "denied allegations that …"): the clause's subject answers it and holds nothing.
    const lead = text.slice(Math.max(start, cueStart - HOLDER_LOOKBACK), cueStart);
    const holder =
      ownerOf(ctx, Math.max(start, cueStart - HOLDER_LOOKBACK), cueStart) ??
      (OTHERS_NOUN_BEFORE.test(lead)
        ? undefined
        : clauseHolder(ctx, Math.max(start, cueStart - HOLDER_LOOKBACK), cueStart));
    if (holder !== undefined) candidate.speaker = holder;
    out.push(candidate);
  }
  const source = SOURCE_DOCUMENT.exec(body);
  if (source !== null) {
    const cueStart = start + source.index + (/^\W*/.exec(source[0])?.[0].length ?? 0);
    const cueEnd = start + source.index + source[0].length;
    const afterComma = /^[^,;]{0,60},\s*/.exec(text.slice(cueEnd, end));
    // Opening the sentence ("In a CBS News poll, she led …") the content follows; closing it ("…, she said in an
    // interview.") the content comes before; in the middle the phrase belongs to another cue ("…, in an interview, X said").
    const closes = /^[\s.!?"”’)]*$/.test(text.slice(cueEnd, end));
    // A reporting verb later in the sentence governs it ("In a statement, her adviser said …"): that cue wins.
    const reportingVerbAfter = REPORTING_VERB_TEST.test(text.slice(cueEnd, end));
    const content =
      cueStart === start && afterComma !== null && !reportingVerbAfter
        ? { start: cueEnd + afterComma[0].length, end }
        : cueStart > start && closes
          ? { start, end: cueStart }
          : undefined;
    if (content !== undefined)
      out.push({
        claimStart: cueStart,
        contentStart: content.start,
        cue: { start: cueStart, end: cueEnd },
        content,
        weak: true,
      });
  }
  return out;
}

/**
 * The owner of a noun: a possessive pronoun ("his criticism" → the man "he" would name) or a name with "’s"
 * ("Turkey’s refusal"); its words are the speaker's mention.
 */
function ownerOf(ctx: SpeakerContext, from: number, nounStart: number): Speaker | undefined {
  const m = NOUN_OWNER.exec(ctx.text.slice(from, nounStart));
  if (m === null) return undefined;
  const at = from + m.index;
  const pronoun = m[1];
  if (pronoun !== undefined) {
    const span = { start: at, end: at + pronoun.length };
    const lower = pronoun.toLowerCase();
    if (lower === 'his' || lower === 'her') return ctx.pronounSpeaker(lower === 'his' ? 'he' : 'she', span);
    return { name: pronoun, mention: ctx.span(span) };
  }
  const owner = m[2] ?? '';
  const found = ctx.phraseSpeaker({ start: at, end: at + owner.length });
  if (found === undefined || found.kind === 'group') return undefined;
  return { ...found.speaker, mention: ctx.span({ start: at, end: at + owner.length }) };
}

/**
 * A noun cues an attribution when it is owned ("his criticism of"), follows a light verb ("raised questions
 * about"), takes a "that" clause ("the claim that …"), or is a judgement with its object ("criticism of").
 */
function isNounCue(before: string, noun: string, opener: string, after: string): boolean {
  const saying = SAYING_NOUN.test(noun);
  if (opener === 'that') return saying && !RELATIVE_THAT_AFTER.test(after);
  if (saying && opener !== 'from' && NOUN_OWNER_BEFORE.test(before)) return true;
  if (JUDGEMENT_NOUN.test(noun) && /^(?:of|about|over|against|from)$/.test(opener)) return true;
  // "a call for the United States to accept more refugees", "questions about U.S. leadership": a demand and a doubt
  // are someone's even unowned; the holder is found in the clause before, if anywhere.
  if ((/^calls?$/.test(noun) && opener === 'for') || (noun === 'questions' && /^(?:about|over)$/.test(opener)))
    return true;
  return LIGHT_VERB_BEFORE.test(before) && opener !== 'from';
}

/**
 * The end of the clause that starts at `from`: the next comma, semicolon, colon, dash or bracket, or the sentence end.
 * A comma or colon between digits is part of a number or time ("$750,000", "10:30"), no clause end (BASIL 2013).
 */
function clauseEndFrom(text: string, from: number, end: number): number {
  const stop = text.slice(from, end).search(/(?<!\d)[,:]|[,:](?!\d)|[;()—–]|\s-\s/);
  return stop < 0 ? end : from + stop;
}
