/** Cuts the asides and trailing clauses of a sentence that only its own outlet tells: what the outlets share stays. */
import { contentWords } from '../core/text.js';
import {
  DROPPABLE_PIECE,
  LEADING_ADVERBIAL,
  NEGATION,
  PIECE_BOUNDARY,
  THAT_BEFORE_ADVERBIAL,
  VERB_CONTINUATION,
} from './patterns.js';

/**
 * A droppable piece (see DROPPABLE_PIECE) goes when fewer than this share of its content words occur in the
 * story's other articles. NeuS train (1,746 stories, halves by id hash), quick look R-1/2/L: 40.49/17.97/27.58
 * without the cut, 40.69/18.16/27.83 at 0.3, 40.72/18.17/27.80 at 0.5; the gain held on both halves.
 */
export const PIECE_MIN_SHARED = 0.5;
/** A piece opened by a spaced dash. */
const DASH_PIECE = /^\s[—–]\s/u;
/**
 * Where or how the subject spoke, between the subject and its verb: "Rep. Anthony Weiner, in an interview with Fox
 * News, said …", "Pelosi, at a news conference, said …". Only with an article or possessive, so ", in turn," and
 * ", in fact," are not asides of this kind.
 */
const SETTING_ASIDE = /^,\s+(?:in|during|at)\s+(?:an?|the|his|her|their|its)\s[^,]*$/u;
/** A cut that leaves fewer words than this is undone. */
const MIN_WORDS_LEFT = 8;

/**
 * Drops, from a sentence, the pieces that are outlet-specific detail: a trailing participial, attribution,
 * subordinate or dash clause, or an apposition between commas, when less than PIECE_MIN_SHARED of its content
 * words are told by other sources (`isShared`). Pieces with a quotation, a figure or a negation stay: they carry
 * the claim. The result is the sentence with pieces cut out, so it stays grounded in the sentence's own span.
 * @example dropUnsharedPieces('Biden signed the orders, drawing praise from Democrats.', (w) => w !== 'prais' && w !== 'democrat') // 'Biden signed the orders.'
 */
export function dropUnsharedPieces(
  text: string,
  isShared: (word: string) => boolean,
  options: { keepAttribution?: boolean } = {},
): string {
  const pieces = text.split(PIECE_BOUNDARY);
  if (pieces.length < 2) return text;
  const dropped = pieces.map(
    (piece, index) =>
      index > 0 &&
      isDroppable(pieces, index) &&
      // "… told Axios that while he initially believed …, he had been advised …": the piece is the that-clause's own.
      !THAT_BEFORE_ADVERBIAL.test(pieces[index - 1]!) &&
      !(options.keepAttribution && DROPPABLE_PIECE.attribution.test(piece)) &&
      !isToldElsewhere(piece, isShared),
  );
  if (!dropped.some(Boolean)) return text;
  let out = '';
  pieces.forEach((piece, index) => {
    if (dropped[index]) return;
    // After an aside cut from between commas the next piece's comma goes too: "Herring, a Democrat, admitted".
    out += index > 0 && dropped[index - 1] && isAsideAt(pieces, index - 1) ? piece.replace(/^,\s+/, ' ') : piece;
  });
  out = out.replace(/[\s,;:—–-]+([.!?]["”’)]*)$/u, '$1');
  if (!/[.!?]["”’)]*$/u.test(out)) out = `${out.replace(/[\s,;:—–-]+$/u, '')}.`;
  return out.split(/\s+/).filter(Boolean).length >= MIN_WORDS_LEFT ? out : text;
}

/** Whether the piece at `index` is of a droppable kind and in a place where dropping it leaves a sentence. */
function isDroppable(pieces: readonly string[], index: number): boolean {
  const piece = pieces[index]!;
  if (/["“”]|\d/.test(piece) || new RegExp(NEGATION.source, 'i').test(piece)) return false;
  const last = index === pieces.length - 1;
  if (!last) return isAsideAt(pieces, index);
  if (DROPPABLE_PIECE.apposition.test(piece)) {
    // ", the bishops went forward …" after "By a vote of 168 to 55" is the main clause, and ", a similar scandal"
    // after the aside ", in short order" is the object: a trailing apposition follows a whole clause only.
    const before = pieces[index - 1]!;
    if (LEADING_ADVERBIAL.test(pieces[0]!) || before.split(/\s+/).filter(Boolean).length < 6) return false;
  }
  // A dash that closes an aside opened by an earlier dash leads back into the main clause: not a trailing aside.
  if (DROPPABLE_PIECE.dash.test(piece) && pieces.slice(1, index).some((p) => DASH_PIECE.test(p))) return false;
  return Object.values(DROPPABLE_PIECE).some((pattern) => pattern.test(piece));
}

/** An apposition closed by a comma and followed by the main clause's verb ("Herring, a Democrat, admitted …"). */
function isAsideAt(pieces: readonly string[], index: number): boolean {
  const next = pieces[index + 1];
  // Only right after the subject: a second apposition ("Slaoui, chief of …, the initiative …, predicted") would
  // leave the first one's comma unpaired.
  if (index !== 1 || next === undefined) return false;
  const piece = pieces[index]!;
  if (!DROPPABLE_PIECE.apposition.test(piece) && !SETTING_ASIDE.test(piece)) return false;
  return VERB_CONTINUATION.test(next);
}

function isToldElsewhere(piece: string, isShared: (word: string) => boolean): boolean {
  const words = contentWords(piece);
  if (words.length === 0) return true;
  return words.filter(isShared).length / words.length >= PIECE_MIN_SHARED;
}

/**
 * A sentence cut off mid-way (an excerpt or feed summary that stops at "… a bitter 10-day battle since") ends at
 * its last droppable piece instead: "… there was no path to victory." Undefined when no such whole clause of
 * MIN_WORDS_LEFT words is left.
 * @example endAtWholeClause('He conceded Tuesday that there was no path to victory, following a bitter battle since') // 'He conceded Tuesday that there was no path to victory.'
 */
export function endAtWholeClause(text: string): string | undefined {
  const pieces = text.replace(/\s*(?:…|\.\.\.)\s*$/u, '').split(PIECE_BOUNDARY);
  // Not at an apposition: ", who died …" after "The parents of Otto Warmbier" leaves no verb behind.
  const { apposition: _midClause, ...trailing } = DROPPABLE_PIECE;
  for (let index = pieces.length - 1; index > 0; index--) {
    if (!Object.values(trailing).some((pattern) => pattern.test(pieces[index]!))) continue;
    // A head with an odd number of dashes would end inside an aside ("a doctor – who has been dead for a decade").
    if (pieces.slice(1, index).filter((piece) => DASH_PIECE.test(piece)).length % 2 === 1) continue;
    if (THAT_BEFORE_ADVERBIAL.test(pieces[index - 1]!)) continue;
    // "The official, who is not authorized to comment publicly, said Mateen …": the subject and its aside, the
    // verb in the piece that would be cut.
    if (index === 2 && DROPPABLE_PIECE.apposition.test(pieces[1]!)) continue;
    const head = pieces
      .slice(0, index)
      .join('')
      .replace(/[\s,;:—–-]+$/u, '');
    if (/["“]/.test(head) && (head.match(/["“”]/g) ?? []).length % 2 === 1) return undefined;
    return head.split(/\s+/).filter(Boolean).length >= MIN_WORDS_LEFT ? `${head}.` : undefined;
  }
  return undefined;
}
