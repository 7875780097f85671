/** The brief's claims with the reading `analyze` gave each one (measure, bound, range, change, hedge, time, quantifier). */
import type { AnalyzedArticle, BriefClaim, Claim } from '../core/model.js';
import { spanKey } from './score-sentences.js';

/** The Claim fields a brief claim carries besides text, subject, value and unit. */
const READING_FIELDS = ['measure', 'quantifier', 'time', 'approximate', 'bound', 'range', 'change'] as const;

/**
 * Copies each brief claim's reading from the analysed claim it was made from: the first claim, in article order,
 * whose sentence is the brief claim's first span and whose value, unit and subject are the same.
 * @example readClaims(items, comparison.claims)[0] // { text, value: 3.5, unit: 'percent', bound: 'lower', spans, articles }
 */
export function readClaims(items: readonly AnalyzedArticle[], claims: readonly BriefClaim[]): BriefClaim[] {
  const bySentence = new Map<string, Claim[]>();
  for (const { analysis } of items) {
    for (const claim of analysis.claims) {
      const key = spanKey(claim.span);
      const list = bySentence.get(key);
      if (list) list.push(claim);
      else bySentence.set(key, [claim]);
    }
  }
  return claims.map((briefClaim) => {
    const first = briefClaim.spans[0];
    const source = first
      ? bySentence
          .get(spanKey(first))
          ?.find(
            (claim) =>
              claim.value === briefClaim.value &&
              claim.unit === briefClaim.unit &&
              claim.subject === briefClaim.subject,
          )
      : undefined;
    if (!source) return briefClaim;
    const read: BriefClaim = { ...briefClaim };
    for (const field of READING_FIELDS) {
      const value = source[field];
      if (value !== undefined) Object.assign(read, { [field]: value });
    }
    return read;
  });
}
