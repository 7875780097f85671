/**
 * Whether reported content says something: "said the deal was dead" holds a clause, "offered only minor changes to
 * the draft" or "denied a request" only a thing. PolNeAR counts both as attributions, so `analyze` keeps both; a
 * thing is marked with a reason so who-said-what can leave it out (an action or a stance's object is no statement).
 */
import type { Range } from './split-sentences.js';
import type { Token } from './nlp.js';

/** Why reported content is not a statement, or undefined when it holds a finite verb. */
export const NOT_A_STATEMENT =
  'reported content with no verb of its own: a stance toward a thing or an action, not a statement';

/**
 * @example statementReason(tokens, range of "the bureau’s only suggestions") // → NOT_A_STATEMENT
 */
export function statementReason(tokens: Token[], range: Range): string | undefined {
  if (tokens.length === 0) return undefined;
  for (let i = firstAtOrAfter(tokens, range.start); i < tokens.length && tokens[i]!.start < range.end; i += 1) {
    if (isFiniteVerb(tokens, i)) return undefined;
  }
  return NOT_A_STATEMENT;
}

/** A finite verb: an auxiliary, or a verb that is neither an -ing form nor an infinitive after "to". */
function isFiniteVerb(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.pos === 'AUX') return true;
  if (token.pos !== 'VERB' || /ing$/i.test(token.value)) return false;
  return tokens[i - 1]?.value.toLowerCase() !== 'to';
}

function firstAtOrAfter(tokens: Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
