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
