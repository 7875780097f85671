/** Light compression of a source sentence that keeps its meaning: only deletions of words that add nothing. */
import {
  LEADING_ACCORDING,
  LEADING_DATELINE,
  LEADING_DISCOURSE,
  LEADING_WIRE_CREDIT,
  NEGATION,
  NONRESTRICTIVE_RELATIVE,
  OUTLET_CREDIT,
  PAIRED_DASH_ASIDE,
  PARENTHETICAL,
} from './patterns.js';

/** A cut that leaves fewer words than this is undone: the sentence would lose its content. */
const MIN_WORDS_LEFT = 8;

/**
 * Drops a leading dateline or wire credit ("(Reuters) - ", "(CNN)"), parenthetical asides, asides between paired
 * dashes, non-restrictive relative clauses, a leading discourse marker and a leading "According to <the article's
 * own outlet>,". A trailing participial clause is kept here: cutting every one lost R-1 on NeuS train, 39.29 →
 * 39.07, because it often carries the news; dropUnsharedPieces cuts only those no other source tells. The result
 * is the sentence's own text with pieces cut out (the first letter upper-cased when a cut exposed it).
 * @example compressSentence('WASHINGTON (AP) — But the Senate (narrowly) passed it.') // 'The Senate passed it.'
 */
export function compressSentence(text: string, outlet?: string): string {
  let out = text.replace(LEADING_DATELINE, '').replace(LEADING_WIRE_CREDIT, '');
  // "According to Pars Today, …" in Pars Today's own article: the citation already says who says it.
  const according = out.match(LEADING_ACCORDING);
  if (according && outlet && fold(according[1]!).includes(fold(outlet))) out = out.slice(according[0].length);
  // "Pars Today – The NATO Secretary General …": the outlet's own credit line in front of its lead.
  const credit = outlet ? out.match(OUTLET_CREDIT) : null;
  if (credit && outlet && fold(credit[1]!) === fold(outlet)) out = out.slice(credit[0].length);
  out = out.replace(PARENTHETICAL, (aside, offset: number, whole: string) => {
    if (keepsParenthetical(aside, whole, offset)) return aside;
    // "New York (CNN Business)Facebook …": a word glued to the aside stays a separate word.
    return /[\p{L}\p{N}]/u.test(whole[offset + aside.length] ?? '') ? ' ' : '';
  });
  out = out.replace(LEADING_DISCOURSE, '');
  out = cutIfLong(out, PAIRED_DASH_ASIDE, ' ');
  out = cutIfLong(out, NONRESTRICTIVE_RELATIVE, (match) => (match.trimEnd().endsWith(',') ? ' ' : ''));
  out = out.replace(/\s{2,}/g, ' ').trim();
  if (out.length < text.length && /^\p{Ll}/u.test(out)) out = out[0]!.toUpperCase() + out.slice(1);
  return out.length >= 3 ? out : text;
}

/** Applies one cut when what is left still has MIN_WORDS_LEFT words. */
function cutIfLong(text: string, pattern: RegExp, replacement: string | ((match: string) => string)): string {
  const removed = text.match(pattern)?.[0];
  // A cut that would take a negation away could leave the sentence saying more than its source: keep it.
  if (removed === undefined || hasNegation(removed)) return text;
  const cut = typeof replacement === 'string' ? text.replace(pattern, replacement) : text.replace(pattern, replacement);
  return cut.split(/\s+/).filter(Boolean).length >= MIN_WORDS_LEFT ? cut : text;
}

function hasNegation(text: string): boolean {
  return new RegExp(NEGATION.source, 'i').test(text);
}

/** A parenthetical that is the only place a number or a definition appears stays: it carries content. */
function keepsParenthetical(aside: string, whole: string, offset: number): boolean {
  // "(1.5 million)" gives a figure; a parenthetical at the very start is not an aside.
  return /\d/.test(aside) || hasNegation(aside) || offset === 0 || /[.!?]$/.test(whole.slice(0, offset).trimEnd());
}

function fold(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
