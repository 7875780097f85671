/** Scores a story's sentences as brief material: central to the story, carried by several sources, early. */
import {
  COMPOSE_CENTROID_WEIGHT,
  COMPOSE_DANGLING_PENALTY,
  COMPOSE_HEADLINE_WEIGHT,
  COMPOSE_LEAD_WEIGHT,
  COMPOSE_LEXRANK_POOL,
  COMPOSE_LEXRANK_WEIGHT,
  COMPOSE_SUPPORT_WEIGHT,
  SENTENCE_MAX_WORDS,
  SENTENCE_MIN_WORDS,
} from '../core/config.js';
import type { AnalyzedArticle, Comparison, Span } from '../core/model.js';
import { outletName } from '../core/outlet-name.js';
import { contentWords, countTerms, inverseFrequencies, type SparseVector } from '../core/text.js';
import { compressSentence } from './compress-sentence.js';
import { dropUnsharedPieces, endAtWholeClause } from './drop-unshared-pieces.js';
import { DANGLING_START, FRAGMENT_START } from './patterns.js';
import { rankSentences } from './rank-sentences.js';
import { dot, toUnitLength } from './unit-vectors.js';

/**
 * In a story of many articles a word counts as told elsewhere when this share of the other articles use it (at
 * least one). Not tuned: NeuS stories have three articles, where one other article is the rule.
 */
const SHARED_WORD_MIN_ARTICLE_SHARE = 0.1;

export interface Candidate {
  span: Span;
  /** `articleId:start:end`, the span's identity. */
  key: string;
  /** The sentence as the brief shows it (lightly compressed). */
  text: string;
  /** Idf-weighted content-word vector, unit length. */
  vector: SparseVector;
  score: number;
  /** Article order in the story, then position in the article: the reading order. */
  articleIndex: number;
  position: number;
  support: Span[];
  /** Sentences of other articles that likely state the same fact in other words (comparison.stated). */
  stated?: Span[];
  supportArticles: number;
  /** Words as shown, and in the source sentence (the quick look's budget is a share of what the sources say). */
  words: number;
  sourceWords: number;
}

export interface ScoreWeights {
  centroid: number;
  lexrank: number;
  support: number;
  lead: number;
  headline: number;
  dangling: number;
}

export const DEFAULT_WEIGHTS: ScoreWeights = {
  centroid: COMPOSE_CENTROID_WEIGHT,
  lexrank: COMPOSE_LEXRANK_WEIGHT,
  support: COMPOSE_SUPPORT_WEIGHT,
  lead: COMPOSE_LEAD_WEIGHT,
  headline: COMPOSE_HEADLINE_WEIGHT,
  dangling: COMPOSE_DANGLING_PENALTY,
};

/**
 * Scores every usable sentence (a full declarative sentence of sensible length; no headings, questions or bare
 * quotations, which belong in "who said what"): closeness to the story's centroid, LexRank centrality among the
 * most central sentences, the share of the story's other articles that say the same, and a lead bonus.
 * @example scoreSentences(items, comparison).sort((a, b) => b.score - a.score)[0].text
 */
export function scoreSentences(
  items: AnalyzedArticle[],
  comparison: Comparison,
  weights: ScoreWeights = DEFAULT_WEIGHTS,
): Candidate[] {
  const supportByKey = new Map(comparison.support.map((s) => [spanKey(s.sentence), s.support]));
  const statedByKey = new Map((comparison.stated ?? []).map((s) => [spanKey(s.sentence), s.support]));
  const raw: Omit<Candidate, 'score'>[] = [];
  const toldElsewhere = sharedWords(items);
  items.forEach(({ article, analysis }, articleIndex) => {
    const outlet = outletName(article);
    const isShared = toldElsewhere(articleIndex);
    analysis.sentences.forEach((span, position) => {
      const source = article.text.slice(span.start, span.end);
      const whole = isUsable(source) ? source : isCutOff(source) ? endAtWholeClause(source) : undefined;
      if (whole === undefined || !isUsable(whole)) return;
      const light = compressSentence(whole, outlet);
      const text = items.length > 1 ? dropUnsharedPieces(light, isShared) : light;
      const support = supportByKey.get(spanKey(span)) ?? [];
      const supportArticles = new Set(support.map((s) => s.articleId)).size;
      const stated = statedByKey.get(spanKey(span));
      raw.push({
        ...(stated !== undefined && stated.length > support.length ? { stated } : {}),
        span,
        key: spanKey(span),
        text,
        vector: countTerms(contentWords(text)),
        articleIndex,
        position,
        support,
        supportArticles,
        words: text.split(/\s+/).filter(Boolean).length,
        sourceWords: source.split(/\s+/).filter(Boolean).length,
      });
    });
  });
  const idf = inverseFrequencies(raw.map((c) => c.vector));
  for (const candidate of raw)
    for (const [term, count] of candidate.vector) candidate.vector.set(term, count * (idf.get(term) ?? 0));
  // The centroid sums the unnormalised vectors: a longer sentence weighs more (NeuS train R-1 39.29 against 39.19
  // with every sentence weighing the same).
  const centroid = new Map<string, number>();
  for (const candidate of raw)
    for (const [term, weight] of candidate.vector) centroid.set(term, (centroid.get(term) ?? 0) + weight);
  toUnitLength(centroid);
  for (const candidate of raw) toUnitLength(candidate.vector);
  // Vectors are unit length, so a dot product is their cosine (the centroid's norm is not recomputed per sentence).
  const closeness = raw.map((candidate) => dot(candidate.vector, centroid));
  // The outlets' own headlines say what each thinks the story is: sentences that echo them are central.
  const headlines = new Map<string, number>();
  for (const { article } of items)
    for (const [term, count] of countTerms(contentWords(article.title ?? '')))
      headlines.set(term, (headlines.get(term) ?? 0) + count * (idf.get(term) ?? 0));
  toUnitLength(headlines);
  const lexrank = poolRanks(raw, closeness);
  const others = Math.max(1, items.length - 1);
  return raw.map((candidate, index) => ({
    ...candidate,
    score:
      weights.centroid * closeness[index]! +
      weights.lexrank * lexrank[index]! +
      weights.support * (candidate.supportArticles / others) +
      weights.lead / (1 + candidate.position) +
      weights.headline * dot(candidate.vector, headlines) -
      (DANGLING_START.test(candidate.text) ? weights.dangling : 0),
  }));
}

/** LexRank over the sentences closest to the centroid (bounded, so a 500-article story stays fast); 0 outside. */
function poolRanks(raw: Omit<Candidate, 'score'>[], closeness: number[]): number[] {
  const order = raw.map((_, index) => index).sort((a, b) => closeness[b]! - closeness[a]! || a - b);
  const pool = order.slice(0, COMPOSE_LEXRANK_POOL);
  const ranks = rankSentences(pool.map((index) => raw[index]!.vector));
  const out = new Array<number>(raw.length).fill(0);
  pool.forEach((index, i) => {
    out[index] = ranks[i]!;
  });
  return out;
}

/**
 * For each article, whether a content word is told by the story's other articles: by at least one of them, or by
 * SHARED_WORD_MIN_ARTICLE_SHARE of them in a large story (where one stray mention would make every word shared).
 */
function sharedWords(items: AnalyzedArticle[]): (articleIndex: number) => (word: string) => boolean {
  const perArticle = items.map(({ article }) => new Set(contentWords(`${article.title ?? ''}\n${article.text}`)));
  const articleCount = new Map<string, number>();
  for (const words of perArticle) for (const word of words) articleCount.set(word, (articleCount.get(word) ?? 0) + 1);
  const need = Math.max(1, Math.ceil(SHARED_WORD_MIN_ARTICLE_SHARE * (items.length - 1)));
  return (articleIndex) => {
    const own = perArticle[articleIndex]!;
    return (word) => (articleCount.get(word) ?? 0) - (own.has(word) ? 1 : 0) >= need;
  };
}

/** A sentence the source stops in the middle of (no closing punctuation, or a trailing ellipsis). */
function isCutOff(text: string): boolean {
  return !/^["“‘'«]/.test(text) && (!/[.!?]["'”’)]?$/.test(text) || /(?:…|\.\.\.)$/.test(text));
}

function isUsable(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < SENTENCE_MIN_WORDS || words > SENTENCE_MAX_WORDS) return false;
  if (!/[.!]["'”’)]?$/.test(text)) return false;
  // A sentence that opens with a quotation mark is a quote: it goes to "who said what", not the narrative.
  if (/^["“‘'«]/.test(text)) return false;
  // "Y., concluded, …" (the rest of "N.Y." after a wrong split) reads as nonsense in a synthesis, and so does the
  // second half of a quotation that began in the sentence before ("… begin a recanvass,” Perez tweeted.").
  return !FRAGMENT_START.test(text) && !closesEarlierQuote(text);
}

/** A closing quotation mark before any opening one, or an odd number of straight ones: the quote began earlier. */
function closesEarlierQuote(text: string): boolean {
  const close = text.indexOf('”');
  const open = text.indexOf('“');
  if (close >= 0 && (open < 0 || close < open)) return true;
  return (text.match(/"/g) ?? []).length % 2 === 1;
}

export function spanKey(span: Span): string {
  return `${span.articleId}:${span.start}:${span.end}`;
}
