/**
 * Loaded words: the outlet's own evaluative word choices ("slammed", "bombshell", "supposedly"), taken from its
 * narration only — headline-free text outside every quotation, never a name. A word is loaded when the lexicon of
 * evaluative English (loaded-lexicon.ts) has it in the part of speech it is listed for; general sentiment alone is
 * not enough: measured against BASIL's lexical-bias spans (bench/framing.ts), a word that merely carries sentiment
 * (an AFINN-165 valence) is the annotators' choice about 1 time in 50, a lexicon word about 1 time in 3. Words no other outlet on the
 * story uses come first (that is the outlet's own choice, as the log-odds test finds for frequent words), then
 * the kinds that are most often the writer's judgement, then the lead.
 */
import { parse } from '../analyze/nlp.js';
import type { AnalyzedArticle, FramingTerm, Span } from '../core/model.js';
import { inRanges, quotedRanges } from './find-framing.js';
import { type LoadedKind, LOADED_LEXICON, lexiconForm } from './loaded-lexicon.js';

/** Loaded words shown per outlet: every one found is worth a look, but a brief is not a concordance. */
const MAX_LOADED = 6;
/** Spans shown per word. */
const MAX_SPANS = 5;
/** The first sentences are the outlet's lead: what it chose to put first (the headline is rarely in the text). */
const FRONT_SENTENCES = 2;

/**
 * How surely a use of each kind is the writer's judgement (a verb of attack casts the act; an adjective such as
 * "dramatic" is more often plain description). Orders the words shown, found nothing by itself.
 */
const KIND_WEIGHT: Record<LoadedKind, number> = { verb: 3, adverb: 3, adjective: 2, noun: 2 };
const WEIGHT = { ownChoice: 2, front: 1 };

/** The parts of speech (wink's tags) a lexicon word of each kind is taken in: "slam" the verb, not "a slam dunk". */
const TAGS: Record<LoadedKind, readonly string[]> = {
  verb: ['VERB', 'NOUN', 'ADJ'],
  noun: ['NOUN', 'VERB'],
  adjective: ['ADJ', 'VERB'],
  adverb: ['ADV', 'ADJ'],
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
      for (const { word } of wordsOf(article.text)) {
        const base = lexiconForm(word);
        if (base === undefined) continue;
        uses.set(base, (uses.get(base) ?? 0) + 1);
        allUses.set(base, (allUses.get(base) ?? 0) + 1);
      }
    }
    usesByOutlet.set(outlet, uses);
  }
  for (const [outlet, items] of groups) {
    const own = usesByOutlet.get(outlet)!;
    const ownChoice = (base: string): boolean => (allUses.get(base) ?? 0) === (own.get(base) ?? 0);
    const best = new Map<string, Scored>();
    for (const { article, analysis } of items) {
      const names = analysis.entities.flatMap((e) => e.mentions.map((m): [number, number] => [m.start, m.end]));
      const quoted = quotedRanges(analysis);
      const frontEnd = analysis.sentences[FRONT_SENTENCES - 1]?.end ?? analysis.sentences.at(-1)?.end ?? 0;
      // Tagged only when a lexicon word needs its tag (most articles have none): a wink reading costs as much as the
      // rest of this function, and depends on the text alone (src/analyze/wink-reader.ts), so when it runs never matters.
      let tagAt: Map<number, string> | undefined;
      const tagOf = (start: number): string => {
        if (tagAt === undefined) tagAt = new Map(parse(article.text).tokens.map((t) => [t.start, t.pos]));
        return tagAt.get(start) ?? '';
      };
      for (const { word, start, end } of wordsOf(article.text)) {
        const base = lexiconForm(word);
        if (base === undefined) continue;
        const kind = LOADED_LEXICON.get(base)!;
        // Compounds ("so-called") and phrasal verbs ("lashed out") are split by the tagger: their form is evidence enough.
        if (!/[- ]/u.test(word) && !TAGS[kind].includes(tagOf(start))) continue;
        // Loaded words are the outlet's own: none from inside a quotation, none inside a name ("Radical Party").
        if (inRanges(quoted, start)) continue;
        if (names.some(([from, to]) => from <= start && start < to)) continue;
        const score =
          KIND_WEIGHT[kind] + (ownChoice(base) ? WEIGHT.ownChoice : 0) + (start < frontEnd ? WEIGHT.front : 0);
        const span = { articleId: article.id, start, end };
        const term = article.text.slice(start, end).toLowerCase().replace(/’/g, "'");
        const entry = best.get(term);
        if (!entry) best.set(term, { term, score, spans: [span] });
        else {
          entry.score = Math.max(entry.score, score);
          if (entry.spans.length < MAX_SPANS) entry.spans.push(span);
        }
      }
    }
    const loaded = [...best.values()]
      // A stable sort: equal scores stay in reading order.
      .sort((a, b) => b.score - a.score)
      .slice(0, MAX_LOADED)
      .map(({ term, spans }): FramingTerm => ({ term, spans, kind: 'loaded' }));
    result.set(outlet, loaded);
  }
  return result;
}

/**
 * Words with their offsets; hyphenated compounds stay one word ("so-called", "flip-flop"), and two words the
 * lexicon lists as one compound or phrasal verb are joined ("witch hunt" is "witch-hunt", "lashed out").
 */
function wordsOf(text: string): { word: string; start: number; end: number }[] {
  const words = [...text.matchAll(/\p{L}+(?:[-'’]\p{L}+)*/gu)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const out: { word: string; start: number; end: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    const second = words[i + 1];
    if (second && second.start === first.end + 1 && text[first.end] === ' ') {
      const joined = [`${first.word}-${second.word}`, `${first.word} ${second.word}`].find(
        (words) => lexiconForm(words) !== undefined,
      );
      if (joined !== undefined) {
        out.push({ word: joined, start: first.start, end: second.end });
        i++;
        continue;
      }
    }
    out.push(first);
  }
  return out;
}
