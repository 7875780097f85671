/** The compare stage's patterns: quantifiers read as a share of a group, and negations that flip a claim. */

/** Quantifiers and the share of the group they assert, as [low, high] with open ends marked by ± a hair. */
export const QUANTIFIER_SHARES: [RegExp, [number, number]][] = [
  [/\b(?:all|every|each)\b/i, [1, 1]],
  [/\b(?:none|no one|not one)\b/i, [0, 0]],
  [/\b(?:most|majority|more than half|over half)\b/i, [0.5001, 0.9999]],
  [/\b(?:only|few|minority|less than half|fewer than half|some)\b/i, [0.0001, 0.4999]],
];

/** A negated predicate ("have not reached", "failed to meet"): the claim is about the rest of the group. */
export const NEGATION = /\b(?:not|never|n't|failed to|fail to|yet to)\b/i;

/**
 * Stance words for disputes beyond numbers (src/compare/stance-clash.ts). A DENIAL verb takes what follows as denied:
 * "denied that he had sent a photograph", "rejected a subpoena". Its object is a CLAIM when it names a report or an
 * allegation ("denied the BuzzFeed report"): mentioning that report is no counter-claim, only standing by it is.
 */
export const DENIAL_VERB =
  /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|disput(?:e|es|ed|ing)|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|rebut(?:s|ted|ting)?)\b/gi;
export const CLAIM_OBJECT =
  /^\s*(?:(?:the|a|an|this|that|these|those|his|her|its|their|such|any|all|[\p{Lu}][\p{L}’'.-]*(?:['’]s)?)\s+){0,3}(?:[\p{L}-]+\s+)?(?:reports?|claims?|allegations?|accusations?|stor(?:y|ies)|accounts?|charges?|suggestions?|assertions?|characteri[sz]ations?|notion|idea|article|piece|narrative)\b/iu;
/** Standing by a claim: the other side of a denial of that claim. */
export const AFFIRM =
  /\b(?:stands? by|stood by|standing by|maintain(?:s|ed)? (?:that|its|his|her|their)|insist(?:s|ed)? (?:that|its|his|her|their)|re-?confirm(?:s|ed)?|reaffirm(?:s|ed)?|(?:was|is|were|are) (?:accurate|true|correct))\b/i;
/**
 * A verdict that a statement is false. FALSE_VERDICT_AHEAD bears on what follows ("falsely stated that …", "a false
 * narrative about …"; "falsely accused" and "filing false records" name no statement there), FALSE_VERDICT_BEHIND on
 * its own clause ("accusations … were false", "categorically false").
 */
export const FALSE_VERDICT_AHEAD =
  /\b(?:(?:falsely|wrongly|misleadingly|erroneously|inaccurately|incorrectly|baselessly)\b|(?:false|untrue|baseless|unfounded|bogus|phony|fake|misleading|inaccurate)\s+(?:[\p{L}-]+\s+)?(?:claims?|narratives?|stor(?:y|ies)|reports?|statements?|allegations?|accusations?|assertions?|information|news)\b)/giu;
export const FALSE_VERDICT_BEHIND =
  /\b(?:(?:is|was|are|were|be|been)\s+(?:(?:completely|categorically|totally|simply|patently|absolutely|demonstrably|flatly)\s+)?(?:false|untrue|not true|baseless|unfounded|inaccurate|not accurate|bogus|phony|fake)\b|(?:completely|categorically|totally|patently|demonstrably|flatly)\s+(?:false|untrue|wrong))/giu;
/**
 * Words that set a sentence against what it names (it opposes, refuses or blocks it): such a sentence does not state
 * what it names, so it is no counter-claim to a denial of it ("He rejects calls for a minimum wage hike" and "has
 * opposed calls for a higher minimum wage" agree).
 */
export const AGAINST =
  /\b(?:challeng(?:e|es|ed|ing)|contest(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|block(?:s|ed|ing)?|declin(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|criticiz(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|question(?:s|ed|ing)?|doubt(?:s|ed|ing)?)\b/i;
/** Where a negation's or a denial's scope ends: a clause break. */
export const CLAUSE_BREAK = /[,;:()—–?!]|\s-{1,2}\s|\b(?:but|although|though|because|while|whereas)\b/u;
/** What follows a denial verb when it denies a statement: a that-clause, a gerund or a clause with its subject. */
export const DENIED_STATEMENT =
  /^\s*(?:(?:on|in|at|last|this|publicly|repeatedly|vigorously|emphatically|strongly|flatly|firmly|again|ever|\p{Lu}\p{L}+day)\s+)*(?:that\b|having\b|\p{L}+ing\b|(?:he|she|they|it|we|i|you)\b)/iu;
/**
 * Stems a negation's or a verdict's scope may open with that carry little of what is denied: "not the intent of the
 * law to discriminate", "no evidence of collusion", "did not directly dispute", "falsely stated that …". The next word
 * is the head instead.
 */
export const LIGHT_HEAD =
  /^(?:intent|intend|allow|able|want|plan|try|seek|go|going|mean|need|expect|directly|really|actually|necessarily|evidence|sign|proof|indication|reason|basis|immediately|yet|always|ever|even|any|single|every|stat|state|claim|assert|suggest|insist|argu)$/;
/** Words opening what a sentence asks, supposes or makes a condition, not states. */
export const HEDGE =
  /\b(?:whether|if|unless|until|presum(?:e|es|ed|ing)|assum(?:e|es|ed|ing)|suppos(?:e|es|ed|ing))\b/giu;
/**
 * A clause with one of these words does not plainly state what it names: a negation, a denial, a hedge, or a wish,
 * aim, plea or promise ("God wants to see us … putting people back to work", "vowed to stay in the race", "the law
 * aims to protect …").
 */
export const PLAIN_CLAUSE_BREAKER =
  /\b(?:want(?:s|ed)?|wish(?:es|ed)?|hop(?:e|es|ed)|urg(?:e|es|ed)|aim(?:s|ed)?|seek(?:s|ing)?|sought|look(?:s|ed|ing)? to|tr(?:y|ies|ied) to|plan(?:s|ned)? to|intend(?:s|ed)?|vow(?:s|ed)?|promis(?:e|es|ed)|call(?:s|ed|ing)? (?:on|for)|not|never|no|none|nobody|nothing|neither|nor|cannot|whether|if|unless|until|presum(?:e|es|ed|ing)|assum(?:e|es|ed|ing)|suppos(?:e|es|ed|ing)|den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|disput(?:e|es|ed|ing)|refut(?:e|es|ed|ing))\b|n['’]t\b/iu;
/** Auxiliaries and copulas: a clause's "not" follows one ("does not", "is not", "would not", "I am not"). */
export const AUXILIARY =
  /^(?:am|is|are|was|were|be|been|being|do|does|did|have|has|had|will|would|shall|should|can|could|may|might|must|need|dare|ought|['’]s|['’]re|['’]m)$/iu;
/** A verdict adverb on a reported claim: "erroneously claiming …", "falsely stated …". */
export const VERDICT_ADVERB = /\b(?:falsely|wrongly|misleadingly|erroneously|inaccurately|incorrectly|baselessly)\b/iu;
