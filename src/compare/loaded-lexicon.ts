/**
 * Word choices that characterise rather than report: a lexicon of evaluative English, by kind. It is written from
 * the classes the literature on biased and evaluative language names, not copied from any data set's marked words:
 * evaluative reporting verbs (Thompson & Ye 1991: "slammed" says how the outlet judges the act of saying), verbs
 * of conflict used for politics, the loaded nouns and adjectives of appraisal (Martin & White 2005: attitude and
 * force), and stance adverbs (Biber & Finegan 1989: the writer's comment on a proposition). Base forms only:
 * inflections are matched by `lexiconForm`. Neutral reporting and hedging verbs ("claimed", "admitted",
 * "insisted") are left out on purpose: measured against BASIL, annotators almost never mark them (bench/framing.ts).
 * Words whose literal sense is common in news ("explosive", "seize", "cut") are left out whatever their kind: a
 * lexicon match is taken as loaded without reading the sense. Words that report that a dispute exists rather than
 * judge it ("controversial", "contentious", "showdown", "standoff") and the news's standing name for an act
 * ("meddling" in an election) are left out too: BASIL's annotators did not mark them once in 9 uses on the half
 * developed on. The adjectives of judgement (Martin & White's esteem and sanction: "eccentric", "evasive",
 * "negligent", "complicit") and the verbs of complaint ("complained") were added after the misses on that half.
 */

import { ownCopy, remember } from '../core/bounded-cache.js';

/** The kinds of loaded word (the part of speech a word is loaded in). */
export type LoadedKind = 'verb' | 'noun' | 'adjective' | 'adverb';

/** Verbs that cast what someone said or did as an attack, a boast, a complaint or a retreat. */
const VERBS = `
slam blast rip lash bash hammer torch assail excoriate berate scold chide rebuke lambast lambaste pillory skewer
savage maul trash mock deride ridicule sneer scoff taunt jeer heckle belittle disparage demonize demonise vilify
smear denigrate brag boast gloat complain whine gripe grumble moan rant rail fume seethe bristle snipe
balk cave capitulate backtrack flip-flop waffle dodge sidestep stonewall grovel fawn gush pounce
bully browbeat ambush blindside torpedo sabotage hijack rig stoke inflame peddle parrot spew tout trumpet
squander botch bungle flout snub dupe hoodwink lecture airbrush
`;

/** Nouns that name an event or act by the writer's judgement of it ("firestorm" for criticism). */
const NOUNS = `
firestorm bombshell outburst tirade diatribe meltdown fiasco debacle blunder gaffe farce charade sham
stunt ploy gimmick scheme spat feud brawl squabble salvo broadside onslaught crusade witch-hunt
propaganda hysteria frenzy furor furore uproar circus chaos mess bluster bravado boondoggle handout
giveaway power-grab hypocrisy cronyism slush hatchet rampage tantrum screed harangue
outcry blitz vendetta hit-job smear-campaign potshot barb zinger jab swipe dressing-down tongue-lashing
hissy blowup infighting turf-war power-struggle land-grab cash-grab freebie kickback payoff
hush-money scam hoax travesty mockery sideshow spectacle ruse gambit quagmire morass shambles trainwreck mayhem
pandemonium fearmongering scaremongering demagoguery hubris arrogance nepotism cover-up whitewash overreach lapdog
puppet stooge crony henchman lackey minion sycophant apologist mouthpiece firebrand provocateur agitator
rabble-rouser demagogue zealot ideologue hardliner strongman tyrant despot thug goon elitist gravy-train
blank-check lightning-rod red-meat dog-whistle word-salad
`;

/** Adjectives of the writer's appraisal: how remarkable, how extreme, how bad; how a person is, judged. */
const ADJECTIVES = `
radical extremist hardline hard-line far-left far-right ultra-conservative ultraliberal divisive
polarizing polarising incendiary inflammatory stunning shocking staggering astonishing astounding
startling jaw-dropping remarkable extraordinary unprecedented dramatic bizarre outrageous disgraceful shameful
embarrassing humiliating scathing blistering withering fiery furious bitter vitriolic venomous brash
combative belligerent defiant erratic unhinged reckless draconian notorious infamous embattled
beleaguered disgraced hapless vaunted so-called self-styled self-proclaimed dubious shady
cynical craven spineless feckless testy heated fierce scandalous sordid lurid
grandiose bumbling clumsy chaotic
appalling atrocious abysmal deplorable despicable disastrous dismal dreadful egregious horrendous horrific
monstrous obscene odious repugnant reprehensible vile wretched absurd ludicrous preposterous ridiculous laughable
farcical nonsensical bogus phony spurious specious sketchy fishy murky secretive cushy lavish extravagant
exorbitant bloated wasteful heavy-handed punitive ruthless merciless callous heartless cold-blooded nasty
mean-spirited petty vindictive spiteful vengeful hateful bigoted crooked lawless deranged crazy wacky kooky
loony zany wild-eyed rabid fanatical strident shrill hysterical breathless alarmist apocalyptic fawning
sycophantic obsequious slavish servile toothless cowardly feeble hollow vapid tone-deaf clueless inept
incompetent blundering amateurish sloppy shoddy slapdash half-baked ill-conceived misguided wrongheaded
irresponsible cavalier flippant glib smug arrogant haughty condescending patronizing pompous self-righteous
sanctimonious preachy snide snarky sneering contemptuous scornful derisive brazen blatant flagrant shameless
unabashed audacious cocky blustery pretentious flamboyant sensational whopping eye-popping mind-boggling
seismic game-changing heroic fearless beloved iconic legendary besieged scandal-plagued discredited debunked
tainted provocative confrontational bellicose warmongering saber-rattling prickly thin-skinned
petulant peevish cranky grumpy irate livid enraged incensed seething fuming indignant acrimonious rancorous
caustic acerbic searing stinging ferocious feisty raucous unruly
bombastic theatrical eccentric charismatic evasive negligent complicit frosty dismissive duplicitous deceitful devious
dishonest unscrupulous hypocritical opportunistic self-serving mercurial impulsive histrionic melodramatic boorish
crass obstinate intransigent recalcitrant obstructionist do-nothing unrepentant pugnacious cantankerous irascible
thuggish imperious
`;

/** Stance adverbs: the writer's comment on what is said (doubt, surprise, manner judged). */
const ADVERBS = `
supposedly seemingly ostensibly purportedly apparently conveniently curiously oddly bizarrely ironically
predictably notoriously remarkably strikingly stunningly shockingly astonishingly
brazenly falsely wrongly baselessly bitterly angrily furiously fiercely aggressively relentlessly
stubbornly defiantly flatly blatantly bluntly sharply pointedly testily scathingly derisively mockingly
dismissively grudgingly reluctantly tellingly unabashedly shamelessly unfairly facetiously famously
laughably absurdly ridiculously outrageously shamefully disgracefully embarrassingly woefully grossly wildly
staggeringly breathtakingly harshly viciously savagely brutally ruthlessly cynically slyly cunningly deceptively
misleadingly dishonestly disingenuously hypocritically suspiciously inexplicably weirdly unsurprisingly
conspicuously glaringly flagrantly proudly smugly arrogantly condescendingly haughtily sarcastically snidely
scornfully contemptuously disdainfully irately indignantly curtly tersely icily frantically feverishly gleefully
triumphantly doggedly obsessively incessantly perpetually habitually groundlessly mistakenly naively foolishly
recklessly carelessly needlessly pointlessly senselessly unjustly stealthily surreptitiously furtively hastily
`;

/**
 * Phrasal verbs of the same kinds as VERBS, the particle joined by "+": the particle makes the verb figurative
 * ("lashed out", "doubling down"), the verb alone is often literal or neutral ("back", "water").
 */
const PHRASAL_VERBS = `
lash+out tear+into double+down back+down cave+in walk+back water+down shy+away fire+back hit+back hit+out pile+on
cozy+up suck+up gang+up dig+in cash+in sell+out slap+down shoot+down brush+off shrug+off wave+off seize+on
beat+up
`;

const words = (list: string): string[] =>
  list
    .trim()
    .split(/\s+/u)
    .map((word) => word.replace('+', ' '));

/** Base form → kind. Each word is listed once, under the kind it is mostly loaded as. */
export const LOADED_LEXICON: ReadonlyMap<string, LoadedKind> = new Map(
  (
    [
      ['verb', VERBS],
      ['noun', NOUNS],
      ['adjective', ADJECTIVES],
      ['adverb', ADVERBS],
      ['verb', PHRASAL_VERBS],
    ] as const
  ).flatMap(([kind, list]) => words(list).map((word): [string, LoadedKind] => [word, kind])),
);

/**
 * The lexicon's base form of a written word, if it has one: the word itself or what removing a regular
 * inflection gives ("slammed" → "slam", "bullied" → "bully", "rants" → "rant", "stoking" → "stoke").
 * @example lexiconForm('slammed') // 'slam'
 * @example lexiconForm('lashed out') // 'lash out'
 * @example lexiconForm('senator') // undefined
 */
export function lexiconForm(written: string): string | undefined {
  // Asked for every word of every article of a story, and for each pair of neighbours: the answer is kept per word.
  const known = FORMS.get(written);
  if (known !== undefined) return known ?? undefined;
  const key = ownCopy(written);
  const form = readLexiconForm(key);
  remember(FORMS, key, form ?? null, CACHED_FORMS);
  return form;
}

/** Words asked of lexiconForm, with their answers (null: none), per thread; emptied when full. */
const FORMS = new Map<string, string | null>();
const CACHED_FORMS = 200_000;

function readLexiconForm(written: string): string | undefined {
  const word = written.toLowerCase().replace(/’/g, "'");
  // A phrasal verb inflects its verb ("lashed out"), a hyphenated compound its end ("witch-hunts").
  const [head, ...particle] = word.split(' ');
  const rest = particle.length > 0 ? ` ${particle.join(' ')}` : '';
  for (const candidate of inflectionBases(head!)) if (LOADED_LEXICON.has(candidate + rest)) return candidate + rest;
  return undefined;
}

function inflectionBases(word: string): string[] {
  const bases = [word];
  const strip = (suffix: string): string | undefined =>
    word.length > suffix.length + 2 && word.endsWith(suffix) ? word.slice(0, -suffix.length) : undefined;
  const ied = strip('ied') ?? strip('ies');
  if (ied) bases.push(`${ied}y`);
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    const stem = strip(suffix);
    if (!stem) continue;
    bases.push(stem, `${stem}e`);
    // "slammed", "ripping": a doubled final consonant is the inflection's.
    if (stem.at(-1) === stem.at(-2)) bases.push(stem.slice(0, -1));
  }
  return bases;
}
