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
    const read: BriefClaim = { ...briefClaim };
    if (source)
      for (const field of READING_FIELDS) {
        const value = source[field];
        if (value !== undefined) Object.assign(read, { [field]: value });
      }
    return dropEmptyReadings(read);
  });
}

/** Words that read as a claim's subject or measure but say nothing of what is counted ("measure: did"). */
const EMPTY_READING = new Set(
  'did do does done is was were are be been being has have had said says say made make makes got get gets went go goes took take came come leader leaders people person official officials one ones some many others other it they he she we who what that this these those thing things part lot number group way time times year years'.split(
    ' ',
  ),
);

/**
 * A subject or measure of one empty word ("subject: leader", "measure: did"), or a measure that only repeats the
 * subject, is left out: it means nothing to a reader.
 */
function dropEmptyReadings(claim: BriefClaim): BriefClaim {
  const out = { ...claim };
  if (isEmptyReading(out.subject)) delete out.subject;
  if (isEmptyReading(out.measure) || (out.measure !== undefined && out.measure === claim.subject)) delete out.measure;
  return out;
}

/** @example isEmptyReading('did') // true */
export function isEmptyReading(reading: string | undefined): boolean {
  return reading !== undefined && (reading.trim() === '' || EMPTY_READING.has(reading.trim().toLowerCase()));
}
