/** Reads the lead's opening: an outlet name ("Pars Today – The …") or a dateline ("BRUSSELS — NATO …"). The text is kept. */
import { DATELINE_SCAN_LINES } from '../core/config.js';
import { LEAD_DATELINE, LEAD_OUTLET } from './patterns.js';
import { type Found, fill, type Line } from './types.js';

/**
 * Sets the outlet from a Title-Case name and dash at the start of the first line, and the dateline from the
 * first capitalised place and dash among the first lines. The lead's dateline is where the story was filed,
 * so it wins over a desk named in a byline ("…/ WASHINGTON/ …" then "BRUSSELS — …" gives BRUSSELS).
 * @example readLead([{ text: 'Pars Today – The NATO Secretary General …' }], found) // found.outlet = 'Pars Today'
 */
export function readLead(lines: readonly Line[], found: Found): void {
  const first = lines[0]?.text;
  if (first !== undefined) {
    const outlet = LEAD_OUTLET.exec(first)?.[1];
    if (outlet && outlet !== outlet.toUpperCase()) fill(found, 'outlet', outlet);
  }
  for (const line of lines.slice(0, DATELINE_SCAN_LINES)) {
    const place = LEAD_DATELINE.exec(line.text)?.[1];
    if (place) {
      found.dateline = place;
      return;
    }
  }
}
