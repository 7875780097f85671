/** The brief's own headline: who did what, cut from the sentence the outlets most agree on, in no outlet's words alone. */
import { HEADLINE_MAX_WORDS, HEADLINE_MIN_WORDS, HEADLINE_POOL } from '../core/config.js';
import type { AnalyzedArticle, CitedText, Comparison } from '../core/model.js';
import { outletName } from '../core/outlet-name.js';
import { isStopWord } from '../core/text.js';
import { dropUnsharedPieces } from './drop-unshared-pieces.js';
import { DANGLING_START, LEADING_ADVERBIAL } from './patterns.js';
import { type Candidate, spanKey } from './score-sentences.js';
import { wordCount } from './shorten-bullet.js';

const SECOND_CLAUSE = /;\s|,\s+(?:and|but|while|whereas|which|who)\s|\s[—–]\s/u;

/**
 * Among the sentences told by the most outlets (then the best scored), the first whose main clause — asides,
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
): CitedText | undefined {
  const oneOutletWords = wordsOfOneHeadline(items);
  const framed = new Set(comparison.outlets.flatMap((outlet) => outlet.framing.map((term) => term.term.toLowerCase())));
  const pool = candidates
    .filter((c) => !DANGLING_START.test(c.text) && !/^["“‘'«]/.test(c.text))
    .sort((a, b) => b.supportArticles - a.supportArticles || b.score - a.score || a.key.localeCompare(b.key))
    .slice(0, HEADLINE_POOL);
  for (const candidate of pool) {
    const text = headlineForm(candidate.text);
    if (text === undefined) continue;
    const words = surfaceWords(text);
    if (words.some((word) => oneOutletWords.has(word) || framed.has(word))) continue;
    const seen = new Set<string>();
    const citations = [candidate.span, ...candidate.support].filter((span) => {
      const key = spanKey(span);
      return !seen.has(key) && seen.add(key) !== undefined;
    });
    return { text, citations };
  }
  return undefined;
}

/** A sentence's main clause as a headline (no closing full stop), or undefined when it is not one. */
export function headlineForm(sentence: string): string | undefined {
  let text = dropUnsharedPieces(sentence, () => false);
  const lead = text.match(/^[^,]{1,60},\s+/u);
  if (lead && LEADING_ADVERBIAL.test(text) && wordCount(lead[0]) <= 6) text = text.slice(lead[0].length);
  text = text.split(SECOND_CLAUSE)[0]!.replace(/[\s,;:.!—–-]+$/u, '');
  if ((text.match(/["“”]/g) ?? []).length % 2 === 1 || /[?]$/.test(text)) return undefined;
  const words = wordCount(text);
  if (words < HEADLINE_MIN_WORDS || words > HEADLINE_MAX_WORDS) return undefined;
  if (!/\s\p{Lu}/u.test(text) && !/^\p{Lu}\p{L}*\s+\p{Lu}/u.test(text)) return undefined;
  return text[0]!.toUpperCase() + text.slice(1);
}

/** Words of some outlet's headline that no other outlet's headline has (only when two outlets have headlines). */
function wordsOfOneHeadline(items: readonly AnalyzedArticle[]): Set<string> {
  const byOutlet = new Map<string, Set<string>>();
  for (const { article } of items) {
    if (!article.title) continue;
    const outlet = outletName(article) ?? article.id;
    const words = byOutlet.get(outlet) ?? new Set<string>();
    for (const word of surfaceWords(article.title)) words.add(word);
    byOutlet.set(outlet, words);
  }
  const outlets = new Map<string, number>();
  for (const words of byOutlet.values()) for (const word of words) outlets.set(word, (outlets.get(word) ?? 0) + 1);
  if (byOutlet.size < 2) return new Set();
  return new Set([...outlets].filter(([, n]) => n === 1).map(([word]) => word));
}

/** Reporting verbs say nothing about a side: one outlet's "says" does not make the word its own. */
const NEUTRAL = new Set(['said', 'says', 'say', 'told', 'tells', 'has', 'have', 'had', 'will', 'would']);

function surfaceWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(
    (word) => word.length >= 3 && !isStopWord(word) && !NEUTRAL.has(word),
  );
}
