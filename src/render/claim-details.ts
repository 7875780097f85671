/** A claim's reading in words, shared by the Markdown and HTML renderers ("value: 4 percent, lower bound", "change: up 1 point"). */
import type { BriefClaim } from '../core/model.js';

/**
 * The parts of a claim worth showing beside its sentence, as plain text (the renderer escapes them).
 * @example claimDetails({ text, spans, articles, value: 5, unit: 'percent', range: { min: 3, max: 5 } }) // ['value: 3–5 percent']
 */
export function claimDetails(claim: BriefClaim): string[] {
  const details: string[] = [];
  if (claim.subject) details.push(`subject: ${claim.subject}`);
  if (claim.measure) details.push(`measure: ${claim.measure}`);
  const amount = amountOf(claim);
  // "doubling" reads "change: 2 times", "rose 1 point" reads "change: up 1 point".
  if (claim.change === 'times') details.push(`change: ${amount ?? 'times'}`);
  else if (claim.change) details.push(`change: ${[claim.change, amount].filter(Boolean).join(' ')}`);
  else if (amount) details.push(`value: ${amount}`);
  if (claim.quantifier) details.push(`quantifier: ${claim.quantifier}`);
  if (claim.time) details.push(`time: ${claim.time}`);
  return details;
}

/** "3.5 percent", "3–5 percent", "4, lower bound", "35000 deaths, approximate", "2 times". */
function amountOf(claim: BriefClaim): string | undefined {
  if (claim.value === undefined && claim.range === undefined) return undefined;
  const number = claim.range ? `${claim.range.min}–${claim.range.max}` : String(claim.value);
  const hedges = [...(claim.approximate ? ['approximate'] : []), ...(claim.bound ? [`${claim.bound} bound`] : [])];
  // A factor is what "times" says ("2 times", not "2 factor").
  const unit =
    claim.change === 'times'
      ? ` times${claim.unit && claim.unit !== 'factor' ? ` ${claim.unit}` : ''}`
      : claim.unit
        ? ` ${claim.unit}`
        : '';
  return [`${number}${unit}`, ...hedges].join(', ');
}
