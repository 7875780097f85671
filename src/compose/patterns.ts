/** The compose stage's regular expressions, in one place. */

/** A number as written: digits with separators and decimals ("3.5", "35,000", "2%"). */
export const NUMBER = /\d+(?:[.,]\d+)*/g;
/** Number words that state a quantity as plainly as digits do. */
export const NUMBER_WORDS =
  /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|dozen|half|percent)\b/gi;
/** A capitalised word (a name or the start of one), including internal capitals and dots ("McConnell", "U.S."). */
export const CAPITALISED_WORD = /\b\p{Lu}[\p{L}\p{N}'’.-]*/gu;
/** Negation words: a sentence and its cited span must agree on them. */
export const NEGATION = /\b(?:not|no|never|none|nobody|nothing|neither|nor|cannot|without)\b|n['’]t\b/gi;
/** Text inside double quotation marks (straight or curly). */
export const QUOTED = /["“]([^"”“]{3,})["”]/g;
/** A parenthetical aside: "(AP)", "(R-Ky.)", "(which …)". */
export const PARENTHETICAL = /\s*\([^()]{1,80}\)/g;
/**
 * A leading discourse marker that only links a sentence to its neighbour in the source, or sums up what came before
 * it ("Overall," "In short,": in a bullet there is nothing before it; the seed quick look opened one with "Overall,").
 */
export const LEADING_DISCOURSE =
  /^(?:But|And|However|Meanwhile|Still|Also|So|Yet|Now|Instead|Indeed|Moreover|Furthermore|In addition|Separately|(?:Despite|Because of|After|Following|Given|Beyond|Besides|Amid) (?:this|that|these|those|it)|As a result|In response|In turn|Even so|That said|For (?:this|that) reason|To that end|At the same time|On the other hand|In the meantime|Since then|Otherwise|Nevertheless|Nonetheless|Regardless|Likewise|Similarly|Consequently|Therefore|Thus|Then|Later|Afterward|Afterwards|Overall|In short|In sum|In summary|All in all|In conclusion),\s+|^(?:But|And)\s+(?=\p{Ll})/u;
/**
 * A sentence the analyzer split in the wrong place, so it opens mid-sentence: the tail of an abbreviation ("Y.,
 * concluded, …" from "N.Y."), a lower-case word, or punctuation.
 */
export const FRAGMENT_START = /^(?:\p{Lu}\.(?:,|\s+\p{Ll})|\p{Ll}|[,;:.)\]}])/u;
/**
 * A dateline or wire credit that opens a source sentence ("WASHINGTON (AP) — ", "BAGHDAD — ", "TEHRAN, Iran — ",
 * "SHEIKHAN, Iraq—"); a hyphen needs a space after it, so "U.S.-Mexico" is no dateline.
 */
export const LEADING_DATELINE =
  /^[\p{Lu}][\p{Lu} .,'’-]{2,40}(?:,\s+\p{Lu}[\p{Ll}.'’]+(?:\s\p{Lu}[\p{Ll}.'’]+)?)?\s*(?:\([^()]{1,20}\))?(?:\s*[—–─]{1,2}\s*|\s*-{1,2}\s+)/u;
/** A sentence opening that leans on the sentence before it ("That includes …", "He added …"): poor on its own. */
export const DANGLING_START =
  /^(?:That|This|These|Those|It|He|She|They|His|Her|Their|Its|The latter|The former|Such)\b(?!\s+(?:is|was)\s+not\b)/;
/**
 * A non-restrictive relative clause between commas or at the end (", who was elected in 2018,"). Its closing comma
 * is never the one inside a date: ", which began weeks before the Nov. 8, 2016, election …" has no end before the
 * year, so nothing is cut (cutting at "8," left "The correspondence 2016, election …").
 */
// Nor the comma before a name in apposition inside the clause ("…, which was brought by Nebraska’s attorney general,
// Jon Bruning, and …" goes on past "general,"; cut there it left "The lawsuit Jon Bruning, and …").
export const NONRESTRICTIVE_RELATIVE =
  /,\s+(?:which|who|whose)\b[^,;:"“”]*?(?:,\s(?!\d{4}\b)(?!\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*,)|(?=[.!]$))/u;
/** An aside between paired dashes (" — even panic — "). */
export const PAIRED_DASH_ASIDE = /\s+[—–]\s+[^—–"“”]{1,120}?\s+[—–]\s+/u;
/** A leading attribution to a named source ("According to Pars Today, …"); group 1 is the source. */
export const LEADING_ACCORDING = /^According to ([^,]{2,60}),\s+/;
/** A credit line in front of a lead ("Pars Today – The …"); group 1 is the name, checked against the outlet. */
export const OUTLET_CREDIT = /^([\p{Lu}][\p{L}\p{N}.&' ]{1,40}?)\s+[—–-]\s+(?=\p{Lu})/u;
/** A wire credit in brackets opening a lead, glued or dashed to it ("(CNN)Stabbings …", "(Reuters) - New York …"). */
export const LEADING_WIRE_CREDIT = /^\([\p{Lu}][\p{L} .&'’-]{1,30}\)\s*(?:[—–-]{1,2}\s*)?(?=[\p{Lu}"“‘'])/u;
/**
 * Pieces of a sentence that a neutral summary can drop without breaking the sentence, each opening with its comma
 * or dash: a trailing participial clause (", drawing praise from …"), a trailing attribution (", the official told
 * CNN"), an apposition or non-restrictive relative (", a Democrat,", ", which …"), a trailing subordinate clause
 * (", even as officials urge caution"), a trailing aside after a dash.
 */
export const DROPPABLE_PIECE = {
  // Not "…, misleading and unsupported statements": an -ing word before "and" is one item of a list.
  participle: /^,\s+(?!including\b|according\b|during\b|notwithstanding\b)\p{Ll}+ing\b(?!\s+(?:and|or)\b)/u,
  attribution:
    /^,\s+(?:according to\b|(?:he|she|they|it)\s+(?:said|says|added|told|wrote)\b|(?:said|says|added|told|reported|reports|wrote|noted)\b|(?:the|a|an)\s[\p{L} .'’-]{1,40}\s(?:said|says|told|reported|reports|noted)\b[^,]*$)/u,
  apposition: /^,\s+(?:a|an|the|who|which|whose)\s/u,
  subordinate: /^,\s+(?:even as|as|while|after|despite|though|although|even though|amid|with)\s/u,
  // Not "… calls from referees – and politics": a dash before a conjunction ends a list.
  dash: /^\s[—–]\s+(?!(?:and|or|but|nor)\b)/u,
} as const;
/** A piece that goes on with a verb (", admitted Wednesday …"): what follows an apposition in the main clause. */
export const VERB_CONTINUATION =
  /^,\s+(?:\p{Ll}+ed|\p{Ll}+[^s]s|is|was|were|are|has|had|have|will|would|can|could|may|might|must|should|did|does|do|said|told|won|lost|made|took|became|came|went|left|met|ran|sent|gave|got|began|sought|held|led|set|put|hit|cut|spoke|wrote|saw|knew|thought|brought|paid|kept|found|stood|fell|rose|drew|grew|broke|chose|struck|fought|swore)\b/u;
/**
 * A piece that brings the main clause's verb after its subject and the subject's asides (", allegedly was aware …",
 * ", are charged with …", ", said Tuesday …"): the words before it are a subject, not a clause. Auxiliaries and
 * reporting verbs only: an -s or -ed word after a comma is as often a noun or a participle aside.
 */
export const MAIN_VERB_PIECE =
  /^,\s+(?:\p{Ll}+ly\s+)?(?:is|was|were|are|has|had|have|will|would|can|could|may|might|must|should|did|does|do|said|says|told)\b/u;
/** A span of time before or after something ("A day after", "Four years ago"), as a regex source. */
const SPAN_OF_TIME = String.raw`(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|A few|\d+)\s+(?:hours?|days?|weeks?|months?|years?|decades?)\s+(?:ago|after|before|earlier|later)\b`;
/**
 * A sentence opening with an adverbial ("By a vote of 168 to 55, …", "Four years ago, …"): its main clause may come
 * after a comma. "At least" and "At most" open a counted subject, not an adverbial: "At least 60 percent of the staff
 * is white, a number in line with …" is the main clause (NeuS val-0002 lost it and kept "A number in line with …").
 */
export const LEADING_ADVERBIAL = new RegExp(
  `^(?:But\\s+|And\\s+)?(?:By|With|Without|After|Before|In|On|At(?!\\s+(?:least|most)\\b)|As|When|While|If|Despite|Although|Though|Since|Under|Amid|For|From|During|Following|Once|Because|Even|Not|Until|Unlike|Like|Over|Across|Among|To|Through|Within|Ahead|Hours|Days|Weeks|Months|Years|${SPAN_OF_TIME})\\b`,
  'u',
);
/**
 * An opening that only places the clause in time ("A day after telling reporters …,", "Hours before the vote,"):
 * a headline may drop it however long it is, where a condition ("If …") or a concession ("Despite …") stays.
 */
export const TIME_OPENING = new RegExp(
  `^(?:But\\s+|And\\s+)?(?:After|Before|When|Since|Following|Hours|Days|Weeks|Months|Years|${SPAN_OF_TIME})\\b`,
  'u',
);
/**
 * "… adding that from this day forward", "told Axios that while he initially believed …": a that-clause opened by an
 * adverbial or subordinate clause, whose own subject and verb come only after the next comma.
 */
export const THAT_BEFORE_ADVERBIAL =
  /\bthat\s+(?:from|in|on|at|by|after|before|since|for|with|under|as|if|when|while|during|until|although|though|because|once|unless)\b[^,]*$/iu;
/** Where a sentence splits into pieces: before a comma or a spaced dash. */
// Not the comma inside a date ("Nov. 8, 2016"): a piece that opens on a year is the date's own.
export const PIECE_BOUNDARY = /(?=,\s(?!\d{4}\b)|\s[—–]\s)/u;
