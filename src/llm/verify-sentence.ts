/** Checks one model-written sentence against the source passages it cites: what is not supported is dropped or flagged. */
import { checkGrounding } from '../compose/check-grounding.js';
import { NEGATION, QUOTED } from '../compose/patterns.js';
import { contentWords } from '../core/text.js';

/** Lexical cover below this (but above the grounding floor) keeps the sentence with a flag. */
const WEAK_COVER = 0.8;

export interface Verdict {
  /** Keep the sentence (perhaps with flags) or drop it. */
  keep: boolean;
  /** Why it was dropped, or what is doubtful about a kept sentence. */
  problems: string[];
  flags: string[];
}

/**
 * Verifies a sentence against its cited passages: every number and name must occur in them, every quotation must
 * be verbatim in one of them, the count of negations must equal that of the passage sharing most words (or of all
 * cited passages together), and ≥60% of its content
 * words must be found there. A failing check drops the sentence; thin lexical support only flags it.
 * @example verifySentence('Rutte said the US is not behind NATO [1].', ['I am confident that the United States fully supports NATO.']).keep // false
 */
export function verifySentence(sentence: string, cited: readonly string[]): Verdict {
  if (cited.length === 0) return { keep: false, problems: ['cites no source passage'], flags: [] };
  const grounding = checkGrounding(sentence, cited);
  const problems = [...grounding.problems];
  for (const quote of quotesIn(sentence)) {
    if (!cited.some((passage) => normaliseQuote(passage).includes(normaliseQuote(quote)))) {
      problems.push(`quote not verbatim in the cited passages: "${quote}"`);
    }
  }
  const negation = negationMismatch(sentence, cited);
  if (negation) problems.push(negation);
  const flags =
    problems.length === 0 && grounding.cover < WEAK_COVER
      ? [`thin lexical support (${grounding.cover.toFixed(2)})`]
      : [];
  return { keep: problems.length === 0, problems, flags };
}

function quotesIn(text: string): string[] {
  // Scare quotes of one word count too: an altered "illegal" is as wrong as an altered sentence.
  return [...text.matchAll(QUOTED)].map((m) => m[1]!.trim()).filter((q) => /[\p{L}\p{N}]{3}/u.test(q));
}

function normaliseQuote(text: string): string {
  return text
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[.,;:!?]+(?=\s|$)/g, '')
    .trim()
    .toLowerCase();
}

/** Negation counted in the sentence and in the passage that shares most content words with it; they must agree. */
function negationMismatch(sentence: string, cited: readonly string[]): string | undefined {
  const words = new Set(contentWords(sentence));
  let closest = cited[0]!;
  let best = -1;
  for (const passage of cited) {
    const shared = contentWords(passage).filter((w) => words.has(w)).length;
    if (shared > best) {
      best = shared;
      closest = passage;
    }
  }
  const mine = countNegations(sentence);
  const theirs = countNegations(closest);
  const all = cited.reduce((sum, passage) => sum + countNegations(passage), 0);
  if (mine === theirs || mine === all) return undefined;
  if (mine > theirs) return 'negates what the cited passage affirms';
  return best >= 3 ? 'affirms what the cited passage negates' : undefined;
}

function countNegations(text: string): number {
  return [...text.matchAll(NEGATION)].length;
}
