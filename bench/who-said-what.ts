/**
 * Precision of the brief's "who said what" on PolNeAR: every statement the brief would print (compare's
 * alignStatements on each article, the who-said-what filter included) is checked against the speakers the PolNeAR
 * annotators marked by reading the article. A printed statement is right when a gold attribution holds its words
 * (real speech: half of the statement's characters inside one gold Content) and our speaker shares a name word with
 * that attribution's Source. Gold Sources that are only a pronoun ("he", "she") cannot be checked by name; they are
 * counted apart. The wrong ones are listed (article, offsets, our speaker, gold source) for reading.
 */
import { analyze } from '../src/analyze/analyze.js';
import { mergeEntities } from '../src/analyze/merge-entities.js';
import { alignStatements } from '../src/compare/align-statements.js';
import { articleOf, halfOf } from './polnear.js';
import { type GoldAttribution, loadPolnear } from './polnear-data.js';
import { fixed, table } from './report.js';

/** Words that do not identify a speaker (titles, function words, pronouns). */
const NOT_NAME_WORDS = new Set(
  `the a an of and or for to in on at by with from as mr mrs ms miss dr sen senator rep representative gov governor
  president presidential vice former candidate nominee secretary state republican democratic democrat gop party
  spokesman spokeswoman spokesperson chairman leader official officials said says u he she they it i we you him her
  them his hers its their us me my our your who whom which that this these those s t`.split(/\s+/),
);
const PRONOUN_ONLY = /^(?:he|she|they|it|i|we|you|who|which|that)$/i;
/** Misses listed in the output. */
const MISSES_SHOWN = 40;

interface Tally {
  printed: number;
  right: number;
  notSpeech: number;
  wrongSpeaker: number;
  pronounGold: number;
}

const nameWords = (s: string): string[] =>
  (s.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).filter((w) => !NOT_NAME_WORDS.has(w));

function holding(gold: GoldAttribution[], start: number, end: number): GoldAttribution | undefined {
  let best: GoldAttribution | undefined;
  let bestShare = 0;
  for (const g of gold) {
    let inside = 0;
    for (const c of g.content) inside += Math.max(0, Math.min(end, c.end) - Math.max(start, c.start));
    const share = inside / Math.max(1, end - start);
    if (share > bestShare) {
      best = g;
      bestShare = share;
    }
  }
  return bestShare >= 0.5 ? best : undefined;
}

export function benchWhoSaidWhat(): void {
  const tallies = { even: empty(), odd: empty() };
  const misses: string[][] = [];
  for (const item of loadPolnear()) {
    const article = articleOf(item);
    const analysis = analyze(article);
    const statements = alignStatements([{ article, analysis }], mergeEntities([analysis]));
    const tally = tallies[halfOf(item.name)];
    for (const statement of statements) {
      for (const quote of statement.quotes) {
        tally.printed++;
        const gold = holding(item.attributions, quote.span.start, quote.span.end);
        const source = gold?.source.map((s) => item.text.slice(s.start, s.end)).join(' ') ?? '';
        let verdict: 'right' | 'not speech' | 'wrong speaker' | 'pronoun';
        if (gold === undefined) verdict = 'not speech';
        else if (
          source.trim() !== '' &&
          source
            .trim()
            .split(/\s+/)
            .every((w) => PRONOUN_ONLY.test(w))
        )
          verdict = 'pronoun';
        else {
          const ours = new Set(nameWords(statement.speaker));
          const theirs = nameWords(source);
          verdict = theirs.some((w) => ours.has(w)) ? 'right' : 'wrong speaker';
        }
        if (verdict === 'right') tally.right++;
        else if (verdict === 'pronoun') tally.pronounGold++;
        else if (verdict === 'not speech') tally.notSpeech++;
        else tally.wrongSpeaker++;
        if ((verdict === 'not speech' || verdict === 'wrong speaker') && misses.length < MISSES_SHOWN)
          misses.push([
            item.name.slice(0, 40),
            `${quote.span.start}–${quote.span.end}`,
            verdict,
            statement.speaker,
            source.slice(0, 40) || '–',
          ]);
      }
    }
  }
  console.log('\n## Who said what on PolNeAR: precision of the printed statements against the annotators’ speakers\n');
  console.log(
    'Each article as its own story; every statement the brief would print is checked: right = a gold Content holds half its characters and our speaker shares a name word with that Source. Pronoun-only gold Sources are counted apart (not checkable by name). Halves by article-name hash (as the PolNeAR bench).\n',
  );
  table(
    ['half', 'printed', 'right', 'not speech', 'wrong speaker', 'gold source a pronoun', 'precision (checkable)'],
    (['even', 'odd'] as const).map((h) => {
      const t = tallies[h];
      const checkable = t.right + t.notSpeech + t.wrongSpeaker;
      return [
        h,
        String(t.printed),
        String(t.right),
        String(t.notSpeech),
        String(t.wrongSpeaker),
        String(t.pronounGold),
        fixed(checkable ? t.right / checkable : 0),
      ];
    }),
  );
  console.log(
    `\nFirst ${misses.length} misses (read them in ../shared/data/polnear/text/<article>.txt at the offsets):\n`,
  );
  table(['article', 'offsets', 'miss', 'our speaker', 'gold source'], misses);
}

function empty(): Tally {
  return { printed: 0, right: 0, notSpeech: 0, wrongSpeaker: 0, pronounGold: 0 };
}
