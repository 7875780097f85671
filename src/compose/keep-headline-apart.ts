/** The brief's own headline and its quick look tell the main fact once each, in different words (issue 13). */
import { HEADLINE_SAME_EVENT_WORDS, HEADLINE_SHORT_FORM_MIN_WORDS } from '../core/config.js';
import { contentWords } from '../core/text.js';
import { sameFact } from './same-fact.js';
import { type Candidate, spanKey } from './score-sentences.js';
import { cutToCore, endBeforePhrase, shortenForBullet, wordCount } from './shorten-bullet.js';

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
 * Whether a headline is cut from the text: its words are the text's words in order, with gaps where the day, an
 * aside or a clause was cut ("The Supreme Court ruled in a unanimous decision that …" from "The Supreme Court ruled
 * on Monday in a unanimous decision that …"), as headlineForm makes it.
 * @example isShortFormOf('The Senate confirmed William Barr', 'The Senate on Thursday confirmed William Barr.') // true
 */
export function isShortFormOf(headline: string, text: string): boolean {
  const short = wordRun(headline).trim().split(' ');
  const long = wordRun(text).trim().split(' ');
  if (short[0] === '' || short.length > long.length) return false;
  let i = 0;
  for (const word of long) if (word === short[i] && ++i === short.length) return true;
  return false;
}

/**
 * Whether a bullet restates the headline: the headline is cut from it (isShortFormOf) and the bullet adds fewer than
 * HEADLINE_SHORT_FORM_MIN_WORDS content words to it. A headline cut from the bullet's sentence with its day, asides
 * or trailing clause left out ("… as attorney general" over "… as attorney general on Thursday.") is its short form,
 * as a paper prints a headline over its lead, and the bullet keeps the whole sentence.
 * @example restatesHeadline('The Senate confirmed William Barr', 'The Senate confirmed William Barr.') // true
 */
export function restatesHeadline(headline: string, bullet: string): boolean {
  if (!isShortFormOf(headline, bullet)) return false;
  const told = new Set(contentWords(headline));
  return new Set(contentWords(bullet).filter((word) => !told.has(word))).size < HEADLINE_SHORT_FORM_MIN_WORDS;
}

/**
 * Two wordings of one event: they share HEADLINE_SAME_EVENT_WORDS content words beyond names, and half of the
 * shorter one's ("Iraqi lawmakers approved a resolution Sunday calling to expel U.S. troops" / "Lawmakers in Iraq …
 * voted on Sunday to expel United States troops"). Names alone make no event: on the seeds every bullet names
 * "NATO Secretary-General Mark Rutte". Looser than sameFact, which decides what the quick look repeats.
 */
export function tellsSameEvent(a: string, b: string): boolean {
  const left = new Set(contentWords(withoutNames(a)));
  const right = new Set(contentWords(withoutNames(b)));
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared >= HEADLINE_SAME_EVENT_WORDS && shared >= 0.5 * Math.min(left.size, right.size);
}

/**
 * The text without its capitalised words after the first: what is said, not who or where. A headline in title case
 * ("Final Senate Vote On Kavanaugh Nomination Expected Saturday") capitalises every word and keeps them all.
 */
function withoutNames(text: string): string {
  const words = text.split(/\s+/u);
  const lower = words.filter((word) => /^\p{Ll}/u.test(word)).length;
  if (lower < words.length / 3) return text;
  return words.filter((word, i) => i === 0 || !/^\p{Lu}/u.test(word)).join(' ');
}

function wordRun(text: string): string {
  return ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;
}

/**
 * The quick look without a bullet that restates the headline (restatesHeadline): such a bullet gives way to another
 * outlet's sentence stating the same fact (a sentence it cites as support, or one the comparison found stating it),
 * cut to a bullet, so the main fact stays in the quick look, told in other words. A bullet with no such other
 * wording stays as it is: the main fact must not be only in the headline (BASIL f688c56d, birthright citizenship).
 * When no bullet (nor the `opener`, an outlet's headline opening the quick look) tells the headline's event, a
 * wording of it opens the quick look (see withMainFact); the quick look has `room` bullets at most.
 * `usable(candidate, text)` says whether a cut text may be a bullet (stands alone, names who speaks).
 * @example keepHeadlineApart(bullets, 'Rutte said Europe cannot defend itself without the United States', candidates, ok)
 */
export function keepHeadlineApart(
  bullets: readonly Candidate[],
  headline: string,
  candidates: readonly Candidate[],
  usable: (candidate: Candidate, text: string) => boolean,
  opener?: string,
  room = Number.POSITIVE_INFINITY,
): Candidate[] {
  const out: (Candidate | undefined)[] = [...bullets];
  for (const [i, bullet] of bullets.entries()) {
    if (!restatesHeadline(headline, bullet.text)) continue;
    const kept = out.filter((other): other is Candidate => other !== undefined);
    const shown = new Set([...bullets, ...kept].map((other) => other.key));
    const others = kept.filter((other) => other !== out[i]);
    // What the quick look tells besides this bullet: the other bullets and the outlet's headline opening it.
    const rest = [...(opener ? [opener] : []), ...others.map((other) => other.text)];
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
          tellsSameEvent(text, headline) &&
          !rest.some((other) => sameFact(text, other) || tellsSameEvent(text, other)),
      );
    if (reworded?.text !== undefined) {
      out[i] = { ...reworded.wording, text: reworded.text, words: wordCount(reworded.text) };
      continue;
    }
    // Another bullet (or the opener) already tells the headline's event in its own words: the repeat gives its place to the best
    // scored fact the quick look and the headline do not tell yet.
    if (!rest.some((other) => tellsSameEvent(other, headline))) continue;
    const next = [...candidates]
      .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))
      .filter((c) => !shown.has(c.key))
      .map((c) => ({ c, text: shortenForBullet(c.text) }))
      .find(
        ({ c, text }) =>
          text !== undefined &&
          usable(c, text) &&
          ![headline, ...rest].some(
            (told) => repeatsVerbatim(told, text) || sameFact(told, text) || tellsSameEvent(told, text),
          ),
      );
    out[i] = next?.text === undefined ? undefined : { ...next.c, text: next.text, words: wordCount(next.text) };
  }
  const kept = out.filter((bullet): bullet is Candidate => bullet !== undefined);
  return withMainFact(kept, headline, candidates, usable, opener, room);
}

/**
 * The quick look with the headline's event in it: when neither a bullet nor the opener tells it, the best scored
 * sentence that does (another wording than the headline's when there is one), cut to a bullet, opens the quick look,
 * the last bullet giving way when it is full. On BASIL f688c56d the headline said Trump would end birthright
 * citizenship by executive order and the quick look opened on the 14th Amendment.
 */
function withMainFact(
  bullets: Candidate[],
  headline: string,
  candidates: readonly Candidate[],
  usable: (candidate: Candidate, text: string) => boolean,
  opener: string | undefined,
  room: number,
): Candidate[] {
  const tells = (text: string) =>
    isShortFormOf(headline, text) || sameFact(headline, text) || tellsSameEvent(headline, text);
  if ([...(opener ? [opener] : []), ...bullets.map((bullet) => bullet.text)].some(tells)) return bullets;
  const shown = new Set(bullets.map((bullet) => bullet.key));
  const wordings = [...candidates]
    .filter((c) => !shown.has(c.key))
    .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))
    .map((c) => ({ c, text: shortenForBullet(c.text) ?? endBeforePhrase(cutToCore(c.text)) }))
    .filter(
      (entry): entry is { c: Candidate; text: string } =>
        entry.text !== undefined &&
        tells(entry.text) &&
        usable(entry.c, entry.text) &&
        ![...(opener ? [opener] : []), ...bullets.map((bullet) => bullet.text)].some((told) =>
          sameFact(entry.text!, told),
        ),
    );
  const best = wordings.find(({ text }) => !repeatsVerbatim(headline, text)) ?? wordings[0];
  if (best === undefined || room < 1) return bullets;
  const main = { ...best.c, text: best.text, words: wordCount(best.text) };
  return [main, ...bullets].slice(0, Math.max(room, 1));
}
