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
/** A leading discourse marker that only links a sentence to its neighbour in the source. */
export const LEADING_DISCOURSE =
  /^(?:But|And|However|Meanwhile|Still|Also|So|Yet|Now|Instead|Indeed|Moreover|Furthermore|In addition|Separately),\s+|^(?:But|And)\s+(?=\p{Ll})/u;
/** A dateline or wire credit that opens a source sentence ("WASHINGTON (AP) — ", "BAGHDAD — "). */
export const LEADING_DATELINE = /^[\p{Lu}][\p{Lu} .,'’-]{2,40}(?:\([^()]{1,20}\))?\s*[—–-]{1,2}\s+/u;
/** A sentence opening that leans on the sentence before it ("That includes …", "He added …"): poor on its own. */
export const DANGLING_START =
  /^(?:That|This|These|Those|It|He|She|They|His|Her|Their|Its|The latter|The former|Such)\b(?!\s+(?:is|was)\s+not\b)/;
/** A non-restrictive relative clause between commas or at the end (", who was elected in 2018,"). */
export const NONRESTRICTIVE_RELATIVE = /,\s+(?:which|who|whose)\b[^,;:"“”]*?(?:,\s|(?=[.!]$))/u;
/** An aside between paired dashes (" — even panic — "). */
export const PAIRED_DASH_ASIDE = /\s+[—–]\s+[^—–"“”]{1,120}?\s+[—–]\s+/u;
/** A leading attribution to a named source ("According to Pars Today, …"); group 1 is the source. */
export const LEADING_ACCORDING = /^According to ([^,]{2,60}),\s+/;
/** A credit line in front of a lead ("Pars Today – The …"); group 1 is the name, checked against the outlet. */
export const OUTLET_CREDIT = /^([\p{Lu}][\p{L}\p{N}.&' ]{1,40}?)\s+[—–-]\s+(?=\p{Lu})/u;
