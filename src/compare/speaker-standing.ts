/**
 * Who may head an entry of "who said what": a resolved person or organisation, a proper name, or a described
 * source ("a senior official", "police", "Many European politicians"). Anything else ("perhaps", "They", "The
 * exchange", "member states", "NATO estimates", a place) stays attribution evidence in `analyze` and is left out
 * of the brief: a newsroom prints a statement only under someone who can have said it.
 */
import { PERSON_ROLE_HEADS } from '../analyze/lexicon.js';
import type { Entity } from '../core/model.js';

/** Heads of a described source beyond the person roles (singular; plurals are derived). */
const SOURCE_HEADS = new Set([
  ...PERSON_ROLE_HEADS,
  ...`official source aide staffer spokesperson police officer investigator prosecutor authority diplomat witness
  resident voter critic supporter opponent politician expert observer insider adviser member delegate organizer
  protester demonstrator student worker employee participant respondent lobbyist donor consultant operative
  campaign administration government agency ministry department committee commission court panel union army
  military newspaper network agency spokesmen spokeswomen people person man woman official's`.split(/\s+/),
]);
/** Words that open a phrase but never a speaker's name ("They", "It", "Perhaps", "The exchange"). */
const NOT_A_NAME = new Set(
  `i he she it we they you this that these those there here perhaps maybe a an the his her its their our my your
  some many most all both each which who what when where why how if but and or so yet also however meanwhile`.split(
    /\s+/,
  ),
);
/** Party labels that name no one on their own ("Republican" from "the Kentucky Republican"). */
const PARTY_WORD = /^(?:republicans?|democrats?|democratic|independents?|independent|gop|conservatives?|liberals?)$/;
/** Last words of a law's or a document's name: what it "states" is quoted text, not speech (BASIL 2018 f688c56d). */
const DOCUMENT_HEAD =
  /^(?:Act|Acts|Amendment|Amendments|Constitution|Treaty|Accord|Accords|Agreement|Code|Doctrine|Protocol|Charter|Convention)$/;
/** Prepositions after a described source's head noun. */
const HEAD_ENDS_BEFORE = new Set(['of', 'for', 'from', 'at', 'in', 'with', 'on', 'to']);
/** Small words allowed inside a name ("Bank of England", "Ursula von der Leyen", "bin Salman"). */
const NAME_PARTICLES = new Set(['of', 'the', 'de', 'del', 'der', 'van', 'von', 'la', 'le', 'bin', 'al', 'and', 'for']);

/**
 * Why a speaker may not head a who-said-what entry, or undefined when it may.
 * @example unprintableSpeaker('member states') // 'not a name, an organisation or a described source'
 */
export function unprintableSpeaker(name: string, entity?: Entity): string | undefined {
  if (entity !== undefined) {
    if (entity.type === 'person' || entity.type === 'organization') return undefined;
    if (entity.type === 'place') return 'a place, not a speaker';
  }
  const words = name
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return 'no speaker';
  // "The 14th Amendment states …", "the Constitution, which states …": a law or a document quoted, not a speaker.
  if (DOCUMENT_HEAD.test(words.at(-1)!)) return 'a law or a document, not a speaker';
  const first = words[0]!.toLowerCase();
  // The head noun stands before a preposition ("Supporters of Europe's …", "a spokeswoman for Hillary Clinton").
  const preposition = words.findIndex((w, i) => i > 0 && HEAD_ENDS_BEFORE.has(w.toLowerCase()));
  const headWord = preposition > 0 ? words[preposition - 1]! : (words.at(-1) ?? '');
  const head = headWord.toLowerCase().replace(/[’']s$/, '');
  if (isDescribedSource(head)) return undefined;
  if (NOT_A_NAME.has(first)) return 'not a name, an organisation or a described source';
  // One word that is a party label or a verb form ("Republican", "Having") is a misread phrase, not a name.
  if (words.length === 1 && (PARTY_WORD.test(first) || /^\p{L}+ing$/u.test(first)))
    return 'a party label or a word, not a name';
  const proper = words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && NAME_PARTICLES.has(w)));
  return proper ? undefined : 'not a name, an organisation or a described source';
}

function isDescribedSource(head: string): boolean {
  if (SOURCE_HEADS.has(head)) return true;
  const singular = head.endsWith('ies') ? `${head.slice(0, -3)}y` : head.replace(/(?:es|s)$/, '');
  return (
    SOURCE_HEADS.has(singular) || SOURCE_HEADS.has(head.replace(/s$/, '')) || head === 'police' || head === 'people'
  );
}
