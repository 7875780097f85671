/** A quick-look bullet is one fact in a few words: a long sentence is cut to its main clause, attribution kept. */
import { BULLET_MAX_WORDS } from '../core/config.js';
import { dropUnsharedPieces } from './drop-unshared-pieces.js';
import { DROPPABLE_PIECE, LEADING_ADVERBIAL, PIECE_BOUNDARY } from './patterns.js';

/** A second main clause joined by a semicolon or ", and"/", but": the first one is a fact of its own. */
const SECOND_CLAUSE = /;\s|,\s+(?:and|but|while|whereas)\s/u;
const MIN_WORDS = 8;
const DANGLING_END = /\b(?:and|or|but|nor|the|a|an|of|to|in|on|at|for|with|by|from|that|which|who|whose|than|as)$/iu;
/**
 * A subordinate clause joined without a comma: the words before it are a clause of their own. Not "as well as",
 * "such as", "as many as"; not "after" or "before" a bare noun of time ("a day after").
 */
const BARE_SUBORDINATE =
  /(?<!\b(?:such|well|just|so|same|as|much|many|long|soon|far|day|days|week|weeks|month|months|year|years|shortly|hours?|minutes?|moments?))\s(?=(?:as(?=\s(?:he|she|they|it|we|I|\p{Lu}))|amid|while|when|whereas|because|although|though|despite|after|before|following|even as|even though)\s(?!well\b|much\b|many\b|long\b|soon\b|far\b|part\b|a result\b|of\b))/gu;
/** An opening adverbial the sentence's main clause follows after its first comma. */
const OPENING_ADVERBIAL = new RegExp(`${LEADING_ADVERBIAL.source}|^Just\\b`, 'u');
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
  // Every head the sentence can be cut to, with and without its opening adverbial; the longest that fits keeps the
  // most of the fact. A trailing attribution (", two officials said Wednesday") goes back on the head it was cut from.
  const attribution = trailingAttribution(cut);
  const bodies = [cut, withoutOpeningAdverbial(cut)].filter((body): body is string => body !== undefined);
  let best: string | undefined;
  for (const body of bodies) {
    for (const head of heads(attribution ? body.slice(0, -attribution.length) : body)) {
      const shown = closed(attribution ? `${head.replace(/[\s,;:—–-]+$/u, '')}${attribution}` : head);
      if (shown !== undefined && (best === undefined || wordCount(shown) > wordCount(best))) best = shown;
    }
  }
  return best;
}

/** Where a head may end: before a second main clause, a clause or aside opened by a comma or dash, or a
 * subordinate clause joined without a comma ("… delayed a vote on Thursday as progressive Democrats refused …"). */
function heads(body: string): string[] {
  const out = [body.split(SECOND_CLAUSE)[0]!];
  const pieces = body.split(PIECE_BOUNDARY);
  // Any comma or dash ends a head too (closed() still turns away one that ends on "the" or inside a quotation): a
  // bullet over BULLET_MAX_WORDS is no bullet, and a lead cut before its list or aside keeps the news.
  for (let end = pieces.length - 1; end > 0; end--) {
    const head = pieces.slice(0, end).join('');
    // The first piece alone is usually an opening phrase ("Almost four days after the caucuses took place on
    // February 3, the Iowa Democratic Party …"): it ends a head only before a clause start.
    if (CLAUSE_START.test(pieces[end]!) || (end > 1 && endsOnClause(head))) out.push(head);
  }
  for (const match of body.matchAll(BARE_SUBORDINATE)) {
    const head = body.slice(0, match.index);
    // Not inside an aside: "… when House Democratic leaders, short of support amid …" ends at "support".
    if (endsOnClause(head)) out.push(head);
  }
  return out;
}

/**
 * Whether a head's last comma piece is long enough to be a clause: not "… leaders, short of support", and not the
 * opening adverbial alone ("While discussing the shooting … Kenosha, Wisconsin").
 */
function endsOnClause(head: string): boolean {
  const comma = head.lastIndexOf(', ');
  return comma >= 0 ? wordCount(head.slice(comma + 2)) >= 5 : !OPENING_ADVERBIAL.test(head);
}

/** The sentence without an opening adverbial phrase that ends at its first comma ("After months of uncertainty, "). */
function withoutOpeningAdverbial(text: string): string | undefined {
  if (!OPENING_ADVERBIAL.test(text)) return undefined;
  const comma = text.indexOf(', ');
  if (comma < 0 || /["“”]/.test(text.slice(0, comma))) return undefined;
  const rest = text.slice(comma + 2);
  if (!/^\p{Lu}|^(?:the|a|an)\s/u.test(rest) || wordCount(rest) < MIN_WORDS) return undefined;
  // "… visit to Kenosha, Wisconsin, President Trump said …": the comma was a place name's, not the phrase's end.
  if (/^\p{Lu}[\p{L}.]*,/u.test(rest)) return undefined;
  return rest[0]!.toUpperCase() + rest.slice(1);
}

/** The sentence's closing attribution piece, with its comma and full stop (", a source told Reuters."). */
function trailingAttribution(text: string): string | undefined {
  const pieces = text.split(PIECE_BOUNDARY);
  const last = pieces.at(-1)!;
  if (pieces.length < 2 || !DROPPABLE_PIECE.attribution.test(last) || wordCount(last) > 10) return undefined;
  return last;
}

/** The sentence without trailing clauses and asides (attribution kept): the shortest it gets by deletions alone. */
export function cutToCore(text: string): string {
  return dropUnsharedPieces(text, () => false, { keepAttribution: true });
}

/** A head with a full stop, when it has MIN_WORDS to BULLET_MAX_WORDS words and no quotation left open. */
function closed(head: string): string | undefined {
  const text = head.replace(/[\s,;:—–-]+$/u, '').replace(/,(["”’])$/u, '$1');
  // A head ending on a word that needs more ("… Kavanaugh and", "… to") or inside a dash aside is cut mid-phrase.
  if (DANGLING_END.test(text) || (text.match(/\s[—–]\s/gu) ?? []).length % 2 === 1) return undefined;
  if ((text.match(/["“”]/g) ?? []).length % 2 === 1) return undefined;
  const words = wordCount(text);
  if (words < MIN_WORDS || words > BULLET_MAX_WORDS) return undefined;
  return /[.!?]["”’)]*$/u.test(text) ? text : `${text}.`;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
