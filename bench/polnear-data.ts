/** PolNeAR gold attributions (Source/Cue/Content spans), read in place from ../shared/data/polnear. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA } from './shared-data.js';

/** A span in UTF-16 offsets of the article text (the file's code-point offsets converted). */
export interface GoldSpan {
  start: number;
  end: number;
}

export interface GoldAttribution {
  source: GoldSpan[];
  cue: GoldSpan[];
  content: GoldSpan[];
  /** The content opens with a quotation mark: a direct (or partial) quote. */
  direct: boolean;
}

export interface PolnearArticle {
  name: string;
  text: string;
  attributions: GoldAttribution[];
}

interface RawSpan {
  start: number;
  end: number;
  text: string;
}

interface RawLine {
  article: string;
  annotator: string;
  attributions: { source: RawSpan[]; cue: RawSpan[]; content: RawSpan[] }[];
}

const QUOTE_OPENERS = /^[“"‘'«„]/;

/** Code-point offset → UTF-16 offset, for texts with characters outside the BMP (emoji). */
function codePointToUtf16(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (offset) => offset;
  const map: number[] = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return (offset) => map[offset] ?? unit;
}

/**
 * The articles of this split with one annotator's attributions each (the first annotator file by name
 * when an article was annotated several times, so agreement articles are not counted six times).
 * @example loadPolnear()[0]?.attributions[0]?.direct // → false
 */
export function loadPolnear(): PolnearArticle[] {
  const dir = join(DATA, 'polnear');
  const chosen = new Map<string, RawLine>();
  for (const line of readFileSync(join(dir, 'attributions.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as RawLine;
    const seen = chosen.get(row.article);
    if (seen === undefined || row.annotator < seen.annotator) chosen.set(row.article, row);
  }
  return [...chosen.keys()].sort().map((name) => {
    const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
    const toUtf16 = codePointToUtf16(text);
    const convert = (spans: RawSpan[]): GoldSpan[] =>
      spans.map((s) => ({ start: toUtf16(s.start), end: toUtf16(s.end) })).sort((a, b) => a.start - b.start);
    const attributions = (chosen.get(name)?.attributions ?? []).map((a) => {
      const content = convert(a.content);
      const first = content[0];
      const direct = first !== undefined && QUOTE_OPENERS.test(text.slice(first.start, first.end).trimStart());
      return { source: convert(a.source), cue: convert(a.cue), content, direct };
    });
    return { name, text, attributions };
  });
}
