/** Numeric and quantified claims, one per number-bearing clause, normalised to value, unit, subject, quantifier and time. */
import { hashId } from '../core/ids.js';
import type { Claim, DateMention, Span } from '../core/model.js';
import {
  APPROXIMATE_WORD,
  CHANGE_BEFORE,
  LOWER_BOUND_WORD,
  MULTIPLIER,
  NUMBER_WORDS,
  QUANTIFIER,
  QUANTITY,
  RANGE_BEFORE,
  UPPER_BOUND_WORD,
} from './patterns.js';

interface Hit {
  start: number;
  end: number;
  value?: number;
  unit?: string;
  approx?: string;
  quantifier?: string;
  subject?: string;
  measure?: string;
  range?: { min: number; max: number };
  change?: 'up' | 'down' | 'times';
}

const SCALE: Record<string, number> = {
  trillion: 1e12,
  billion: 1e9,
  bn: 1e9,
  million: 1e6,
  m: 1e6,
  thousand: 1e3,
  k: 1e3,
};
const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
const MULTIPLE: Record<string, number> = { doubl: 2, tripl: 3, halv: 0.5, quadrupl: 4 };
/** Words that end a subject noun phrase. */
const STOP = new Set(
  'in on at to for by with from and or but than that which who as is are was were be been has have had will would can could should must may might not this these those it its their his her our of the a an while after before during remain remains remained around about'.split(
    ' ',
  ),
);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'other',
  'this',
  'these',
  'that',
  'all',
  'some',
]);
/** Words after a number that are not what is counted (a conjunction or adverb: "wished it was 1825 so he could …"). */
const NOT_UNITS = new Set([
  ...STOP,
  'a',
  'per',
  'times',
  'more',
  'less',
  'of',
  'so',
  'because',
  'if',
  'when',
  'since',
  'until',
  'unless',
  'then',
  'now',
  'again',
  'too',
  'also',
  'yet',
]);
/** Adjective endings ("electoral", "economic", "additional"): such a word before a noun qualifies the unit. */
const ADJECTIVE_ENDING = /(?:al|ic|ive|ous|ary|ful|less|able|ible|ian|ese)$/;
/** Spans of time count how long, not what is measured ("two decades"): no measure is read from them. */
const TIME_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)$/;

/**
 * Claims in the sentences of an article.
 * @example findClaims(text, 'a1', sentences, dates)[0] // → { value: 3.5, unit: 'percent', subject: 'GDP', … }
 */
export function findClaims(text: string, articleId: string, sentences: Span[], dates: DateMention[]): Claim[] {
  const out: Claim[] = [];
  let d = 0;
  for (const sentence of sentences) {
    while (d < dates.length && dates[d]!.span.end <= sentence.start) d += 1;
    const sentenceDates: DateMention[] = [];
    for (let i = d; i < dates.length && dates[i]!.span.start < sentence.end; i += 1) sentenceDates.push(dates[i]!);
    const hits = findHits(text, sentence.start, sentence.end, sentenceDates);
    if (hits.length === 0) continue;
    for (const clause of clauses(text, sentence, hits)) {
      const claim: Claim = {
        id: hashId('c', articleId, String(clause.start), String(clause.end)),
        span: { articleId, start: clause.start, end: clause.end },
        text: text.slice(clause.start, clause.end),
      };
      const numeric = clause.hits.find((h) => h.value !== undefined);
      const quantified = clause.hits.find((h) => h.quantifier !== undefined);
      const main = numeric ?? quantified ?? clause.hits[0]!;
      if (numeric?.value !== undefined) claim.value = numeric.value;
      if (numeric?.unit !== undefined) claim.unit = numeric.unit;
      // A hedge or bound on the number ("around", "at least") is read by describeNumber, not as a quantifier.
      if (quantified?.quantifier !== undefined) claim.quantifier = quantified.quantifier;
      describeNumber(claim, numeric ?? main);
      const subject = quantified?.subject ?? main.subject;
      if (subject !== undefined) claim.subject = subject;
      const time = sentenceDates.find(
        (m) => m.value !== undefined && m.span.start >= clause.start && m.span.end <= clause.end,
      );
      if (time?.value !== undefined) claim.time = time.value;
      out.push(claim);
    }
  }
  return out;
}

/** The normalised parts of a number: what it measures, hedge or bound, range, change. */
function describeNumber(claim: Claim, hit: Hit): void {
  if (hit.measure !== undefined) claim.measure = hit.measure;
  if (hit.approx !== undefined && APPROXIMATE_WORD.test(hit.approx)) claim.approximate = true;
  if (hit.approx !== undefined && LOWER_BOUND_WORD.test(hit.approx)) claim.bound = 'lower';
  if (hit.approx !== undefined && UPPER_BOUND_WORD.test(hit.approx)) claim.bound = 'upper';
  if (hit.range !== undefined) claim.range = hit.range;
  if (hit.change !== undefined) claim.change = hit.change;
}

function overlapsDate(start: number, end: number, dates: DateMention[]): boolean {
  return dates.some((m) => m.span.start < end && m.span.end > start);
}

function findHits(text: string, start: number, end: number, dates: DateMention[]): Hit[] {
  const body = text.slice(start, end);
  const hits: Hit[] = [];
  for (const m of body.matchAll(QUANTITY)) {
    const g = m.groups ?? {};
    const raw = g.num ?? '';
    const numStart = start + (m.index ?? 0) + m[0].indexOf(raw, (g.approx ?? '').length + (g.currency ?? '').length);
    const hitStart = start + (m.index ?? 0);
    const hitEnd = hitStart + m[0].length;
    if (overlapsDate(numStart, numStart + raw.length, dates)) continue;
    const lower = raw.toLowerCase();
    const wordValue = NUMBER_WORDS[lower];
    let value = wordValue ?? Number(raw.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    if (wordValue === undefined && /^(?:19|20)\d{2}$/.test(raw) && g.percent === undefined) continue;
    // List numbers ("1."), ratings ("0 / 5") and a lone "One:" are not claims.
    if (/^\s*[.:/]/.test(text.slice(numStart + raw.length, numStart + raw.length + 2)) && g.percent === undefined)
      continue;
    const after = text.slice(hitEnd, Math.min(end, hitEnd + 60));
    let unit: string | undefined;
    if (g.percent !== undefined) unit = /point/i.test(g.percent) ? 'percentage points' : 'percent';
    else if (g.currency !== undefined) unit = CURRENCY[g.currency];
    else {
      const next = /^\s+([\p{Ll}][\p{Ll}-]+)(?:\s+([\p{Ll}][\p{Ll}-]+))?/u.exec(after);
      const word = next?.[1];
      if (word !== undefined && !NOT_UNITS.has(word)) {
        // "two electoral cycles": an adjective is not the unit; the noun it qualifies is counted with it.
        const noun = next?.[2];
        unit = ADJECTIVE_ENDING.test(word) && noun !== undefined && !NOT_UNITS.has(noun) ? `${word} ${noun}` : word;
      }
    }
    if (unit === undefined) continue;
    if (lower === 'one' && unit !== 'percent') continue;
    if (g.scale !== undefined) value *= SCALE[g.scale.toLowerCase()] ?? 1;
    const hit: Hit = { start: hitStart, end: hitEnd, value };
    if (unit !== undefined) hit.unit = unit;
    if (g.approx !== undefined) hit.approx = g.approx.trim().toLowerCase();
    const phraseBefore = subjectBefore(text, start, hitStart);
    const measuredBefore = phraseBefore?.who === false ? phraseBefore.words : undefined;
    const subject = subjectAfterOf(after, true) ?? (unit === 'percent' ? phraseBefore?.words : undefined);
    if (subject !== undefined) hit.subject = subject;
    const countedUnit = g.percent === undefined && g.currency === undefined && !TIME_UNIT.test(unit) ? unit : undefined;
    const measure = measuredBefore ?? countedUnit;
    if (measure !== undefined) hit.measure = measure;
    const before = text.slice(Math.max(start, hitStart - 60), hitStart);
    const range = RANGE_BEFORE.exec(before);
    if (range !== null) {
      // "between 3 and 5 percent": one claim over the whole range; the lower number's own hit is dropped.
      let min = Number((range.groups?.lo ?? '').replace(/,/g, ''));
      if (g.scale !== undefined) min *= SCALE[g.scale.toLowerCase()] ?? 1;
      hit.range = { min, max: value };
      hit.start = hitStart - before.length + range.index;
      while (hits.length > 0 && hits.at(-1)!.start >= hit.start) hits.pop();
    }
    const change = CHANGE_BEFORE.exec(before);
    if (change !== null) hit.change = change.groups?.up !== undefined ? 'up' : 'down';
    hits.push(hit);
  }
  for (const m of body.matchAll(MULTIPLIER)) {
    const hitStart = start + (m.index ?? 0);
    const stem = (m[1] ?? '').toLowerCase().replace(/(?:e|ed|es|ing)$/, '');
    const hit: Hit = {
      start: hitStart,
      end: hitStart + m[0].length,
      value: MULTIPLE[stem] ?? 2,
      unit: 'factor',
      change: 'times',
    };
    const subject = nounPhrase(text.slice(hit.end, Math.min(end, hit.end + 60)));
    if (subject !== undefined) hit.subject = subject;
    hits.push(hit);
  }
  for (const m of body.matchAll(QUANTIFIER)) {
    const hitStart = start + (m.index ?? 0);
    const phrase = m[0];
    const hit: Hit = {
      start: hitStart,
      end: hitStart + phrase.length,
      quantifier: phrase.toLowerCase().replace(/^(?:a|the) /, ''),
    };
    const after = text.slice(hit.end, Math.min(end, hit.end + 80));
    const subject =
      phrase === 'only'
        ? /^\s+((?:[\p{Lu}][\p{L}.-]*(?:\s+and\s+|,\s*|\s+)?)+)/u.exec(after)?.[1]?.replace(/[\s,]*(?:and\s*)?$/, '')
        : (subjectAfterOf(after) ?? nounPhrase(after));
    if (subject !== undefined && subject !== '') hit.subject = subject.trim();
    hits.push(hit);
  }
  hits.sort((a, b) => a.start - b.start);
  return hits;
}

/** "… of (the) GDP" → "GDP"; "… of the member countries" → "member countries". */
function subjectAfterOf(after: string, acronymAlone = false): string | undefined {
  const m = /^\s*of\s+(?:the\s+)?(.*)/su.exec(after);
  return m === null ? undefined : nounPhrase(` ${m[1] ?? ''}`, acronymAlone);
}

/** Up to three words before a stop word; an acronym or name stands alone. */
function nounPhrase(after: string, acronymAlone = false): string | undefined {
  const words = after.match(/^\s+([^\s,.;:!?)“”"…]+(?:\s+[^\s,.;:!?)“”"…]+){0,4})/u)?.[1]?.split(/\s+/) ?? [];
  while (words.length > 0 && DETERMINERS.has(words[0]!.toLowerCase())) words.shift();
  const first = words[0];
  if (first === undefined || STOP.has(first.toLowerCase()) || /^\d/.test(first)) return undefined;
  if (acronymAlone && /^\p{Lu}{2,}$/u.test(first)) return first;
  const kept: string[] = [];
  for (const w of words) {
    if (STOP.has(w.toLowerCase()) || kept.length === 3) break;
    kept.push(w);
  }
  return kept.length > 0 ? kept.join(' ') : undefined;
}

/** "raise military spending to 3.5 percent" → "military spending". */
function subjectBefore(
  text: string,
  sentenceStart: number,
  hitStart: number,
): { words: string; who: boolean } | undefined {
  const before = text.slice(Math.max(sentenceStart, hitStart - 80), hitStart);
  const m =
    /(?:^|\s)((?:[\p{L}-]+\s+){1,3}?)(to|at|by|from|of|reached|exceeded|reach)\s+(?:the\s+|around\s+|about\s+)?$/u.exec(
      before,
    );
  if (m === null) return undefined;
  const words = (m[1] ?? '').trim().split(/\s+/);
  while (words.length > 0 && (DETERMINERS.has(words[0]!.toLowerCase()) || STOP.has(words[0]!.toLowerCase())))
    words.shift();
  while (words.length > 0 && STOP.has(words.at(-1)!.toLowerCase())) words.pop();
  if (words.length === 0 || words.some((w) => STOP.has(w.toLowerCase()))) return undefined;
  // Before a verb ("Poland and Lithuania have exceeded …") the words say who reaches the figure, not what is
  // measured; so does a name.
  const sentenceInitial = before.slice(0, m.index).trim() === '' && hitStart - 80 <= sentenceStart;
  const named = words.some((w, i) => /^\p{Lu}\p{Ll}/u.test(w) && !(i === 0 && sentenceInitial));
  const who = /^re|^ex/.test(m[2] ?? '') || named;
  return { words: words.join(' '), who };
}

/** Clause boundaries between two numbers, strongest first; the first of the strongest kind found is cut. */
const CLAUSE_BOUNDARIES = [/;\s*/, /,\s+(?:and|but|while)\s+/, /\s+(?:and|but)\s+/, /,\s+/];

interface Clause {
  start: number;
  end: number;
  hits: Hit[];
}

/** Split a sentence between its numbers at ";", ", " or " and "/" but ", so each clause carries one number. */
function clauses(text: string, sentence: Span, hits: Hit[]): Clause[] {
  const numeric = hits.filter((h) => h.value !== undefined);
  const cuts: number[] = [];
  for (let i = 0; i + 1 < numeric.length; i += 1) {
    const from = numeric[i]!.end;
    const to = numeric[i + 1]!.start;
    const between = text.slice(from, to);
    for (const boundary of CLAUSE_BOUNDARIES) {
      const m = boundary.exec(between);
      if (m !== null) {
        cuts.push(from + m.index);
        break;
      }
    }
  }
  const out: Clause[] = [];
  let start = sentence.start;
  for (const cut of [...cuts, sentence.end]) {
    let s = start;
    let e = cut;
    const lead = /^[\s;,]*(?:(?:and|but)\s+)?/.exec(text.slice(s, e))?.[0].length ?? 0;
    s += lead;
    while (e > s && /[\s;,]/.test(text[e - 1]!)) e -= 1;
    const inside = hits.filter((h) => h.start >= s && h.start < e);
    if (e > s && inside.length > 0) out.push({ start: s, end: e, hits: inside });
    start = cut;
  }
  return out;
}
