/** Whether a sentence can stand alone as a quick-look bullet, read with nothing before it. */
import { LEADING_ADVERBIAL } from './patterns.js';

/** A pronoun opening the sentence points back to a sentence the bullet does not carry ("He demanded that …"). */
const OPENING_PRONOUN = /^(?:he|she|they|it|his|her|their)\b/iu;
/**
 * "In the case of Mr. Jones, it did not initially join …": an opening phrase, then "it" or "they" as the subject —
 * a thing or group named in a sentence the bullet does not carry (a "he" or "she" may be the person the phrase names).
 */
const PRONOUN_AFTER_OPENING = new RegExp(`${LEADING_ADVERBIAL.source}[^,]{0,80},\\s+(?:it|they)\\s`, 'u');
/**
 * "The letter follows …", "The move came after …": a definite noun naming an event of a sentence the bullet does not
 * carry, then its place in time. Read alone, the reader does not know which letter or move.
 */
const EVENT_BEFORE_IT = /^The\s+\p{Ll}+\s+(?:follows|followed|comes|came)\b/u;
/** An opening clause whose subject points back ("If it happens tonight, any of the bills could come", BASIL ae243a95). */
const PRONOUN_IN_OPENING =
  /^(?:If|When|As|While|Because|Although|Though|Since|Unless|Once|Until)\s+(?:it|they|this|that)\s/u;
/** An opening phrase (group 1) and a he/she after its comma. */
const PERSON_PRONOUN_AFTER_OPENING = new RegExp(`(${LEADING_ADVERBIAL.source}[^,]{0,80}),\\s+(?:he|she)\\s`, 'u');
/** First person outside quotation marks: the words of a speaker the bullet does not name ("I am trying to …"). */
const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|me|[Mm]y|[Mm]ine|us|[Oo]urs?)\b/u;
/**
 * A person met earlier, named by the definite role alone as the one who speaks ("the former official said …",
 * "The spokesman added …"): the sentence that introduced them is not carried (BASIL c21cb217's synthesis: "…, the
 * former official said multiple federal crimes would have been committed"). "A senior official said" introduces one.
 */
const ROLE_BACK_REFERENCE =
  /(?:^|[,;]\s+|\band\s+)[Tt]he\s+(?:(?:former|senior|same|two|three)\s+)?(?:official|officials|source|sources|aide|aides|spokesman|spokeswoman|spokesperson|prosecutor|lawyer|attorney|adviser|advisor|expert)\s+(?:said|says|told|added|noted|argued|explained|warned|insisted|stressed)\b/u;
/** Verbs by which a document, body or person reports or rules ("The clause states that …", "The filing said …"). */
const REPORTING_VERB =
  '(?:states|stated|says|said|reads|read|requires|required|notes|noted|shows|showed|finds|found|argues|argued|claims|claimed|adds|added|alleges|alleged|contends|contended|warns|warned|concludes|concluded|stipulates|stipulated|reports|reported|writes|wrote|tells|told|explains|explained|insists|insisted|acknowledges|acknowledged|suggests|suggested)';
/**
 * A definite noun phrase of lower-case words as the subject of a reporting verb, at the start or after an opening
 * phrase ("The clause states that in general, federal law takes precedence …", "The paper reported that …", "In a
 * statement, the company said …"): a document, body or person introduced in a sentence the bullet does not carry
 * (BASIL b764f81f: "the U.S. Constitution's Supremacy Clause" two sentences before). Group 1 is the noun.
 */
const DEFINITE_REPORTER = new RegExp(
  String.raw`^(?:(?:${LEADING_ADVERBIAL.source})[^,]{0,80},\s+)?[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+${REPORTING_VERB}\b`,
  'u',
);
/** Offices there is one of, which a reader knows without an introduction ("The chief justice said …"). */
const ONE_OF_A_KIND = /^(?:president|justice|pope|speaker|minister|chancellor|secretary-general)$/u;
/** Quoted passages: a first person inside them belongs to the speaker the sentence names. */
const QUOTED = /[“"«][^”"»]*[”"»]/gu;

/**
 * A bullet must say who did what on its own: no opening pronoun, no event named only as "the move" or "the letter"
 * before "follows"/"came after", no document or body named only as "the clause" or "the paper" before the verb that
 * reports what it says, no first person of an unnamed speaker.
 * On the BASIL Orlando triplet the quick look held "I am trying to save lives …" (Trump's words, no name) and
 * "He demanded that Mr. Obama resign …".
 * @example standsAlone('He demanded that Mr. Obama resign.') // false
 */
export function standsAlone(text: string): boolean {
  const trimmed = text.trimStart();
  if (OPENING_PRONOUN.test(trimmed) || PRONOUN_AFTER_OPENING.test(trimmed) || PRONOUN_IN_OPENING.test(trimmed))
    return false;
  // "In a statement, he said he intends to …": a he/she after an opening phrase that names no one points back.
  const opening = PERSON_PRONOUN_AFTER_OPENING.exec(trimmed);
  if (opening !== null && !/\s\p{Lu}/u.test(opening[1]!)) return false;
  if (EVENT_BEFORE_IT.test(trimmed)) return false;
  const reporter = DEFINITE_REPORTER.exec(trimmed);
  if (reporter !== null && !ONE_OF_A_KIND.test(reporter[1]!)) return false;
  const narration = trimmed.replace(QUOTED, ' ');
  return !ROLE_BACK_REFERENCE.test(narration) && !FIRST_PERSON.test(narration);
}
