/**
 * Verbs whose subject holds the attributed content: verbs of saying, of stance (praise, attack, back), of
 * thinking and intending (hope, plan, seek). PolNeAR annotates all of these as attribution cues, not only
 * speech. Regular verbs are listed by their base form and inflected here; irregular forms are listed whole.
 */

/** Base forms of regular cue verbs (every form is a cue: "criticize", "criticizes", "criticized", "criticizing"). */
const REGULAR_CUE_VERBS = [
  // saying and stating
  'talk about',
  'comment on',
  'complain',
  'joke',
  'remark',
  'mention',
  'cite',
  'discuss',
  'debate',
  'respond',
  'reply',
  'answer',
  'counter',
  'retort',
  'echo',
  'repeat',
  'reiterate',
  'highlight',
  'signal',
  'hint',
  'imply',
  'forecast',
  'tout',
  'boast',
  'brag',
  'disclose',
  'post',
  'tweet',
  'testify',
  'inform',
  'advise',
  'assure',
  'remind',
  'caution',
  'proclaim',
  'point out',
  'lay out',
  'weigh in',
  'touch on',
  'rule out',
  'call out',
  'lash out',
  'fire back',
  'offer',
  'announce',
  'request',
  'order',
  'question',
  'challenge',
  'deny',
  'refuse',
  'decline',
  'decide',
  // stance
  'criticize',
  'criticise',
  'attack',
  'slam',
  'blast',
  'rip',
  'knock',
  'mock',
  'ridicule',
  'fault',
  'blame',
  'accuse',
  'charge',
  'allege',
  'condemn',
  'denounce',
  'decry',
  'lament',
  'regret',
  'apologize',
  'apologise',
  'praise',
  'laud',
  'hail',
  'applaud',
  'thank',
  'congratulate',
  'welcome',
  'celebrate',
  'endorse',
  'back',
  'support',
  'oppose',
  'favor',
  'favour',
  'prefer',
  'reject',
  'dismiss',
  'defend',
  'agree',
  'disagree',
  'urge',
  'demand',
  'propose',
  'recommend',
  'label',
  'dub',
  'brand',
  'describe',
  'portray',
  'characterize',
  'deem',
  'consider',
  'view',
  'regard',
  'question',
  // thinking and intending
  'hope',
  'wish',
  'want',
  'plan',
  'intend',
  'aim',
  'seek',
  'vow',
  'pledge',
  'promise',
  'threaten',
  'expect',
  'anticipate',
  'worry',
  'acknowledge',
  'concede',
  'admit',
  'confess',
  'recall',
  'reveal',
  'confirm',
  'predict',
  'estimate',
  'project',
  'look forward to',
  // manner of speaking
  'yell',
  'shout',
  'scream',
  'whisper',
  'mutter',
  'quip',
  'exclaim',
  'grumble',
  'plead',
  'beg',
  'implore',
  'chant',
  'swear',
  // feeling towards
  'admire',
  'love',
  'hate',
  'dislike',
  'detest',
  'despise',
  'resent',
  'enjoy',
  'appreciate',
  'value',
  'trust',
  'distrust',
  'respect',
  'loathe',
  'envy',
  // judging
  'commend',
  'salute',
  'chide',
  'scold',
  'rebuke',
  'reprimand',
  'lambaste',
  'berate',
  'deride',
  'scorn',
  'taunt',
  'insult',
  'smear',
  'assail',
  'excoriate',
  'castigate',
  'denigrate',
  'belittle',
  'disparage',
  'vilify',
  'demonize',
  'repudiate',
  'disavow',
  'embrace',
  'champion',
  'advocate',
  'lobby',
  'press for',
  'push for',
  'fight for',
  'encourage',
  // intending and asserting
  'mull',
  'contemplate',
  'weigh',
  'insinuate',
  'intimate',
  'underscore',
  'reaffirm',
  'restate',
  'inquire',
  'reassure',
  'guarantee',
  'bet',
  // stance verbs PolNeAR annotates, found among its missed attributions (kept where dev precision >= 0.5)
  'focus on',
  'bemoan',
  'invoke',
  'speculate',
  'spar over',
  'spar on',
  'balk at',
  'credit',
  'trumpet',
  'promote',
  'retweet',
  'rebut',
  'downplay',
  'demean',
];

/**
 * Verbs of knowing and supposing: cues only with a clause after them ("assumed that …", "wondered whether …");
 * with a noun object they mean something else ("assume the responsibility", "recognize a government").
 */
const CLAUSE_CUE_VERBS = [
  'convince',
  'wonder',
  'suspect',
  'assume',
  'guess',
  'imagine',
  'realize',
  'realise',
  'recognize',
  'remember',
  'learn',
  'discover',
  'demonstrate',
  'doubt',
  'forget',
  'understand',
];

/** Irregular forms (past, participle) of cue verbs whose regular forms are above or need no inflection rule. */
const IRREGULAR_CUE_FORMS = [
  'quipped',
  'quipping',
  'swore',
  'sworn',
  'made it clear',
  'makes it clear',
  'making it clear',
  'made clear',
  'makes clear',
  'making clear',
  'thought',
  'felt',
  'knew',
  'saw',
  'sees',
  'see',
  'seeing',
  'sought',
  'spoke about',
  'spoke of',
  'speaks about',
  'speaking about',
  'wrote about',
  'writes about',
  'took aim at',
  'took issue with',
  'took a swipe at',
  'took note of',
  'takes note of',
  'took swipes at',
  'swipes at',
  'came out against',
  'came out for',
  'stood by',
  'held his fire on',
];

/**
 * Verbs whose base and -s forms are more often nouns ("in order to", "his view", "the plan", "a post"): only
 * their -ed and -ing forms are cues.
 */
const NOUN_LIKE = new Set(
  'back post project order view answer support plan aim charge release offer question label request demand challenge signal echo forecast estimate debate tweet promise pledge vow hope wish counter reply regret doubt guess favor favour knock rip hint joke remark comment talk brand dub fault mention attack praise blame thank welcome love hate value trust respect envy bet champion guarantee lobby smear insult taunt scorn embrace advocate rebuke salute chant whisper shout yell scream quip dislike distrust'.split(
    ' ',
  ),
);

/** The inflections of a regular verb: base, -s, -ed, -ing (with the usual spelling changes). */
function inflect(phrase: string): string[] {
  const [verb = '', ...rest] = phrase.split(' ');
  const tail = rest.length === 0 ? '' : ` ${rest.join(' ')}`;
  const forms = new Set<string>([verb]);
  const doubled = /[^aeiou][aeiou][bdgmnprt]$/.test(verb) && verb.length <= 4;
  if (/e$/.test(verb)) {
    forms
      .add(`${verb}s`)
      .add(`${verb}d`)
      .add(`${verb.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(verb)) {
    forms
      .add(`${verb.slice(0, -1)}ies`)
      .add(`${verb.slice(0, -1)}ied`)
      .add(`${verb}ing`);
  } else if (/(?:s|sh|ch|x|z)$/.test(verb)) {
    forms.add(`${verb}es`).add(`${verb}ed`).add(`${verb}ing`);
  } else if (doubled) {
    const last = verb.at(-1) ?? '';
    forms.add(`${verb}s`).add(`${verb}${last}ed`).add(`${verb}${last}ing`);
  } else {
    forms.add(`${verb}s`).add(`${verb}ed`).add(`${verb}ing`);
  }
  if (NOUN_LIKE.has(verb)) {
    forms.delete(verb);
    for (const form of forms) if (/s$/.test(form) && !/(?:ed|ing)$/.test(form)) forms.delete(form);
  }
  return [...forms].map((form) => form + tail);
}

/** Forms as a regex alternation, longest first (spaces match any whitespace). */
function alternation(forms: string[]): string {
  return [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map((form) => form.replace(/ /g, '\\s+'))
    .join('|');
}

/** Every form of a cue verb that takes any object. */
export const STANCE_VERB_FORMS: string = alternation([...REGULAR_CUE_VERBS.flatMap(inflect), ...IRREGULAR_CUE_FORMS]);

/** Every form of a cue verb that is a cue only before a clause. */
export const CLAUSE_VERB_FORMS: string = alternation([
  ...CLAUSE_CUE_VERBS.flatMap(inflect),
  'understood',
  'confident',
  'optimistic',
  'hopeful',
  'skeptical',
  'sceptical',
  'adamant',
  'certain',
  'sure',
  'aware',
  'forgot',
  'forgotten',
  'learnt',
]);

/** Base forms of the noun-like verbs, cues only where a verb must stand ("did not mention", "to support"). */
export const NOUN_LIKE_BASE_FORMS: string = alternation(
  REGULAR_CUE_VERBS.filter((phrase) => NOUN_LIKE.has(phrase.split(' ')[0] ?? '')),
);
