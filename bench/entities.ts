/** Speaker entity resolution: BASIL's annotated quote speakers and PolNeAR's named Sources, against our speakers. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze/analyze.js';
import { hashId } from '../src/core/ids.js';
import type { Quote } from '../src/core/model.js';
import { articleOf } from './polnear.js';
import { loadPolnear } from './polnear-data.js';
import { normalise } from './polnear-metric.js';
import { fixed, table } from './report.js';
import { DATA } from './shared-data.js';

interface BasilQuote {
  article_uuid: string;
  speaker: string;
  txt: string;
}

interface Tally {
  total: number;
  quoteFound: number;
  attributed: number;
  fullName: number;
  surname: number;
}

const tally = (): Tally => ({ total: 0, quoteFound: 0, attributed: 0, fullName: 0, surname: 0 });

/** Compares a resolved speaker name with a gold name: the same full name, or the same surname. */
function judge(t: Tally, ours: string | undefined, gold: string): void {
  if (ours === undefined) return;
  t.attributed += 1;
  const a = ours
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, '')
    .trim();
  const b = gold
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, '')
    .trim();
  if (a === b) t.fullName += 1;
  if (a.split(/\s+/).at(-1) === b.split(/\s+/).at(-1)) t.surname += 1;
}

/** BASIL: each quote with a named speaker (not a group label) → our quote over the same words → our speaker's name. */
function scoreBasil(): Tally {
  const t = tally();
  const dir = join(DATA, 'basil');
  const quotes = readFileSync(join(dir, 'quote_annotations.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as BasilQuote)
    .filter((q) => !q.speaker.startsWith('other'));
  const texts = new Map<string, string>();
  for (const year of readdirSync(join(dir, 'articles')).sort()) {
    for (const name of readdirSync(join(dir, 'articles', year)).sort()) {
      const json = JSON.parse(readFileSync(join(dir, 'articles', year, name), 'utf8')) as {
        uuid: string;
        'body-paragraphs': string[][];
      };
      texts.set(json.uuid, json['body-paragraphs'].map((p) => p.join(' ')).join('\n\n'));
    }
  }
  const analysed = new Map<string, Quote[]>();
  for (const q of quotes) {
    const text = texts.get(q.article_uuid);
    if (text === undefined) continue;
    t.total += 1;
    let ours = analysed.get(q.article_uuid);
    if (ours === undefined) {
      const id = hashId('a', q.article_uuid);
      ours = analyze({ id, input: q.article_uuid, title: '', text, cites: [], provenanceNotes: [] }).quotes;
      analysed.set(q.article_uuid, ours);
    }
    const needle = q.txt.replace(/^[“"‘'\s]+|[”"’'\s.,]+$/g, '');
    const at = text.indexOf(needle);
    if (at < 0 || needle === '') continue;
    const hit = ours.find((o) => o.text.start < at + needle.length && o.text.end > at);
    if (hit === undefined) continue;
    t.quoteFound += 1;
    judge(t, hit.speaker?.name, q.speaker.replace(/_/g, ' '));
  }
  return t;
}

/** PolNeAR: gold attributions whose Source is a capitalised name (not a pronoun or a role), against our speaker name. */
function scorePolnearNames(): Tally {
  const t = tally();
  for (const item of loadPolnear()) {
    const quotes = analyze(articleOf(item)).quotes;
    for (const gold of item.attributions) {
      const source = gold.source[0];
      if (source === undefined || gold.content.length === 0) continue;
      const words = item.text.slice(source.start, source.end).split(',')[0]!.trim();
      const name = /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+)$/u.exec(
        words,
      )?.[1];
      if (name === undefined || /^(?:He|She|They|We|I|It|The)\b/.test(name)) continue;
      t.total += 1;
      const parts = gold.content.map((s) => normalise(item.text, s));
      const hit = quotes.find((q) => parts.some((p) => q.text.start < p.end && q.text.end > p.start));
      if (hit === undefined) continue;
      t.quoteFound += 1;
      judge(t, hit.speaker?.name, name);
    }
  }
  return t;
}

export function benchEntities(): void {
  const basil = scoreBasil();
  const polnear = scorePolnearNames();
  const pct = (n: number, d: number): string => (d === 0 ? '–' : fixed((n / d) * 100, 1));
  console.log(
    '\n## Speaker entity resolution (../shared/data/basil quote speakers; ../shared/data/polnear named Sources)\n',
  );
  console.log(
    'Of the labelled quotes whose speaker is a named person: how many we find as a quote, how many we attribute,',
  );
  console.log(
    'and how often our resolved speaker is that person (same full name; same surname). No published baseline.\n',
  );
  table(
    ['data', 'named-speaker quotes', 'found', 'attributed', 'same full name', 'same surname'],
    [
      [
        'BASIL',
        String(basil.total),
        pct(basil.quoteFound, basil.total),
        pct(basil.attributed, basil.quoteFound),
        pct(basil.fullName, basil.attributed),
        pct(basil.surname, basil.attributed),
      ],
      [
        'PolNeAR',
        String(polnear.total),
        pct(polnear.quoteFound, polnear.total),
        pct(polnear.attributed, polnear.quoteFound),
        pct(polnear.fullName, polnear.attributed),
        pct(polnear.surname, polnear.attributed),
      ],
    ],
  );
}
