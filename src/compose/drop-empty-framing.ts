/** Framing terms that tell the reader something: a plain reporting verb is how every outlet reports, not framing. */
import type { OutletComparison } from '../core/model.js';

/**
 * Verbs every outlet uses to report speech ("called", "tweeted"): an outlet using one more often than the others
 * says nothing about how it frames the story. Verbs with a stance ("claimed", "admitted", "slammed") stay.
 */
const REPORTING_VERB =
  /^(?:say|says|said|saying|tell|tells|told|call|calls|called|calling|tweet|tweets|tweeted|tweeting|write|writes|wrote|written|add|adds|added|post|posts|posted|note|notes|noted|state|states|stated|ask|asks|asked|reply|replies|replied|respond|responds|responded|announce|announces|announced|report|reports|reported|according|statement|spokesperson|spokesman|spokeswoman)$/iu;

/**
 * The outlets with framing terms that are plain reporting verbs left out.
 * @example dropEmptyFraming([{ outlet: 'A', articles: [], omits: [], framing: [{ term: 'tweeted', spans: [] }] }])[0].framing // []
 */
export function dropEmptyFraming(outlets: readonly OutletComparison[]): OutletComparison[] {
  return outlets.map((outlet) => ({
    ...outlet,
    framing: outlet.framing.filter((term) => !REPORTING_VERB.test(term.term.trim())),
  }));
}
