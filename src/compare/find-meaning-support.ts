/**
 * Support in other words: a sentence no other article repeats in shared words may still be stated there in other
 * words ("The Post interviewed more than 30 people" / "The Post reporters talked to more than 30 sources"). Only the
 * sentences where that decides something are checked — each article's lead sentences, and its claims that have no
 * word support — against the few sentences of other articles sharing most word weight with them; the api layer
 * embeds exactly the texts `meaningRequests` lists, and `compareMeaning` links the pairs `factRelation` finds the
 * same fact (support: cited), keeps those it finds likely the same apart (repeats, and not single-source) and those
 * near in meaning (uncertain: only enough that a claim is not called single-source), and lists those it finds
 * contradicting as disputes.
 */
import {
  SEMANTIC_CANDIDATES,
  SEMANTIC_LEAD_SENTENCES,
  SEMANTIC_REST_MIN_WORDS,
  SEMANTIC_REST_TEXTS_PER_STORY,
  SEMANTIC_TEXTS_PER_STORY,
} from '../core/config.js';
import type { AnalyzedArticle, Dispute, SentenceSupport, Span } from '../core/model.js';
import { outletName } from '../core/outlet-name.js';
import type { TextVectors } from '../core/vectors.js';
import { findSupport } from './find-support.js';
import { factRelation } from './same-fact.js';
import { type SentenceIndex, indexSentences, sharedWords, wordWeight } from './sentence-index.js';

/** A sentence to check and the sentences of other articles it is checked against (indexes into the index). */
interface Check {
  focus: number;
  candidates: number[];
}

/**
 * The texts whose vectors would let `compare` check support in other words, most useful first (at most
 * SEMANTIC_TEXTS_PER_STORY). Deterministic: the same items give the same list.
 * @example meaningRequests(items) // ['Europe cannot defend itself without the US, Rutte said.', …]
 */
export function meaningRequests(items: AnalyzedArticle[]): string[] {
  const index = indexSentences(items);
  return textsOf(index, planChecks(items, index, findSupport(index)));
}

/**
 * The word support with the same-fact links in other words added (both ways), and the statements of different
 * outlets that contradict each other (each side's own text, no side picked); without vectors, the support unchanged.
 * @example compareMeaning(items, index, findSupport(index), vectors).disputes
 */
export function compareMeaning(
  items: AnalyzedArticle[],
  index: SentenceIndex,
  support: SentenceSupport[],
  vectors: TextVectors,
): { support: SentenceSupport[]; stated: SentenceSupport[]; near: SentenceSupport[]; disputes: Dispute[] } {
  if (vectors.size === 0) return { support, stated: support, near: support, disputes: [] };
  const links = support.map((entry) => new Set(entry.support.map(spanKey)));
  const added = support.map(() => [] as Span[]);
  const likely = support.map(() => [] as Span[]);
  const near = support.map(() => [] as Span[]);
  const disputes: Dispute[] = [];
  const disputed = new Set<string>();
  const outlets = items.map((item) => outletName(item.article));
  const weight = (word: string) => Math.max(0, wordWeight(index, word));
  for (const { focus, candidates } of planChecks(items, index, support)) {
    const sentence = index.sentences[focus]!;
    for (const other of candidates) {
      const candidate = index.sentences[other]!;
      const relation = factRelation(sentence.text, candidate.text, vectors, weight);
      if (relation === 'same') {
        link(added, focus, other);
        link(added, other, focus);
      } else if (relation === 'likely') {
        link(likely, focus, other);
        link(likely, other, focus);
      } else if (relation === 'near') {
        link(near, focus, other);
        link(near, other, focus);
      } else if (
        relation === 'contradicting' &&
        outlets[sentence.articleIndex] !== outlets[candidate.articleIndex] &&
        !disputed.has(`${Math.min(focus, other)}:${Math.max(focus, other)}`)
      ) {
        // A pair can come up from either side (each may be the other's candidate): one dispute.
        disputed.add(`${Math.min(focus, other)}:${Math.max(focus, other)}`);
        disputes.push({
          topic: topicOf(sentence.words, candidate.words),
          sides: [
            { text: sentence.text, spans: [sentence.span] },
            { text: candidate.text, spans: [candidate.span] },
          ],
        });
      }
    }
  }
  const withSame = withLinks(support, added);
  const stated = withLinks(withSame, likely);
  return { support: withSame, stated, near: withLinks(stated, near), disputes };

  function link(into: Span[][], from: number, to: number): void {
    const span = index.sentences[to]!.span;
    if (links[from]!.has(spanKey(span))) return;
    links[from]!.add(spanKey(span));
    into[from]!.push(span);
  }
}

/** Each entry with its added links (the entry itself when none were added). */
function withLinks(support: SentenceSupport[], added: Span[][]): SentenceSupport[] {
  return support.map((entry, i) =>
    added[i]!.length === 0 ? entry : { sentence: entry.sentence, support: [...entry.support, ...added[i]!] },
  );
}

/** What two contradicting statements are about: their shared content words (at most three, in the first one's order). */
function topicOf(a: Set<string>, b: Set<string>): string {
  return (
    [...a]
      .filter((word) => b.has(word))
      .slice(0, 3)
      .join(' ') || 'statement'
  );
}

/** Which sentences to check against which, in priority order (leads, then claims), within the story's text budget. */
function planChecks(items: AnalyzedArticle[], index: SentenceIndex, support: SentenceSupport[]): Check[] {
  const firstOf = new Map<number, number>();
  index.sentences.forEach((sentence, i) => {
    if (!firstOf.has(sentence.articleIndex)) firstOf.set(sentence.articleIndex, i);
  });
  const claimed = items.map(({ analysis }) => analysis.claims.map((claim) => claim.span));
  // Lead sentences are checked against every article that does not yet support them (so a brief sentence can cite
  // every outlet stating its fact); other claim sentences only when no article supports them in shared words; then,
  // as the budget allows, the other sentences no article supports in shared words, earliest in their article first:
  // any of them may become a brief entry, which is labelled single-source only when no other outlet comes near it.
  const leads: number[] = [];
  const claims: number[] = [];
  const rest: number[] = [];
  index.sentences.forEach((sentence, i) => {
    if (sentence.words.size < 2) return;
    if (i - firstOf.get(sentence.articleIndex)! < SEMANTIC_LEAD_SENTENCES) leads.push(i);
    else if (support[i]!.support.length > 0) return;
    else if (claimed[sentence.articleIndex]!.some((c) => c.start < sentence.span.end && sentence.span.start < c.end))
      claims.push(i);
    else if (sentence.words.size >= SEMANTIC_REST_MIN_WORDS) rest.push(i);
  });
  const position = (i: number) => i - firstOf.get(index.sentences[i]!.articleIndex)!;
  rest.sort((a, b) => position(a) - position(b) || a - b);
  const checks: Check[] = [];
  const texts = new Set<string>();
  const articleIndexOf = new Map(index.sentences.map((sentence) => [spanKey(sentence.span), sentence.articleIndex]));
  plan: for (const [tier, focuses] of [leads, claims, rest].entries()) {
    for (const focus of focuses) {
      const supporting = new Set(support[focus]!.support.map((span) => articleIndexOf.get(spanKey(span))));
      const candidates = nearestOthers(index, focus, supporting);
      if (candidates.length === 0) continue;
      const needed = [focus, ...candidates].map((i) => index.sentences[i]!.text).filter((t) => !texts.has(t));
      const budget = tier < 2 ? SEMANTIC_TEXTS_PER_STORY : SEMANTIC_REST_TEXTS_PER_STORY;
      if (texts.size + new Set(needed).size > budget) {
        if (tier < 2) break plan;
        break;
      }
      for (const text of needed) texts.add(text);
      checks.push({ focus, candidates });
    }
  }
  return checks;
}

/** The sentences of other articles (not yet supporting it) sharing most word weight with the focus sentence. */
function nearestOthers(index: SentenceIndex, focus: number, supporting: ReadonlySet<number | undefined>): number[] {
  const sentence = index.sentences[focus]!;
  return [...sharedWords(index, sentence)]
    .filter(([other, shared]) => {
      const article = index.sentences[other]!.articleIndex;
      return article !== sentence.articleIndex && !supporting.has(article) && shared.weight > 0;
    })
    .sort(([a, x], [b, y]) => y.weight - x.weight || a - b)
    .slice(0, SEMANTIC_CANDIDATES)
    .map(([other]) => other);
}

function textsOf(index: SentenceIndex, checks: Check[]): string[] {
  const texts = new Set<string>();
  for (const { focus, candidates } of checks)
    for (const i of [focus, ...candidates]) texts.add(index.sentences[i]!.text);
  return [...texts];
}

function spanKey(span: Span): string {
  return `${span.articleId}:${span.start}:${span.end}`;
}
