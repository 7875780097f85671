/** Direct, partial and reported quotes with their speaker (by name, pronoun or role) and cue. */
import { hashId } from '../core/ids.js';
import type { Quote, Span, Speaker } from '../core/model.js';
import { QUOTE_CUE_WINDOW } from '../core/config.js';
import { entityId, type EntityIndex, type Mention } from './find-entities.js';
import {
  ACCORDING_TO_LEADING,
  ACCORDING_TO_TRAILING,
  AFTER_QUOTE_LEAD,
  CUE_AFTER_SUBJECT,
  CUE_BEFORE_QUOTE,
  PARTIAL_CUE,
  PRONOUN,
  RELATIVE_BEFORE,
  REPORTED_AFTER_SUBJECT,
  REPORTED_ASIDE_THAT,
  REPORTED_DIRECT,
  REPORTED_VERB_BARE,
  REPORTED_WORDS_THAT,
  ROLE_PHRASE,
  SPEECH_VERB,
} from './patterns.js';
import type { Range } from './split-sentences.js';

const OPENERS = new Set(['“', '„', '«', '"']);
const CLOSER_OF: Record<string, string> = { '“': '”', '„': '“', '«': '»', '"': '"' };

interface Found {
  open: number;
  close: number;
  content: Range;
  paragraph: number;
  unclosed: boolean;
  kind: 'direct' | 'partial';
  speaker?: Speaker;
  cue?: Range;
}

interface Subject {
  speaker: Speaker;
  end: number;
}

/**
 * Find the quotes of an article and attribute them.
 * @example findQuotes(text, 'a1', paragraphs, sentences, index)[0]?.speaker?.name // → 'Mark Rutte'
 */
export function findQuotes(
  text: string,
  articleId: string,
  paragraphs: Range[],
  sentences: Span[],
  index: EntityIndex,
): Quote[] {
  const ctx = new Context(text, articleId, paragraphs, index);
  const found: Found[] = [];
  let s = 0;
  for (let p = 0; p < paragraphs.length; p += 1) {
    const paragraph = paragraphs[p]!;
    const inParagraph: Found[] = [];
    for (const mark of scanMarks(text, paragraph)) {
      while (s < sentences.length && sentences[s]!.end <= mark.open) s += 1;
      const sentenceStart = Math.max(paragraph.start, Math.min(sentences[s]?.start ?? paragraph.start, mark.open));
      const content = trimContent(text, mark.open + 1, mark.close);
      if (content === undefined) continue;
      const prefix = text.slice(sentenceStart, mark.open);
      const kind = isDirect(prefix, text, content) ? 'direct' : 'partial';
      const quote: Found = { ...mark, content, paragraph: p, kind, unclosed: mark.close >= paragraph.end };
      attribute(ctx, quote, prefix, sentenceStart, paragraph);
      inParagraph.push(quote);
    }
    inheritSpeakers(inParagraph, found.at(-1));
    for (const quote of inParagraph) if (quote.speaker !== undefined) ctx.lastSpeaker = quote;
    found.push(...inParagraph);
  }
  const quotes: Quote[] = found.map((q) => toQuote(articleId, q.content, q.kind, q.speaker, q.cue));
  quotes.push(...findReported(ctx, articleId, sentences, found));
  quotes.sort((a, b) => a.text.start - b.text.start || a.text.end - b.text.end);
  return quotes;
}

function toQuote(articleId: string, content: Range, kind: Quote['kind'], speaker?: Speaker, cue?: Range): Quote {
  const quote: Quote = {
    id: hashId('q', articleId, String(content.start), String(content.end)),
    text: { articleId, start: content.start, end: content.end },
    kind,
  };
  if (speaker !== undefined) quote.speaker = speaker;
  if (cue !== undefined) quote.cue = { articleId, start: cue.start, end: cue.end };
  return quote;
}

/** Quote marks of one paragraph; an unclosed quote ends with its paragraph. */
function scanMarks(text: string, paragraph: Range): { open: number; close: number }[] {
  const out: { open: number; close: number }[] = [];
  let open = -1;
  let closer = '';
  for (let i = paragraph.start; i < paragraph.end; i += 1) {
    const c = text[i]!;
    if (open >= 0) {
      if (c === closer || (closer === '”' && c === '"')) {
        out.push({ open, close: i });
        open = -1;
      } else if (c === '“' && closer === '”') {
        open = i;
      }
    } else if (OPENERS.has(c)) {
      if (c === '"' && /[\p{L}\d]/u.test(text[i - 1] ?? ' ') && !/[\p{L}]/u.test(text[i + 1] ?? ' ')) continue;
      open = i;
      closer = CLOSER_OF[c] ?? '”';
    }
  }
  if (open >= 0) out.push({ open, close: paragraph.end });
  return out;
}

function trimContent(text: string, start: number, end: number): Range | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s += 1;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e -= 1;
  return e > s && /[\p{L}\d]/u.test(text.slice(s, e)) ? { start: s, end: e } : undefined;
}

/** A quote is direct when it starts its sentence or follows a colon or a comma; else it is words quoted mid-clause. */
function isDirect(prefix: string, text: string, content: Range): boolean {
  const before = prefix.trimEnd();
  if (before === '' || /[:,]$/.test(before) || /^[-–—•*]$/.test(before)) {
    return /^[\p{Lu}\d…]/u.test(text[content.start] ?? '') || before === '' || /:$/.test(before);
  }
  return false;
}

class Context {
  lastSpeaker: Found | undefined;
  private readonly byStart = new Map<number, Mention>();
  private readonly persons: Mention[];
  private readonly paragraphStarts: number[];

  constructor(
    readonly text: string,
    readonly articleId: string,
    readonly paragraphs: Range[],
    readonly index: EntityIndex,
  ) {
    for (const mention of index.mentions) this.byStart.set(mention.start, mention);
    this.persons = index.mentions.filter((m) => m.type === 'person');
    this.paragraphStarts = paragraphs.map((p) => p.start);
  }

  /** A speaker named at `at`: an entity mention, a pronoun or a role phrase. */
  subjectAt(at: number, paragraph: number): Subject | undefined {
    const mention = this.byStart.get(at);
    if (mention !== undefined && mention.type !== 'place') {
      return { speaker: this.speakerOf(mention, { start: mention.start, end: mention.end }), end: mention.end };
    }
    const rest = this.text.slice(at, at + 80);
    const pronoun = PRONOUN.exec(rest);
    if (pronoun !== null) {
      const mentionSpan = { start: at, end: at + pronoun[0].length };
      const antecedent = this.antecedent(at, paragraph);
      if (antecedent === undefined) return undefined;
      return { speaker: this.speakerOf(antecedent, mentionSpan), end: mentionSpan.end };
    }
    const role = ROLE_PHRASE.exec(rest);
    if (role !== null) {
      const holder = this.roleHolder(`${role[1] ?? ''}${role[2] ?? ''}`);
      if (holder === undefined) return undefined;
      const span = { start: at, end: at + role[0].length };
      return {
        speaker: { name: holder, entityId: entityId('person', holder), mention: this.span(span) },
        end: span.end,
      };
    }
    return undefined;
  }

  speakerOf(mention: Mention, span: Range): Speaker {
    return { name: mention.name, entityId: entityId(mention.type, mention.name), mention: this.span(span) };
  }

  span(range: Range): Span {
    return { articleId: this.articleId, start: range.start, end: range.end };
  }

  /** He/she: a person named earlier in the paragraph, else the one named in the paragraph before, else the last speaker. */
  antecedent(at: number, paragraph: number): Mention | undefined {
    let lo = 0;
    let hi = this.persons.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.persons[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    const recent = this.persons[lo - 1];
    const paragraphStart = this.paragraphStarts[paragraph] ?? 0;
    const previousStart = this.paragraphStarts[paragraph - 1] ?? 0;
    if (recent !== undefined && recent.start >= paragraphStart) return recent;
    if (recent !== undefined && recent.start >= previousStart) return recent;
    const last = this.lastSpeaker?.speaker;
    if (last !== undefined) return this.persons.find((m) => m.name === last.name) ?? recent;
    return recent;
  }

  roleHolder(phrase: string): string | undefined {
    const key = phrase.toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
    const exact = this.index.roles.get(key);
    if (exact !== undefined) return exact;
    const words = key.split(' ');
    const holders = new Set<string>();
    for (const [role, holder] of this.index.roles) {
      if (role.endsWith(key) || (words.length > 1 && role.startsWith(`${words[0]} `))) holders.add(holder);
    }
    if (holders.size === 1) return holders.values().next().value;
    return undefined;
  }
}

/** Cue after the quote (`,” Rutte said`, `,” said Rutte`), then before it (`He added: “`), then the sentence subject. */
function attribute(ctx: Context, quote: Found, prefix: string, sentenceStart: number, paragraph: Range): void {
  const { text } = ctx;
  const after = quote.close + 1;
  const lead = AFTER_QUOTE_LEAD.exec(text.slice(after, after + 4))?.[0].length ?? 0;
  const at = after + lead;
  const windowEnd = Math.min(paragraph.end, at + QUOTE_CUE_WINDOW);
  if (quote.close < paragraph.end && at < windowEnd) {
    const subject = ctx.subjectAt(at, quote.paragraph);
    if (subject !== undefined) {
      const verb = CUE_AFTER_SUBJECT.exec(text.slice(subject.end, windowEnd));
      if (verb !== null) {
        const verbStart = subject.end + verb[0].length - (verb[2]?.length ?? 0);
        quote.speaker = subject.speaker;
        quote.cue = { start: verbStart, end: cueEnd(text, verbStart + (verb[2]?.length ?? 0), windowEnd) };
        return;
      }
    }
    const verbFirst = new RegExp(`^(${SPEECH_VERB})\\s+`).exec(text.slice(at, windowEnd));
    if (verbFirst !== null) {
      const subjectAfter = ctx.subjectAt(at + verbFirst[0].length, quote.paragraph);
      if (subjectAfter !== undefined) {
        quote.speaker = subjectAfter.speaker;
        quote.cue = { start: at, end: at + (verbFirst[1]?.length ?? 0) };
        return;
      }
    }
  }
  const before = CUE_BEFORE_QUOTE.exec(prefix);
  if (before !== null) {
    const verbStart = sentenceStart + before.index;
    const subject = subjectBefore(ctx, sentenceStart, verbStart, quote.paragraph);
    if (subject !== undefined) {
      quote.speaker = subject;
      quote.cue = { start: verbStart, end: verbStart + (before[1]?.length ?? 0) };
      return;
    }
  }
  if (quote.kind === 'partial') {
    const subject = firstSubject(ctx, sentenceStart, quote.open, quote.paragraph);
    if (subject !== undefined) {
      quote.speaker = subject;
      let cue: Range | undefined;
      PARTIAL_CUE.lastIndex = 0;
      for (const m of prefix.matchAll(PARTIAL_CUE))
        cue = { start: sentenceStart + (m.index ?? 0), end: sentenceStart + (m.index ?? 0) + m[0].length };
      if (cue !== undefined) quote.cue = cue;
    }
  }
}

/** The cue phrase runs to the end of its clause when that is short ("told the German Press Agency (dpa) on Friday"). */
function cueEnd(text: string, verbEnd: number, limit: number): number {
  const rest = text.slice(verbEnd, limit);
  const stop = rest.search(/[.,;:!?“”"](?!\w)/);
  const clause = stop < 0 ? rest : rest.slice(0, stop);
  if (clause.trim() === '' || clause.length > 60 || /\bthat\b/.test(clause)) return verbEnd;
  return verbEnd + clause.trimEnd().length;
}

/** The speaker right before a verb: the mention or pronoun that ends just before it (allowing "also", "has"). */
function subjectBefore(ctx: Context, from: number, verbStart: number, paragraph: number): Speaker | undefined {
  const head = ctx.text.slice(from, verbStart);
  const candidates: number[] = [];
  for (const w of head.matchAll(/[\p{L}][\p{L}.’'-]*/gu)) candidates.push(from + (w.index ?? 0));
  for (let i = candidates.length - 1; i >= Math.max(0, candidates.length - 6); i -= 1) {
    const subject = ctx.subjectAt(candidates[i]!, paragraph);
    if (
      subject !== undefined &&
      /^\s*(?:,[^,]{1,120},)?\s*(?:(?:has|had|also|then|later|further)\s+)*$/.test(
        ctx.text.slice(subject.end, verbStart),
      )
    ) {
      return subject.speaker;
    }
  }
  return undefined;
}

/** The first person (or pronoun) named in the sentence before a partial quote. */
function firstSubject(ctx: Context, from: number, to: number, paragraph: number): Speaker | undefined {
  const head = ctx.text.slice(from, to);
  for (const w of head.matchAll(/[\p{L}][\p{L}.’'-]*/gu)) {
    const subject = ctx.subjectAt(from + (w.index ?? 0), paragraph);
    if (subject !== undefined && isPersonSpeaker(ctx, subject)) {
      return subject.speaker;
    }
  }
  return undefined;
}

function isPersonSpeaker(ctx: Context, subject: Subject): boolean {
  return ctx.index.mentions.some((m) => m.type === 'person' && m.name === subject.speaker.name);
}

/** Split quotes: a quote without a cue of its own takes the speaker of the paragraph's other quotes. */
function inheritSpeakers(quotes: Found[], previous: Found | undefined): void {
  for (let i = 0; i < quotes.length; i += 1) {
    const quote = quotes[i]!;
    if (quote.speaker !== undefined || quote.kind !== 'direct') continue;
    const before = quotes
      .slice(0, i)
      .reverse()
      .find((q) => q.speaker !== undefined && q.kind === 'direct');
    const after = quotes.slice(i + 1).find((q) => q.speaker !== undefined && q.kind === 'direct');
    const source = before ?? after;
    if (source?.speaker !== undefined) {
      quote.speaker = { name: source.speaker.name };
      if (source.speaker.entityId !== undefined) quote.speaker.entityId = source.speaker.entityId;
    } else if (
      i === 0 &&
      previous?.speaker !== undefined &&
      previous.unclosed &&
      previous.paragraph === quote.paragraph - 1
    ) {
      // A paragraph that opens with a quote after one whose quote ran on unclosed continues that quote.
      quote.speaker = { name: previous.speaker.name };
      if (previous.speaker.entityId !== undefined) quote.speaker.entityId = previous.speaker.entityId;
    }
  }
}

/** Reported speech: "X said (that) …", "X told Y that …", "according to X, …" without quote marks. */
function findReported(ctx: Context, articleId: string, sentences: Span[], direct: Found[]): Quote[] {
  const { text } = ctx;
  const out: Quote[] = [];
  let p = 0;
  let d = 0;
  for (const sentence of sentences) {
    while (p < ctx.paragraphs.length && ctx.paragraphs[p]!.end <= sentence.start) p += 1;
    while (d < direct.length && direct[d]!.close < sentence.start) d += 1;
    const body = text.slice(sentence.start, sentence.end);
    const found = reportedIn(ctx, body, sentence.start, p);
    if (found === undefined) continue;
    const content = trimReported(text, found.content.start, found.content.end);
    if (content === undefined || /[“”"]/.test(text.slice(content.start, content.end))) continue;
    const overlaps = direct.slice(d).some((q) => q.open < content.end && q.close > content.start);
    if (overlaps) continue;
    if (text.slice(content.start, content.end).split(/\s+/).length < 4) continue;
    out.push(toQuote(articleId, content, 'reported', found.speaker, found.cue));
  }
  return out;
}

function reportedIn(
  ctx: Context,
  body: string,
  offset: number,
  paragraph: number,
): { speaker: Speaker; cue: Range; content: Range } | undefined {
  const leading = ACCORDING_TO_LEADING.exec(body);
  if (leading !== null) {
    const rest = body.slice(leading[0].length);
    const inner = reportedIn(ctx, rest, offset + leading[0].length, paragraph);
    if (inner !== undefined) return inner;
    const name = leading[1] ?? '';
    return {
      speaker: namedSpeaker(ctx, name, offset + 'According to '.length),
      cue: { start: offset, end: offset + 'According to'.length },
      content: { start: offset + leading[0].length, end: offset + body.length },
    };
  }
  for (const w of body.matchAll(/[\p{L}][\p{L}.’'-]*/gu)) {
    const at = offset + (w.index ?? 0);
    const subject = ctx.subjectAt(at, paragraph);
    if (subject === undefined || RELATIVE_BEFORE.test(ctx.text.slice(Math.max(offset, at - 12), at))) continue;
    const rest = ctx.text.slice(subject.end, offset + body.length);
    const verb = REPORTED_AFTER_SUBJECT.exec(rest);
    if (verb === null) continue;
    const verbEnd = subject.end + verb[0].length;
    const verbStart = verbEnd - (verb[2]?.length ?? 0);
    const after = ctx.text.slice(verbEnd, offset + body.length);
    const that = REPORTED_ASIDE_THAT.exec(after) ?? REPORTED_WORDS_THAT.exec(after);
    let contentStart: number;
    if (that !== null) contentStart = verbEnd + that[0].length;
    else if (REPORTED_DIRECT.test(after) && REPORTED_VERB_BARE.test(verb[2] ?? '')) {
      contentStart = verbEnd + (/^\s*/.exec(after)?.[0].length ?? 0);
    } else continue;
    return {
      speaker: subject.speaker,
      cue: { start: verbStart, end: verbEnd },
      content: { start: contentStart, end: offset + body.length },
    };
  }
  const trailing = ACCORDING_TO_TRAILING.exec(body);
  if (trailing !== null) {
    const cueStart = offset + trailing.index + trailing[0].indexOf('according');
    return {
      speaker: namedSpeaker(ctx, trailing[1] ?? '', cueStart + 'according to '.length),
      cue: { start: cueStart, end: cueStart + 'according to'.length },
      content: { start: offset, end: offset + trailing.index },
    };
  }
  return undefined;
}

function namedSpeaker(ctx: Context, name: string, at: number): Speaker {
  const mention = ctx.index.mentions.find((m) => m.start >= at && m.end <= at + name.length && m.type !== 'place');
  if (mention !== undefined) return ctx.speakerOf(mention, { start: mention.start, end: mention.end });
  return { name: name.trim(), mention: ctx.span({ start: at, end: at + name.trimEnd().length }) };
}

function trimReported(text: string, start: number, end: number): Range | undefined {
  let e = end;
  while (e > start && /[\s.!?;:]/.test(text[e - 1]!)) e -= 1;
  let s = start;
  while (s < e && /\s/.test(text[s]!)) s += 1;
  return e > s ? { start: s, end: e } : undefined;
}
