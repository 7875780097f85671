/** The addressee of "told"/"tells": the object that stands between the verb and the clause it reports. */

/** Verbs whose first object is the person or outlet spoken to ("told The Denver Post he …", "tells reporters the …"). */
export const ADDRESSEE_VERB = /^(?:told|tells|tell|telling)$/;

/** An object pronoun that is the whole addressee ("told him the …"). */
const OBJECT_PRONOUN = /^(?:me|him|us|them)$/;
/** A personal pronoun that opens the reported clause ("told reporters he …"). */
const SUBJECT_PRONOUN = /^(?:he|she|they|it|we|I|there)$/;
/** A determiner that opens the reported clause's subject after the addressee ("told the Post the review …"). */
const DETERMINER = /^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|some|no|many|most|all)$/;
/** Words inside an addressee that join it ("members of the committee", "Fox & Friends", "days after the election"). */
const JOINER = /^(?:of|for|and|&|at|in|on|from|with|about|after|before|during|by|over|since)$/;
/** "told him to leave", "told a story": an order or a thing told, no addressee before a clause. */
const NO_CLAUSE = /^(?:to|story|stories|joke|jokes|lie|lies|truth|tale|tales|anecdote)$/;
/** A word that can only be a verb or auxiliary: the clause began earlier than we can tell ("told Fox News Trump was"). */
const VERB_LIKE = /^(?:is|was|are|were|has|had|have|will|would|could|should|can|may|might|did|does|do|\p{Ll}{2,}ed)$/u;
/** Time words that may follow an addressee ("told reporters Tuesday he …"). */
const TIME_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|Tonight|tonight)$/;
/** Longest addressee read (words): "a local television station in Lincoln". */
const ADDRESSEE_MAX_WORDS = 8;

/**
 * Where the clause a "told" governs begins, past its addressee: the first personal pronoun, a determiner after a noun,
 * or (after a lower-case noun) a capitalised name. `from` is right after the verb; returns `from` when the addressee's
 * end is unclear (a verb comes first, or no clause opener within a few words), so content is then read as before.
 * @example skipAddressee('told The Denver Post he spoke', 4, 29) // → 21 (at "he")
 */
export function skipAddressee(text: string, from: number, end: number): number {
  const words = [...text.slice(from, end).matchAll(/[^\s,.;:!?“”"()]+/g)].slice(0, ADDRESSEE_MAX_WORDS + 1);
  const at = (i: number): number => from + (words[i]?.index ?? 0);
  const first = words[0]?.[0];
  if (first === undefined || NO_CLAUSE.test(first)) return from;
  const second = words[1]?.[0] ?? '';
  // Punctuation or a quote mark after the first word: no clause follows the addressee ("tell him “no more nonsense”").
  if (words.length > 1 && /[,.;:!?“”"()]/.test(text.slice(at(0) + first.length, at(1)))) return from;
  if (OBJECT_PRONOUN.test(first))
    return second !== '' && !JOINER.test(second) && !NO_CLAUSE.test(second) ? at(1) : from;
  // "told her the review …" (her the object), "told her husband he …" (her a determiner).
  if (/^(?:her|you)$/.test(first) && DETERMINER.test(second)) return at(1);
  for (let i = 1; i < words.length; i += 1) {
    // Punctuation between two words ends the stretch: the addressee is not a clause of its own.
    if (/[,.;:!?“”"()]/.test(text.slice(at(i - 1) + words[i - 1]![0].length, at(i)))) return from;
    const word = words[i]![0];
    const previous = words[i - 1]![0];
    if (NO_CLAUSE.test(word)) return from;
    if (SUBJECT_PRONOUN.test(word) && !JOINER.test(previous)) return at(i);
    if (JOINER.test(previous) || DETERMINER.test(previous) || /['’]s?$/u.test(previous)) continue;
    if (VERB_LIKE.test(word)) return from;
    if (DETERMINER.test(word) && !(i === 1 && DETERMINER.test(first))) return at(i);
    if (/^\p{Lu}/u.test(word) && /^\p{Ll}/u.test(previous) && !TIME_WORD.test(word) && !JOINER.test(previous))
      return at(i);
  }
  return from;
}
