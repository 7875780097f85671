/** A quick-look bullet is one fact in a few words: a long sentence is cut to its main clause, attribution kept. */
import { BULLET_MAX_WORDS } from '../core/config.js';
import { dropUnsharedPieces } from './drop-unshared-pieces.js';
import { PIECE_BOUNDARY } from './patterns.js';

/** A second main clause joined by a semicolon or ", and"/", but": the first one is a fact of its own. */
const SECOND_CLAUSE = /;\s|,\s+(?:and|but|while|whereas)\s/u;
const MIN_WORDS = 8;
/** A piece that opens a clause or aside of its own: the words before it can stand as a sentence. */
const CLAUSE_START =
  /^(?:,\s+(?:and|but|which|who|whose|where|as|while|after|before|when|because|since|with|including|amid|despite|though|although|even|saying|adding|according|following|prompting|leaving|making|giving|sending)\b|\s[—–]\s)/u;

/**
 * The sentence itself when it has at most BULLET_MAX_WORDS words; else the sentence without its trailing clauses
 * and asides (a ", he said" stays: who says it is part of the fact), else its first main clause; undefined when
 * none of these is short enough. Only deletions: the result stays grounded in the sentence's own span.
 * @example shortenForBullet('The Senate passed the bill on Tuesday, sending it to the president, who is expected to sign it within days.') // 'The Senate passed the bill on Tuesday.'
 */
export function shortenForBullet(text: string): string | undefined {
  if (wordCount(text) <= BULLET_MAX_WORDS) return text;
  const cut = cutToCore(text);
  if (wordCount(cut) <= BULLET_MAX_WORDS) return cut;
  const first = cut.split(SECOND_CLAUSE)[0]!.replace(/[\s,;:—–-]+$/u, '');
  const clause = closed(first);
  if (clause !== undefined) return clause;
  // The longest head that ends where a clause or aside begins (", which …", ", as …", " — …").
  const pieces = cut.split(PIECE_BOUNDARY);
  for (let end = pieces.length - 1; end > 0; end--) {
    if (!CLAUSE_START.test(pieces[end]!)) continue;
    const head = closed(pieces.slice(0, end).join(''));
    if (head !== undefined) return head;
  }
  return undefined;
}

/** The sentence without trailing clauses and asides (attribution kept): the shortest it gets by deletions alone. */
export function cutToCore(text: string): string {
  return dropUnsharedPieces(text, () => false, { keepAttribution: true });
}

/** A head with a full stop, when it has MIN_WORDS to BULLET_MAX_WORDS words and no quotation left open. */
function closed(head: string): string | undefined {
  const text = head.replace(/[\s,;:—–-]+$/u, '');
  if ((text.match(/["“”]/g) ?? []).length % 2 === 1) return undefined;
  const words = wordCount(text);
  if (words < MIN_WORDS || words > BULLET_MAX_WORDS) return undefined;
  return /[.!?]["”’)]*$/u.test(text) ? text : `${text}.`;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
