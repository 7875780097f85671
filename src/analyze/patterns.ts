/** Regular expressions of the analyze stage, in one place (readability's REGEXPS habit). */
import { SPEECH_VERBS } from './lexicon.js';

/** Rule sentence end: `.`/`!`/`?` (and closing quotes/brackets) before space and a capital, digit or opening quote. */
export const RULE_SENTENCE_END = /([.!?…]+["'”’)\]]*)(?=\s+["“‘([]?[\p{Lu}\d])/gu;

/** A speech verb as a regex alternation, longest first. */
export const SPEECH_VERB = [...SPEECH_VERBS].sort((a, b) => b.length - a.length).join('|');

/** An acronym: 2–6 capitals (dots allowed: "U.S."), or a known lower-case one is handled by the lexicon. */
export const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u;

/** Text just before "Washington" that makes it the city, not the US government. */
export const LOCATIVE_BEFORE = /\b(?:in|to|from|near|at|visit(?:ed|s)?|around)\s+$/i;

/** Right after a name: "(also) said", "has told" — the name is a speaker, so a person. */
export const SPEECH_VERB_AFTER = new RegExp(
  `^\\s+(?:(?:has|had|also|has also|then|later|firmly|repeatedly)\\s+)*(?:${SPEECH_VERB})\\b`,
);

/** Verbs that introduce reported speech without quote marks ("Rutte said (that) …"). */
export const REPORTED_VERB =
  'said|says|stated|states|told|tells|added|adds|argued|argues|insisted|insists|claimed|claims|believes|believed|warned|warns|stressed|stresses|noted|notes|suggested|suggests|emphasized|emphasised|reiterated|acknowledged|maintained|explained|announced|declared|asserted';

/** Adverbs and auxiliaries allowed between a speaker and the verb ("has also said"). */
const BETWEEN = '(?:(?:has|had|have|also|then|later|firmly|repeatedly|again|further|previously|recently)\\s+)*';

/** Right after a speaker (at the start of the string): optional appositive, adverbs, a speech verb. */
export const CUE_AFTER_SUBJECT = new RegExp(`^(\\s*,[^,“”"]{1,120},)?\\s+${BETWEEN}(${SPEECH_VERB})\\b`);

/** Right after a speaker: a reporting verb, for reported speech. */
export const REPORTED_AFTER_SUBJECT = new RegExp(`^(\\s*,[^,“”"]{1,120},)?\\s+${BETWEEN}(${REPORTED_VERB})\\b`);

/** After a reporting verb: an aside and "that" (", per reporting from X, that …"). */
export const REPORTED_ASIDE_THAT = /^\s*,[^,“”"]{1,120},\s*that\s+/;

/** After a reporting verb: up to eight words (an object, a time) and "that" ("told dpa on Friday that …"). */
export const REPORTED_WORDS_THAT = /^(?:\s+[^\s,.;:“”"]+){0,8}?\s+that\s+/;

/** After a reporting verb: the content starts at once ("said Europe cannot …"), not a preposition or end. */
export const REPORTED_DIRECT =
  /^\s+(?!(?:in|on|at|to|during|after|before|for|with|by|from|of|as|so|it|this|he|she|they|nothing|little|more)\b)(?=[\p{L}\d])/u;

/** "According to X, …" at the start of a sentence. */
export const ACCORDING_TO_LEADING = /^According to ([^,]{2,80}),\s*/;

/** "…, according to X." at the end of a sentence. */
export const ACCORDING_TO_TRAILING = /,\s*according to ([^,.]{2,80})[.!?]?$/;

/** Between a closing quote and a cue: a comma and spaces. */
export const AFTER_QUOTE_LEAD = /^[\s,]*/;

/** A pronoun speaker right after a quote or before a verb. */
export const PRONOUN = /^(?:he|she|He|She)\b/;

/** A role phrase naming a speaker ("the NATO chief", "the secretary-general"). */
export const ROLE_PHRASE =
  /^(?:the|The)\s+((?:[\p{Lu}][\p{L}.’'-]*\s+){0,3})(chief|leader|head|president|chancellor|minister|secretary-general|secretary general|spokesman|spokeswoman|spokesperson|ambassador|commissioner|premier)\b/u;

/** A speech verb right before a quote's prefix end: "he added:", "Rutte said," (verb then up to 60 chars then : or ,). */
export const CUE_BEFORE_QUOTE = new RegExp(`\\b(${SPEECH_VERB})\\b[^“”"]{0,60}?[:,]\\s*$`);

/** Words that introduce a partial quote ("urged allies to “…”", "what he called a “…”"). */
export const PARTIAL_CUE = new RegExp(
  `\\b(${SPEECH_VERB}|called|calls|describing|describes|dubbed|termed|urging)\\b`,
  'g',
);

/** Reporting verbs that take a bare clause without "that" ("Rutte said Europe cannot …"); others need "that". */
export const REPORTED_VERB_BARE =
  /^(?:said|says|insisted|insists|argued|argues|claimed|claims|believes|believed|suggested|suggests|warned|warns|stressed|stresses|noted|notes)$/;

/** A relative pronoun before a speaker ("what he claimed were …"): not a report. */
export const RELATIVE_BEFORE = /\b(?:what|which|who|whom)\s+$/i;

/** Month names (full and short) as a regex alternation. */
export const MONTH =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';

/** Weekday names as a regex alternation. */
export const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** Absolute and relative date expressions; one named group per form. */
export const DATE_EXPRESSION = new RegExp(
  [
    `(?<mdy>\\b(?:${MONTH})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b)`,
    `(?<dmy>\\b\\d{1,2}\\s+(?:${MONTH})\\s+\\d{4}\\b)`,
    `(?<iso>\\b\\d{4}-\\d{2}-\\d{2}\\b)`,
    `(?<my>\\b(?:${MONTH})\\s+\\d{4}\\b)`,
    `(?<=\\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Bb]y|[Uu]ntil|of|[Ee]arly|[Ll]ate|mid-|[Bb]efore|[Aa]fter|[Dd]uring|[Tt]hrough)\\s+)(?<year>(?:19|20)\\d{2})\\b(?!\\s*(?:%|percent|per cent))`,
    `(?<weekday>\\b(?:${WEEKDAY})\\b)`,
    `(?<rel>\\b(?:[Ll]ast|[Tt]his|[Nn]ext)\\s+(?:week|month|year|weekend)\\b|\\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow)\\b)`,
    `(?<=\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ee]arly|[Ll]ate|[Dd]uring)\\s+)(?<month>(?:January|February|March|April|June|July|August|September|October|November|December))\\b`,
  ].join('|'),
  'g',
);

/** A number, with thousands separators and decimals ("35,000", "3.5"). */
const NUM = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';

/** Number words that make a claim when followed by a unit. */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  dozen: 12,
};

/** A quantity: optional approximator, currency, number (digits or word), scale and percent/unit. */
export const QUANTITY = new RegExp(
  `(?<approx>\\b(?:around|about|nearly|almost|roughly|more than|less than|fewer than|over|at least|up to|some|just|only)\\s+)?` +
    `(?<currency>[$€£])?(?<num>(?<![\\d.,/\\p{L}])(?:${NUM})(?![\\d:/])|\\b(?:${Object.keys(NUMBER_WORDS).join('|')})\\b)` +
    `(?:\\s?(?<scale>trillion|billion|million|thousand|bn|m|k)\\b)?` +
    `(?<percent>\\s?%|\\s+(?:percent|per cent|percentage points?)\\b)?`,
  'giu',
);

/** Multiplying verbs ("Germany doubling his defence spending"). */
export const MULTIPLIER =
  /\b(doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|halv(?:e|ed|es|ing)|quadrupl(?:e|ed|es|ing))\b/gi;

/** Quantifiers over a group that make a claim even without a number. */
export const QUANTIFIER =
  /\b(more than half|less than half|over half|a majority|the majority|majority of|most(?= (?:of |[\p{Lu}]|\p{Ll}+s\b))|only(?= [\p{Lu}]\p{Ll})|none of|nearly all|almost all|all(?= (?:\p{Ll}+ )?(?:members|countries|allies|states)\b))/gu;
