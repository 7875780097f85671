/**
 * Loaded words: single evaluative word choices that set an outlet apart, which the log-odds test cannot see
 * because one use is never significant ("appalling", "supposedly", "utterly irresponsible"). A word no other outlet
 * on the story uses is scored on general signals only: it carries sentiment, it stands in the lead, it is an
 * adjective or adverb (or a verb), it intensifies the next adjective. The best scoring few are shown. Measured
 * against BASIL's lexical-bias spans in bench/framing.ts (there about 5 times as precise as picking words blindly).
 */
import { parse } from '../analyze/nlp.js';
import type { AnalyzedArticle, FramingTerm, Span } from '../core/model.js';
import { isStopWord } from '../core/text.js';
import { inRanges, quotedRanges } from './find-framing.js';
import { carriesSentiment } from './word-sentiment.js';

/** Loaded words shown per outlet. */
const MAX_LOADED = 4;
/** A word below this score is not shown however few others there are (a bare adjective is not loaded). */
const MIN_SCORE = 3;
/** Spans shown per word. */
const MAX_SPANS = 5;
/** The first sentences are the outlet's lead: what it chose to put first (the headline is rarely in the text). */
const FRONT_SENTENCES = 2;

const WEIGHT = {
  sentiment: 2,
  front: 1,
  modifier: 1,
  verb: 0.5,
  mannerAdverb: 0.5,
  intensifier: 1,
};

interface Scored {
  term: string;
  score: number;
  spans: Span[];
}

/**
 * @example findLoadedWords(groups).get('fox') // [{ term: 'slammed', spans: [...], kind: 'loaded' }]
 */
export function findLoadedWords(groups: Map<string, AnalyzedArticle[]>): Map<string, FramingTerm[]> {
  const result = new Map<string, FramingTerm[]>();
  if (groups.size < 2) {
    for (const outlet of groups.keys()) result.set(outlet, []);
    return result;
  }
  const usesByOutlet = new Map<string, Map<string, number>>();
  const allUses = new Map<string, number>();
  for (const [outlet, items] of groups) {
    const uses = new Map<string, number>();
    for (const { article } of items) {
      // Counted over the whole text: a word another outlet uses, even in a quote, is not this one's own choice.
      for (const word of wordsOf(article.text)) {
        uses.set(word, (uses.get(word) ?? 0) + 1);
        allUses.set(word, (allUses.get(word) ?? 0) + 1);
      }
    }
    usesByOutlet.set(outlet, uses);
  }
  for (const [outlet, items] of groups) {
    const own = usesByOutlet.get(outlet)!;
    const usedElsewhere = (word: string): boolean => (allUses.get(word) ?? 0) > (own.get(word) ?? 0);
    const best = new Map<string, Scored>();
    for (const { article, analysis } of items) {
      const names = analysis.entities.flatMap((e) => e.mentions.map((m): [number, number] => [m.start, m.end]));
      const quoted = quotedRanges(analysis);
      const frontEnd = analysis.sentences[FRONT_SENTENCES - 1]?.end ?? analysis.sentences.at(-1)?.end ?? 0;
      const { tokens } = parse(article.text);
      tokens.forEach((token, k) => {
        if (token.type !== 'word' || !['ADJ', 'ADV', 'VERB', 'NOUN'].includes(token.pos)) return;
        const word = normal(token.value);
        if (word.length < 4 || isStopWord(word)) return;
        if (names.some(([from, to]) => from <= token.start && token.start < to)) return;
        // Loaded words are the outlet's own: none from inside a quotation.
        if (inRanges(quoted, token.start)) return;
        // Framing is what sets the outlet apart: a word another outlet on the story also uses is not its choice.
        if (usedElsewhere(word)) return;
        const score =
          (carriesSentiment(word) ? WEIGHT.sentiment : 0) +
          (token.start < frontEnd ? WEIGHT.front : 0) +
          (token.pos === 'ADJ' || token.pos === 'ADV' ? WEIGHT.modifier : 0) +
          (token.pos === 'VERB' ? WEIGHT.verb : 0) +
          (token.pos === 'ADV' && word.endsWith('ly') ? WEIGHT.mannerAdverb : 0) +
          (token.pos === 'ADV' && tokens[k + 1]?.pos === 'ADJ' ? WEIGHT.intensifier : 0);
        const span = { articleId: article.id, start: token.start, end: token.end };
        const entry = best.get(word);
        if (!entry) best.set(word, { term: word, score, spans: [span] });
        else {
          entry.score = Math.max(entry.score, score);
          if (entry.spans.length < MAX_SPANS) entry.spans.push(span);
        }
      });
    }
    const loaded = [...best.values()]
      .filter((s) => s.score >= MIN_SCORE)
      // A stable sort: equal scores stay in reading order.
      .sort((a, b) => b.score - a.score)
      .slice(0, MAX_LOADED)
      .map(({ term, spans }): FramingTerm => ({ term, spans, kind: 'loaded' }));
    result.set(outlet, loaded);
  }
  return result;
}

function normal(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

function wordsOf(text: string): string[] {
  return (text.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).map(normal);
}
