/** Moves an author bio at the end of the text ("X is the founder and editor of …") into author/outlet metadata. */
import { BIO_TAIL_LINES } from '../core/config.js';
import { firstSentence } from './title-from-sentence.js';
import { AUTHOR_BIO, BIO_OUTLET, NAME_ONLY_LINE } from './patterns.js';
import { type Found, fill, type Line } from './types.js';

/** The outlet a bio's first sentence names after "of/at/for", if any. */
export function outletOfBio(bio: string): string | undefined {
  const sentence = firstSentence(bio);
  const role = AUTHOR_BIO.exec(sentence);
  if (!role) return undefined;
  return BIO_OUTLET.exec(sentence.slice(role[0].length))?.[1]?.trim();
}

/**
 * Looks at the last lines for an author bio; removes it (and a lone name line just before it), takes the
 * author, and the outlet when none is known yet.
 * @example takeAuthorBio([..., "George Allison", "George Allison is the founder and editor of the UK Defence Journal. …"], found)
 * // → [...]; author George Allison, outlet UK Defence Journal
 */
export function takeAuthorBio(lines: Line[], found: Found): Line[] {
  const from = Math.max(1, lines.length - BIO_TAIL_LINES);
  for (let i = lines.length - 1; i >= from; i--) {
    const text = lines[i]!.text;
    const name = AUTHOR_BIO.exec(text)?.[1];
    if (!name) continue;
    fill(found, 'author', name);
    fill(found, 'outlet', outletOfBio(text));
    const previous = lines[i - 1]?.text;
    const start = previous !== undefined && i > 1 && previous === name && NAME_ONLY_LINE.test(previous) ? i - 1 : i;
    return [...lines.slice(0, start), ...lines.slice(i + 1)];
  }
  return lines;
}
