/** A lead sentence as a headline: its main clause, who did what, with its time, asides and trailing clauses cut. */
import { HEADLINE_MAX_WORDS, HEADLINE_MIN_WORDS, HEADLINE_TARGET_WORDS } from '../core/config.js';
import { dropUnsharedPieces } from './drop-unshared-pieces.js';
import {
  LEADING_ADVERBIAL,
  LEADING_DATELINE,
  LEADING_DISCOURSE,
  LEADING_WIRE_CREDIT,
  PIECE_BOUNDARY,
  TIME_OPENING,
  VERB_CONTINUATION,
} from './patterns.js';
import { endBeforePhrase, shortenForBullet, verbComesLater, wordCount } from './shorten-bullet.js';

/**
 * An opening phrase up to its comma, a comma closing a quotation within it included ("A day after telling reporters
 * that he's "not going to talk about this anymore," Congressman Anthony Weiner broke his silence …"). Never the comma
 * inside a date: "In an August 2, 2017 memo," ends after "memo" (cut at "2," it left "2017 memo, Rosenstein …").
 */
const OPENING_PHRASE = /^(?:[^,]|,\s\d{4}\b){1,160}?,["”’]?\s+(?=\p{Lu})|^(?:[^,]|,\s\d{4}\b){1,60},\s+(?!\d{4}\b)/u;
const SECOND_CLAUSE = /;\s|,\s+(?:and|but|while|whereas|which|who)\s|\s[—–]\s/u;
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const PART_OF_DAY = String.raw`(?:\s+(?:morning|afternoon|evening|night))?`;
/**
 * When the event happened, as a lead dates it and a headline does not: "on Thursday", "Monday night", "last week",
 * "yesterday". A bare weekday only after a lower-case word ("resigned Thursday"), so "Palm Sunday" and "Super
 * Tuesday" stay; never a weekday that is the subject of what follows ("Tuesday's vote").
 */
const TIME_OF_EVENT = new RegExp(
  String.raw`(?:,?\s+(?:on|late|early)\s+${WEEKDAY}${PART_OF_DAY}|(?<=(?:^|\s)\p{Ll}[\p{L}'’-]*|\d),?\s+${WEEKDAY}${PART_OF_DAY}|,?\s+(?:(?:earlier|late|early)\s+)?(?:this|last)\s+week|,?\s+yesterday)(?![\p{L}'’-])(?!\s+(?:is|was|will|has|had)\b)`,
  'gu',
);
/**
 * Where a headline may end: before a subordinate clause ("… touted a return to past policies as net neutrality
 * regulations end"). Not after a word that governs what follows ("such as", "served as", "a day after"). Not before
 * a relative or that-clause: on NeuS dev it was most often the content ("told Fox News' Laura Ingraham that …",
 * "unveiled legislation that …", "scrap a program giving work permits to people who …").
 */
const CLAUSE_CUT =
  /(?<!\b(?:such|same|well|so|just|much|many|long|soon|far|day|days|week|weeks|month|months|year|years|hours?|shortly|served|serves|serve|named|known|seen|regarded|described|identified|listed|acted|acts|act|said|says|say|told|tells|believe|believed|believes|think|thinks|thought|argued|argues|claimed|claims|warned|warns|noted|notes|announced|announces|reported|reports|added|adds|ruled|rules|found|finds|showed|shows|means|meant|is|was|are|were|so|now|given|ensure|ensured|ensures|insisted|insists|suggested|suggests|indicated|indicates|revealed|reveals))\s(?=(?:as|amid|while|after|before|because|following|despite|since|when|even as)\s(?!well\b|much\b|many\b|long\b|soon\b|far\b|part\b|a result\b|of\b))/gu;
/** A closing attribution to a named speaker (", Donald Trump announced at a press conference"): the fact is the head's. */
const NAMED_ATTRIBUTION =
  /,\s+(?=(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:said|says|announced|announces|told|confirmed|reported|wrote|tweeted)\b[^,]*$)/gu;
/**
 * A relative or that-clause after a noun ("… denied an explosive report that the president directed …"): a cut of
 * last resort (see CLAUSE_CUT), never after a verb of saying or deciding within six words ("told Fox News' Laura
 * Ingraham that …", "ruled in a unanimous decision that …").
 */
const RELATIVE_CUT = /\s(?=(?:that|who|which)\s)/gu;
const GOVERNS_CLAUSE =
  /\b(?:said|says|say|told|tells|ruled|rules|announced|announces|argued|argues|claimed|claims|warned|warns|wrote|reported|reports|believes?|believed|thinks?|thought|found|finds|showed|shows|insisted|suggested|confirmed|acknowledged|admitted|denied|testified|decided|concluded|agreed|clarified|signaled|signalled|indicated|ensured?|means|meant|so|such)\b(?:\s+\S+){0,5}$/u;
/**
 * A verb that takes "as" after its object ("described the bombings as a terrorist attack", "named him as …"), or a
 * comparison ("won’t be as powerful as he was"): the "as" opens no clause of its own.
 */
const TAKES_AS =
  /\b(?:described|describes|named|names|identified|identifies|saw|sees|viewed|views|regarded|regards|cast|labeled|labelled|branded|characterized|portrayed|listed|known|served|serves|acted|acts|worked|works|emerged|appointed|elected|chosen|picked|nominated|returned|returns|confirmed|treated|treats|used|uses|classified|classifies)\b(?:\s+\S+){0,4}$|\b(?:as|so)\s+\S+$/u;
/**
 * A participle clause after a comma: "… statement on the George Floyd protests, emphasizing the need for …" may end at
 * "protests". Not after a comma-less noun: "food processing plants" is one noun (NeuS dev).
 */
const PARTICIPLE_CUT = /(?<=\s\p{Ll}+),\s(?=(?!including|according|during|notwithstanding)\p{Ll}+ing\s)/gu;
/**
 * A subordinate clause with no main clause after it: "When asked if his supporters should confront Black Lives
 * Matter protesters", "While President Trump took a victory lap with House Republicans" (NeuS dev).
 */
const NO_MAIN_CLAUSE =
  /^(?:When|While|As|If|Although|Though|Because|Since|Unless|Until|Once|Whether|After|Before|Even)\b(?!.*,\s)/u;
/**
 * A head that stops before what it announces ("… into the White House in 2016, in large part"), on a word that needs
 * more ("… paid out as early as", "… people as young"), or a sentence the analyzer cut at an abbreviation ("…
 * announced that former United Nations Amb.").
 */
const CUT_SHORT =
  /(?:\bin\s+(?:large\s+)?part|\bpartly|\blargely|\bmainly|\bdue|[―—–-]|\b(?:and|or|but|the|a|an|of|to|in|on|at|for|with|by|from|that|than|as|be|been|being)|\bas\s+\p{Ll}+)$|\b(?:Amb|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Mr|Mrs|Ms|Dr|St)\.?$/u;
/** A dateline with a double hyphen, as some wires write it ("New York -- Bari Weiss resigned …"). */
const HYPHEN_DATELINE =
  /^\p{Lu}[\p{L}.'’]*(?:\s\p{Lu}[\p{L}.'’]*){0,3}(?:,\s\p{Lu}[\p{L}.'’]*(?:\s\p{Lu}[\p{L}.'’]*)?)?\s+--\s+(?=\p{Lu})/u;
/** A finite verb or an auxiliary: the words after a cut are a clause, so "as" opened one ("as the curfew went into effect"). */
const CLAUSE_VERB =
  /\b(?:\p{Ll}+ed|is|was|were|are|has|had|have|will|would|can|could|did|does|went|came|began|took|made|said|says|told|left|met|ran|fell|rose|end|ends|begin|begins|continue|continues)\b/u;

/**
 * A main clause that ends on its reporting verb, or on where it was said: nothing said is left ("Miami-Dade County
 * Mayor Daniella Levine Cava said in a press conference Thursday morning", NeuS).
 */
const SAYS_NOTHING =
  /\b(?:said|says|told|announced|stated|added|explained|noted|wrote|tweeted)(?:\s+(?:in|at|on|during|to)\s+[^,]*)?$/u;

/**
 * A sentence's main clause as a headline (no closing full stop), or undefined when it is not one: the dateline, a
 * leading time or short opening phrase, asides, the second clause and the event's day cut; then, when it has more
 * than HEADLINE_TARGET_WORDS words, cut as a bullet is (its longest head that fits), or before its last phrase that
 * lets it fit; failing that the same to HEADLINE_MAX_WORDS. Only deletions: it stays grounded in the sentence's span.
 * @example headlineForm('WASHINGTON — The Senate on Thursday confirmed William Barr as attorney general, the second time he will hold the job.') // 'The Senate confirmed William Barr as attorney general'
 */
export function headlineForm(sentence: string): string | undefined {
  let text = sentence
    // "- Joe Biden did everything …" (BASIL b5eefefb): a list dash or bullet left on the sentence.
    .replace(/^[-—–•*]+\s+/u, '')
    .replace(LEADING_WIRE_CREDIT, '')
    .replace(LEADING_DATELINE, '')
    .replace(HYPHEN_DATELINE, '')
    .replace(LEADING_DISCOURSE, '')
    // "But Mr. Trump maintained …": a headline links to nothing before it.
    .replace(/^(?:But|And|Yet|So)\s+(?=\p{Lu})/u, '');
  text = dropUnsharedPieces(text, () => false);
  const lead = text.match(OPENING_PHRASE);
  if (lead && LEADING_ADVERBIAL.test(text) && (wordCount(lead[0]) <= 6 || TIME_OPENING.test(text)))
    // "By a razor thin margin, 51-49, the Senate has voted …": the opening's own figure goes with it.
    text = text.slice(lead[0].length).replace(/^\d[\d.,–-]*,\s+(?=\p{L})/u, '');
  const whole = trimEnd(text);
  const first = text.split(SECOND_CLAUSE)[0]!;
  // "Rep. Duncan Hunter, R-Calif., and his wife, Margaret, were indicted …": the subject goes on, no second clause.
  if (!verbComesLater(text.slice(first.length).split(PIECE_BOUNDARY), 0)) text = first;
  text = trimEnd(text.replace(TIME_OF_EVENT, ''));
  if ((text.match(/["“”]/g) ?? []).length % 2 === 1 || /[?]$/.test(text)) return undefined;
  // A long main clause is cut as a bullet is, to the longest head that fits ("… was indicted by a federal grand
  // jury in San Diego" without "after a monthslong criminal investigation into …"), else before its last phrase
  // that lets it fit ("President Trump said he was preparing an executive order that would nullify the
  // long-accepted constitutional guarantee of birthright citizenship" without "in the United States").
  for (const limit of [HEADLINE_TARGET_WORDS, HEADLINE_MAX_WORDS]) {
    if (wordCount(text) <= limit) break;
    // Clause and comma cuts first; before a phrase (which may leave a verb without what it governs: "… have signed
    // the successor") or a participle only when nothing else fits in HEADLINE_MAX_WORDS.
    const clean = [
      shortenForBullet(`${text}.`, limit),
      endBeforeClause(text, limit, CLAUSE_CUT),
      endBeforeClause(text, limit, NAMED_ATTRIBUTION),
    ];
    const rough = [
      endBeforePhrase(`${text}.`, limit),
      endBeforeClause(text, limit, PARTICIPLE_CUT),
      endBeforeClause(text, limit, RELATIVE_CUT),
    ];
    const cut = (limit === HEADLINE_MAX_WORDS ? [...clean, ...rough] : clean)
      .map((head) => (head === undefined ? undefined : trimEnd(head)))
      .find((head) => head !== undefined && keepsVerb(text, head) && !CUT_SHORT.test(head));
    if (cut !== undefined) text = cut;
  }
  // A list after a colon is cut whole or not at all: "Reid plans to file cloture on at least three measures: the
  // DREAM Act, collective bargaining for firefighters" left its third item out (BASIL ae243a95).
  const colon = text.indexOf(': ');
  if (colon >= 0 && !whole.endsWith(text.slice(colon)) && wordCount(text.slice(0, colon)) > HEADLINE_MIN_WORDS)
    text = text.slice(0, colon);
  const words = wordCount(text);
  if (words < HEADLINE_MIN_WORDS || words > HEADLINE_MAX_WORDS || SAYS_NOTHING.test(text)) return undefined;
  if (NO_MAIN_CLAUSE.test(text) || CUT_SHORT.test(text)) return undefined;
  if (!/\s\p{Lu}/u.test(text) && !/^\p{Lu}\p{L}*\s+\p{Lu}/u.test(text)) return undefined;
  return text[0]!.toUpperCase() + text.slice(1);
}

/**
 * The longest head of `text` ending at a match of `where` (a clause, participle, relative or attribution cut), with
 * HEADLINE_MIN_WORDS + 1 to `limit` words.
 */
function endBeforeClause(text: string, limit: number, where: RegExp): string | undefined {
  let best: string | undefined;
  for (const match of text.matchAll(where)) {
    const head = text.slice(0, match.index);
    const rest = text.slice(match.index + 1);
    const words = wordCount(head);
    if (words <= HEADLINE_MIN_WORDS || words > limit || (match.index ?? 0) === 0) continue;
    // "as" and "since" open a clause only with a verb after them; otherwise they open a phrase ("as a result").
    if (/^(?:as|since|before|after)\s/u.test(rest) && !CLAUSE_VERB.test(rest.split(PIECE_BOUNDARY)[0]!)) continue;
    if (
      (/^as\s/u.test(rest) && TAKES_AS.test(head)) ||
      (/^(?:that|who|which)\s/u.test(rest) && GOVERNS_CLAUSE.test(head))
    )
      continue;
    if (/\b(?:and|or|but|the|a|an|of|to|in|on|at|for|with|by|from)$/iu.test(head)) continue;
    if ((head.match(/["“”]/g) ?? []).length % 2 === 1 || head.includes(', ')) continue;
    if (best === undefined || words > wordCount(best)) best = head;
  }
  return best;
}

/**
 * Whether a cut keeps the main verb: not "Estimates for the president’s Veteran’s Day parade, two days after the
 * midterm vote" from "…, rose from $12 million to $92 million" (NeuS dev).
 */
function keepsVerb(text: string, head: string): boolean {
  const rest = text.slice(head.length);
  return !(text.startsWith(head) && /^,/u.test(rest) && VERB_CONTINUATION.test(rest));
}

/** The text without closing punctuation; the dot of "Jr." and "D.C." stays, a full stop inside a closing quote goes. */
function trimEnd(text: string): string {
  return text
    .replace(/[\s,;:!—–-]+$|(?<!\b(?:Jr|Sr|Inc|Corp|Co|Ltd|\p{Lu}\.\p{Lu}))[\s.]+$/u, '')
    .replace(/[,.](["”’])$/u, '$1');
}
