/** The brief's own headline: who did what, cut from the sentence the outlets most agree on, in no outlet's words alone. */
import { HEADLINE_LEAD_SENTENCES, HEADLINE_MAX_WORDS, HEADLINE_MIN_WORDS, HEADLINE_POOL } from '../core/config.js';
import type { AnalyzedArticle, CitedText, Comparison } from '../core/model.js';
import { outletName } from '../core/outlet-name.js';
import { isStopWord } from '../core/text.js';
import { dropUnsharedPieces } from './drop-unshared-pieces.js';
import { repeatsVerbatim, tellsSameEvent } from './keep-headline-apart.js';
import { DANGLING_START, LEADING_ADVERBIAL, PIECE_BOUNDARY, TIME_OPENING } from './patterns.js';
import { type Candidate, spanKey } from './score-sentences.js';
import { endBeforePhrase, shortenForBullet, verbComesLater, wordCount } from './shorten-bullet.js';

/**
 * An opening phrase up to its comma, a comma closing a quotation within it included ("A day after telling reporters
 * that he's "not going to talk about this anymore," Congressman Anthony Weiner broke his silence …").
 */
const OPENING_PHRASE = /^[^,]{1,160}?,["”’]?\s+(?=\p{Lu})|^[^,]{1,60},\s+/u;
const SECOND_CLAUSE = /;\s|,\s+(?:and|but|while|whereas|which|who)\s|\s[—–]\s/u;

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
  const oneOutletWords = wordsOfOneHeadline(items);
  const framed = new Set(comparison.outlets.flatMap((outlet) => outlet.framing.map((term) => term.term.toLowerCase())));
  // Lead sentences only: an outlet puts who did what first; a well-supported sentence deep in an article is
  // usually background ("There is also concern about …").
  const pool = candidates
    .filter((c) => c.position < HEADLINE_LEAD_SENTENCES && !DANGLING_START.test(c.text) && !/^["“‘'«]/.test(c.text))
    .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))
    .slice(0, HEADLINE_POOL);
  const fit: { candidate: Candidate; text: string }[] = [];
  for (const candidate of pool) {
    const text = headlineForm(candidate.text);
    if (text === undefined) continue;
    if (!namesItsActor(text)) continue;
    const names = nameWords(text);
    const words = surfaceWords(text);
    // A word of a name or title ("Representative Duncan Hunter") is no outlet's wording, whichever headline has it.
    if (words.some((word) => (oneOutletWords.has(word) && !names.has(word)) || framed.has(word))) continue;
    fit.push({ candidate, text });
  }
  // The best scored sentence is the main fact. A headline the quick look repeats word for word is read twice:
  // another lead's wording of the same event (the NeuS Brexit story: "Britain has voted to leave the European Union,
  // …" for "The "Brexit" vote stunned the country's political elite, …") heads the brief instead, when there is one.
  const main = fit;
  const first = main[0];
  if (first === undefined) return undefined;
  const repeated = (text: string) => bullets.some((bullet) => repeatsVerbatim(text, bullet));
  const chosen = repeated(first.text)
    ? (main.find((entry) => !repeated(entry.text) && tellsSameEvent(entry.text, first.text)) ?? first)
    : first;
  const seen = new Set<string>();
  const citations = [chosen.candidate.span, ...chosen.candidate.support].filter((span) => {
    const key = spanKey(span);
    return !seen.has(key) && seen.add(key) !== undefined;
  });
  return { text: chosen.text, citations };
}

/** Prepositions: a name after one of them is not the sentence's actor ("The list of tragedies on President Obama's watch …"). */
const PREPOSITION =
  /^(?:of|on|in|at|for|from|by|with|about|over|under|after|before|during|against|among|between|into|to)$/iu;

/** A pronoun standing for something the headline does not say ("Pelosi rejected it even before Mr. Trump spoke"). */
const POINTS_BACK = /\b(?:it|they|them)\b/iu;

/**
 * Who did what: the headline names its actor before any preposition — a capitalised word (beyond a sentence-initial
 * "The"/"A") reached before the first "of", "on", "at" …. On BASIL's Orlando triplet the headline had been the
 * commentary "The list of tragedies on President Obama's watch seems countless by now"; on the BASIL shutdown
 * triplet of 2019 it was "Speaker Nancy Pelosi rejected it even before Mr. Trump spoke".
 * @example namesItsActor('NATO Secretary-General Mark Rutte said Europe cannot defend itself') // true
 */
export function namesItsActor(text: string): boolean {
  if (POINTS_BACK.test(text)) return false;
  const words = text.split(/\s+/u);
  for (const [i, word] of words.entries()) {
    if (PREPOSITION.test(word)) return false;
    if (/^\p{Lu}/u.test(word) && !(i === 0 && /^(?:The|A|An)$/u.test(word))) return true;
  }
  return false;
}

/** A sentence's main clause as a headline (no closing full stop), or undefined when it is not one. */
export function headlineForm(sentence: string): string | undefined {
  let text = dropUnsharedPieces(sentence, () => false);
  const lead = text.match(OPENING_PHRASE);
  if (lead && LEADING_ADVERBIAL.test(text) && (wordCount(lead[0]) <= 6 || TIME_OPENING.test(text)))
    text = text.slice(lead[0].length);
  const first = text.split(SECOND_CLAUSE)[0]!;
  // "Rep. Duncan Hunter, R-Calif., and his wife, Margaret, were indicted …": the subject goes on, no second clause.
  if (!verbComesLater(text.slice(first.length).split(PIECE_BOUNDARY), 0)) text = first;
  text = text.replace(/[\s,;:.!—–-]+$/u, '');
  if ((text.match(/["“”]/g) ?? []).length % 2 === 1 || /[?]$/.test(text)) return undefined;
  // A long main clause is cut as a bullet is, to the longest head that fits ("… was indicted by a federal grand
  // jury in San Diego on Tuesday" without "after a monthslong criminal investigation into …"), else before its
  // last phrase that lets it fit ("President Trump said he was preparing an executive order that would nullify the
  // long-accepted constitutional guarantee of birthright citizenship" without "in the United States").
  if (wordCount(text) > HEADLINE_MAX_WORDS)
    text =
      (shortenForBullet(`${text}.`, HEADLINE_MAX_WORDS) ?? endBeforePhrase(`${text}.`, HEADLINE_MAX_WORDS))?.replace(
        /[\s,;:.!—–-]+$/u,
        '',
      ) ?? text;
  const words = wordCount(text);
  if (words < HEADLINE_MIN_WORDS || words > HEADLINE_MAX_WORDS) return undefined;
  if (!/\s\p{Lu}/u.test(text) && !/^\p{Lu}\p{L}*\s+\p{Lu}/u.test(text)) return undefined;
  return text[0]!.toUpperCase() + text.slice(1);
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
