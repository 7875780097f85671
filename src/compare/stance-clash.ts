/**
 * Disputes beyond numbers, read from words: one statement denies, negates or calls false what another states ("The
 * new law does not discriminate" / "the law provides legal justification for discrimination"; "denied the BuzzFeed
 * report" / "stands by its reporting"; "falsely stated that the U.S. is the only country …" / "we're the only
 * country in the world …"). Sentence vectors cannot decide this: a statement and its negation score alike, and a
 * denial and the allegation it answers often score low (0.4–0.7 on the labelled BASIL pairs), so the negation,
 * denial and verdict words and the matter both texts name decide. No side is picked.
 */
import {
  DISPUTE_MIN_DENIED_SHARE,
  DISPUTE_MIN_DENIED_WORDS,
  DISPUTE_MIN_SHARED,
  DISPUTE_PHRASE_WORDS,
  DISPUTE_SCOPE_WORDS,
  DISPUTE_VERDICT_MIN_SHARED,
  DISPUTE_VERDICT_SCOPE_WORDS,
} from '../core/config.js';
import { contentWords } from '../core/text.js';
import {
  AFFIRM,
  AGAINST,
  CLAIM_OBJECT,
  CLAUSE_BREAK,
  DENIAL_VERB,
  DENIED_STATEMENT,
  FALSE_VERDICT_AHEAD,
  FALSE_VERDICT_BEHIND,
  AUXILIARY,
  HEDGE,
  PLAIN_CLAUSE_BREAKER,
  VERDICT_ADVERB,
  LIGHT_HEAD,
} from './patterns.js';
import { NEGATIONS } from './same-fact.js';

/** What one negation, denial or verdict bears on: the content stems of its scope that are not names. */
interface Scope {
  kind: 'negation' | 'claim' | 'verdict';
  matter: string[];
  /** The names in the scope ("why he had not picked former Representative Barney Frank"): who or what it is about. */
  names: string[];
}

/** How a text stands to what it names. */
export interface StanceReading {
  /**
   * Its negations and denials of a clause ("does not discriminate", "denied that he had sent …": kind 'negation'),
   * its denials of a named claim ("denied the BuzzFeed report": 'claim'; naming that claim is no counter-claim,
   * standing by it is) and its verdicts that a statement is false ("falsely stated that …": 'verdict').
   */
  scopes: Scope[];
  /** Stems outside every negation and denial scope, the cue words left out: what it states. */
  asserted: Set<string>;
  /** Stems of its clauses that hold no negation, denial or hedge: what it states plainly. */
  stated: Set<string>;
  /** All its content stems in order. */
  words: string[];
  /** It calls a statement false. */
  verdict: boolean;
  /** It stands by a claim ("stands by its reporting", "maintained that its report was accurate"). */
  affirms: boolean;
  /** It denies, opposes, refuses or blocks something: it does not plainly state what it names. */
  against: boolean;
}

/** The denying side (0: the first text) and the shared stems the dispute is about, in the denying text's order. */
export interface StanceClash {
  denying: 0 | 1;
  matter: string[];
}

/**
 * Where the texts' stances on one matter clash; undefined when they do not (or when neither takes one). A negation
 * or denial clashes with a statement of at least half of what it denies (DISPUTE_MIN_DENIED_SHARE of its scope's
 * stems, names left out: "not running for president" against "running for president"), when the two also share
 * DISPUTE_MIN_SHARED roots in all; a verdict that a statement is false with a statement of DISPUTE_VERDICT_MIN_SHARED
 * roots and that share of its clause; a denied claim with a statement standing by it.
 * @example stanceClash('"The new law does not discriminate," Long said.', 'Critics say the law allows discrimination.') // { denying: 0, matter: ['law', 'discriminate'] }
 */
export function stanceClash(a: string, b: string): StanceClash | undefined {
  const readings = [readStance(a), readStance(b)] as const;
  const first = clashOf(readings[0], readings[1]);
  if (first) return { denying: 0, matter: first };
  const second = clashOf(readings[1], readings[0]);
  return second ? { denying: 1, matter: second } : undefined;
}

/** The shared stems when what `d` denies, calls false or rejects is what `x` states; undefined otherwise. */
export function clashOf(d: StanceReading, x: StanceReading): string[] | undefined {
  if (x.against || d.scopes.length === 0) return undefined;
  const shared = rootShared([...d.asserted, ...d.scopes.flatMap((scope) => scope.matter)], x.stated);
  if (shared.length < DISPUTE_MIN_SHARED) return undefined;
  const deniedByX = x.scopes.flatMap((scope) => scope.matter);
  for (const { kind, matter, names } of d.scopes) {
    // What is denied of someone named is not answered by a statement about others ("had not picked former
    // Representative Barney Frank" / "picked former Chief of Staff William Cowan").
    if (names.length > 0 && rootShared(names, x.stated).length === 0) continue;
    // Both deny it ("will not meet with Netanyahu" / "has said he will not meet with Netanyahu …"): they agree.
    if (rootShared([matter[0]!], new Set(deniedByX)).length > 0) continue;
    const hits = rootShared(matter, x.stated);
    // The head of what is denied and more than half of it (DISPUTE_MIN_DENIED_SHARE), and at least
    // DISPUTE_MIN_DENIED_WORDS words of it: "does not protect discrimination" is not answered by "aims to protect
    // individuals", nor "did not immediately return emails" by "returned and threatened …".
    const headed =
      hits.includes(matter[0]!) &&
      hits.length > DISPUTE_MIN_DENIED_SHARE * matter.length &&
      hits.length >= DISPUTE_MIN_DENIED_WORDS &&
      together(hits, x.words);
    const clash =
      kind === 'claim'
        ? x.affirms && hits.length > 0
        : kind === 'verdict'
          ? !x.verdict && headed && hits.length >= DISPUTE_VERDICT_MIN_SHARED
          : headed;
    if (clash) return shared;
  }
  return undefined;
}

/**
 * The denied words stand together in the other text, as one phrase states them (at most DISPUTE_PHRASE_WORDS content
 * words from the first to the last): "raided Medicare to pay for …" answers "not raiding Medicare to pay for …";
 * "offering temporary solutions in exchange for a permanent wall" does not answer "did not offer any permanent
 * protections".
 */
function together(hits: string[], words: readonly string[]): boolean {
  let best = Number.POSITIVE_INFINITY;
  const positions = hits.map((hit) => words.flatMap((word, i) => (sameRoot(hit, word) ? [i] : [])));
  // Each hit's nearest occurrence around each occurrence of the first: a few words per sentence, so brute force.
  for (const start of positions[0] ?? []) {
    let low = start;
    let high = start;
    for (const list of positions.slice(1)) {
      const nearest = list.reduce((a, b) => (Math.abs(b - start) < Math.abs(a - start) ? b : a), list[0]!);
      low = Math.min(low, nearest);
      high = Math.max(high, nearest);
    }
    best = Math.min(best, high - low);
  }
  return best < DISPUTE_PHRASE_WORDS;
}

/**
 * What a text denies, states and stands by. A negation's or denial's scope is the rest of its clause, at most
 * DISPUTE_SCOPE_WORDS words ("cannot … without" is a double negation and no denial); a verdict's is its clause
 * (commas do not end it: "Somewhat misleadingly, the members stated …").
 * @example readStance('Weiner denied that he had sent the photo.').scopes // [{ kind: 'negation', matter: ['sent', 'photo'] }]
 */
export function readStance(text: string): StanceReading {
  const names = nameStems(text);
  const matterOf = (scope: string) => [...new Set(contentWords(scope))].filter((word) => !names.has(word));
  const namesIn = (scope: string) => [...new Set(contentWords(scope))].filter((word) => names.has(word));
  const scopes: Scope[] = [];
  let verdict = false;
  // A sentence that reports a denial or a refusal is not a plain statement of what it names.
  let denies = false;
  const blanked = [...text];
  const blank = (start: number, end: number) => blanked.fill(' ', start, end);
  const verdictScope = (cue: string, scope: string) => {
    verdict = true;
    const cueWords = new Set(contentWords(cue));
    const matter = lightless(matterOf(scope).filter((word) => !cueWords.has(word)));
    scopes.push({ kind: 'verdict', matter, names: namesIn(scope) });
  };
  // The rest of the clause after `end`, at most `most` words; a light opening word ("not the intent of the law to
  // discriminate", "no evidence of collusion", "falsely stated that …") is no head and does not count.
  const scopeAfter = (end: number, most = DISPUTE_SCOPE_WORDS) => {
    const clause = text.slice(end).split(CLAUSE_BREAK)[0]!;
    let length = 0;
    let words = 0;
    let headSeen = false;
    for (const match of clause.matchAll(/\S+/gu)) {
      const stem = contentWords(match[0])[0];
      if (stem !== undefined && !headSeen) {
        headSeen = !LIGHT_HEAD.test(stem);
        if (!headSeen) {
          words = 0;
          length = match.index! + match[0].length;
          continue;
        }
      }
      if (++words > most) break;
      length = match.index! + match[0].length;
    }
    return clause.slice(0, length);
  };
  // What a question or a condition names is not stated, nor denied: "an investigation into whether laws were
  // broken", "if he doesn't prove he is a natural-born citizen".
  // A condition runs on past its commas ("if that Republican, in my opinion, is not the right candidate").
  const hedged: [number, number][] = [];
  for (const match of text.matchAll(HEDGE)) {
    const end = match.index! + match[0].length;
    const words =
      text
        .slice(end)
        .split(/[;:()—–?!]|\s-{1,2}\s/u)[0]!
        .match(/\S+/gu) ?? [];
    const last = words.slice(0, DISPUTE_VERDICT_SCOPE_WORDS).join(' ');
    hedged.push([match.index!, end + Math.min(text.length - end, last.length + 20)]);
  }
  const within = (ranges: [number, number][], at: number) => ranges.some(([from, to]) => at >= from && at < to);
  const negatedRanges: [number, number][] = [];
  for (const match of text.matchAll(NEGATIONS)) {
    const end = match.index! + match[0].length;
    const scope = scopeAfter(end);
    blank(match.index!, end);
    // "cannot … without" is a double negation, "should not take place until …" a condition; "did not respond to a request for comment" is the reporter's note; a bare "not" with no auxiliary before it negates a phrase, not a
    // statement ("the people's interest, not the special interests", "and not the assault weapons …"); a negation
    // right after "that"/"which" is in a relative clause: it describes something named, it denies no claim ("a health
    // care plan that won't provide …").
    if (
      /\b(?:without|until|unless)\b/iu.test(scope) ||
      /\bcomment/iu.test(scope) ||
      within(hedged, match.index!) ||
      !clausal(text, match.index!, match[0]) ||
      /\b(?:that|which)\s+\p{L}+\s*$|\b(?:that|which)\s*$/iu.test(
        text.slice(Math.max(0, match.index! - 40), match.index!),
      )
    )
      continue;
    scopes.push({ kind: 'negation', matter: lightless(matterOf(scope)), names: namesIn(scope) });
    negatedRanges.push([end, end + scope.length]);
    blank(end, end + scope.length);
  }
  for (const [from, to] of hedged) blank(from, to);
  for (const match of text.matchAll(DENIAL_VERB)) {
    const end = match.index! + match[0].length;
    // "did not directly dispute that …" denies nothing: a negated denial.
    if (within(negatedRanges, match.index!) || within(hedged, match.index!)) continue;
    const scope = scopeAfter(end);
    blank(match.index!, end + scope.length);
    denies = true;
    // "denied that he had sent …", "denied colluding", "denied they give …" deny a statement; "denied a request",
    // "rejected calls for …", "deny service" refuse something: no statement to dispute.
    if (CLAIM_OBJECT.test(scope)) scopes.push({ kind: 'claim', matter: matterOf(scope), names: namesIn(scope) });
    else if (DENIED_STATEMENT.test(scope))
      scopes.push({ kind: 'negation', matter: lightless(matterOf(scope)), names: namesIn(scope) });
  }
  for (const match of text.matchAll(FALSE_VERDICT_AHEAD)) {
    const end = match.index! + match[0].length;
    // "Somewhat misleadingly, the members stated …": a verdict set off by a comma bears on its whole clause.
    const ahead = scopeAfter(end, DISPUTE_VERDICT_SCOPE_WORDS);
    verdictScope(match[0], ahead.trim() === '' ? clauseAround(text, match.index!, end) : ahead);
  }
  for (const match of text.matchAll(FALSE_VERDICT_BEHIND))
    verdictScope(match[0], clauseAround(text, match.index!, match.index! + match[0].length));
  // A clause holding a negation, a denial or a hedge states nothing plainly ("discrimination has no place in our
  // city"): only the other clauses count as what the text states when it is the side a denial answers.
  const plain = text
    .split(CLAUSE_BREAK)
    .filter((clause) => clause !== undefined && !PLAIN_CLAUSE_BREAKER.test(clause))
    .flatMap((clause) => contentWords(clause));
  // "Ryan dismissed the critique, erroneously claiming the letters didn't represent all the bishops": a sentence
  // that reports a claim and calls it wrong reports both sides; it is no side of a dispute.
  const bothSides = VERDICT_ADVERB.test(text) && scopes.some((scope) => scope.kind !== 'verdict');
  return {
    scopes: bothSides ? [] : scopes.filter((scope) => scope.matter.length > 0),
    asserted: new Set(contentWords(blanked.join(''))),
    stated: new Set(plain),
    words: contentWords(text),
    verdict,
    affirms: AFFIRM.test(text),
    against: denies || AGAINST.test(text),
  };
}

/** A negation of a statement: any cue but a bare "not", which needs an auxiliary before it ("does not", "was never"). */
function clausal(text: string, at: number, cue: string): boolean {
  if (!/^not$/iu.test(cue)) return true;
  const before = text.slice(Math.max(0, at - 40), at).match(/[\p{L}]+|['’]\p{L}+/gu) ?? [];
  const previous = before.reverse().find((word) => !/ly$/iu.test(word));
  return previous !== undefined && AUXILIARY.test(previous);
}

/** The matter without its light opening words: the head first. */
function lightless(matter: string[]): string[] {
  const head = matter.findIndex((word) => !LIGHT_HEAD.test(word));
  return head < 0 ? [] : matter.slice(head);
}

/** The clause holding text[start, end): between the nearest breaks other than commas. */
function clauseAround(text: string, start: number, end: number): string {
  const breaks = /[;:()—–?!]|\s-{1,2}\s|\b(?:but|although|though|whereas)\b/gu;
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(breaks)) {
    if (match.index! + match[0].length <= start) from = match.index! + match[0].length;
    else if (match.index! >= end) {
      to = match.index!;
      break;
    }
  }
  return text.slice(from, to);
}

/**
 * Stems of the words the text writes capitalised only, and not first in the text or after an opening quote: names
 * (who), not the matter (what) a denial bears on.
 */
function nameStems(text: string): Set<string> {
  const capitalised = new Set<string>();
  for (const match of text.matchAll(/(?<![\p{L}\p{N}’'])\p{Lu}[\p{L}\p{N}’'.-]*/gu)) {
    const before = text.slice(0, match.index!).trimEnd();
    if (before === '' || /["“‘'(]$/u.test(before)) continue;
    for (const word of contentWords(match[0])) capitalised.add(word);
  }
  const lower = new Set(contentWords(text.replace(/(?<![\p{L}\p{N}’'])\p{Lu}[\p{L}\p{N}’'.-]*/gu, ' ')));
  return new Set([...capitalised].filter((word) => !lower.has(word)));
}

/** The words of `words` that one of `others` shares a root with, in order. */
function rootShared(words: Iterable<string>, others: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const word of words)
    if (!out.includes(word) && [...others].some((other) => sameRoot(word, other))) out.push(word);
  return out;
}

/**
 * One root under the light stems: equal, one a short extension of the other ("determin" / "determine"; a longer one
 * only from five letters: "help" / "helpful" are not one matter), or a long shared beginning that leaves at most one
 * letter of the shorter ("discriminate" / "discrimination", "collud" / "collusion"; not "protect" / "protester").
 */
export function sameRoot(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  if (shorter.length < 4 || /\d/.test(shorter)) return false;
  if (longer.startsWith(shorter)) return shorter.length >= 5 || longer.length - shorter.length <= 2;
  let common = 0;
  while (common < shorter.length && shorter[common] === longer[common]) common++;
  return common >= 5 && common >= shorter.length - 1;
}
