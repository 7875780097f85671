/** The brief's own headline and its quick look tell the main fact once each, in different words (issue 13). */
import { HEADLINE_SAME_EVENT_WORDS } from '../core/config.js';
import { contentWords } from '../core/text.js';
import { sameFact } from './same-fact.js';
import { type Candidate, spanKey } from './score-sentences.js';
import { shortenForBullet, wordCount } from './shorten-bullet.js';

/**
 * Whether one text repeats the other word for word: the words of one (lower-cased, punctuation aside) are a run of
 * the other's. A headline cut from a lead sentence ("Iraqi lawmakers approved a resolution Sunday calling to expel
 * U.S. troops from the country") is such a run of that lead's bullet.
 * @example repeatsVerbatim('Rutte said Europe cannot defend itself', 'Rutte said Europe cannot defend itself without the US.') // true
 */
export function repeatsVerbatim(a: string, b: string): boolean {
  const [x, y] = [wordRun(a), wordRun(b)];
  return x.trim() !== '' && y.trim() !== '' && (x.includes(y) || y.includes(x));
}

/**
 * Two wordings of one event: they share HEADLINE_SAME_EVENT_WORDS content words and half of the shorter one's
 * ("Iraqi lawmakers approved a resolution Sunday calling to expel U.S. troops" / "Lawmakers in Iraq … voted on
 * Sunday to expel United States troops"). Looser than sameFact, which decides what the quick look repeats.
 */
export function tellsSameEvent(a: string, b: string): boolean {
  const left = new Set(contentWords(a));
  const right = new Set(contentWords(b));
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared >= HEADLINE_SAME_EVENT_WORDS && shared >= 0.5 * Math.min(left.size, right.size);
}

function wordRun(text: string): string {
  return ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;
}

/**
 * The quick look without a bullet that repeats the headline word for word: such a bullet gives way to another
 * outlet's sentence stating the same fact (a sentence it cites as support, or one the comparison found stating it),
 * cut to a bullet, so the main fact stays in the quick look, told in other words. A bullet with no such other
 * wording stays as it is: the main fact must not be only in the headline (BASIL f688c56d, birthright citizenship).
 * `usable(candidate, text)` says whether a cut text may be a bullet (stands alone, names who speaks).
 * @example keepHeadlineApart(bullets, 'Rutte said Europe cannot defend itself without the United States', candidates, ok)
 */
export function keepHeadlineApart(
  bullets: readonly Candidate[],
  headline: string,
  candidates: readonly Candidate[],
  usable: (candidate: Candidate, text: string) => boolean,
): Candidate[] {
  const byKey = new Map(candidates.map((candidate) => [candidate.key, candidate]));
  const out: (Candidate | undefined)[] = [...bullets];
  for (const [i, bullet] of bullets.entries()) {
    if (!repeatsVerbatim(headline, bullet.text)) continue;
    const kept = out.filter((other): other is Candidate => other !== undefined);
    const shown = new Set([...bullets, ...kept].map((other) => other.key));
    const others = kept.filter((other) => other !== out[i]);
    // Sentences the comparison found saying the same first, then any other outlet's sentence stating the fact.
    const told = new Set([...bullet.support, ...(bullet.stated ?? [])].map(spanKey));
    const wordings = candidates
      .filter(
        (c) =>
          c.span.articleId !== bullet.span.articleId &&
          !shown.has(c.key) &&
          (told.has(c.key) || sameFact(c.text, bullet.text)),
      )
      .sort(
        (a, b) => Number(told.has(b.key)) - Number(told.has(a.key)) || b.score - a.score || a.key.localeCompare(b.key),
      );
    const reworded = wordings
      .map((wording) => ({ wording, text: shortenForBullet(wording.text) }))
      .find(
        ({ wording, text }) =>
          text !== undefined &&
          !repeatsVerbatim(headline, text) &&
          usable(wording, text) &&
          sameFact(text, bullet.text) &&
          !others.some((other) => sameFact(text, other.text)),
      );
    if (reworded?.text !== undefined) {
      out[i] = { ...reworded.wording, text: reworded.text, words: wordCount(reworded.text) };
      continue;
    }
    // Another bullet already tells the headline's event in its own words: the repeat gives its place to the best
    // scored fact the quick look and the headline do not tell yet.
    if (!others.some((other) => tellsSameEvent(other.text, headline))) continue;
    const next = [...candidates]
      .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))
      .filter((c) => !shown.has(c.key))
      .map((c) => ({ c, text: shortenForBullet(c.text) }))
      .find(
        ({ c, text }) =>
          text !== undefined &&
          usable(c, text) &&
          ![headline, ...others.map((other) => other.text)].some(
            (told) => repeatsVerbatim(told, text) || sameFact(told, text) || tellsSameEvent(told, text),
          ),
      );
    out[i] = next?.text === undefined ? undefined : { ...next.c, text: next.text, words: wordCount(next.text) };
  }
  return out.filter((bullet): bullet is Candidate => bullet !== undefined);
}
