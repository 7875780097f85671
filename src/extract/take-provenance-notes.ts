/** Moves notes about where the text comes from ("an edited version of an article which originally appeared in …") into metadata. */
import { PROVENANCE_NOTE, PROVENANCE_OUTLET } from './patterns.js';
import { type Found, fill, type Line } from './types.js';

/** The outlet a provenance note names, if any. `outletOfNote('… appeared in the Eurointelligence newsletter.')` → `'Eurointelligence'`. */
export function outletOfNote(note: string): string | undefined {
  const name = PROVENANCE_OUTLET.exec(note)?.[1]?.trim();
  return name && name.length <= 60 ? name : undefined;
}

/**
 * Removes provenance-note lines from the text, keeps them as `provenanceNotes`, and takes the outlet they
 * name when none is known yet.
 * @example takeProvenanceNotes(["…", "This is an edited version of an article which originally appeared in the Eurointelligence newsletter."], found)
 */
export function takeProvenanceNotes(lines: Line[], found: Found): Line[] {
  return lines.filter((line) => {
    if (!PROVENANCE_NOTE.test(line.text)) return true;
    found.provenanceNotes.push(line.text);
    fill(found, 'outlet', outletOfNote(line.text));
    return false;
  });
}
