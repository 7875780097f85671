/** The wink-nlp pipeline, loaded once per process, and its tokens mapped back to text offsets. */
import type { Document, ItemEntity, ItsHelpers } from 'wink-nlp';
import { createWinkReader, type WinkReader } from './wink-reader.js';

/** One token with its UTF-16 offsets in the analysed text. */
export interface Token {
  start: number;
  end: number;
  value: string;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, …). */
  pos: string;
  /** wink's token type (word, number, punctuation, …). */
  type: string;
}

/** A wink named entity (DATE, CARDINAL, PERCENT, …) as a character range. */
export interface WinkEntity {
  start: number;
  end: number;
  type: string;
  value: string;
}

/** What wink gives for one text: tokens, sentence end offsets and its entities. */
export interface Parsed {
  tokens: Token[];
  /** Character offsets where wink ends a sentence (exclusive ends), ascending. */
  sentenceEnds: number[];
  entities: WinkEntity[];
  /** False when wink's tokens could not be mapped onto the text (callers fall back to rules). */
  mapped: boolean;
}

let reader: WinkReader | undefined;

// Sentences, tags and entities are all we read: wink's negation and sentiment passes (a fifth of its time on PolNeAR
// and BASIL) are left out; the tokens, tags, sentences and entities of those 917 articles are the same without them.
const PIPE = ['sbd', 'pos', 'ner'];

function load(): WinkReader {
  if (reader === undefined) reader = createWinkReader({ pipe: PIPE });
  return reader;
}

/**
 * Parse text with wink and map every token back to exact offsets.
 * @example parse('Rutte said so. He left.').sentenceEnds // → [14, 23]
 */
export function parse(text: string): Parsed {
  const empty: Parsed = { tokens: [], sentenceEnds: [], entities: [], mapped: false };
  if (text.trim() === '') return { ...empty, mapped: true };
  try {
    return load().read(text, (doc, its) => mapDoc(text, doc, its)) ?? empty;
  } catch {
    return empty;
  }
}

/** wink's tokens, sentences and entities at their offsets in text; undefined when a token cannot be located. */
function mapDoc(text: string, doc: Document, its: ItsHelpers): Parsed | undefined {
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const tokens: Token[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? '';
    const at = value === '' ? cursor : locate(text, value, cursor);
    if (at < 0) return undefined;
    cursor = at + value.length;
    starts.push(at);
    ends.push(cursor);
    if (types[i] !== 'tabCRLF' && types[i] !== 'space' && value.trim() !== '') {
      tokens.push({ start: at, end: cursor, value, pos: pos[i] ?? 'X', type: types[i] ?? 'word' });
    }
  }
  const sentenceEnds: number[] = [];
  for (const range of doc.sentences().out(its.span) as unknown as number[][]) {
    const last = ends[range[1] ?? -1];
    if (last !== undefined && !insideSentence(text, last)) sentenceEnds.push(last);
  }
  const entities: WinkEntity[] = [];
  doc.entities().each((entity: ItemEntity) => {
    const range = entity.out(its.span) as unknown as number[];
    const start = starts[range[0] ?? -1];
    const end = ends[range[1] ?? -1];
    if (start !== undefined && end !== undefined) {
      entities.push({ start, end, type: String(entity.out(its.type)), value: text.slice(start, end) });
    }
  });
  return { tokens, sentenceEnds, entities, mapped: true };
}

/**
 * Ends wink puts inside a sentence at abbreviations: within a word ("(D-N.|Y.)"), before a comma, semicolon, colon or
 * closing bracket ("(R-Ariz.)|, Senate …"), or after a dotted abbreviation when the next word is lower case
 * ("(D-N.Y.)| and 18 members"). A sentence cut there made a headline of "Y.) and 18 members …".
 */
function insideSentence(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const next = text[end]!;
  if (/[\p{L}\p{N}]/u.test(next)) return true;
  const after = /^\s*(\S)/u.exec(text.slice(end, end + 40))?.[1];
  if (after === undefined) return false;
  if (/[,;:)\]]/.test(after)) return true;
  const lastWord = /(\S+)$/.exec(text.slice(Math.max(0, end - 30), end))?.[1] ?? '';
  return (
    /\p{Ll}/u.test(after) &&
    /\.\)?$/.test(lastWord) &&
    /\p{L}\.\p{L}|^\(?\p{Lu}\p{Ll}{0,4}\.\)?$|-\p{Lu}/u.test(lastWord)
  );
}

// Tokens normally follow only whitespace; a short look-ahead keeps a mapping failure from costing O(n) per token.
const LOOKAHEAD = 64;

function locate(text: string, value: string, cursor: number): number {
  if (text.startsWith(value, cursor)) return cursor;
  const window = text.slice(cursor, cursor + LOOKAHEAD + value.length);
  const at = window.indexOf(value);
  return at < 0 ? -1 : cursor + at;
}
