/**
 * The roles an article attaches to a person's name — the title before it ("Vermont Sen. Sanders"), a lawmaker's
 * party label after it ("Sen. Bernie Sanders (I-Vt.)"), an appositive after it ("Mike Huckabee, a former Republican
 * governor of Arkansas") or an "of" phrase ("Chuck Schumer of New York") — and whether a definite role phrase ("the
 * Vermont senator", "the former governor") fits them. A role phrase names the person whose own roles it repeats, not
 * whoever was named last (BASIL 2016 eadabee7: "The Vermont senator said …" was given to Hillary Clinton).
 */
import { PERSON_ROLE_HEADS, STATE_ABBREVIATIONS } from './lexicon.js';

/** Abbreviated titles and their words ("Sen." → senator). */
const TITLE_ABBREVIATIONS: Record<string, string> = {
  sen: 'senator',
  sens: 'senator',
  gov: 'governor',
  govs: 'governor',
  rep: 'representative',
  reps: 'representative',
  gen: 'general',
  lt: 'lieutenant',
  sec: 'secretary',
  secy: 'secretary',
  pres: 'president',
  atty: 'attorney',
  supt: 'superintendent',
  amb: 'ambassador',
  congressman: 'representative',
  congresswoman: 'representative',
};
/** Party letters of a party label ("(I-Vt.)") and the words a role phrase uses for them. */
const PARTY_LETTER: Record<string, string> = { D: 'democratic', R: 'republican', I: 'independent' };
/** Role words that are one another's variants ("democrat" and "democratic"). */
const WORD_VARIANTS: Record<string, string> = {
  democrat: 'democratic',
  republican: 'republican',
  gop: 'republican',
  independent: 'independent',
  'front runner': 'frontrunner',
};
/** A role head that any lawmaker's title fits ("the lawmaker" after "Sen. Jeff Flake"). */
const LAWMAKER_TITLES = new Set(['senator', 'representative', 'legislator', 'lawmaker']);

/** Words before a name that end its title run: a determiner, a preposition, a conjunction, a verb of saying. */
const TITLE_RUN_STOP =
  /^(?:the|a|an|his|her|their|its|our|with|by|for|to|from|at|on|in|about|against|as|and|or|but|said|says|told|when|while|after|before|that|who|which)$/i;
/** Lower-case words that modify a role in a title before a name ("former", "rival", "presumptive … nominee"). */
const ROLE_MODIFIERS = new Set(
  `former then rival presumptive presidential vice deputy acting senior chief top press ranking majority minority
  state party campaign national security foreign defense attorney general incoming outgoing retired longtime
  fellow freshman junior independent democratic republican`.split(/\s+/),
);
/** At most this many words before a name are its title ("former Arkansas Gov."). */
const TITLE_RUN_MAX_WORDS = 5;
/** An appositive after a name that describes a role: a comma and an article ("Huckabee, a former … governor"). */
const APPOSITIVE = /^\s*,\s+(?:the|a|an|then|now|former|also)\s+([^,;:.()“”"]{1,100})/iu;
/** An "of" phrase after a name that says where the person serves ("Chuck Schumer of New York"). */
const OF_PLACE = /^\s+of\s+((?:\p{Lu}[\p{L}.]*\s?){1,3})/u;
/** A lawmaker's party label right after a name ("(I-Vt.)", "(R-N.Y.)"). */
const PARTY_LABEL_AFTER = /^\s*\(([DRI])(?:-([\p{L}.]+(?:\s[\p{L}.]+)?))?\)/u;

/** The normal form of one role word ("Sen." → senator, "Vt." → vermont, "Democrat" → democratic). */
export function roleWord(word: string): string[] {
  const bare = word.replace(/['’]s?$/u, '').replace(/\.$/, '');
  const state = STATE_ABBREVIATIONS[bare];
  if (state !== undefined && /^\p{Lu}/u.test(bare)) return state.toLowerCase().split(' ');
  const lower = bare.toLowerCase().replace(/-/g, ' ');
  const title = TITLE_ABBREVIATIONS[lower] ?? WORD_VARIANTS[lower] ?? lower;
  return title.split(' ');
}

/** The role words an article attaches to one mention of a person (see the module comment). */
export function rolesAround(text: string, start: number, end: number): string[] {
  const out: string[] = [];
  const before = text.slice(Math.max(0, start - 80), start).split(/\s+/);
  if (before.at(-1) === '') before.pop();
  for (let k = 0, i = before.length - 1; i >= 0 && k < TITLE_RUN_MAX_WORDS; i -= 1, k += 1) {
    const word = before[i]!;
    // Punctuation other than an abbreviation's full stop ends the title run ("said, Sen. …", "(R-Ark.)").
    if (word === '' || /[,;:()“”"—–]/.test(word) || TITLE_RUN_STOP.test(word)) break;
    if (/\.$/.test(word) && !/^\p{Lu}[\p{L}.]{0,4}\.$/u.test(word)) break;
    // A lower-case word of a title is a role or a role's modifier ("rival Sen.", "former … governor"); any other
    // (a verb: "the chief justice also asked Mr. Sellers") ends the run.
    if (/^\p{Ll}/u.test(word) && !PERSON_ROLE_HEADS.has(word) && !ROLE_MODIFIERS.has(word)) break;
    out.push(...roleWord(word));
  }
  const after = text.slice(end, end + 140);
  const party = PARTY_LABEL_AFTER.exec(after);
  if (party !== null) {
    out.push(PARTY_LETTER[party[1]!]!);
    for (const word of (party[2] ?? '').split(/\s+/)) if (word !== '') out.push(...roleWord(word));
  }
  const rest = party === null ? after : after.slice(party[0].length);
  const appositive = APPOSITIVE.exec(rest) ?? OF_PLACE.exec(rest);
  if (appositive !== null) for (const word of appositive[1]!.split(/\s+/)) if (word !== '') out.push(...roleWord(word));
  return out;
}

/**
 * Whether a role phrase's words ("vermont senator") are all among a person's role words: its head noun (or, for
 * "lawmaker", any lawmaker's title) and each modifier.
 */
export function roleFits(role: string, roles: ReadonlySet<string>, headOnly = false): boolean {
  const words = role
    .split(/\s+/)
    .filter((w) => w !== '')
    .flatMap((w) => roleWord(w));
  const head = words.at(-1);
  if (head === undefined) return false;
  const headFits = roles.has(head) || (head === 'lawmaker' && [...LAWMAKER_TITLES].some((t) => roles.has(t)));
  if (!headFits) return false;
  return headOnly || words.slice(0, -1).every((w) => roles.has(w));
}
