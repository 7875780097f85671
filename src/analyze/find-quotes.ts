/** Direct, partial and reported quotes with their speaker (by name, pronoun, role or group) and cue. */
import { hashId } from '../core/ids.js';
import type { Quote, Span, Speaker } from '../core/model.js';
import {
  QUOTE_CUE_WINDOW,
  QUOTED_TITLE_AFTER_CUE_MAX_WORDS,
  QUOTED_TITLE_MAX_WORDS,
  SCARE_QUOTE_MAX_WORDS,
} from '../core/config.js';
import type { EntityIndex } from './find-entities.js';
import { nounCues } from './find-noun-cues.js';
import { isKnowingCue, NOT_A_STATEMENT, statementReason } from './is-statement.js';
import { PERSON_ROLE_HEADS } from './lexicon.js';
import type { Token } from './nlp.js';
import { SpeakerContext } from './find-speaker.js';
import { clauseHolder, subjectBefore, unparsedSubject } from './find-subject.js';
import { type Candidate, stanceCues } from './find-stance-cues.js';
import { ADDRESSEE_VERB, skipAddressee } from './skip-addressee.js';
import {
  ABBREVIATION,
  ACCORDING_TO_ANYWHERE,
  ACCORDING_TO_LEADING,
  ATTITUDE_VERB,
  STANCE_VERB,
  SUBORDINATE_OPENING,
  RELATIVE_ASIDE_CUE,
  MAIN_PREDICATE_AFTER_COMMA,
  SUBJECT_ONLY_CUE,
  HEADLINE_ATTRIBUTION,
  MID_SENTENCE_CUE,
  NAMING_VERB,
  REFUSAL_CUE,
  REPORTING_VERB_TEST,
  NOUN_AFTER,
  NOUN_BEFORE,
  NOUN_LIKE_REPORTED,
  OBJECT_CLAUSE_END,
  OBJECT_ENDS,
  PLURAL_NOUN_BEFORE,
  SHORT_OBJECT,
  UNPARSED_SUBJECT_BLOCK,
  ACCORDING_TO_TRAILING,
  AFTER_QUOTE_LEAD,
  ANY_VERB_FIRST,
  ASKED_BY,
  SUBJECT_THEN_ANY_VERB,
  CUE_BEFORE_QUOTE,
  CUE_ENDS_PARAGRAPH,
  COORDINATED_VERB_BEFORE,
  NAME_LABEL,
  QUOTE_CUE_VERB_ANYWHERE,
  TRANSCRIPT_TURN,
  DASH_ATTRIBUTION,
  PARTIAL_CUE,
  PARTICIPLE_BEFORE_QUOTE,
  POSSESSIVE_BEFORE,
  PARTICIPLE_CUE,
  PASSIVE_BEFORE,
  REPORTED_ASIDE_THAT,
  REPORTED_DIRECT,
  REPORTED_TRAILING,
  REPORTED_PARENTHETICAL,
  REPORTED_VERB_ANYWHERE,
  REPORTED_VERB_BARE,
  REPORTED_WORDS_THAT,
  SPEAKER_PHRASE_STOP,
  SUBJECT_THEN_VERB,
  VERB_FIRST,
} from './patterns.js';
import type { Range } from './split-sentences.js';

/** A coordinating conjunction the content was cut after (the next verb of the same subject was cut away). */
/** After a stance word used as a noun: the preposition that opens its object ("support for", "opposition to"). */
const NOUN_CUE_OBJECT = /^\s+(?:for|of|to|from|with|against|on)\b/;
/** Plural heads of people that may label what they say ("Officials:", "Critics:"). */
const PEOPLE_PLURAL =
  /^(?:officials|critics|supporters|opponents|voters|residents|experts|analysts|aides|advisers|advisors|lawmakers|democrats|republicans|sources|people|witnesses|protesters|activists|leaders|members|staffers)$/;
/** A copula or auxiliary: a word that makes the words around it a clause. */
const FINITE_AUXILIARY = /\b(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|does|did)\b/;
const DANGLING_COORDINATOR = /,?\s+(?:and|but|or|yet)\s*$/u;
/** ", but he stars …", ", but they are …": a contrast clause in the plain present with a pronoun subject. */
const NARRATOR_CONTRAST =
  /,\s+(?:but|yet)\s+(?:(?:he|she|it)\s+(?:(?:also|still|now)\s+)?(?:is|has|does|\p{Ll}{2,}[^s\s’']s)|they\s+(?:(?:also|still|now)\s+)?(?:are|have|do))\b/u;
/** A content opening on a pronoun or name and a shifted or future tense ("he’ll steer", "she would", "he was"). */
const SHIFTED_TENSE_OPENING =
  /^(?:(?:he|she|they|it|we|I)(?:[’']ll|[’']d)|(?:he|she|they|it|we|I|\p{Lu}\p{Ll}+)\s+(?:(?:also|still|never|not)\s+)?(?:would|will|could|might|was|were|had|\p{Ll}{2,}ed)\b)/u;
/** Before "that": a noun of saying or news the clause belongs to ("to claims that", "amid reports that"). */
const NOUN_OWNS_THAT = new RegExp(
  `\\b(?:${['claims', 'reports', 'allegations', 'accusations', 'charges', 'rumou?rs', 'suggestions', 'speculation', 'assertions', 'complaints', 'criticism', 'news', 'word'].join('|')})\\s+that\\s+$`,
);
/** After a verb: a day, a time or a manner adverb, then "that" ("on Tuesday that", "last week that", "publicly that"). */
const TIME_THEN_THAT =
  /^\s+(?:(?:(?:on|last|this|earlier|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|afternoon|evening|weekend)|again|publicly|privately|repeatedly|recently|previously|earlier|later|also)\s+that\s+/;
/** " and joked about", " and later said": a past speech verb coordinated with the cue, sharing its subject. */
const SPEAKERS_NEXT_ACT =
  /\s+and\s+(?:(?:also|later|then)\s+)?(?:said|added|joked|noted|claimed|vowed|promised|threatened|urged|warned|argued|insisted|accused|criticized|criticised|praised|blamed|dismissed|boasted|bragged)\b/u;
/** A content opening on a clause in the plain present ("newspapers are", "he has", "the plan does"). */
const PRESENT_OPENING = /^(?:[\p{L}’'-]+\s+){1,4}(?:is|are|has|have|does|do|can)\b/u;
const OPENERS = new Set(['“', '„', '«', '"']);
const CLOSER_OF: Record<string, string> = { '“': '”', '„': '“', '«': '»', '"': '"' };
/**
 * Before an -ing cue that is a verb of its clause: a form of "be" ("is thanking"), a comma (", acknowledging …"), a
 * conjunction or adverb ("while citing", "often citing"), adverbs allowed between.
 */
/** A finite verb after a few words of object, before any comma: the -ing phrase before it was the subject. */
const MAIN_VERB_AFTER_OBJECT =
  /^[^,;:“”"]{1,60}?\s(?:is|are|was|were|does|did|has|had|will|would|can|could|makes|made)\s/;
/** Up to the comma that closes an aside and opens a "that" clause. */
const ASIDE_BEFORE_THAT = /^[^,.;:“”"]{1,80},\s+that\s/;
const CUE_ING_BEFORE =
  /(?:\b(?:is|are|was|were|am|be|been|'s|’s|'re|’re|while|when|after|before|by|as|in|of|for|about|without|from|and|or|then|also|still|not|already|even|just|now|again|n't|n’t)\s+|,\s*|\p{Ll}+ly\s+)(?:\p{Ll}+ly\s+)*$/u;
/** A capitalised word and lower-case ones before a comma: an opening adverbial ("After all,", "In fact,"). */
const OPENING_ADVERBIAL = /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){1,2},\s/u;
/** Words a writer adds between a quote and its cue ("…,'' like the recent volatility of markets, said X") are this short. */
const QUOTE_ADDITION_MAX_CHARS = 100;
/** -ing forms of saying that govern a clause even after a noun (not "acknowledging", a stance a noun can hold). */
const SAYING_AFTER_NOUN = /^(?:saying|telling|arguing|claiming|insisting|warning|noting|suggesting|predicting)$/;
/** A personal pronoun alone before a cue. */
const PRONOUN_OPENING = /^(?:he|she|they|we|I)\s+$/;
/** After a cue verb: nothing more of its clause but a time ("He said on Tuesday."), so the cue closes its sentence. */
const CUE_CLOSES_SENTENCE =
  /^(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|later|afterward|then|again))?\s*(?:[.,;:!?“"]|$)/;
/** A word that may be a plural noun, used as a verb since "that" follows ("Footage from the game shows that …"). */
const VERB_BEFORE_THAT = /^(?:shows|finds|notes)\s+that\s/;
/** Reported content shorter than this many words is not a statement ("he said so"). */
const REPORTED_MIN_WORDS = 3;

interface Found {
  open: number;
  inner: number;
  close: number;
  after: number;
  content: Range;
  paragraph: number;
  unclosed: boolean;
  /** The quote is its paragraph's whole text (a paragraph-long quote continues the speaker before it). */
  wholeParagraph: boolean;
  kind: 'direct' | 'partial';
  speaker?: Speaker;
  cue?: Range;
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
  tokens: Token[] = [],
): Quote[] {
  const ctx = new SpeakerContext(text, articleId, paragraphs, index, tokens);
  const found: Found[] = [];
  let s = 0;
  for (let p = 0; p < paragraphs.length; p += 1) {
    const paragraph = paragraphs[p]!;
    const inParagraph: Found[] = [];
    const marks = scanMarks(text, paragraph);
    for (const mark of marks) ctx.markQuoted({ start: mark.open, end: mark.after });
    for (const mark of marks) {
      while (s < sentences.length && sentences[s]!.end <= mark.open) s += 1;
      const sentenceStart = Math.max(paragraph.start, Math.min(sentences[s]?.start ?? paragraph.start, mark.open));
      const content = trimContent(text, mark.inner, mark.close);
      if (content === undefined) continue;
      const prefix = text.slice(sentenceStart, mark.open);
      const kind = isDirect(prefix, text, content) ? 'direct' : 'partial';
      const unclosed = mark.close >= paragraph.end;
      const wholeParagraph = mark.open === paragraph.start && /^[\s.,]*$/.test(text.slice(mark.after, paragraph.end));
      const quote: Found = { ...mark, content, paragraph: p, kind, unclosed, wholeParagraph };
      attribute(ctx, quote, prefix, sentenceStart, paragraph);
      inParagraph.push(quote);
    }
    inheritSpeakers(inParagraph, found.at(-1));
    for (const quote of inParagraph) if (quote.speaker?.entityId !== undefined) ctx.lastSpeaker = quote.speaker;
    found.push(...inParagraph);
  }
  const quotes: Quote[] = found.map((q) => {
    const reason = scareReason(text, q);
    const quote = toQuote(articleId, q.content, reason === undefined ? q.kind : 'scare', q.speaker, q.cue);
    if (reason !== undefined) quote.reason = reason;
    return quote;
  });
  for (const quote of findReported(ctx, articleId, sentences, found)) {
    const reason = statementReason(tokens, quote.text, text, quote.cue);
    if (reason !== undefined) quote.reason = reason;
    quotes.push(quote); // no spread: may be 100k+
  }
  quotes.sort((a, b) => a.text.start - b.text.start || a.text.end - b.text.end);
  givePartialsTheirStatement(quotes);
  return quotes;
}

/**
 * Quoted words inside reported speech are that speech's words, whatever cue they were found under: "Mr. Vega …
 * complained that bringing charges so close to the election would effectively deliver a “solidly Republican” House
 * seat" are Vega's, not those of Hillary Clinton, named earlier in the sentence; "… have told Fox News amounted to a
 * “cry for help.”" after "Clinton said she had no knowledge of the warning which …" is the report's. The innermost
 * report holding the partial quote gives its speaker and cue; a report under the partial's own cue also gives its
 * reason when the cue does not assert its content (asked whether, referring to …). `quotes` is sorted by start.
 */
function givePartialsTheirStatement(quotes: Quote[]): void {
  let open: Quote[] = [];
  for (const quote of quotes) {
    open = open.filter((report) => report.text.end + 1 >= quote.text.start);
    if (quote.kind === 'partial') {
      const sameCue = (report: Quote) => report.cue !== undefined && report.cue.start === quote.cue?.start;
      // A report that is no statement holds only the partials of its own cue.
      const holder = open.findLast(
        (report) =>
          report.text.end + 1 >= quote.text.end &&
          (sameCue(report) || (report.reason === undefined && report.speaker !== undefined)),
      );
      const own = holder !== undefined && sameCue(holder);
      if (holder?.speaker !== undefined) {
        quote.speaker = holder.speaker;
        if (holder.cue !== undefined) quote.cue = holder.cue;
      }
      if (own && holder.reason !== undefined && holder.reason !== NOT_A_STATEMENT) quote.reason = holder.reason;
    }
    if (quote.kind === 'reported') open.push(quote);
  }
}

/**
 * Why quoted words inside the writer's sentence are no one's speech, if they are not: no speaker at all, or no
 * speech cue and only a short phrase ('“collateral damage”') or a title ('“Meet the Press”'). PolNeAR's gold gives
 * such spans no attribution (dev, all articles: direct-quote precision 0.550 → 0.608, recall 0.984 → 0.964).
 */
function scareReason(text: string, quote: Found): string | undefined {
  // A short direct quote with no cue and no speaker is a name or a slogan ("Orange Is the New Black"), not speech.
  if (quote.kind === 'direct' && quote.speaker === undefined && !quote.unclosed) {
    const words = text.slice(quote.content.start, quote.content.end).split(/\s+/).length;
    if (words <= SCARE_QUOTE_MAX_WORDS) return 'a short quoted phrase with no speech cue and no speaker';
  }
  if (quote.kind === 'direct' && isWorkTitle(text, quote)) return 'a quoted title after the work it names';
  if (quote.kind !== 'partial') return undefined;
  if (quote.speaker === undefined) return 'quoted words with no speech cue and no speaker';
  if (isQuotedTitle(text.slice(quote.content.start, quote.content.end)))
    return 'a quoted title or name inside the sentence';
  if (NAMED_THING_AFTER.test(text.slice(quote.after, quote.after + 20)))
    return 'a quoted name of the thing named after it ("“cap and trade” legislation"), not speech';
  const prefix = text.slice(Math.max(0, quote.open - 60), quote.open);
  const before = NAMING_PARTICIPLE.exec(prefix);
  if (before !== null && !NOT_A_THING.test(before[1]!) && !WHAT_THEY_CALLED.test(prefix))
    return 'the name of a thing ("a charity called …"), not speech';
  if (quote.cue !== undefined) return undefined;
  const words = text.slice(quote.content.start, quote.content.end).split(/\s+/);
  if (words.length <= SCARE_QUOTE_MAX_WORDS) return 'a short quoted phrase with no speech cue';
  if (words.length <= QUOTED_TITLE_MAX_WORDS && words.every((w) => TITLE_WORD.test(w)))
    return 'a quoted title or name with no speech cue';
  return undefined;
}

/** Right after a quote, a noun the quoted words name: a law, a plan, a work ("“cap and trade” legislation"). */
const NAMED_THING_AFTER =
  /^\s+(?:legislation|bill|law|program|programme|policy|plan|act|rule|proposal|deal|agreement|strategy|doctrine|initiative|provision|tax|slogan|ad|advert|video|book|film|movie|show|song|hashtag)s?\b/u;

/**
 * "a charity called “Smiles for Life”", "a program known as “…”": a noun, then the participle that names it, then the
 * quote. Not "what he called “…”" or "the plan was called “…”": a pronoun or verb before it makes the words someone's.
 */
const NAMING_PARTICIPLE =
  /\b(\p{Ll}+)\s+(?:called|named|dubbed|titled|entitled|nicknamed|labeled|labelled|known\s+as)\s+$/u;
const NOT_A_THING =
  /^(?:he|she|they|we|i|you|it|what|who|whom|which|that|is|are|was|were|be|been|being|has|have|had|also|once|often|publicly|repeatedly)$/u;

/** "what multiple lawmakers called “fraud”": the words are the lawmakers'. */
const WHAT_THEY_CALLED = /\bwhat\s+(?:[\p{L}.'’-]+\s+){1,4}(?:called|named|dubbed|labeled|labelled)\s+$/u;

/**
 * Capitalised words quoted mid-sentence are a title or a name even after a cue ('said … on the PBS program “Charlie
 * Rose.”', 'on Fox News\' “On the Record with Greta Van Susteren.”'): at least two capitalised words, all words title
 * words, at most QUOTED_TITLE_AFTER_CUE_MAX_WORDS; a one-word answer ('said “No.”') stays a quote.
 */
function isQuotedTitle(quoted: string): boolean {
  const words = quoted.split(/\s+/);
  if (words.length > QUOTED_TITLE_AFTER_CUE_MAX_WORDS || !words.every((w) => TITLE_WORD.test(w))) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= 2;
}

/**
 * "He wrote in his memoir, “From Hope to Higher Ground,” that …": title-case words in apposition to a noun of a work
 * (a book, a show, a song) name it; they are not words said, though a cue stands nearby (BASIL 2015 af4a3f41).
 */
function isWorkTitle(text: string, quote: Found): boolean {
  const prefix = text.slice(Math.max(0, quote.open - 40), quote.open);
  return WORK_NOUN_BEFORE.test(prefix) && isQuotedTitle(text.slice(quote.content.start, quote.content.end));
}

/** A determiner or possessive, then a noun of a work and a comma, right before a quote. */
const WORK_NOUN_BEFORE =
  /\b(?:his|her|their|its|the|a|an|new|latest|first)\s+(?:[\p{Ll}-]+\s+)?(?:book|memoir|memoirs|novel|autobiography|film|movie|documentary|show|program|programme|series|album|song|play|essay|column|poem|podcast)s?,\s*$/u;

/** A word of a title: capitalised, a number, or a short function word ("Meet the Press", "Hawaii Five-0"). */
const TITLE_WORD = /^(?:[\p{Lu}\d]|(?:of|the|a|an|and|or|in|on|at|to|for|with|by|from)\b)/u;

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

/** A quote's marks: the opening mark at `open`, content from `inner`, the closing mark at `close` (its end `after`). */
interface Marks {
  open: number;
  inner: number;
  close: number;
  after: number;
}

/**
 * Quote marks of one paragraph; an unclosed quote ends with its paragraph. Besides “…”, "…", „…“ and «…»,
 * two apostrophes ('' … '') are a double quote mark, as in text converted from typewriter quotes.
 */
function scanMarks(text: string, paragraph: Range): Marks[] {
  const out: Marks[] = [];
  let open = -1;
  let inner = -1;
  let closer = '';
  // Curly quotes opened inside a straight one: their ” closes them, not the straight quote.
  let nested = 0;
  for (let i = paragraph.start; i < paragraph.end; i += 1) {
    const c = text[i]!;
    const twoApostrophes = c === "'" && text[i + 1] === "'";
    if (open >= 0) {
      // Mixed marks close a quote too ("…,” Graham said after a straight opening mark), as editors mix them.
      const straightOpened = closer === '"';
      if (straightOpened && c === '“') {
        nested += 1;
      } else if (straightOpened && c === '”' && nested > 0) {
        nested -= 1;
      } else if (
        closer === "''"
          ? twoApostrophes
          : c === closer || (closer === '”' && c === '"') || (straightOpened && c === '”')
      ) {
        out.push({ open, inner, close: i, after: i + closer.length });
        i += closer.length - 1;
        open = -1;
        nested = 0;
      } else if (c === '“' && closer === '”') {
        open = i;
        inner = i + 1;
      }
    } else if (twoApostrophes) {
      if (/[\p{L}\d]/u.test(text[i - 1] ?? ' ')) {
        i += 1;
        continue;
      }
      open = i;
      inner = i + 2;
      closer = "''";
      i += 1;
    } else if (OPENERS.has(c)) {
      if (c === '"' && /[\p{L}\d]/u.test(text[i - 1] ?? ' ') && !/[\p{L}]/u.test(text[i + 1] ?? ' ')) continue;
      open = i;
      inner = i + 1;
      closer = CLOSER_OF[c] ?? '”';
    }
  }
  if (open >= 0) out.push({ open, inner, close: paragraph.end, after: paragraph.end });
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

/** Attribute a quote: a dash by-line, a cue after it (`,” Rutte said`, `,” said Rutte`), a cue before it
 * (`He added: “`, also at the end of the paragraph before), else for a partial quote the sentence's person. */
function attribute(ctx: SpeakerContext, quote: Found, prefix: string, sentenceStart: number, paragraph: Range): void {
  const { text } = ctx;
  if (attributeAsker(ctx, quote, prefix, sentenceStart)) return;
  if (!quote.unclosed && (attributeAfter(ctx, quote, paragraph) || attributeDash(ctx, quote))) return;
  let cueText = prefix;
  let cueFrom = sentenceStart;
  if (prefix.trim() === '' && quote.paragraph > 0) {
    const previous = ctx.paragraphs[quote.paragraph - 1]!;
    const tail = Math.max(previous.start, previous.end - 240);
    if (CUE_ENDS_PARAGRAPH.test(text.slice(tail, previous.end))) {
      cueFrom = lastSentenceStart(text, previous, tail);
      cueText = text.slice(cueFrom, previous.end);
    }
  }
  // The cue nearest the quote first: in "When asked if …, Netanyahu responded, “…”" the leading "asked" has no
  // subject of its own, and "responded" is the quote's cue.
  for (const before of cuesBeforeQuote(cueText)) {
    const verbStart = cueFrom + before.index;
    // A verb coordinated with another has the first one's subject ("Mrs. Clinton shook her head and said, ''No.''").
    const found =
      subjectBefore(ctx, cueFrom, verbStart)?.speaker ??
      (COORDINATED_VERB_BEFORE.test(text.slice(cueFrom, verbStart))
        ? clauseHolder(ctx, cueFrom, verbStart)
        : undefined);
    if (found !== undefined) {
      quote.speaker = found;
      quote.cue = { start: verbStart, end: verbStart + before.verb.length };
      return;
    }
  }
  if (attributeLabel(ctx, quote, prefix, sentenceStart)) return;
  // "Clinton riffed on the incident, telling the crowd, “…”": a participle shares its clause's subject.
  const participle = PARTICIPLE_BEFORE_QUOTE.exec(prefix);
  if (participle !== null) {
    const verbStart = sentenceStart + participle.index;
    const found = clauseHolder(ctx, sentenceStart, verbStart);
    if (found !== undefined) {
      quote.speaker = found;
      quote.cue = { start: verbStart, end: verbStart + (participle[1]?.length ?? 0) };
      return;
    }
  }
  // "Clinton’s response was: “…”", "Trump issued a statement: “…”": a colon hands the quote to its clause's holder.
  const colon = prefix.trimEnd();
  if (quote.kind === 'direct' && colon.endsWith(':') && colon.length > 1) {
    const colonAt = sentenceStart + colon.length - 1;
    const found = clauseHolder(ctx, sentenceStart, colonAt);
    if (found !== undefined) {
      quote.speaker = found;
      quote.cue = { start: colonAt, end: colonAt + 1 };
      return;
    }
  }
  if (quote.kind === 'partial') {
    let cue: Range | undefined;
    for (const m of prefix.matchAll(PARTIAL_CUE))
      cue = { start: sentenceStart + (m.index ?? 0), end: sentenceStart + (m.index ?? 0) + m[0].length };
    // The words are the cue verb's subject's ("Dean Johnson … says Cruz will “leave here with momentum”"): a
    // person named after the verb is inside what was said; with no cue verb, the nearest clause's person holds them.
    const found =
      cue === undefined
        ? clauseHolder(ctx, sentenceStart, quote.open)
        : (subjectBefore(ctx, sentenceStart, cue.start)?.speaker ?? clauseHolder(ctx, sentenceStart, cue.start));
    if (found !== undefined) {
      quote.speaker = found;
      if (cue !== undefined) quote.cue = cue;
    }
  }
}

/**
 * The speech verbs that can introduce a quote from the end of its prefix ("Rutte said, ", "he added: "), nearest the
 * quote first; a prefix with none ends a paragraph with a cue and a colon, or gives nothing.
 */
function cuesBeforeQuote(prefix: string): { index: number; verb: string }[] {
  const found: { index: number; verb: string }[] = [];
  for (let from = 0; from < prefix.length; ) {
    const m = CUE_BEFORE_QUOTE.exec(prefix.slice(from));
    if (m === null) break;
    found.push({ index: from + m.index, verb: m[1] ?? '' });
    from += m.index + Math.max(1, m[1]?.length ?? 0);
  }
  if (found.length === 0) {
    const m = CUE_ENDS_PARAGRAPH.exec(prefix);
    if (m !== null) found.push({ index: m.index, verb: m[1] ?? '' });
  }
  return found.reverse();
}

/**
 * A speaker label: a transcript turn inside the quote ("PENCE: Well, look, …") or a name and a colon before it
 * ("Rep. Trey Gowdy (R-S.C.):" then the quote). The label's words are the speaker's mention.
 */
function attributeLabel(ctx: SpeakerContext, quote: Found, prefix: string, sentenceStart: number): boolean {
  const { text } = ctx;
  const turn = TRANSCRIPT_TURN.exec(text.slice(quote.content.start, quote.content.end));
  if (turn !== null) {
    const at = quote.content.start;
    const name = turn[1] ?? '';
    quote.speaker = { name, mention: ctx.span({ start: at, end: at + name.length }) };
    quote.cue = { start: at + name.length, end: at + name.length + 1 };
    return true;
  }
  const label = NAME_LABEL.exec(prefix);
  if (label === null) return false;
  const at = sentenceStart + label.index + (label[0].length - label[0].trimStart().length);
  const found = ctx.phraseSpeaker({ start: at, end: at + (label[1]?.length ?? 0) });
  if (found === undefined || found.kind === 'group') return false;
  quote.speaker = found.speaker;
  const colon = sentenceStart + prefix.lastIndexOf(':');
  quote.cue = { start: colon, end: colon + 1 };
  return true;
}

/** "Asked by X, “…?”": the question is X's, whoever answers after it. */
function attributeAsker(ctx: SpeakerContext, quote: Found, prefix: string, sentenceStart: number): boolean {
  const asked = ASKED_BY.exec(prefix);
  if (asked === null) return false;
  const at = sentenceStart + asked.index + asked[0].indexOf(asked[1] ?? '');
  const found = ctx.phraseSpeaker({ start: at, end: at + (asked[1]?.length ?? 0) });
  if (found === undefined) return false;
  const cueAt = sentenceStart + asked.index;
  quote.speaker = found.speaker;
  quote.cue = { start: cueAt, end: cueAt + 'asked by'.length };
  return true;
}

/** `,” Rutte said` / `,” said Rutte, the NATO chief` / `?” she asked`: the cue right after the closing mark. */
function attributeAfter(ctx: SpeakerContext, quote: Found, paragraph: Range): boolean {
  const { text } = ctx;
  const at = quote.after + (AFTER_QUOTE_LEAD.exec(text.slice(quote.after, quote.after + 4))?.[0].length ?? 0);
  const stop = clauseEnd(text, at, Math.min(paragraph.end, at + QUOTE_CUE_WINDOW));
  if (stop <= at) return false;
  // After a quote that ends its sentence, an opening adverbial and its comma start the next one ("…?” After all, he
  // said, “…”): the cue there is the next quote's (BASIL 2011: the chief justice's question went to the lawyer).
  if (/[.?!]\s*$/.test(text.slice(quote.inner, quote.close)) && OPENING_ADVERBIAL.test(text.slice(at, stop)))
    return false;
  if (cueAt(ctx, quote, at, stop, true) || anyVerbAfterComma(ctx, quote, at, stop)) return true;
  // Words the writer adds to the quote come before the cue ("''…,'' like the recent volatility of markets, said
  // Richard Curtin", "”… jail time” for criminal behavior, she said"): the cue follows their comma.
  const window = text.slice(at, stop);
  const verb = QUOTE_CUE_VERB_ANYWHERE.exec(window);
  if (verb === null) return false;
  const comma = window.slice(0, verb.index).lastIndexOf(', ');
  if (comma <= 0 || comma > QUOTE_ADDITION_MAX_CHARS || /[.!?;:]/.test(window.slice(0, comma))) return false;
  return cueAt(ctx, quote, at + comma + 2, stop, false);
}

/** The cue after a quote starting at `at`: verb first (", said Rutte") or subject first (", Rutte said"). */
function cueAt(ctx: SpeakerContext, quote: Found, at: number, stop: number, rightAfter: boolean): boolean {
  const { text } = ctx;
  const window = text.slice(at, stop);
  const verbFirst = VERB_FIRST.exec(window);
  if (verbFirst !== null) {
    const verbStart = at + verbFirst.index + verbFirst[0].length - (verbFirst[1]?.length ?? 0);
    const phraseStart = at + verbFirst[0].length;
    const rest = text.slice(phraseStart, stop);
    const cut = SPEAKER_PHRASE_STOP.exec(rest);
    const found = ctx.phraseSpeaker({ start: phraseStart, end: cut === null ? stop : phraseStart + cut.index });
    if (found !== undefined) {
      quote.speaker = found.speaker;
      quote.cue = { start: verbStart, end: verbStart + (verbFirst[1]?.length ?? 0) };
      return true;
    }
  }
  // After a quote that ends its own sentence ("… home run.”), a capitalised clause starts a new statement.
  const endsSentence = /[.]\s*$/.test(text.slice(quote.inner, quote.close));
  if (rightAfter && endsSentence && /^\p{Lu}/u.test(window) && !/^(?:He|She)\s/.test(window)) return false;
  const subjectThenVerb = SUBJECT_THEN_VERB.exec(window);
  if (subjectThenVerb === null) return false;
  const verbStart = at + subjectThenVerb[0].length - (subjectThenVerb[2]?.length ?? 0);
  // "… is “ongoing.” He said the FBI has not …": after a quote that ends its sentence, "He said" opens a sentence of
  // its own when a clause follows the verb; it is the quote's cue only when it closes ("“… win.” He said.").
  const verbEnd = verbStart + (subjectThenVerb[2]?.length ?? 0);
  if (rightAfter && endsSentence && !CUE_CLOSES_SENTENCE.test(text.slice(verbEnd, verbEnd + 40))) return false;
  const found = ctx.phraseSpeaker({ start: at, end: at + (subjectThenVerb[1]?.length ?? 0) });
  if (found === undefined || (!rightAfter && found.kind === 'group')) return false;
  quote.speaker = found.speaker;
  quote.cue = { start: verbStart, end: cueEnd(text, verbStart + (subjectThenVerb[2]?.length ?? 0), stop) };
  return true;
}

/**
 * A quote that closes on a comma is followed by its attribution, whatever the verb (",” Toomey fumed on Tuesday",
 * ",” exhorted Clinton's introducer, actress Jamie Lee Curtis"): a speaker phrase beside any past-tense verb.
 */
function anyVerbAfterComma(ctx: SpeakerContext, quote: Found, at: number, stop: number): boolean {
  const { text } = ctx;
  if (quote.kind !== 'direct' || !/,\s*$/.test(text.slice(quote.inner, quote.close))) return false;
  const window = text.slice(at, stop);
  const verbFirst = ANY_VERB_FIRST.exec(window);
  if (verbFirst !== null) {
    const verbStart = at + verbFirst[0].length - (verbFirst[1]?.length ?? 0);
    const phraseStart = at + verbFirst[0].length;
    const cut = SPEAKER_PHRASE_STOP.exec(text.slice(phraseStart, stop));
    const found = ctx.phraseSpeaker({ start: phraseStart, end: cut === null ? stop : phraseStart + cut.index });
    if (found !== undefined) {
      quote.speaker = found.speaker;
      quote.cue = { start: verbStart, end: verbStart + (verbFirst[1]?.length ?? 0) };
      return true;
    }
  }
  const subjectFirst = SUBJECT_THEN_ANY_VERB.exec(window);
  if (subjectFirst === null) return false;
  const found = ctx.phraseSpeaker({ start: at, end: at + (subjectFirst[1]?.length ?? 0) });
  if (found === undefined) return false;
  const verbStart = at + subjectFirst[0].length - (subjectFirst[2]?.length ?? 0);
  quote.speaker = found.speaker;
  quote.cue = { start: verbStart, end: verbStart + (subjectFirst[2]?.length ?? 0) };
  return true;
}

/** `” ― Steve Quinlan`: a reader comment's by-line. */
function attributeDash(ctx: SpeakerContext, quote: Found): boolean {
  const dash = DASH_ATTRIBUTION.exec(ctx.text.slice(quote.after, quote.after + 80));
  if (dash === null) return false;
  const nameStart = quote.after + dash[0].length - (dash[1]?.length ?? 0);
  const found = ctx.phraseSpeaker({ start: nameStart, end: quote.after + dash[0].length });
  if (found === undefined) return false;
  quote.speaker = found.speaker;
  const dashAt = quote.after + dash[0].search(/[―—–]/);
  quote.cue = { start: dashAt, end: dashAt + 1 };
  return true;
}

/** Where a clause after a quote ends: the next quote mark or sentence end (initials and abbreviations do not end it). */
function clauseEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i += 1) {
    const c = text[i]!;
    if (c === '“' || c === '"' || c === '”' || (c === "'" && text[i + 1] === "'")) return i;
    if ((c === '.' || c === '!' || c === '?' || c === ';') && /\s/.test(text[i + 1] ?? ' ')) {
      if (c === '.') {
        const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(from, i - 6), i + 1))?.[0] ?? '';
        ABBREVIATION.lastIndex = 0;
        if (word !== '' && ABBREVIATION.exec(word)?.[0] === word) continue;
      }
      return i;
    }
  }
  return limit;
}

function lastSentenceStart(text: string, paragraph: Range, from: number): number {
  let start = Math.max(paragraph.start, from);
  for (const m of text.slice(start, paragraph.end).matchAll(/[.!?]["”’']*\s+(?=\p{Lu})/gu)) {
    start = Math.max(paragraph.start, from) + (m.index ?? 0) + m[0].length;
  }
  return start;
}

/** The cue phrase runs to the end of its clause when that is short ("told the German Press Agency (dpa) on Friday"). */
function cueEnd(text: string, verbEnd: number, limit: number): number {
  const rest = text.slice(verbEnd, limit);
  const stop = rest.search(/[.,;:!?“”"](?!\w)/);
  const clause = stop < 0 ? rest : rest.slice(0, stop);
  if (clause.trim() === '' || clause.length > 60 || /\bthat\b/.test(clause)) return verbEnd;
  return verbEnd + clause.trimEnd().length;
}

/**
 * A reporting-verb form that is as often a plural noun is the noun after a determiner or, for "states", a comma: "Massachusetts
 * and Vermont, states that vote on March 1", "two states that have crucial Senate races" (no one states anything).
 */
function isPluralNoun(text: string, start: number, at: number, word: string): boolean {
  const before = text.slice(Math.max(start, at - 20), at);
  // After a comma only "states" (an appositive to place names); ", shows" follows an aside as a verb ("A review of
  // records, first reported by Fox News, shows …").
  return (
    NOUN_LIKE_REPORTED.test(word) && (PLURAL_NOUN_BEFORE.test(before) || (word === 'states' && /,\s+$/.test(before)))
  );
}
/**
 * A label before a colon that can speak when it names no entity: a transcript's turn ("Q", "A", "KATE BOULDUAN") or a short phrase
 * headed by people ("Officials:", "Campaign aides:"). "The Latest:", "Poll:", "Editor’s note:", "The result:" head
 * headlines and notes: on PolNeAR dev they gave 54 false attributions against 12 real ones (session 9).
 */
function isPeopleLabel(label: string): boolean {
  const words = label.trim().split(/\s+/);
  if (words.length > 4) return false;
  // A transcript names its speakers in capitals ("KATE BOULDUAN:", "PENCE:").
  if (/^[QA]$/.test(label.trim()) || /^\p{Lu}[\p{Lu}\s.'’-]+$/u.test(label.trim())) return true;
  const head = (words.at(-1) ?? '').toLowerCase();
  return PERSON_ROLE_HEADS.has(head) || PERSON_ROLE_HEADS.has(head.replace(/s$/, '')) || PEOPLE_PLURAL.test(head);
}

/** A verb after a comma whose subject cannot follow it: "told", or "said" right before its clause's pronoun or "that". */
function subjectNotAfter(text: string, verb: string, verbEnd: number): boolean {
  if (ADDRESSEE_VERB.test(verb)) return true;
  return (
    /^(?:said|says|added|wrote)$/.test(verb) &&
    /^\s+(?:that|he|she|they|it|we|I)\s/.test(text.slice(verbEnd, verbEnd + 7))
  );
}

/** Nothing, a comma or a quote before the verb: its speaker follows it (", said X"); "That said" is an idiom. */
function subjectAfterVerb(text: string, start: number, verbStart: number): boolean {
  const before = text.slice(Math.max(start, verbStart - 12), verbStart);
  return text.slice(start, verbStart).trim() === '' || UNPARSED_SUBJECT_BLOCK.test(before);
}

/**
 * The fewest words a cue's content may have: a stance may take a bare name ("endorsed Clinton") and a refusal
 * its two-word "to" complement ("declined to comment"); anything else shorter than a clause is no statement.
 */
function minContentWords(
  text: string,
  found: { weak?: boolean; needsPhrase?: boolean; cue: Range },
  body: string,
  content: Range,
): number {
  if (found.weak !== true || found.needsPhrase === true) return REPORTED_MIN_WORDS;
  if (/^\p{Lu}/u.test(body) && /^\p{Ll}/u.test(text[found.cue.start] ?? '')) return 1;
  if (/^to\s/.test(body) && REFUSAL_CUE.test(text.slice(found.cue.start, found.cue.end))) return 2;
  const end = content.start + text.slice(content.start, content.end).trimEnd().length;
  const whole = /[.,;:!?)"”’]$/.test(text.slice(content.start, end)) || OBJECT_ENDS.test(text.slice(end, end + 12));
  if (SHORT_OBJECT.test(body.trim()) && whole) return 2;
  return REPORTED_MIN_WORDS;
}

/** Split quotes: a quote without a cue of its own takes the speaker of the paragraph's other quotes; a
 * paragraph that is one quote continues the quote before it when that ran on unclosed or was a whole paragraph too. */
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
      quote.speaker = source.speaker;
    } else if (
      i === 0 &&
      previous?.speaker !== undefined &&
      previous.paragraph === quote.paragraph - 1 &&
      ((previous.kind === 'direct' && previous.unclosed) || (quote.wholeParagraph && quotes.length === 1))
    ) {
      quote.speaker = previous.speaker;
    }
  }
}

/** Reported speech: "X said (that) …", "X told Y that …", "according to X, …", "…, X said." without quote marks. */
function findReported(ctx: SpeakerContext, articleId: string, sentences: Span[], direct: Found[]): Quote[] {
  const { text } = ctx;
  const out: Quote[] = [];
  // Cues already taken by a quote, looked up in constant time (scanning every quote per sentence was quadratic).
  const takenCues = new Map<number, Found[]>();
  for (const q of direct)
    if (q.cue !== undefined) takenCues.set(q.cue.start, [...(takenCues.get(q.cue.start) ?? []), q]);
  let d = 0;
  for (const sentence of sentences) {
    while (d < direct.length && direct[d]!.after < sentence.start) d += 1;
    // The sentence's quotes' speakers, whom a participle or coordinated verb after them shares ("…,” the mayor
    // said, adding that …").
    const quoted: Candidate[] = [];
    for (let i = d; i < direct.length && direct[i]!.open < sentence.end; i += 1) {
      const q = direct[i]!;
      if (q.speaker !== undefined && q.cue !== undefined && q.cue.start >= sentence.start)
        quoted.push({ claimStart: q.cue.start, contentStart: q.content.start, cue: q.cue, speaker: q.speaker });
    }
    for (const found of reportedAll(ctx, sentence.start, sentence.end, quoted)) {
      const content = trimReported(text, found.content.start, found.content.end);
      if (content === undefined) continue;
      const body = text.slice(content.start, content.end);
      if (body.split(/\s+/).length < minContentWords(text, found, body, content)) continue;
      // A partial quote may sit inside reported speech ("says the candidate has “always run a lean campaign”").
      let overlaps = false;
      for (let i = d; i < direct.length && direct[i]!.open < content.end && !overlaps; i += 1) {
        const q = direct[i]!;
        overlaps = q.after > content.start && (q.kind === 'direct' || q.unclosed);
      }
      // One cue governs one attribution. Partial quotes inside the content are words of it ("said the goal was
      // not to “make America great again” but …"): the clause is the statement, the partials its exact words.
      const taking = takenCues.get(found.cue.start) ?? [];
      const nested = taking.every((q) => q.kind === 'partial' && q.open >= content.start && q.after <= content.end + 1);
      if (overlaps || !nested) continue;
      out.push(toQuote(articleId, content, 'reported', found.speaker, found.cue));
    }
  }
  return out;
}

interface Reported {
  speaker?: Speaker;
  /** A stance, hedge or noun cue: it neither cuts nor swallows a reporting verb's content. */
  weak?: boolean;
  /** Its content must be more than a bare name (see Candidate). */
  needsPhrase?: boolean;
  cue: Range;
  content: Range;
}

/** A cue of knowing right after a pronoun or short name that opens a report's content ("… confirmed he knew"). */
function knowingOpens(text: string, contentStart: number, cue: Range): boolean {
  return (
    isKnowingCue(text.slice(cue.start, cue.end)) && /^\s*(?:\S+\s+){1,3}$/.test(text.slice(contentStart, cue.start))
  );
}

/** A cue that is an -ing participle right after a comma (", saying …"): it has no subject of its own. */
function isParticipleAfterComma(text: string, sentenceStart: number, cue: Range): boolean {
  return (
    /ing$/.test(text.slice(cue.start, cue.end)) &&
    /,\s*$/.test(text.slice(Math.max(sentenceStart, cue.start - 3), cue.start))
  );
}

/** Every attribution in a sentence: one per cue, each content stopping where the next cue's clause begins. */
function reportedAll(ctx: SpeakerContext, start: number, end: number, quoted: Candidate[] = []): Reported[] {
  const old = reportedIn(ctx, start, end);
  const candidates: Candidate[] = [];
  if (old !== undefined) {
    // ", saying …" shares its clause's subject here too, as in moreCues: the name nearest the comma is the object
    // ("… took a swipe at CNN and MSNBC, saying that …" is the swiper's).
    const participle = isParticipleAfterComma(ctx.text, start, old.cue);
    candidates.push({
      ...(participle ? { sharesSubject: true } : {}),
      claimStart: participle ? old.cue.start : Math.min(old.cue.start, old.speaker?.mention?.start ?? old.cue.start),
      contentStart: old.content.start,
      ...(old.speaker === undefined ? {} : { speaker: old.speaker }),
      cue: old.cue,
      ...(old.content.end < end || old.content.start < old.cue.start ? { content: old.content } : {}),
      ...(/^according/i.test(ctx.text.slice(old.cue.start, old.cue.end)) ? { according: true } : {}),
    });
  }
  candidates.push(...moreCues(ctx, start, end), ...stanceCues(ctx, start, end), ...nounCues(ctx, start, end));
  candidates.sort((a, b) => a.claimStart - b.claimStart);
  shareSubjects(candidates, quoted);
  const out: Reported[] = [];
  // How far the cues taken so far reach: a later cue before that is part of an earlier claim. A weak cue (a stance, a
  // noun) covers only weak ones: a participle's report ("…, saying he plans to meet …") claims from its own cue, after
  // the stance nested in its content whose subject opens the sentence.
  let covered = -1;
  let coveredByStrong = -1;
  for (let i = 0; i < candidates.length; i += 1) {
    const c = candidates[i]!;
    if (c.cue.start < (c.weak === true ? covered : coveredByStrong) && c.content === undefined) continue;
    let content = c.content;
    if (content === undefined) {
      // A stance or noun cue inside a report's content is part of what was reported: it does not cut it.
      // Nor does a cue of knowing whose subject opens this content ("confirmed he knew about the cable"): what
      // was known is what the outer speaker reported.
      const cuts = (n: Candidate): boolean =>
        n.claimStart > c.contentStart && n.content === undefined && !knowingOpens(ctx.text, c.contentStart, n.cue);
      const next = candidates.slice(i + 1).find((n) => cuts(n) && (c.weak === true || n.weak !== true));
      content = { start: c.contentStart, end: next?.claimStart ?? end };
    }
    if (out.some((o) => o.cue.start === c.cue.start)) continue;
    // A cue with next to no content ("military support.") is a noun, not a cue: it must not cut others.
    const contentWords = ctx.text.slice(content.start, content.end).trim();
    if (contentWords.split(/\s+/).length < minContentWords(ctx.text, c, contentWords, content)) continue;
    covered = Math.max(covered, c.cue.end);
    if (c.weak !== true) coveredByStrong = Math.max(coveredByStrong, c.cue.end);
    const reported: Reported = { cue: c.cue, content };
    if (c.speaker !== undefined) reported.speaker = c.speaker;
    if (c.weak === true) reported.weak = true;
    if (c.needsPhrase === true) reported.needsPhrase = true;
    out.push(reported);
  }
  // Content stops at the clause another cue governs; content that holds another cue's source and cue is not content.
  const claimStarts = new Map(candidates.map((c) => [c.cue.start, c.claimStart]));
  const kept: Reported[] = [];
  for (const r of out) {
    let { start: cStart, end: cEnd } = r.content;
    let swallowsCue = false;
    for (const o of out) {
      if (o === r || (o.weak === true && r.weak !== true)) continue;
      const oClaim = claimStarts.get(o.cue.start) ?? o.cue.start;
      if (oClaim > cStart && oClaim < cEnd && o.cue.start >= r.cue.end && !knowingOpens(ctx.text, cStart, o.cue))
        cEnd = oClaim;
      // "Pence, who said … that the campaign had not been in contact with WikiLeaks, said in a statement …": a cue
      // right after a comma inside this content is the main clause coming back; the content ends at that comma.
      else if (o.cue.start > cStart && o.cue.start < cEnd && o.weak !== true) {
        const comma = /,\s*$/.exec(ctx.text.slice(cStart, o.cue.start));
        const finite = /^(?:said|says|told|tells|wrote|writes|\p{Ll}+ed)$/u.test(
          ctx.text.slice(o.cue.start, o.cue.end),
        );
        if (comma !== null && finite && oClaim < cStart) cEnd = cStart + comma.index;
      }
      if (oClaim === cStart && o.cue.end <= cEnd && !knowingOpens(ctx.text, cStart, o.cue)) swallowsCue = true;
    }
    // A cue in a leading subordinate clause governs only that clause ("While some leaders have championed a
    // more self-reliant Europe, others …").
    if (SUBORDINATE_OPENING.test(ctx.text.slice(start, r.cue.start))) {
      const comma = ctx.text.slice(r.cue.end, cEnd).search(/,\s/);
      if (comma > 0) cEnd = Math.min(cEnd, r.cue.end + comma);
    }
    // "Mr. Jackson, who has said he had no knowledge of the offer, has been dogged …": a cue in a relative aside
    // governs only the aside; the main clause's verb after a comma ends its content (BASIL 2013). After a verb the
    // aside closes the sentence ("… were derided by Armin Laschet, …, who suggested that Mr. Jäger, under fire …,
    // would do better"): nothing comes back.
    const aside = RELATIVE_ASIDE_CUE.exec(ctx.text.slice(Math.max(start, r.cue.start - 30), r.cue.start));
    const asideAt = Math.max(start, r.cue.start - 30) + (aside?.index ?? 0);
    if (aside !== null && !ctx.holdsVerb({ start, end: asideAt })) {
      const back = MAIN_PREDICATE_AFTER_COMMA.exec(ctx.text.slice(r.cue.end, cEnd));
      if (back !== null) cEnd = Math.min(cEnd, r.cue.end + back.index);
    }
    // A stance's object ends before a relative or coordinated clause ("the raucous crowd, which chanted …").
    if (r.weak === true) {
      const aside = OBJECT_CLAUSE_END.exec(ctx.text.slice(cStart, cEnd));
      if (aside !== null && aside.index > 0) cEnd = cStart + aside.index;
    }
    if (r.weak !== true) cEnd = cStart + narratorContrastAt(ctx.text.slice(cStart, cEnd));
    // Content cut where a coordinated verb of the same subject begins ("denied … that he had sent a photograph … but
    // said he could not be sure") keeps no trailing conjunction.
    const dangling = DANGLING_COORDINATOR.exec(ctx.text.slice(cStart, cEnd));
    if (dangling !== null && dangling.index > 0) cEnd = cStart + dangling.index;
    if (!swallowsCue) kept.push({ ...r, content: { start: cStart, end: cEnd } });
  }
  // A weak cue whose words lie inside a report's content is nested in it ("said that Europe cannot defend itself").
  const strong = kept.filter((r) => r.weak !== true);
  return kept.filter(
    (r) => r.weak !== true || !strong.some((o) => o.content.start <= r.cue.start && r.cue.start < o.content.end),
  );
}

/**
 * Where the narrator's contrast begins in a report's content: ", but he stars in a new ad" after "Netanyahu has
 * said he’ll steer clear of the … election" (BASIL 2012) turns from the speaker's shifted tense (would, will, 'll,
 * a past form) to the writer's plain present; the whole content when there is no such turn.
 */
function narratorContrastAt(content: string): number {
  const contrast = NARRATOR_CONTRAST.exec(content);
  if (contrast !== null && SHIFTED_TENSE_OPENING.test(content.slice(0, contrast.index))) return contrast.index;
  // "He has said newspapers are his greatest fear and joked about blowing up …": a content in the present, then "and"
  // with a past speech verb and no subject of its own — the speaker's next act, told by the writer.
  const next = SPEAKERS_NEXT_ACT.exec(content);
  if (next !== null && PRESENT_OPENING.test(content.slice(0, next.index))) return next.index;
  return content.length;
}

/**
 * A participle or a coordinated verb takes the subject of the sentence's first cue before it that has a speaker
 * ("the mayor said, adding that …", "Twitter reported … and said it was …"); else it keeps its own guess.
 */
function shareSubjects(candidates: Candidate[], quoted: Candidate[]): void {
  for (const c of candidates) {
    if (c.sharesSubject !== true) continue;
    let source: Candidate | undefined;
    for (const o of [...quoted, ...candidates]) {
      if (o.sharesSubject === true || o.speaker === undefined || o.cue.end > c.cue.start) continue;
      // "According to Pars Today, Rutte stated …, stressing …": a cited source is no clause's subject.
      if (o.according === true) continue;
      if (source === undefined || o.cue.start < source.cue.start) source = o;
    }
    if (source?.speaker !== undefined) c.speaker = source.speaker;
  }
}

/**
 * Where the content a reporting verb governs starts: after "that" (or an aside and "that"), or right after
 * a verb that takes a bare clause ("said Europe cannot …"); undefined when the verb governs no clause.
 */
function governedContent(
  text: string,
  start: number,
  end: number,
  verb: RegExpMatchArray,
): { verbStart: number; verbEnd: number; contentStart: number } | undefined {
  const verbStart = start + (verb.index ?? 0);
  const verbEnd = verbStart + verb[0].length;
  const after = text.slice(verbEnd, end);
  // "said he had heard that account": a subject pronoun right after the verb opens the clause; a "that" further on
  // is inside it.
  const pronoun = /^\s+(?=(?:he|she|they|we|I|it)\s)/.exec(after);
  if (pronoun !== null && REPORTED_VERB_BARE.test(verb[0]) && !ADDRESSEE_VERB.test(verb[0]))
    return { verbStart, verbEnd, contentStart: verbEnd + pronoun[0].length };
  const aside = REPORTED_ASIDE_THAT.exec(after);
  const words = aside === null ? REPORTED_WORDS_THAT.exec(after) : null;
  // "said the email scandal is only the latest issue in her political career that should …": a finite verb before
  // the "that" shows the clause began at once; the "that" is a relative pronoun inside it.
  const that =
    words !== null && FINITE_AUXILIARY.test(words[0]) && REPORTED_VERB_BARE.test(verb[0]) ? null : (aside ?? words);
  // "responded to claims that she is one of the mystery women": the clause is the noun's (others' claims), not what
  // the verb's subject said.
  if (words !== null && aside === null && NOUN_OWNS_THAT.test(words[0])) return undefined;
  if (that !== null) {
    // "told Fox News the multiple warnings present a compelling argument that …": a clause after the addressee comes
    // first; the "that" is a noun's inside it.
    const opening = verbEnd + (/^\s*/.exec(after)?.[0].length ?? 0);
    const thatStart = verbEnd + that[0].lastIndexOf('that');
    const clause = ADDRESSEE_VERB.test(verb[0]) ? skipAddressee(text, opening, thatStart) : opening;
    return { verbStart, verbEnd, contentStart: clause > opening ? clause : verbEnd + that[0].length };
  }
  // "A NATO Secretary-General acknowledging European dependency is …": an -ing form modifying a noun takes an
  // object, not a bare clause.
  // A verb of saying after a noun still governs its clause ("issued a statement saying it took the action", "with 30
  // percent of voters saying they have …"): PolNeAR counts it; is-statement marks it a thing's, out of the brief.
  if (
    /ing$/.test(verb[0]) &&
    !CUE_ING_BEFORE.test(text.slice(Math.max(start, verbStart - 24), verbStart)) &&
    !SAYING_AFTER_NOUN.test(verb[0])
  )
    return undefined;
  const bare = REPORTED_VERB_BARE.test(verb[0]) ? REPORTED_DIRECT.exec(after) : null;
  if (bare === null) return undefined;
  const contentStart = verbEnd + bare[0].length;
  // "told The Denver Post he spoke …": the clause starts after the addressee.
  return {
    verbStart,
    verbEnd,
    contentStart: ADDRESSEE_VERB.test(verb[0]) ? skipAddressee(text, contentStart, end) : contentStart,
  };
}

/** Cues beyond the first reporting verb: further reporting verbs, attitude verbs, participles, "according to". */
function moreCues(ctx: SpeakerContext, start: number, end: number): Candidate[] {
  const { text } = ctx;
  const body = text.slice(start, end);
  const out: Candidate[] = [];
  const verbs = [...body.matchAll(REPORTED_VERB_ANYWHERE)];
  for (const verb of verbs) {
    // After a possessive the word is a noun ("his warning that …"), after a hyphen part of an adjective
    // ("self-described"): neither is a reporting verb.
    const at = start + (verb.index ?? 0);
    if (text[at - 1] === '-' || POSSESSIVE_BEFORE.test(text.slice(Math.max(start, at - 40), at))) continue;
    if (isPluralNoun(text, start, at, verb[0]) || (/ing$/.test(verb[0]) && ctx.isNounUse(at))) continue;
    const governed = governedContent(text, start, end, verb);
    if (governed === undefined) continue;
    const { verbStart, verbEnd, contentStart } = governed;
    const cue = { start: verbStart, end: verbEnd };
    const subject = subjectBefore(ctx, start, verbStart);
    if (subject !== undefined) {
      // ", saying …" has no subject of its own: it shares the sentence's first cue's ("The White House said that
      // Mr. Obama agreed with Ms. Rice's assessment, saying he had raised …" is the White House's), and its claim
      // starts at the participle, not at that subject far before it.
      const participle = isParticipleAfterComma(text, start, cue);
      const claimStart = participle ? verbStart : (subject.speaker.mention?.start ?? verbStart);
      out.push({
        claimStart,
        contentStart,
        speaker: subject.speaker,
        cue,
        ...(participle ? { sharesSubject: true } : {}),
      });
    } else if (
      !subjectAfterVerb(text, start, verbStart) &&
      (!NOUN_LIKE_REPORTED.test(verb[0]) || VERB_BEFORE_THAT.test(text.slice(verbStart, verbEnd + 6)))
    ) {
      // "Graham called both … and said the party is bound to lose": the sentence's subject speaks. A verb that
      // governs a clause is a report even when its subject phrase is not one we parse ("75 percent of voters
      // said …", "A news report published Wednesday said …"); the speaker is then that plain subject phrase,
      // else the sentence's first person. After a comma or a quote the speaker follows the verb (", said X").
      const speaker = unparsedSubject(ctx, start, verbStart);
      const shared = COORDINATED_VERB_BEFORE.test(text.slice(Math.max(start, verbStart - 30), verbStart));
      out.push({
        claimStart: subjectStart(text, speaker, verbStart),
        contentStart,
        cue,
        ...(speaker === undefined ? {} : { speaker }),
        ...(shared ? { sharesSubject: true } : {}),
      });
    } else if (/,\s*$/.test(text.slice(start, verbStart)) && subjectNotAfter(text, verb[0], verbEnd)) {
      // ", told HuffPost that …" after a subject too long to parse ("Rep. Jared Polis (D-Colo.), a vocal supporter of
      // drug policy reform who has sponsored …, told"): "told" never has its subject after it, nor "said" before a
      // clause ("…, said he had heard that account"), so the sentence's first person, the name that opens it, speaks.
      const speaker = ctx.firstPerson(start, verbStart, true);
      if (speaker !== undefined) out.push({ claimStart: verbStart, contentStart, cue, speaker });
    }
  }
  for (const m of body.matchAll(MID_SENTENCE_CUE)) {
    const phraseStart = start + (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
    const found = ctx.phraseSpeaker({ start: phraseStart, end: phraseStart + (m[1]?.length ?? 0) });
    if (found === undefined) continue;
    const verbStart = text.indexOf(m[2] ?? '', phraseStart + (m[1]?.length ?? 0));
    const cue = { start: verbStart, end: verbStart + (m[2]?.length ?? 0) };
    // "X, the Times said, Y": the content is what stands before the aside, or after it when before is only an
    // adverb ("Otherwise, she said, countries may …").
    const beforeEnd = start + (m.index ?? 0);
    const beforeIsClause = text.slice(start, beforeEnd).trim().split(/\s+/).length >= REPORTED_MIN_WORDS;
    const content = beforeIsClause ? { start, end: beforeEnd } : { start: start + (m.index ?? 0) + m[0].length, end };
    out.push({ claimStart: phraseStart, contentStart: content.start, speaker: found.speaker, cue, content });
  }
  const headline = HEADLINE_ATTRIBUTION.exec(body);
  // "UPDATE: 9 p.m. -- White House spokesman Eric Schultz said he hoped …": a label before a sentence that carries
  // its own attribution is no speaker (BASIL 2013).
  if (
    headline !== null &&
    (!/[.!?]["”’]?$/.test(body.trimEnd()) || isWholeParagraph(ctx, start, end)) &&
    !REPORTING_VERB_TEST.test(headline[2] ?? '')
  ) {
    const found = ctx.phraseSpeaker({ start, end: start + (headline[1]?.length ?? 0) });
    if (found !== undefined && (found.kind !== 'group' || isPeopleLabel(headline[1] ?? ''))) {
      const colon = start + (headline[1]?.length ?? 0);
      const contentStart = start + headline[0].indexOf(headline[2] ?? '', headline[1]?.length ?? 0);
      const cue = { start: colon, end: colon + 1 };
      out.push({ claimStart: start, contentStart, speaker: found.speaker, cue, content: { start: contentStart, end } });
    }
  }
  const naming = [...body.matchAll(NAMING_VERB)];
  // The two lexicons overlap ("criticized" is in both): each word is looked at once, the first match winning.
  const seen = new Set<number>();
  for (const verb of [...body.matchAll(ATTITUDE_VERB), ...body.matchAll(STANCE_VERB), ...naming]) {
    if (seen.has(verb.index ?? 0)) continue;
    seen.add(verb.index ?? 0);
    const verbStart = start + (verb.index ?? 0);
    const verbEnd = verbStart + verb[0].length;
    if (text[verbStart - 1] === '-') continue;
    // A passive ("is described as", "was backed by") makes the subject the object of the attitude, not its holder.
    // An adjectival participle before a clause is a stance, not a passive ("is convinced that …").
    const beforeClause = /^\s+(?:that|whether|if)\b/.test(text.slice(verbEnd, verbEnd + 10));
    // A progressive ("is thanking", "was talking about") is active, whatever stands before it.
    const progressive = /^\p{L}+ing\b/u.test(verb[0]);
    // "The immigration bill, opposed by House Republicans, …", "Sanders was supported by overwhelming majorities":
    // a passive participle with its agent attributes the stance to the agent; its object is the noun before it.
    if (!progressive && /ed$/.test(verb[0])) {
      const passive = passiveWithAgent(ctx, start, end, verbStart, verbEnd);
      if (passive !== undefined) {
        out.push(passive);
        continue;
      }
    }
    if (!beforeClause && !progressive && PASSIVE_BEFORE.test(text.slice(Math.max(start, verbStart - 12), verbStart))) {
      continue;
    }
    if (NOUN_AFTER.test(text.slice(verbEnd, verbEnd + 12))) continue;
    // A noun ("conservative support despite …") is a cue only with its object ("full credit for the idea").
    if (ctx.isNounUse(verbStart) && !NOUN_CUE_OBJECT.test(text.slice(verbEnd, verbEnd + 10))) continue;
    const subject = subjectBefore(ctx, start, verbStart);
    // An -ing form right after a noun phrase, with no "is"/"was" and no comma, modifies that noun ("A NATO
    // Secretary-General acknowledging European dependency is not …", "OSINTdefender citing European circles"): the
    // writer's words, no cue (seed 000's commentary was given to Rutte this way).
    if (
      progressive &&
      !CUE_ING_BEFORE.test(text.slice(Math.max(start, verbStart - 24), verbStart)) &&
      text.slice(subject?.speaker.mention?.end ?? verbStart, verbStart).trim() === '' &&
      MAIN_VERB_AFTER_OBJECT.test(text.slice(verbEnd, end))
    )
      continue;
    // "hinted on Tuesday that he may resign": a time or manner between the verb and "that" is no part of the content.
    const contentStart =
      verbEnd + (TIME_THEN_THAT.exec(text.slice(verbEnd, end)) ?? /^\s*/.exec(text.slice(verbEnd, end)))![0].length;
    // Inside an aside before a "that" clause ("He added, per reporting from X citing European circles, that …")
    // the stance's object is the aside's, and what follows "that" is the outer verb's content.
    if (ASIDE_BEFORE_THAT.test(text.slice(contentStart, end))) continue;
    if (subject === undefined) {
      // "Ben Carson, speaking with the Register, called …": a stance verb is a cue even when its subject phrase
      // is not one we parse; its plain subject phrase (else the sentence's first person) holds it. After a
      // preposition or a number it is a noun ("with 34 percent support").
      if (NOUN_BEFORE.test(text.slice(Math.max(start, verbStart - 20), verbStart))) continue;
      if (SUBJECT_ONLY_CUE.test(verb[0])) continue;
      const speaker = unparsedSubject(ctx, start, verbStart);
      const shared = COORDINATED_VERB_BEFORE.test(text.slice(Math.max(start, verbStart - 30), verbStart));
      out.push({
        claimStart: subjectStart(text, speaker, verbStart),
        contentStart,
        cue: { start: verbStart, end: verbEnd },
        weak: true,
        ...(shared ? { sharesSubject: true } : {}),
        ...(speaker === undefined ? {} : { speaker }),
      });
      continue;
    }
    const claimStart = subject.speaker.mention?.start ?? verbStart;
    const cue = { start: verbStart, end: verbEnd };
    out.push({ claimStart, contentStart, speaker: subject.speaker, cue, weak: true });
  }
  for (const cue of body.matchAll(PARTICIPLE_CUE)) {
    const cueStart = start + (cue.index ?? 0) + 1;
    const contentStart = start + (cue.index ?? 0) + cue[0].length;
    const cueWord = /\S+/.exec(text.slice(cueStart, contentStart).trimStart())?.[0] ?? '';
    const wordStart = text.indexOf(cueWord, cueStart);
    // ", saying …" shares the clause's subject (subjectBefore), not the first name before it, which may be the verb's
    // object ("Democrats have been pounding LePage, saying that he needs to step down").
    const speaker = subjectBefore(ctx, start, wordStart)?.speaker ?? ctx.firstPerson(start, cueStart, true);
    const c: Candidate = {
      claimStart: cueStart,
      contentStart,
      cue: { start: wordStart, end: wordStart + cueWord.length },
      sharesSubject: true,
    };
    if (speaker !== undefined) c.speaker = speaker;
    out.push(c);
  }
  for (const m of body.matchAll(ACCORDING_TO_ANYWHERE)) {
    const cueStart = start + (m.index ?? 0);
    if (cueStart === start) continue;
    const nameStart = cueStart + m[0].indexOf(m[1] ?? '');
    const nameEnd = nameStart + (m[1]?.length ?? 0);
    const found = ctx.phraseSpeaker({ start: nameStart, end: nameEnd });
    const speaker = found?.speaker ?? {
      name: text.slice(nameStart, nameEnd).trim(),
      mention: { articleId: ctx.articleId, start: nameStart, end: nameEnd },
    };
    const cue = { start: cueStart, end: cueStart + 'according to'.length };
    // Mid-sentence "X, according to Y, …": the content is the whole sentence around the aside.
    const before = text.slice(start, cueStart);
    const clauseStart = start + Math.max(0, before.search(/[^,;:]*$/));
    const trailing = /^[\s.!?]*$/.test(text.slice(nameEnd, end));
    const content = trailing
      ? { start: clauseStart, end: cueStart }
      : { start: clauseStart === cueStart ? nameEnd : start, end };
    out.push({ claimStart: cueStart, contentStart: content.start, speaker, cue, content, according: true });
  }
  return out;
}

/** Right after a participle: its agent ("opposed by House Republicans, …"), up to a comma, clause or sentence end. */
const AGENT_AFTER =
  /^\s+(?:\p{Ll}+ly\s+)?by\s+(?!\p{Ll}+ing\b)([^,;:.!?()“”"—–]{2,80}?)(?=\s*(?:[,;:.!?()“”"—–]|\s(?:who|which|that|in|on|at|for|to|after|before|since|as)\s|$))/u;
/** Before a participle: a form of "be" (and an adverb), a comma, or nothing; the noun phrase ends there. */
const PASSIVE_AUXILIARY_BEFORE = /(?:,|\s(?:is|are|was|were|be|been|being)(?:\s+\p{Ll}+ly)?)\s*$/u;
/** Where the noun phrase before a passive participle begins (its clause's start). */
const NOUN_PHRASE_OPENING =
  /(?:^|[,;:—–(]\s*|\b(?:that|which|who|while|although|though|because|since|when|if|and|but|as|after|before)\s+)/giu;
/** Words a passive's noun phrase may have; longer, it is a clause, not the thing the stance is about. */
const PASSIVE_OBJECT_MAX_WORDS = 8;

/**
 * A passive stance with its agent: the agent holds the stance and the noun phrase before the participle is its
 * object ("a sentiment endorsed by the 10,000 people in the arena": the people endorsed the sentiment).
 */
function passiveWithAgent(
  ctx: SpeakerContext,
  start: number,
  end: number,
  verbStart: number,
  verbEnd: number,
): Candidate | undefined {
  const { text } = ctx;
  const agent = AGENT_AFTER.exec(text.slice(verbEnd, end));
  if (agent === null) return undefined;
  const before = text.slice(start, verbStart);
  const auxiliary = PASSIVE_AUXILIARY_BEFORE.exec(before);
  const phraseEnd = start + (auxiliary === null ? before.trimEnd().length : auxiliary.index);
  let phraseStart = start;
  for (const o of text.slice(start, phraseEnd).matchAll(NOUN_PHRASE_OPENING))
    if ((o.index ?? 0) + o[0].length < phraseEnd - start) phraseStart = start + (o.index ?? 0) + o[0].length;
  const object = text.slice(phraseStart, phraseEnd).trim();
  if (
    object === '' ||
    object.split(/\s+/).length > PASSIVE_OBJECT_MAX_WORDS ||
    ctx.holdsVerb({ start: phraseStart, end: phraseEnd })
  )
    return undefined;
  const agentStart = verbEnd + agent[0].indexOf(agent[1] ?? '', agent[0].indexOf('by') + 2);
  const agentEnd = agentStart + (agent[1]?.length ?? 0);
  return {
    claimStart: phraseStart,
    contentStart: phraseStart,
    speaker: accordingSource(ctx, agentStart, agentEnd),
    cue: { start: verbStart, end: verbEnd },
    content: { start: phraseStart, end: phraseEnd },
    weak: true,
  };
}

/**
 * Where a cue's claim starts: at a personal pronoun right before the verb, its subject ("confirmed he knew": the claim
 * "he knew …" starts at "he", inside the content of "confirmed"), else at the verb.
 */
function subjectStart(text: string, speaker: Speaker | undefined, verbStart: number): number {
  const mention = speaker?.mention;
  if (mention === undefined || mention.end > verbStart || !/^\s*$/.test(text.slice(mention.end, verbStart)))
    return verbStart;
  return PRONOUN_OPENING.test(text.slice(mention.start, verbStart)) ? mention.start : verbStart;
}

/**
 * The source after "according to": its speaker phrase, else its own words ("According to early results of exit polls
 * conducted for …", "…, according to a national Gallup Poll taken last week"): the phrase attributes whatever follows.
 */
function accordingSource(ctx: SpeakerContext, nameStart: number, nameEnd: number): Speaker {
  return (
    ctx.phraseSpeaker({ start: nameStart, end: nameEnd })?.speaker ?? {
      name: ctx.text.slice(nameStart, nameEnd).trim(),
      mention: ctx.span({ start: nameStart, end: nameEnd }),
    }
  );
}

/** The first reported-speech attribution of a sentence (leading and trailing forms included). */
function reportedIn(ctx: SpeakerContext, start: number, end: number): Reported | undefined {
  const { text } = ctx;
  const body = text.slice(start, end);
  const leading = ACCORDING_TO_LEADING.exec(body);
  if (leading !== null) {
    const nameStart = start + leading[0].indexOf(leading[1] ?? '');
    const nameEnd = nameStart + (leading[1]?.length ?? 0);
    return {
      speaker: accordingSource(ctx, nameStart, nameEnd),
      cue: { start, end: start + 'According to'.length },
      content: { start: start + leading[0].length, end },
    };
  }
  for (const verb of body.matchAll(REPORTED_VERB_ANYWHERE)) {
    // After a possessive the word is a noun ("his warning that …"), after a hyphen part of an adjective
    // ("self-described"): neither is a reporting verb.
    const at = start + (verb.index ?? 0);
    if (text[at - 1] === '-' || POSSESSIVE_BEFORE.test(text.slice(Math.max(start, at - 40), at))) continue;
    if (isPluralNoun(text, start, at, verb[0]) || (/ing$/.test(verb[0]) && ctx.isNounUse(at))) continue;
    const governed = governedContent(text, start, end, verb);
    if (governed === undefined) continue;
    const { verbStart, verbEnd, contentStart } = governed;
    // "…, Carly Fiorina said Monday.": a time is no content; the trailing form below reads the sentence before it.
    if (text.slice(contentStart, end).trim().split(/\s+/).length < REPORTED_MIN_WORDS) continue;
    const subject = subjectBefore(ctx, start, verbStart);
    if (subject === undefined) continue;
    return { speaker: subject.speaker, cue: { start: verbStart, end: verbEnd }, content: { start: contentStart, end } };
  }
  const trailingAccording = ACCORDING_TO_TRAILING.exec(body);
  if (trailingAccording !== null) {
    const cueStart = start + trailingAccording.index + trailingAccording[0].indexOf('according');
    const nameStart = cueStart + 'according to '.length;
    const nameEnd = nameStart + (trailingAccording[1]?.length ?? 0);
    return {
      speaker: accordingSource(ctx, nameStart, nameEnd),
      cue: { start: cueStart, end: cueStart + 'according to'.length },
      content: { start, end: start + trailingAccording.index },
    };
  }
  // "…, political analysts say; in 2012, …": a semicolon closes the report's sentence as a full stop would.
  const semicolon = body.search(/;\s/);
  const trailing =
    REPORTED_TRAILING.exec(body) ?? (semicolon > 0 ? REPORTED_TRAILING.exec(body.slice(0, semicolon)) : null);
  if (trailing !== null) {
    const phraseStart = start + trailing.index + trailing[0].indexOf(trailing[1] ?? '');
    const verbStart = phraseStart + (trailing[1]?.length ?? 0) + (trailing[2]?.length ?? 0);
    const speaker = ctx.phraseSpeaker({ start: phraseStart, end: phraseStart + (trailing[1]?.length ?? 0) });
    // A group may end a sentence's report when it is a short phrase ("…, officials said."), not a clause.
    const short = (trailing[1] ?? '').split(/\s+/).length <= 6;
    if (speaker !== undefined && (speaker.kind !== 'group' || short)) {
      return {
        speaker: speaker.speaker,
        cue: { start: verbStart, end: verbStart + (trailing[3]?.length ?? 0) },
        content: { start, end: start + trailing.index },
      };
    }
  }
  const aside = REPORTED_PARENTHETICAL.exec(body);
  if (aside !== null && aside.index > 0) {
    const phraseStart = start + aside.index + aside[0].indexOf(aside[1] ?? '');
    const verbStart = phraseStart + (aside[1]?.length ?? 0) + (aside[2]?.length ?? 0);
    const speaker = ctx.phraseSpeaker({ start: phraseStart, end: phraseStart + (aside[1]?.length ?? 0) });
    // The content is the sentence around the aside (its two parts are one statement).
    if (speaker !== undefined)
      return {
        speaker: speaker.speaker,
        cue: { start: verbStart, end: verbStart + (aside[3]?.length ?? 0) },
        content: { start, end },
      };
  }
  return undefined;
}

/** The sentence from `start` to `end` is its paragraph's whole text (a headline or a one-line paragraph). */
function isWholeParagraph(ctx: SpeakerContext, start: number, end: number): boolean {
  const paragraph = ctx.paragraphs[ctx.paragraphOf(start)];
  if (paragraph === undefined) return false;
  return ctx.text.slice(paragraph.start, start).trim() === '' && ctx.text.slice(end, paragraph.end).trim() === '';
}

function trimReported(text: string, start: number, end: number): Range | undefined {
  let e = end;
  while (e > start && /[\s.!?;:,]/.test(text[e - 1]!)) e -= 1;
  let s = start;
  while (s < e && /\s/.test(text[s]!)) s += 1;
  return e > s ? { start: s, end: e } : undefined;
}
