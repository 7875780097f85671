/** Whether a sentence can stand alone as a quick-look bullet, read with nothing before it. */

/** A pronoun opening the sentence points back to a sentence the bullet does not carry ("He demanded that …"). */
const OPENING_PRONOUN = /^(?:he|she|they|it|his|her|their)\b/iu;
/** First person outside quotation marks: the words of a speaker the bullet does not name ("I am trying to …"). */
const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|me|[Mm]y|[Mm]ine|us|[Oo]urs?)\b/u;
/** Quoted passages: a first person inside them belongs to the speaker the sentence names. */
const QUOTED = /[“"«][^”"»]*[”"»]/gu;

/**
 * A bullet must say who did what on its own: no opening pronoun, no first person of an unnamed speaker.
 * On the BASIL Orlando triplet the quick look held "I am trying to save lives …" (Trump's words, no name) and
 * "He demanded that Mr. Obama resign …".
 * @example standsAlone('He demanded that Mr. Obama resign.') // false
 */
export function standsAlone(text: string): boolean {
  const trimmed = text.trimStart();
  if (OPENING_PRONOUN.test(trimmed)) return false;
  return !FIRST_PERSON.test(trimmed.replace(QUOTED, ' '));
}
