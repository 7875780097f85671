/**
 * Precision of the brief's "who said what" on PolNeAR: every statement the brief would print (compare's
 * alignStatements on each article, the who-said-what filter included) is checked against the speakers the PolNeAR
 * annotators marked by reading the article. A printed statement is right when a gold attribution holds its words
 * (real speech: half of the statement's characters inside one gold Content) and our speaker shares a name word with
 * that attribution's Source. Gold Sources that are only a pronoun ("he", "she") cannot be checked by name; they are
 * counted apart. The wrong ones are listed (article, offsets, our speaker, gold source) for reading.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../src/analyze/analyze.js';
import { mergeEntities } from '../src/analyze/merge-entities.js';
import { alignStatements } from '../src/compare/align-statements.js';
import { articleOf, halfOf } from './polnear.js';
import { type GoldAttribution, loadPolnear } from './polnear-data.js';
import { fixed, table } from './report.js';
import { printedRenderings } from './who-said-what-sample.js';

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

interface Label {
  article: string;
  start: number;
  end: number;
  speaker: string;
  label: 'right' | 'wrong speaker' | 'not speech';
  saidBy?: string;
}

/** The labels of bench/who-said-what-labels.json (see there and bench/who-said-what-sample.ts). */
function loadLabels(): Label[] {
  const url = new URL('./who-said-what-labels.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { items: Label[] }).items;
}

/** One speaker by a shared name word; a description with no name word ("officials") by its whole wording. */
function sameSpeaker(ours: string, theirs: string): boolean {
  const want = nameWords(theirs);
  if (want.length === 0) return ours.trim().toLowerCase() === theirs.trim().toLowerCase();
  const have = new Set(nameWords(ours));
  return want.some((w) => have.has(w));
}

/** Share of the union two character ranges have in common. */
function overlapShare(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inside = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return inside / Math.max(1, Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/**
 * The brief's who-said-what on the labelled BASIL sample: each printed statement is looked up in the labels (same
 * article, half its span in common). Right: labelled real speech and our speaker shares a name word with the
 * speaker that was right (the printed one for "right", saidBy for "wrong speaker"). A printed statement with no label
 * is counted apart (label it after reading: bench/who-said-what-sample.ts prints it with context).
 */
export function benchWhoSaidWhatLabelled(): void {
  const labels = loadLabels();
  const byArticle = new Map<string, Label[]>();
  for (const l of labels) byArticle.set(l.article, [...(byArticle.get(l.article) ?? []), l]);
  let printed = 0;
  let right = 0;
  let unlabelled = 0;
  // The same figures had who-said-what left out the quotes analyze marks as no statement (Quote.reason).
  let reasoned = 0;
  let reasonedRight = 0;
  const matched = new Set<Label>();
  const misses: string[][] = [];
  for (const r of printedRenderings()) {
    printed++;
    const label = (byArticle.get(r.article) ?? [])
      .map((l) => ({ l, share: l.start === r.start && l.end === r.end ? 2 : overlapShare(l, r) }))
      .filter((x) => x.share >= 0.5)
      .sort((a, b) => b.share - a.share)[0]?.l;
    if (label === undefined) {
      unlabelled++;
      misses.push([r.article.slice(0, 13), `${r.start}–${r.end}`, 'unlabelled', r.speaker, '–', r.reason ? 'yes' : '']);
      continue;
    }
    matched.add(label);
    const who = label.label === 'wrong speaker' ? (label.saidBy ?? '') : label.speaker;
    const ok = label.label !== 'not speech' && sameSpeaker(r.speaker, who);
    if (ok) right++;
    if (r.reason !== undefined) {
      reasoned++;
      if (ok) reasonedRight++;
    }
    if (!ok)
      misses.push([
        r.article.slice(0, 13),
        `${r.start}–${r.end}`,
        label.label === 'not speech' ? 'not speech' : 'wrong speaker',
        r.speaker,
        label.label === 'not speech' ? '–' : who,
        r.reason ? 'yes' : '',
      ]);
  }
  const key = (l: Label): string => `${l.article} ${l.start} ${l.end}`;
  const matchedKeys = new Set([...matched].map(key));
  const dropped = labels.filter((l) => !matchedKeys.has(key(l)));
  const droppedRight = dropped.filter((l) => l.label === 'right').length;
  console.log('\n## Who said what on BASIL: the labelled speaker test set (bench/who-said-what-labels.json)\n');
  console.log(
    `${labels.length} statements the brief printed on the first BASIL dev triplets (SHA-256 order) and on the reader-pass triplets, each speaker checked by reading. Precision = right / labelled printed statements; goal 0.97.\n`,
  );
  const checked = printed - unlabelled;
  table(
    [
      'printed',
      'labelled',
      'right',
      'precision',
      'unlabelled (new)',
      'labelled right, no longer printed',
      'marked no statement by analyze (right among them)',
      'precision without them',
    ],
    [
      [
        String(printed),
        String(checked),
        String(right),
        fixed(checked ? right / checked : 0),
        String(unlabelled),
        String(droppedRight),
        `${reasoned} (${reasonedRight})`,
        fixed(checked - reasoned ? (right - reasonedRight) / (checked - reasoned) : 0),
      ],
    ],
  );
  console.log(`\nMisses (${misses.length}; BASIL article id prefix, UTF-16 offsets into the extracted text):\n`);
  table(['article', 'offsets', 'miss', 'our speaker', 'said by', 'marked no statement'], misses);
}
