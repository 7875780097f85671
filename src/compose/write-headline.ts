/** The brief's own headline: who did what, cut from the sentence the outlets most agree on, in no outlet's words alone. */
import { HEADLINE_LEAD_SENTENCES, HEADLINE_MAX_WORDS, HEADLINE_MIN_WORDS, HEADLINE_POOL } from '../core/config.js';
import type { AnalyzedArticle, CitedText, Comparison, Span } from '../core/model.js';
import { outletName } from '../core/outlet-name.js';
import { isStopWord } from '../core/text.js';
import { headlineForm } from './headline-form.js';
import { restatesHeadline, tellsSameEvent } from './keep-headline-apart.js';
import { DANGLING_START, LEADING_ADVERBIAL, MAIN_VERB_PIECE, PIECE_BOUNDARY, VERB_CONTINUATION } from './patterns.js';
import { type Candidate, spanKey } from './score-sentences.js';
import { endBeforePhrase, shortenForBullet, wordCount } from './shorten-bullet.js';
import { standsAlone } from './stands-alone.js';

/**
 * Among the articles' lead sentences, best scored first (central, told by several outlets, echoing their headlines), the first whose main clause — asides,
 * trailing clauses and a leading "On Tuesday," cut — has HEADLINE_MIN_WORDS to HEADLINE_MAX_WORDS words, names
 * someone (a capitalised word after the first), and uses no word that only one outlet's headline has and no word an
 * outlet's framing was found in. It cites its sentence and the other outlets' sentences that say the same.
 * Undefined when none qualifies (the story's title stands).
 * @example writeHeadline(candidates, items, comparison)?.text // 'NATO Secretary-General Mark Rutte said Europe cannot defend itself without the United States'
 */
export function writeHeadline(
  candidates: readonly Candidate[],
  items: readonly AnalyzedArticle[],
  comparison: Comparison,
  bullets: readonly string[] = [],
): CitedText | undefined {
  const neutral = inSharedWords(items, comparison);
  // Lead sentences only: an outlet puts who did what first; a well-supported sentence deep in an article is
  // usually background ("There is also concern about …").
  const pool = candidates
    .filter((c) => c.position < HEADLINE_LEAD_SENTENCES && !DANGLING_START.test(c.text) && !/^["“‘'«]/.test(c.text))
    .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))
    .slice(0, HEADLINE_POOL);
  const fit: { candidate: Candidate; text: string }[] = [];
  for (const candidate of pool) {
    const text = headlineForm(candidate.text);
    if (text !== undefined && isHeadline(text) && neutral(text)) fit.push({ candidate, text });
  }
  // The best scored sentence is the main fact. A headline the quick look restates (the whole bullet, or all but a
  // few words of it) is read twice: another lead's wording of the same event (the NeuS Brexit story: "Britain has
  // voted to leave the European Union, …" for "The "Brexit" vote stunned the country's political elite, …") heads
  // the brief instead, when there is one. A headline that is the short form of a longer bullet is what a paper
  // prints: the headline, then the lead.
  const first = fit[0];
  if (first === undefined) return undefined;
  const repeated = (text: string) => bullets.some((bullet) => restatesHeadline(text, bullet));
  const shorter = () => {
    const text = withoutLastPiece(first.text);
    return text !== undefined && isHeadline(text) && !repeated(text) ? { ...first, text } : undefined;
  };
  // Failing another wording, a shorter form of the same sentence (", or 6.9%" cut); failing that the whole
  // sentence, which keepHeadlineApart keeps out of the quick look when another bullet tells its event.
  const chosen = repeated(first.text)
    ? (fit.find((entry) => !repeated(entry.text) && tellsSameEvent(entry.text, first.text)) ?? shorter() ?? first)
    : first;
  return { text: chosen.text, citations: citationsOf(chosen.candidate) };
}

/**
 * When no lead sentence makes a headline of its own: the headline form (headlineForm, at most HEADLINE_MAX_WORDS
 * words) of the first quick-look bullet that gives one naming who acts, else of the best scored sentence that does;
 * one in the words the outlets share first (see writeHeadline), any after; failing these, the first such sentence
 * of at most HEADLINE_MAX_WORDS words taken whole. Never one outlet's headline, which is
 * that outlet's choice of words (issue 13); undefined only when no sentence gives one. Before, the first bullet stood
 * whole: 19 of 194 NeuS dev headlines had 21 to 50 words.
 * @example fallbackHeadline(quickLook, candidates, items, comparison)?.text // 'U.S. Special Envoy for Haiti Daniel Foote resigned'
 */
export function fallbackHeadline(
  bullets: readonly CitedText[],
  candidates: readonly Candidate[],
  items: readonly AnalyzedArticle[],
  comparison: Comparison,
): CitedText | undefined {
  const neutral = inSharedWords(items, comparison);
  const ranked = [...candidates].sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
  const sources = [...bullets, ...ranked.map((c) => ({ text: c.text, citations: citationsOf(c) }))];
  const forms = sources.flatMap(({ text, citations }) => {
    const form = headlineForm(text);
    return form !== undefined && isHeadline(form) ? [{ text: form, citations }] : [];
  });
  // Last, a whole sentence of a headline's length that names no one by a capitalised name ("Students whose schools
  // closed are getting a break on their student loans").
  const whole = sources
    .map(({ text, citations }) => ({ text: text.replace(/[\s.]+$/u, ''), citations }))
    .filter(({ text }) => wordCount(text) <= HEADLINE_MAX_WORDS && isHeadline(text));
  // Last of all, a form that does not name its actor first ("The imminent confirmation of Supreme Court nominee Brett
  // Kavanaugh will likely mean …"), or a sentence cut as a bullet is to HEADLINE_MAX_WORDS: the title is never one
  // outlet's headline while some sentence gives one.
  const anyForm = sources.flatMap(({ text, citations }) => {
    const form =
      headlineForm(text) ?? shortenForBullet(text, HEADLINE_MAX_WORDS) ?? endBeforePhrase(text, HEADLINE_MAX_WORDS);
    return form !== undefined && standsAlone(form) ? [{ text: form.replace(/[\s.]+$/u, ''), citations }] : [];
  });
  return (
    forms.find(({ text }) => neutral(text)) ??
    forms[0] ??
    whole.find(({ text }) => neutral(text)) ??
    whole[0] ??
    anyForm[0]
  );
}

/**
 * The headline without its last comma or dash piece ("The Dow Jones Industrial Average closed down nearly 1,861.81
 * points, or 6.9%" → "… 1,861.81 points"), when what is left is a clause of HEADLINE_MIN_WORDS words or more: not
 * when the piece brings the main verb, nor when only an opening phrase would be left.
 */
function withoutLastPiece(text: string): string | undefined {
  const pieces = text.split(PIECE_BOUNDARY);
  if (pieces.length < 2 || MAIN_VERB_PIECE.test(pieces.at(-1)!) || VERB_CONTINUATION.test(pieces.at(-1)!))
    return undefined;
  const head = pieces.slice(0, -1).join('');
  if (pieces.length === 2 && LEADING_ADVERBIAL.test(head)) return undefined;
  if ((head.match(/["“”]/g) ?? []).length % 2 === 1) return undefined;
  return wordCount(head) >= HEADLINE_MIN_WORDS + 1 ? head : undefined;
}

/** A headline names who acts before any preposition and reads alone (no pronoun or role pointing back). */
function isHeadline(text: string): boolean {
  return namesItsActor(text) && standsAlone(text);
}

/**
 * Whether a headline uses only words the outlets share: no word that only one outlet's headline has and no word an
 * outlet's framing was found in. A word of a name or title ("Representative Duncan Hunter") is no outlet's wording,
 * whichever headline has it.
 */
function inSharedWords(items: readonly AnalyzedArticle[], comparison: Comparison): (text: string) => boolean {
  const oneOutletWords = wordsOfOneHeadline(items);
  const framed = new Set(comparison.outlets.flatMap((outlet) => outlet.framing.map((term) => term.term.toLowerCase())));
  return (text) => {
    const names = nameWords(text);
    return !surfaceWords(text).some((word) => (oneOutletWords.has(word) && !names.has(word)) || framed.has(word));
  };
}

/** A candidate's span first, then every other source's sentence that says the same. */
function citationsOf(candidate: Candidate): Span[] {
  const seen = new Set<string>();
  return [candidate.span, ...candidate.support].filter((span) => {
    const key = spanKey(span);
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}

/** Prepositions: a name after one of them is not the sentence's actor ("The list of tragedies on President Obama's watch …"). */
const PREPOSITION =
  /^(?:of|on|in|at|for|from|by|with|about|over|under|after|before|during|against|among|between|into|to)$/iu;

/** A pronoun standing for something the headline does not say ("Pelosi rejected it even before Mr. Trump spoke"). */
const POINTS_BACK = /\b(?:it|they|them|him)\b/iu;
/** An imperative of page furniture ("Select a Race to see an overview of that election", NeuS dev): no actor. */
const IMPERATIVE = /^\p{Lu}\p{Ll}+(?<![sd])\s+(?:a|an|the|your|this|these|our)\s/u;

/**
 * Who did what: the headline names its actor before any preposition — a capitalised word (beyond a sentence-initial
 * "The"/"A") reached before the first "of", "on", "at" …. On BASIL's Orlando triplet the headline had been the
 * commentary "The list of tragedies on President Obama's watch seems countless by now"; on the BASIL shutdown
 * triplet of 2019 it was "Speaker Nancy Pelosi rejected it even before Mr. Trump spoke".
 * @example namesItsActor('NATO Secretary-General Mark Rutte said Europe cannot defend itself') // true
 */
export function namesItsActor(text: string): boolean {
  if (POINTS_BACK.test(text) || IMPERATIVE.test(text)) return false;
  const words = text.split(/\s+/u);
  for (const [i, word] of words.entries()) {
    if (PREPOSITION.test(word)) return false;
    if (/^\p{Lu}/u.test(word) && !(i === 0 && /^(?:The|A|An)$/u.test(word))) return true;
  }
  return false;
}

/**
 * Words of one outlet's headline that no other outlet uses, in its headline or its text ("caves" in "Trump Caves To
 * Democrats"); only when two outlets have headlines. "February" in one headline is no framing when the other
 * outlets' articles say "February" too.
 */
function wordsOfOneHeadline(items: readonly AnalyzedArticle[]): Set<string> {
  const headlineWords = new Map<string, Set<string>>();
  const textWords = new Map<string, Set<string>>();
  for (const { article } of items) {
    const outlet = outletName(article) ?? article.id;
    const inHeadline = headlineWords.get(outlet) ?? new Set<string>();
    for (const word of surfaceWords(article.title ?? '')) inHeadline.add(word);
    headlineWords.set(outlet, inHeadline);
    const inText = textWords.get(outlet) ?? new Set<string>();
    for (const word of surfaceWords(article.text)) inText.add(word);
    textWords.set(outlet, inText);
  }
  if ([...headlineWords.values()].filter((words) => words.size > 0).length < 2) return new Set();
  const own = new Set<string>();
  for (const [outlet, words] of headlineWords) {
    for (const word of words) {
      const elsewhere = [...headlineWords.keys()].some(
        (other) => other !== outlet && (headlineWords.get(other)!.has(word) || textWords.get(other)!.has(word)),
      );
      if (!elsewhere) own.add(word);
    }
  }
  return own;
}

/** Words of the capitalised runs of two or more words in a sentence: names and titles ("Representative Duncan Hunter"). */
function nameWords(text: string): Set<string> {
  const names = new Set<string>();
  for (const run of text.match(/\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+/gu) ?? [])
    for (const word of surfaceWords(run)) names.add(word);
  return names;
}

/** Reporting verbs say nothing about a side: one outlet's "says" does not make the word its own. */
const NEUTRAL = new Set(['said', 'says', 'say', 'told', 'tells', 'has', 'have', 'had', 'will', 'would']);

function surfaceWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(
    (word) => word.length >= 3 && !isStopWord(word) && !NEUTRAL.has(word),
  );
}
