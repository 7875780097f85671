/** Regular expressions of the analyze stage, in one place (readability's REGEXPS habit). */
import { CLAUSE_VERB_FORMS, NOUN_LIKE_BASE_FORMS, STANCE_VERB_FORMS } from './cue-lexicon.js';
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
  'said|says|say|saying|arguing|claiming|insisting|noting|warning|suggesting|predicting|acknowledging|admitting|telling|stated|states|told|tells|tell|added|adds|argued|argues|argue|insisted|insists|insist|claimed|claims|claim|believes|believed|believe|think|thinks|thought|feel|feels|felt|hope|hopes|hoped|fear|fears|feared|expect|expects|expected|know|knows|knew|warned|warns|warn|stressed|stresses|noted|notes|suggested|suggests|suggest|emphasized|emphasised|reiterated|acknowledged|acknowledges|admitted|admits|conceded|concedes|denied|denies|maintained|maintains|explained|explains|announced|announces|declared|asserted|asserts|contended|contends|predicted|predicts|wrote|writes|reported|reports|tweeted|promised|promises|vowed|vows|pledged|agreed|agrees|recalled|recalls|confirmed|confirms|estimated|estimates|concluded|concludes|found|finds|showed|shows|indicated|indicates|revealed|reveals|learned|worried|worries|complained|complains|charged|alleged|alleges|countered|replied|responded|testified|acknowledge|admit|concede|deny|predict|worry|complain|argue|allege|estimate|conclude|find|show|reveal';

/** A reporting verb anywhere in a sentence. */
export const REPORTED_VERB_ANYWHERE = new RegExp(`\\b(?:${REPORTED_VERB})\\b`, 'g');

/** A sentence that ends in its attribution ("The plan will fail, Mr. Bush said on Tuesday."). */
export const REPORTED_TRAILING =
  /,\s+([^,“”"]{1,80}?)(\s+(?:(?:has|had|have|also|later)\s+)*)(said|says|added|adds|argued|argues|insisted|insists|claimed|claims|warned|warns|noted|notes|explained|explains|wrote|writes|told(?: \S+)?|reported|reports|found|concluded|estimated|announced|confirmed|tweeted|show|shows|showed|indicate|indicates|say|believes|believe|think|thinks|contended|contends|predicted|predicts|suggested|suggests)\b[^,.;:!?“”"]{0,40}[.!?]?$/;

/**
 * An attribution set between commas inside its content ("In the long run, many economists say, this effect could …",
 * "He may not electrify a room the way he once did, they say, but he is …"): the phrase, its auxiliaries, the verb.
 */
export const REPORTED_PARENTHETICAL =
  /,\s+([^,“”"]{1,60}?)(\s+(?:(?:has|had|have|also|later)\s+)*)(said|says|say|argued|argues|argue|believe|believes|contend|contends|insist|insists|noted|notes|predicted|predict|predicts|suggest|suggests|think|thinks|warned|warn|warns|wrote|writes|added|explained|estimated|estimate|estimates)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|recently|privately|publicly))?,\s+(?=\S)/;

/** Nouns ending in "-ly" that an adverb pattern must not take for an adverb ("The family said"). */
const LY_NOUNS =
  'family|ally|rally|assembly|supply|daily|weekly|monthly|quarterly|anomaly|monopoly|bully|belly|homily|reply';

/**
 * One adverb or auxiliary between a speaker phrase and its verb ("Mr. Bush has also said", "officials are
 * expecting", "The Trump campaign did not immediately respond"); see trailingAuxiliaries.
 */
export const SUBJECT_TRAILING_WORD = new RegExp(
  `^(?:has|had|have|also|then|later|once|firmly|repeatedly|again|further|previously|recently|simply|flatly|publicly|privately|often|never|always|clearly|reportedly|would|will|may|might|could|did|does|do|not|long|is|are|was|were|am|be|been|being|can|cannot|should|must|still|now|even|already|just|(?:did|does|do|could|would|should|ca|wo|is|are|was|were|has|have|had|must)n['’]t|(?!(?:${LY_NOUNS})$)\\p{Ll}{2,}ly)$`,
  'u',
);

/** In the words between a subject and its verb: a form of "be", so a verb after it is passive unless it ends in -ing. */
export const BE_AUXILIARY = /(?:^|\s)(?:is|are|was|were|am|be|been|being)(?=\s|$)|['’](?:re|m)\b/;

/**
 * Where a speaker phrase may start inside a sentence: after , : ; a dash before a capital ("AUGUSTA, Me. — Paul R.
 * LePage, the … governor, declared"), or a conjunction or sentence adverb.
 */
export const SUBJECT_CLAUSE_BOUNDARY =
  /[,:;]\s+|\s(?:[—–]|--)\s+(?=[A-Z])|[.!?]?(?:''|[”"])\s+(?=[A-Z])|\b(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|[Ss]till|[Nn]ow|[Tt]hen|[Mm]eanwhile|[Hh]owever|[Ii]nstead|[Ll]ater|[Ee]arlier|[Ww]hen|[Ww]hile|[Bb]ecause|[Aa]s|[Ii]f|[Tt]hough|[Aa]lthough|[Ss]ince|[Aa]fter|[Bb]efore|that|[Ww]here|whom?)\s+/g;

/** A speaker phrase that is a group or an unnamed source ("officials", "a spokeswoman for YouTube", "Democrats"). */
export const GROUP_SPEAKER =
  /^(?:(?:the|a|an|one|another|some|many|most|several|two|three|four|five|other|both|all|few|senior|top|former|half|nearly|about|almost|roughly|at least|more than|fewer than|less than|majorities|large|\d[\d,]*)\s|\p{Lu}\p{Ll}+s\b|[\p{L}\d-]+\s+(?:percent|per cent|in \d+)\b|half\b)/iu;

/**
 * The head noun of a group speaker without a determiner or name ("local GOP leaders", "The company", "My staff"): a
 * plural noun, or a singular noun for a body of people or a publication.
 */
export const GROUP_HEAD_NOUN =
  /^(?:\p{Ll}{2,}[^s'’]s|people|staff|company|network|campaign|group|committee|administration|government|agency|department|party|union|firm|organi[sz]ation|newspaper|magazine|paper|poll|survey|report|study|court|panel|board|council|commission|team|crowd|audience|public|majority|minority|data|source|coalition|caucus|delegation|office|ministry|family|website|station|channel)$/u;

/** After a reporting verb: an aside and "that" (", per reporting from X, that …"). */
export const REPORTED_ASIDE_THAT = /^\s*,[^,“”"]{1,120},\s*that\s+/;

/** After a reporting verb: up to eight words (an object, a time) and "that" ("told dpa on Friday that …"). */
export const REPORTED_WORDS_THAT = /^(?:\s+[^\s,.;:“”"]+){0,12}?\s+that\s+/;

/** After a reporting verb: the content starts at once ("said Europe cannot …"), not a preposition or end. */
export const REPORTED_DIRECT =
  /^(?:\s+(?:on|in|at|last|this|early|late)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|evening|an interview|a statement|an email|a speech|a tweet|a post)\b[^,.;:]{0,30}?)?)?\s+(?!(?:in|on|at|to|during|after|before|for|with|by|from|of|as|so|nothing|little|more|much(?! of)|something|anything|up|off|out|down|away)\b)(?=[\p{L}\d])/u;

/**
 * Attitude and stance cues whose object is the attributed content ("wants to build a wall", "praised the
 * deal", "called for a ban"): PolNeAR annotates beliefs, wishes and stances as attributions, not only speech.
 */
export const ATTITUDE_VERB =
  /\b(?:wants?|wanted|would like|hopes? to|hoped to|supports?|supported|endorsed|endorses|praised|praises|criticized|criticised|criticizes|accused|accuses|urged|urges|called (?:for|on)|calls (?:for|on)|defended|defends|opposed|opposes|proposed|proposes|plans? to|planned to|rejected|rejects|dismissed|dismisses|blamed|blames|questioned|cited|cites|seeks|sought|pointed to|expressed|(?:would|will) vote for|voted for|backed|backs|demanded|demands|vowed to|vows to|promised to|promises to|pledged to|threatened to|threatens to|refused to|agreed to|described|describes|referred to|asked|Asked|Pressed|is known as|was known as|believes in|acknowledged|insisted on|attacked|condemned|condemns|welcomed|welcomes|celebrated|mocked|slammed|blasted|lauded)\b/g;

/** A cue inside a sentence between commas: "X, the Times said, Y" (phrase, verb, comma). */
export const MID_SENTENCE_CUE =
  /,\s+([^,“”"]{1,60}?)\s+(?:(?:has|had|have|also)\s+)*(said|says|added|argued|argues|wrote|writes|noted|notes|reported|reports|explained|believes|thinks|insisted|warned|claimed|claims|told(?: \S+)?)(?:\s+(?:on|in|last|this)\s+[^,]{1,25})?\s*,\s+(?=\S)/g;

/** A headline or one-line paragraph "Source: content" ("Clinton camp: Trump's …"): the head names who says it. */
export const HEADLINE_ATTRIBUTION = /^(\p{Lu}|[\p{Lu}][^:.!?“”"\n]{1,40}?):\s+(\S[^\n]{10,})$/u;

/** Right before a verb: a passive auxiliary ("is described", "was widely praised") or a determiner ("a proposed system"). */
export const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being|a|an|the|its|their|his|her)\s+(?:\p{Ll}+ly\s+)?$/u;

/** A participle cue after a comma: the main clause's subject says the rest (", saying that …", ", noting …"). */
export const PARTICIPLE_CUE =
  /,\s+(?:saying|noting|arguing|adding|explaining|suggesting|claiming|insisting|warning|stressing|arguing|telling \S+|citing|accusing|urging|calling for|referring to|describing|praising|criticizing|predicting|asserting|acknowledging|announcing|promising|vowing)\b(?:\s+that\b)?\s*/g;

/** "according to X" anywhere in a sentence, with the phrase up to the next comma or sentence end. */
export const ACCORDING_TO_ANYWHERE = /\b[Aa]ccording to ([^,.;:!?“”"]{2,100})/g;

/** "According to X, …" at the start of a sentence. */
export const ACCORDING_TO_LEADING = /^According to ([^,]{2,80}|[^,;:.!?“”"]{2,200}),\s*/;

/** "…, according to X." at the end of a sentence (an aside after a dash may follow the source: "… Center - half a point …"). */
export const ACCORDING_TO_TRAILING = /,\s*according to ([^,.;“”"]{2,120}?)(?:\s+[-–—]\s[^“”"]*)?[.!?]?$/;

/** Between a closing quote and a cue: a comma and spaces, and the closing mark of a quote inside it ("…case,''' Mr. Putin said"). */
export const AFTER_QUOTE_LEAD = /^[\s,]*(?:['’](?=\s))?[\s,]*/;

/** Any pronoun that can be a speaker on its own ("he said", "they argue", "I wrote"). */
export const PRONOUN_SPEAKER = /^(?:he|she|they|we|i|you|it)$/i;

/** A speaker phrase's head may open with these words (a determiner, a quantifier, a number, "as"). */
export const SPEAKER_HEAD_START =
  /^(?:(?:the|a|an|one|another|some|many|most|several|two|three|four|five|other|his|her|their|its|our|both|all|each|few|senior|top|former|\d[\d,-]*(?:-year-old)?)\s|[\p{Lu}\d])/u;

/** Words that show a stretch of text is a clause, not a speaker phrase ("and then", "as", "when he"). */
export const SPEAKER_HEAD_CLAUSE =
  /(?:^|\s)(?:and|but|or|as|when|while|that|because|if|after|before|since|though|although|then|is|was|are|were|be|been|has|had|have|did|does|do|will|would|could|should|can|may|might|not|it's|[a-z]+n['’]t|there|this|these|those|what|which|where|why|how|also|later|so|just|even|still|only|said|says|told)(?=\s|$)/i;

/** A phrase opening with a preposition is a circumstance ("In an interview"), not a speaker. */
export const SPEAKER_HEAD_PREPOSITION =
  /^(?:in|on|at|for|with|from|by|to|after|before|during|since|under|over|through|about|against|among|without|within|of|into|like|unlike|despite|according|speaking|asked|when|while|besides|upon|following|amid|beyond|via|per|toward|towards|across|behind|around|throughout)\s/i;

/** Full stops that do not end a phrase: initials and common abbreviations ("Paul H. Chipok", "Mr. Trump"). */
export const ABBREVIATION =
  /\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Jr|Sr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Prof|Rev|Ft|Mt|U\.S|D\.C|Corp|Inc|Co)\./gu;

/** Where a speaker phrase after a verb stops: a participle or relative aside (", urging …", ", who said …"). */
export const SPEAKER_PHRASE_STOP = /,\s+(?:\p{Ll}+ing|who\s+(?:said|added|says)|adding|according)\b|\s+(?:who|whom)\s/u;

/** A lawmaker's party label after the name: "(D-Wash.)", "(I-Vt.)", "(R)". */
export const PARTY_LABEL =
  /\s*\((?:[DRI]|[DRI]-[\p{L}.]+(?:\s[\p{L}.]+)?)\)?$|\s*\((?:[DRI]|[DRI]-[\p{L}.]+(?:\s[\p{L}.]+)?)\)/gu;

/** A preposition that ends a speaker phrase's head noun ("supporters of …", "a spokeswoman for …"). */
export const HEAD_PREPOSITION =
  /^(?:of|for|at|in|from|with|on|to|by|among|across|within|inside|outside|like|including)$/;

/** Before a speaker's name: "as" ("Or, as Tom Ridge put it:") or "even" ("even a top GOP strategist said"), dropped from the phrase. */
export const SPEAKER_LEADING_AS = /^(?:as|As|even|Even)\s+/;

/**
 * After a leading "As": a role with an article or in lower case and its comma ("a Harvard Law School student, ",
 * "president, "), before the subject it describes. A name after "As" ("As Obama said") is no role.
 */
export const AS_ROLE_THEN_SUBJECT = /^(?:(?:a|an|the)\s+[^,.;:]{1,60}|\p{Ll}[^,.;:]{0,60}),\s+(?=\S)/u;

/** After a closing quote: a dash and a name ("” ― Steve Quinlan"), the by-line of a quoted reader comment. */
export const DASH_ATTRIBUTION =
  /^[ \t\u00a0]*[―—–][ \t\u00a0]*(\p{Lu}[\p{L}.’'-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}.’'-]*){0,3})/u;

/** An honorific right before a name that tells the person's gender. */
export const HONORIFIC_BEFORE = /\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s+$/;

/**
 * Verbs that attribute a quote beside it: the speech verbs and manners of saying that are rarely names' neighbours
 * otherwise ("Trump shot back", "Vitter demanded", "Clinton gushed"); kept apart from SPEECH_VERBS, which also
 * tells entity finding that a name is a person.
 */
const QUOTE_CUE_VERB = [
  SPEECH_VERB,
  'shot back|fired back|went on|chimed in|demanded|demands|gushed|interjected|implored|assured|sang|sings|jokes|wondered|wonders|snapped|scoffed|marveled|marvelled|laughed|sighed|acknowledges|admits|concedes|recalls|concludes|conclude|agreed|agrees|recounted|pleaded|lamented|laments|declares|announces|predicts|remarks|replies|responds|writes|asks',
].join('|');

/** A quote cue verb anywhere in the words after a quote. */
export const QUOTE_CUE_VERB_ANYWHERE = new RegExp(`\\b(?:${QUOTE_CUE_VERB})\\b`);

/** A speech verb at the start of the text after a quote ("said Rutte", "added the senator"). */
export const VERB_FIRST = new RegExp(`^(?:(?:also|then|later)\\s+)?(${QUOTE_CUE_VERB})\\b`);

/** The first speech verb in a stretch after a quote, with what stands before it (the speaker phrase). */
export const SUBJECT_THEN_VERB = new RegExp(
  `^([^“”"]{1,160}?)\\s+(?:(?:has|had|have|also|then|later|once|firmly|repeatedly|again|further|previously|recently|simply|quickly|flatly|will|would)\\s+)*(${QUOTE_CUE_VERB})\\b`,
);

/**
 * After a quote that closes on a comma (",” Toomey fumed", ",” exhorted Clinton's introducer"): the sentence goes on
 * with its attribution, so any past-tense verb there is the cue, not only a speech verb. Subject first or verb first.
 */
const PAST_VERB = String.raw`\p{Ll}{2,}ed|read|came|went|spoke|wrote|put it|cried|shot back|bit back`;
export const ANY_VERB_FIRST = new RegExp(
  `^(?:(?:also|then|later)\\s+)?(${PAST_VERB})\\b(?!\\s+(?:by|to|in|at|on|with|that)\\b)`,
  'u',
);
export const SUBJECT_THEN_ANY_VERB = new RegExp(
  `^([^“”",;:]{1,80}?)\\s+(?:(?:has|had|also|then|later)\\s+)?(${PAST_VERB})\\b`,
  'u',
);

/** A quote-opening paragraph after one that ends in a colon and a speech verb ("Cruz continued:"). */
export const CUE_ENDS_PARAGRAPH = new RegExp(`\\b(${QUOTE_CUE_VERB})\\b[^“”"]{0,80}:\\s*$`);

/** A speech verb right before a quote's prefix end: "he added:", "Rutte said," (verb then up to 60 chars then : or ,). */
export const CUE_BEFORE_QUOTE = new RegExp(`\\b(${QUOTE_CUE_VERB})\\b[^“”"]{0,60}?[:,]\\s*$`);

/** A participle cue right before a quote ("…, telling the crowd, “", "saying: “"): the clause's subject speaks. */
export const PARTICIPLE_BEFORE_QUOTE =
  /\b(saying|telling|stating|asking|writing|adding|noting|arguing|explaining|declaring|warning|insisting|tweeting|responding|replying)\b[^“”".!?]{0,40}[:,]\s*$/;

/** Before a cue verb: "and" after another verb phrase, so the verb shares that clause's subject ("shook her head and"). */
export const COORDINATED_VERB_BEFORE = /\s(?:and|then)\s+(?:(?:also|then|later|has|have|had|\p{Ll}+ly)\s+){0,2}$/u;

/** A transcript turn at the start of a quote: a capitalised speaker label and a colon ("PENCE: Well, …"). */
export const TRANSCRIPT_TURN = /^(\p{Lu}{2,}(?:[ '-]\p{Lu}{2,}){0,2}):\s/u;

/** A quote's whole prefix is a name phrase and a colon ("Rep. Trey Gowdy (R-S.C.):"). */
export const NAME_LABEL = /^\s*([^:“”"]{2,80}?)\s*:\s*$/;

/** A question's asker before it: "Asked by one of Ms. Rice’s aides, “Is this …”" (the answer follows it). */
export const ASKED_BY = /\b[Aa]sked by ([^,“”"]{2,80}),\s*$/;

/**
 * Words that introduce a partial quote ("urged allies to “…”", "what he called a “…”"); not inside a hyphenated
 * word: "a so-called “apology tour”" is the writer's distance from a phrase, not a cue.
 */
export const PARTIAL_CUE = new RegExp(
  `(?<![\\w-])(${QUOTE_CUE_VERB}|called|calls|describing|describes|dubbed|termed|urging)\\b`,
  'g',
);

/** Reporting verbs that take a bare clause without "that" ("Rutte said Europe cannot …"); others need "that". */
export const REPORTED_VERB_BARE =
  /^(?:said|says|say|insisted|insists|insist|argued|argues|argue|claimed|claims|claim|believes|believed|believe|think|thinks|thought|feel|feels|felt|hope|hopes|hoped|fear|fears|feared|expect|expects|knew|know|knows|suggested|suggests|warned|warns|stressed|stresses|noted|notes|wrote|writes|predicted|predicts|acknowledged|admitted|conceded|contended|contends|worried|worries|estimated|estimates|agreed|saying|arguing|claiming|insisting|noting|warning|suggesting|predicting|acknowledging|admitting|telling|told|tells|tell|shows|showed|show|found|finds|announced|announces|reported|reports|revealed|reveals|indicated|indicates|confirmed|confirms|declared|recalled|recalls|tweeted|explained|explains)$/;

/** An aside after a speaker phrase that holds a "that" clause (", who notes that United Technologies"). */
export const APPOSITIVE_CLAUSE = /,[^,]*\bthat\s/g;

/** Singular heads that "who" may follow as people ("a young child, who said", "those who"). */
export const RELATIVE_PEOPLE =
  /^(?:those|one|someone|anyone|everyone|child|person|man|woman|voter|resident|reader|listener|viewer|caller|member|official|activist|supporter|critic|worker|student|veteran)$/;

/** Words a noun phrase read backwards stops at: prepositions, conjunctions, verbs and relatives. */
export const NOUN_PHRASE_STOP =
  /^(?:with|to|for|by|from|at|in|on|into|than|as|and|or|but|nor|that|which|who|whom|is|are|was|were|be|been|has|have|had|said|says|among|between|like|compared|including|while|when|if|because|after|before|since)$/i;

/** A relative pronoun right before a verb, its subject ("Democrats, who want …", "the group that says …"). */
export const RELATIVE_SUBJECT = /(?:^|[\s,])(?:who|which|that)\s*$/;

/** Where the clause of a cue's holder may start: a comma or a subordinating word ("when he yelled …"); not "that". */
export const HOLDER_CLAUSE_BOUNDARY =
  /[,;:]\s+|\b(?:[Bb]ut|[Aa]nd|[Yy]et|when|while|because|after|before|since|though|although|if|who|whom|which|where)\s+/g;

/** A relative pronoun before a speaker ("what he claimed were …"): not a report. */
export const RELATIVE_BEFORE = /\b(?:what|which|who|whom)\s+$/i;

/**
 * Right before a verb: a relative pronoun and its auxiliaries (", who has announced", "which lasted"): the verb is a
 * relative clause's, not its sentence's.
 */
export const RELATIVE_BEFORE_VERB =
  /(?:,\s+|\b)(?:who|which)\s+(?:(?:has|have|had|also|then|later|once|previously)\s+){0,2}$/;

/** A past-tense verb that makes "Name verb …" a clause, as a regex alternation ("spoke", "met", "criticized"). */
export const CLAUSE_PAST_VERB =
  '\\p{Ll}{3,}ed|spoke|said|told|wrote|went|came|ran|left|won|lost|met|made|took|gave|began|sent|sat|stood';

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

/** Right before a number: the start of a range ("between 3 and", "from 5 percent to", "ranging from 2 to"). */
export const RANGE_BEFORE = new RegExp(
  `\\b(?:between|from)\\s+[$€£]?(?<lo>${NUM})(?:\\s?(?:%|percent|per cent|percentage points?))?\\s*(?:and|to|-|–)\\s*$`,
  'i',
);

/** Right before a number: a verb of change ("rose", "fell by", "increased"), up or down. */
export const CHANGE_BEFORE =
  /\b(?:(?<up>rose|rise|rises|risen|increased|increases|grew|grown|jumped|climbed|gained|gains|surged|up)|(?<down>fell|fallen|falls|dropped|drops|decreased|declined|declines|slipped|slid|lost|cut|down))(?:\s+by)?\s+$/i;

/** Hedges that make a value approximate; bounds that make it a lower or upper limit. */
export const APPROXIMATE_WORD = /^(?:around|about|nearly|almost|roughly|some)$/;
export const LOWER_BOUND_WORD = /^(?:more than|over|at least)$/;
export const UPPER_BOUND_WORD = /^(?:less than|fewer than|up to)$/;

/** Multiplying verbs ("Germany doubling his defence spending"). */
export const MULTIPLIER =
  /\b(doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|halv(?:e|ed|es|ing)|quadrupl(?:e|ed|es|ing))\b/gi;

/** Quantifiers over a group that make a claim even without a number. */
export const QUANTIFIER =
  /\b(more than half|less than half|over half|a majority|the majority|majority of|most(?= (?:of |[\p{Lu}]|\p{Ll}+s\b))|only(?= [\p{Lu}]\p{Ll})|none of|nearly all|almost all|all(?= (?:\p{Ll}+ )?(?:members|countries|allies|states)\b))/gu;

/** A sentence that ends in a cue then its speaker ("…, said Howard Rubel, a senior analyst."): verb first. */
export const TRAILING_VERB_FIRST =
  /,\s+(said|says|added|adds|wrote|writes|noted|notes|argued|argues|explained|explains|insisted|warned|warns|cautioned|observed|recalled|continued|concluded|countered|asked|told)\s+(?=\p{Lu}|the\s|a\s|an\s|one\s)[^“”"]{2,260}[.!?]?$/u;

/** A capitalised cue verb in a title-case headline ("Trump Says …", "Ryan Slams …"). */
export const HEADLINE_CUE_VERB =
  /\b(?:Says|Said|Tells|Told|Warns|Warned|Claims|Claimed|Wants|Slams|Blasts|Rips|Urges|Admits|Denies|Vows|Predicts|Thinks|Believes|Accuses|Defends|Praises|Attacks|Questions|Suggests|Argues|Insists|Explains|Announces|Reveals|Confirms|Asks|Pledges|Promises|Threatens|Demands|Calls|Knocks|Mocks|Touts|Endorses|Backs|Supports|Opposes|Rejects|Dismisses|Hopes|Fears|Expects|Knows|Writes|Tweets|Reports|Shows|Finds|Doubts|Hints|Jokes|Laments|Concedes)\b/u;

/** Hedges that present a view without its holder: "seemed to", "appears that", "is expected to", "reportedly". */
export const HEDGE_CUE =
  /\b(?:seems?|seemed|(?:appears?|appeared)(?=\s+(?:to|that|as if|like)\b|,|\s+\p{Ll}+(?:ly|ed|ous|ful|able|ent|ive)\b)|(?:is|are|was|were|be|been)\s+(?:(?:widely|also|now|still|generally)\s+)?(?:expected|believed|thought|said|rumou?red|reported|estimated|projected|predicted|considered|viewed|regarded)(?=\s+(?:to|as)\b)|(?:(?:is|are|was|were|be|been|being|['’]s)\s+(?:(?:widely|also|often|now|still|generally|long|once|best)\s+)?|\b(?:once|also|widely|best)\s+)(?:known|seen|described|mentioned|touted|hailed|lambasted|celebrated|praised|criticized|criticised|dubbed|labeled|labelled|branded)(?=\s+(?:as|for)\b)|reportedly)\b/gu;

/** A verb of saying, stance, thinking or intending from the cue lexicon ("criticized", "is seeking", "took aim at"). */
export const STANCE_VERB = new RegExp(
  `\\b(?:${STANCE_VERB_FORMS})\\b|\\b(?:${CLAUSE_VERB_FORMS})\\b(?=\\s+(?:that|whether|if|how|what|why|who|when)\\b)|(?<=\\b(?:to|not|n['’]t|will|would|could|can|should|may|might|must|did|do|does)\\s+)(?:${NOUN_LIKE_BASE_FORMS})\\b`,
  'g',
);

/**
 * Before a reporting verb whose subject we did not parse: nothing or a comma means the speaker comes after the
 * verb (", said Michael O'Hanlon"), and "That said" is an idiom; either way the words after it are not content.
 */
export const UNPARSED_SUBJECT_BLOCK = /(?:[,;:—–(“”"’]\s*|''\s*|\b[Tt]hat\s+)$/;

/** Reporting-verb forms that are as often plural nouns ("early states that vote", "think tanks"). */
export const NOUN_LIKE_REPORTED =
  /^(?:states|claims|reports|notes|estimates|shows|finds|hopes|fears|promises|worries)$/;

/** Right before a stance word: a preposition, a number or "percent", so the word is a noun ("34 percent support"). */
export const NOUN_BEFORE = /\b(?:of|for|from|with|in|on|by|at|percent|\d[\d,.]*%?)\s+$/;

/** Nouns of saying, stance and intent that cue an attribution ("his criticism of", "the claim that"). */
const CUE_NOUN =
  'statements?|comments?|remarks?|criticisms?|critiques?|decision|claims?|assertions?|arguments?|views?|beliefs?|position|stance|opposition|support|endorsement|praise|calls?|demands?|requests?|proposals?|plans?|promises?|pledges?|vows?|warnings?|threats?|accusations?|allegations?|charges?|complaints?|concerns?|questions?|doubts?|fears?|hopes?|insistence|suggestions?|predictions?|announcement|admission|denials?|refusal|rejection|defen[cs]e|attacks?|swipes?|message|testimony|response|reply|preference|rhetoric|desire|intention|wish';

/** A source document in a prepositional phrase ("In a CBS News poll", "in an interview with Fox", "per a report"). */
export const SOURCE_DOCUMENT =
  /(?:^|[\s,(])(?:[Ii]n|[Pp]er)\s+(?:(?:a|an|the|his|her|their|its|this|that|latest|new|recent|most)\s+)?(?:[^\s,.;:“”"]+\s+){0,6}?(?:polls?|surveys?|study|report|interview|statement|op-ed|letter|memo|email|speech|tweets?|post|book|filing|editorial|column|analysis)\b(?:\s+(?:with|on|to|by|for|of)\s+[^,.;:“”"]{1,60}?(?=[,.;:]|$))?/u;

/** A bare plural or collective noun phrase of up to three lower-case words ("officials", "senior campaign aides", "police"). */
export const SPEAKER_BARE_PLURAL =
  /^(?:[\p{Ll}-]+\s+){0,2}(?:\p{Ll}{3,}[^s]s|police|staff|military|clergy|leadership|management)$/u;

/** "As The Washington Post reported, …" / "…, as Clinton supporters point out.": an "as" clause that attributes. */
export const AS_SOURCE_CUE =
  /(?:^|,\s+)[Aa]s\s+([^,;:“”"]{2,80}?)\s+(?:(?:has|have|had|first|also|once)\s+)*(reported|reports|noted|notes|said|says|wrote|writes|explained|pointed out|points out|point out|put it|puts it|argued|argues|observed|suggested|suggests|predicted|found|showed|shows|revealed)\b[^,.;:!?“”"]{0,40}(?:,\s*|[.!?]?$)/;

/** Right after a stance word: a preposition or verb that shows it is a noun ("support from", "support is"). */
export const NOUN_AFTER = /^\s+(?:from|among|across|above|below|is|was|has|of|levels?|base|rose|fell|grew)\b/;

/** Verbs of naming ("called him a liar"): a stance when a speaker does it, a mere name otherwise ("a website called X"). */
export const NAMING_VERB = /\b(?:called|calls|calling|named|names|labeled|labelled)\b/g;

/** Cue words that are cues only after a parsed subject (the naming verbs). */
export const SUBJECT_ONLY_CUE = /^(?:called|calls|calling|named|names|labeled|labelled)$/;

/** Where the plain subject of a verb starts: after , ; : a dash, or a subordinating word ("while", "but"). */
export const PLAIN_SUBJECT_BOUNDARY =
  /[,;:—–―]\s*|\s-\s|\b(?:[Bb]ut|[Yy]et|[Ss]o|when|while|because|as|if|though|although|since|after|before|that|where|whether|than|which|whom)\s+/g;

/** Words that open a plain subject's stretch without belonging to it: a conjunction, an absolute "with". */
export const PLAIN_SUBJECT_OPENER = /^\s*(?:and|but|or|yet|so|with)\s+/i;

/** A noun phrase opening with a quantity: a share of people is a source ("about 6 in 10 white men", "three-quarters"). */
export const QUANTITY_OPENING =
  /^(?:about|nearly|almost|roughly|only|just|more than|fewer than|less than|at least|over|under|half|majorities|\d[\d,.]*%?|(?:one|two|three|four|five|six|seven|eight|nine|ten)(?:-(?:thirds?|quarters?|fifths?))?)(?:\s|$)/i;

/** A stretch that is no subject phrase: it holds a finite verb, a pronoun object or a relative, or is punctuation. */
export const PLAIN_SUBJECT_REJECT =
  /^(?:who|which|that|whom|whose|what|it|there|this|these|those|and|but|or|nor|while|per|via|from|pointing|including)\b|\b(?:is|was|are|were|be|been|has|had|have|will|would|could|should|can|may|might|did|does|do|said|says|told|him|them|us|me)\b|[.!?()“”"]/i;

/** Relative date phrases: an amount ago, earlier/later this unit, a part of the day, last/next weekday. */
export const RELATIVE_DATE = new RegExp(
  [
    `\\b(?<amount>\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|(?:a\\s+)?few|several|many)\\s+(?<unit>days?|weeks?|months?|years?)\\s+ago\\b`,
    `\\b(?:[Ee]arlier|[Ll]ater)\\s+this\\s+(?<within>week|month|year)\\b`,
    `\\b(?<part>[Ll]ast\\s+night|[Tt]his\\s+(?:morning|afternoon|evening)|[Tt]onight)\\b`,
    `\\b(?<direction>[Ll]ast|[Nn]ext)\\s+(?<weekday>${WEEKDAY})\\b`,
  ].join('|'),
  'gi',
);

/** A relative aside after a speaker phrase (", who notes that …", ", which …"). */
export const RELATIVE_ASIDE = /,\s+(?:who|which|whose|where)\b/;

/** The head (last word) of a plain subject: a name, a plural, a number, or a quantity noun ("voters", "Reuters", "half"). */
export const PLAIN_SUBJECT_HEAD =
  /^(?:\p{Lu}[\p{L}.’'&-]*|[\p{Ll}-]*[^su's]s|\d[\d,.]*%?|percent|majority|minority|half|most|many|some|all|both|others|none|public|electorate|everyone|everybody|nobody|one|two|three|four|five|six|seven|eight|nine|ten)$/u;

/**
 * Where a stance's object ends: a comma before a relative, a subordinate or participle clause or a coordinated verb
 * (", which …", ", while …", ", putting her at odds …", ", and has …"), the main clause's verb of saying coming back after a
 * relative clause ("Polis, who … advocated full-scale federal legalization of the drug, told HuffPost …"), a bracket,
 * a dash or a semicolon. Not a comma
 * inside a list (", too dependent on big money and …") nor before "including".
 */
export const OBJECT_CLAUSE_END =
  /,\s+(?:which|who|whose|where|while|as|after|before|because|but|though|although|even|when|since|so|despite|until|unless|whereas|and\s+(?:then|also|is|was|has|had|he|she|they|it|said|\p{Ll}+ed)\b|(?!including\b)\p{Ll}+ing\b|(?:(?:has|have|had|also)\s+)*(?:said|says|told|tells|wrote|writes|added|argued|insisted)\b)|\s\(|\s[-–—]\s|[—;]/u;

/**
 * A two-word object that is a whole noun phrase, a possessive or demonstrative and its noun: "praised her effort",
 * "disputed their account", "denounced Trump's remarks". PolNeAR annotates it as the stance's content.
 */
export const SHORT_OBJECT =
  /^(?:the|his|her|their|its|our|my|your|this|these|those|\p{Lu}[\p{L}.-]*['’]s)\s+(?!(?:to|of|and|or|for|in|on|at|by|with|from|was|is|are|were|be|been|has|had|have|would|will|could|should|can|may|might|must|that|who|which|own|first|last|new|next|most|more)\b)\p{Ll}[\p{Ll}-]+[.,;:!?)"”’]*$/u;
/** After a short object the clause ends or a preposition or conjunction follows: the noun phrase is whole. */
export const OBJECT_ENDS =
  /^(?:\s*$|\s*\n|[.,;:!?)"”’—–]|\s+(?:in|at|on|for|with|during|after|before|over|to|from|and|but|as|because|by|since|when|while|until|amid|last|this|-|—|–)\b)/u;

/**
 * Before a reporting-verb form, a determiner, a number or a preposition: the form is a plural noun ("two states that
 * vote", "in the wake of reports that").
 */
export const PLURAL_NOUN_BEFORE =
  /(?:\b(?:the|these|those|other|such|many|some|several|few|all|both|two|three|four|five|six|seven|eight|nine|ten|\d+|of|amid|after|despite|following|about|over|on|with|by|from|in|into|for|to|against|among|without))\s+$/;

/** Judgement nouns that cue an attribution with their object even unpossessed ("criticism of the deal"). */
const JUDGEMENT_NOUNS =
  'criticism|condemnation|praise|accusations?|allegations?|complaints?|concerns|doubts|warnings?|denials?|assurances?|insistence';

/** A cue noun and the word that opens its object or clause ("claim that", "criticism of", "support for"). */
export const CUE_NOUN_WITH_OBJECT = new RegExp(
  `\\b(${CUE_NOUN}|${JUDGEMENT_NOUNS}|assessments?|objections?|reservations?|skepticism|frustration|confidence|optimism|displeasure|disappointment|dismay|anger|outrage|approval|disapproval|dissatisfaction|enthusiasm)(\\s+(that|of|on|about|for|to|against|with|over|at|in|from)\\s+)`,
  'g',
);

/** A judgement noun (see JUDGEMENT_NOUNS), whole word. */
export const JUDGEMENT_NOUN = new RegExp(`^(?:${JUDGEMENT_NOUNS})$`);

/** A noun of saying or stance from CUE_NOUN, whole word. */
export const SAYING_NOUN = new RegExp(`^(?:${CUE_NOUN})$`);

/** Right before a cue noun: its owner ("his criticism", "Trump’s call", "their strong support"). */
export const NOUN_OWNER_BEFORE = /(?:\b(?:his|her|their|its|our|my)|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** The owner right before a cue noun, captured: a possessive pronoun (1) or a name before "’s" (2). */
export const NOUN_OWNER =
  /(?:\b(his|her|their|its|our|my|His|Her|Their|Its|Our|My)|\b(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/**
 * Right before a word: a possessive determiner or a name with "’s", and perhaps a superlative or "own", so the word is
 * a noun ("his warning", "his greatest fear").
 */
export const POSSESSIVE_BEFORE =
  /(?:\b(?:his|her|their|its|our|my|your|His|Her|Their|Its|Our|My|Your)|\p{Lu}[\p{L}.-]*['’]s)\s+(?:(?:\p{Ll}+est|own|main|only|chief|first|last|latest|new)\s+)?$/u;

/** Right before a cue noun: a light verb that makes it a stance ("has raised questions", "expressed concern"). */
export const LIGHT_VERB_BEFORE =
  /\b(?:raised?|raising|raises|expressed|expressing|expresses|express|voiced|voicing|voices|voice|made|making|makes|offered|offering|offers|issued|issuing|issues|took|takes|taking|drew|draws|drawing|faced|faces|facing|shared|sharing|shares|aired|airing|renewed|repeated)\s+(?:[\p{L}-]+\s+){0,3}$/u;

/** After "noun that": an auxiliary shows a relative clause ("the statement that was released"), not content. */
export const RELATIVE_THAT_AFTER = /^(?:is|was|are|were|has|had|have|will|would)\b/;

/** A reporting verb anywhere (non-global, for a plain test). */
export const REPORTING_VERB_TEST = new RegExp(`\\b(?:${REPORTED_VERB})\\b`);

/** A sentence that opens with whose view it is: "To Sexton, Tuesday marked …", "For Republican voters, terrorism is …". */
export const OPINION_HOLDER_LEADING = /^(To|For)\s+([^,;:“”"]{2,80}),\s+(?=\S)/;

/** Plural nouns of time and amount that open "For years," / "For months," (no holder). */
export const TIME_PLURAL =
  /^(?:years|months|weeks|days|decades|hours|minutes|centuries|times|reasons|starters|instance|example)$/i;

/** A stance adjective after a copula, with its object ("was clearly unhappy with …", "is critical of …", "remain wary of …"). */
export const STANCE_ADJECTIVE =
  /\b(?:is|are|was|were|be|been|being|['’]s|['’]re|remains?|remained|seems?|seemed|feels?|felt|looked|sounded|grew|became|become)\s+(?:(?:\p{Ll}+ly|not|very|so|more|less|far|too|increasingly|deeply|openly)\s+){0,2}(unhappy|happy|pleased|displeased|upset|angry|furious|critical|supportive|skeptical|sceptical|wary|proud|confident|interested|opposed|committed|optimistic|pessimistic|worried|concerned|frustrated|disappointed|satisfied|dissatisfied|comfortable|uncomfortable|eager|reluctant|determined|adamant|divided|split|enthusiastic|hopeful|fearful|dismissive|suspicious|convinced|sure|certain|aware|unaware|unsure|uncertain)\s+(?:with|about|of|in|over|at|to|that|on|whether|if)\s+/gu;

/** Text ending in a name or a plural noun: people who can hold a stance ("Republican voters", "Mr. Ackman"). */
export const PEOPLE_BEFORE = /(?:\p{Lu}[\p{L}.’'-]*|\p{Ll}{2,}[^s's]s|\b(?:I|we|they|he|she|you))\s*$/u;

/** Cues of refusing or agreeing whose two-word "to" complement is content ("declined to comment", "refused to answer"). */
export const REFUSAL_CUE = /^(?:declined|declines|declining|refused|refuses|refusing|agreed|agrees)$/;

/** Before a cue: a non-restrictive relative aside opens (", who has said", ", which repeatedly said"). */
export const RELATIVE_ASIDE_CUE = /,\s+(?:who|which)\s+(?:\p{Ll}+\s+){0,2}$/u;

/** In a relative aside's content: the comma where the main clause's predicate resumes (", has been dogged"). */
export const MAIN_PREDICATE_AFTER_COMMA =
  /,\s+(?:also\s+)?(?:has|have|had|is|was|are|were|will|would|could|can|may|might|must|should|did|does|said|says|told)\s/;

/** A sentence opening with a subordinate clause, up to a cue inside it (no comma yet: the clause is still open). */
export const SUBORDINATE_OPENING =
  /^\s*(?:While|Whereas|Although|Though|Even though|Even as|Because|If|When|Since|After|Before|Unless|Until)\b[^,]*$/;
