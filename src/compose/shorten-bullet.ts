/** A quick-look bullet is one fact in a few words: a long sentence is cut to its main clause, attribution kept. */
import { BULLET_MAX_WORDS } from '../core/config.js';
import { dropUnsharedPieces } from './drop-unshared-pieces.js';
import {
  DROPPABLE_PIECE,
  LEADING_ADVERBIAL,
  LEADING_DISCOURSE,
  MAIN_VERB_PIECE,
  NEGATION,
  PIECE_BOUNDARY,
  THAT_BEFORE_ADVERBIAL,
  VERB_CONTINUATION,
} from './patterns.js';

/** A second main clause joined by a semicolon or ", and"/", but": the first one is a fact of its own. */
const SECOND_CLAUSE = /;\s|,\s+(?:and|but|while|whereas)\s/u;
const MIN_WORDS = 8;
/** The words a head needs before a trailing attribution goes back on it. */
const MIN_HEAD_WORDS = 5;
const DANGLING_END =
  /\b(?:and|or|but|nor|the|a|an|of|to|in|on|at|for|with|by|from|that|which|who|whose|than|as|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must)$/iu;
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
 * The sentence itself when it has at most `maxWords` (BULLET_MAX_WORDS) words; else the sentence without its trailing clauses
 * and asides (a ", he said" stays: who says it is part of the fact), else its first main clause; undefined when
 * none of these is short enough. Only deletions: the result stays grounded in the sentence's own span.
 * @example shortenForBullet('The Senate passed the bill on Tuesday, sending it to the president, who is expected to sign it within days.') // 'The Senate passed the bill on Tuesday.'
 */
export function shortenForBullet(text: string, maxWords = BULLET_MAX_WORDS): string | undefined {
  if (wordCount(text) <= maxWords) return text;
  const cut = cutToCore(text);
  if (wordCount(cut) <= maxWords) return cut;
  // Every head the sentence can be cut to, with and without its opening adverbial; the longest that fits keeps the
  // most of the fact. A trailing attribution (", two officials said Wednesday") goes back on the head it was cut from.
  const attribution = trailingAttribution(cut);
  const bodies = [cut, withoutOpeningAdverbial(cut)].filter((body): body is string => body !== undefined);
  let best: string | undefined;
  for (const body of bodies) {
    const headed = attribution ? body.slice(0, -attribution.length) : body;
    const pieces = headed.split(PIECE_BOUNDARY);
    // The attribution closing an apposition is the apposition's ("…, a number in line with …, according to 2019
    // data from the U.S. Census Bureau"): it does not go back on the clause before it.
    const apposed = clauseBeforeApposition(pieces, attribution !== undefined) ? pieces[0] : undefined;
    for (const head of heads(headed, apposed)) {
      const attributed = attribution !== undefined && head !== apposed;
      // A head of a few words is no fact, whatever attribution goes back on it ("Andrew Gillum, according to …").
      if (attributed && wordCount(head) < MIN_HEAD_WORDS) continue;
      const shown = closed(attributed ? `${head.replace(/[\s,;:—–-]+$/u, '')}${attribution}` : head, maxWords);
      if (shown !== undefined && (best === undefined || wordCount(shown) > wordCount(best))) best = shown;
    }
  }
  return best;
}

/** Where a head may end: before a second main clause, a clause or aside opened by a comma or dash, or a
 * subordinate clause joined without a comma ("… delayed a vote on Thursday as progressive Democrats refused …"). */
function heads(body: string, apposed?: string): string[] {
  const first = body.split(SECOND_CLAUSE)[0]!;
  // ", and his wife, Margaret, are charged …" is the subject going on, not a second clause.
  const out = verbComesLater(body.slice(first.length).split(PIECE_BOUNDARY), 0) ? [] : [first];
  const pieces = body.split(PIECE_BOUNDARY);
  // Any comma or dash ends a head too (closed() still turns away one that ends on "the" or inside a quotation): a
  // bullet over BULLET_MAX_WORDS is no bullet, and a lead cut before its list or aside keeps the news.
  for (let end = pieces.length - 1; end > 0; end--) {
    const head = pieces.slice(0, end).join('');
    // The first piece alone is usually an opening phrase ("Almost four days after the caucuses took place on
    // February 3, the Iowa Democratic Party …"): it ends a head only before a clause start.
    if (verbComesLater(pieces, end)) continue;
    if (CLAUSE_START.test(pieces[end]!) || (end > 1 && endsOnClause(head)) || (end === 1 && head === apposed))
      out.push(head);
  }
  for (const match of body.matchAll(BARE_SUBORDINATE)) {
    const head = body.slice(0, match.index);
    // "… had barely begun when the panel’s Republicans moved …": the when-clause is the news, the head only its time.
    if (BARELY_BEFORE.test(head)) continue;
    // "… told negotiators before he died that he was upset …": the that-clause is the verb's, not the subordinate's.
    if (TELLS_WHOM.test(head) && THAT_CLAUSE_SOON.test(body.slice(match.index + 1))) continue;
    // Not inside an aside: "… when House Democratic leaders, short of support amid …" ends at "support".
    if (endsOnClause(head)) out.push(head);
  }
  return out.filter((head) => !lacksClause(head) && !LIST_GOES_ON.test(body.slice(head.length)));
}

/**
 * What follows a cut when the cut ends inside a list: more items and a last one after "and"/"or", and nothing else
 * ("…, liberal billionaire George Soros, … and California Democratic Rep. Maxine Waters."). A head cut there tells a
 * reader the list ended early ("… addressed to former President Barack Obama, former Secretary of State Hillary
 * Clinton."): not a fact the sentence states.
 */
const LIST_GOES_ON = /^,\s+(?:[^,;:!?—–]{1,60},\s+)*[^,;:!?—–]{1,60}?,?\s+(?:and|or)\s+[^,;:!?—–]{1,80}$/u;

/** A subordinating opening: what follows it up to the first comma is no main clause. */
const OPENING_SUBORDINATE =
  /^(?:Even\s+(?:if|though|as|when)|If|When|Whenever|While|Although|Though|Because|Since|Unless|Until|Once|Whether)\b/u;
/** A head ending on "barely/hardly/scarcely <verb>": a time frame whose news follows in a when-clause. */
const BARELY_BEFORE = /\b(?:barely|hardly|scarcely)\s+\p{Ll}+$/u;
/** A piece that opens with a clause's subject (", the lawmakers slammed", ", Trump said", ", he wrote"). */
const SUBJECT_OPENING =
  /^,\s+(?:the|a|an|he|she|they|it|we|I|this|these|those|his|her|their|its|our|some|many|most|both|all|each|\p{Lu})/u;
/** A non-restrictive relative clause opening a piece (", which began …", ", who served …"). */
const RELATIVE_PIECE = /^,\s+(?:which|who|whose)\b/u;
/** A name and nothing else ("Mary Cheney", "Democratic Attorney General Richard Blumenthal", "Gov. Paul LePage (R)"). */
const NAME_ONLY = /^(?:\p{Lu}[\p{L}.'’-]*|\(\p{Lu}[\p{L}.-]*\))(?:\s+(?:\p{Lu}[\p{L}.'’-]*|\(\p{Lu}[\p{L}.-]*\)))*$/u;

/**
 * A head that is no clause: a name followed only by its asides ("Mary Cheney, the younger sister of Liz Cheney" —
 * the verb, "sharply criticized", came after the next comma), or one ending inside a that-clause before its subject.
 */
function lacksClause(head: string): boolean {
  const pieces = head.split(PIECE_BOUNDARY);
  if (THAT_BEFORE_ADVERBIAL.test(pieces.at(-1)!)) return true;
  // "Even if he doesn't follow through or succeed" (", though, Trump's vow … aligns …"): the opening clause alone.
  if (pieces.length === 1 && OPENING_SUBORDINATE.test(head)) return true;
  const first = pieces[0]!.trim();
  // "In a letter, obtained by Fox News and signed by every Republican on the committee": an opening phrase and its
  // participle asides, the clause ("the lawmakers slammed Schiff") cut away.
  if (pieces.length >= 2 && LEADING_ADVERBIAL.test(first)) {
    const subject = pieces.findIndex((piece, i) => i > 0 && SUBJECT_OPENING.test(piece));
    if (subject < 0) return true;
    // "With just over $200,000, David Brat, a professor at Randolph-Macon College in Ashland": after the opening
    // phrase a name and its apposition, the verb ("toppled Mr. Cantor") cut away.
    const name = pieces[subject]!.replace(/^,\s+/u, '').trim();
    if (NAME_ONLY.test(name) && !pieces.slice(subject + 1).some(bringsVerb)) return true;
  }
  // "The correspondence, which began weeks before the Nov. 8, 2016": a subject and its relative clause, no verb.
  if (pieces.length >= 2 && RELATIVE_PIECE.test(pieces[1]!) && wordCount(first) <= SUBJECT_PIECE_MAX_WORDS)
    return !pieces.slice(2).some((piece) => VERB_CONTINUATION.test(piece));
  // "On Friday", "Simultaneously", "Meanwhile": an opening adverbial, not a name.
  if (pieces.length < 2 || !NAME_ONLY.test(first) || LEADING_ADVERBIAL.test(first)) return false;
  if (LEADING_DISCOURSE.test(`${first}, `) || /^\p{Lu}\p{Ll}+ly$/u.test(first)) return false;
  return !pieces.slice(1).some(bringsVerb);
}

/** A comma piece that is a prepositional phrase (", in a contest between …"). */
const PREPOSITION_PIECE =
  /^,\s+(?:in|on|at|by|for|with|from|during|between|among|after|before|under|over|amid|despite)\b/u;

/**
 * "Four years ago, in a contest between two of the least-liked presidential nominees": an opening adverbial and
 * prepositional phrases after it, the clause they open cut away.
 */
function isOpeningPhraseOnly(head: string): boolean {
  const pieces = head.split(PIECE_BOUNDARY);
  return (
    pieces.length >= 2 &&
    LEADING_ADVERBIAL.test(pieces[0]!) &&
    pieces.slice(1).every((piece) => PREPOSITION_PIECE.test(piece))
  );
}

/** Words a verb may wait behind at the start of a piece ("on Monday released", "nevertheless pushed"). */
const VERB_SEARCH_WORDS = 4;

/** A piece that carries a finite verb near its start and is not a relative clause ("who served as …"). */
function bringsVerb(piece: string): boolean {
  const words = piece.replace(/^,\s+|^\s[—–]\s+/u, '').split(/\s+/u);
  if (/^(?:who|which|that|whose|whom|where)$/iu.test(words[0] ?? '')) return false;
  for (let i = 0; i < Math.min(VERB_SEARCH_WORDS, words.length); i++)
    if (VERB_CONTINUATION.test(`, ${words.slice(i).join(' ')}`)) return true;
  return false;
}

/** Short pieces the subject can still hold ("and his wife", "Margaret", "or DACA") before its verb comes. */
const SUBJECT_PIECE_MAX_WORDS = 6;

/**
 * Whether the main verb comes after `end`, past at most a few short pieces of the subject: "Hunter, one of Trump's
 * earliest supporters …, allegedly was aware …" cut at the comma would leave a subject with no verb.
 */
export function verbComesLater(pieces: readonly string[], end: number): boolean {
  for (let k = end; k < Math.min(end + 3, pieces.length); k++) {
    if (MAIN_VERB_PIECE.test(pieces[k]!)) return true;
    if (wordCount(pieces[k]!) > SUBJECT_PIECE_MAX_WORDS) return false;
  }
  return false;
}

/** A finite auxiliary or copula: the piece holding it has its verb. */
const FINITE_AUXILIARY = /\s(?:is|was|were|are|has|had|have|will|would|can|could|may|might|must|should|did|does)\s/u;
/** A comma piece that renames what comes before it (", a number in line with …", ", the highest since …"). */
const APPOSITION_PIECE = /^,\s+(?:a|an|the)\s/u;

/**
 * Whether the first comma piece is a whole clause with an apposition after it: no opening adverbial, a finite verb
 * in it ("At least 60 percent of the staff is white, a number in line with …"). The first piece alone is otherwise
 * an opening phrase or a subject (see heads). Before a closing attribution (`attributed`) only a long apposition
 * counts: one of more than SUBJECT_PIECE_MAX_WORDS words is a statement of its own, which the attribution supports
 * ("…, a number in line with the percentage of the United States population …, according to 2019 data from the
 * U.S. Census Bureau"), where a short one names the noun before it and the attribution is the whole sentence's
 * ("… oust Rep. Daniel Lipinski, a moderate Illinois Democrat, The New York Times reported Tuesday").
 */
function clauseBeforeApposition(pieces: readonly string[], attributed: boolean): boolean {
  const first = pieces[0]!;
  return (
    pieces.length === 2 &&
    APPOSITION_PIECE.test(pieces[1]!) &&
    !bringsVerb(pieces[1]!) &&
    (!attributed || wordCount(pieces[1]!) > SUBJECT_PIECE_MAX_WORDS + 1) &&
    !OPENING_ADVERBIAL.test(first) &&
    !/["“”]/u.test(first) &&
    FINITE_AUXILIARY.test(first)
  );
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

/** A word that opens a phrase modifying what comes before it: where a long main clause may end. */
const PHRASE_START =
  /^(?:in|on|at|for|by|with|over|under|after|before|during|amid|across|against|into|since|until|including|via)$/u;
/** "to" opens a phrase only before a determiner ("… a lewd photo to a college student"); before a verb it is an infinitive's. */
const TO_PHRASE_DETERMINER = /^(?:a|an|the|his|her|their|its|this|that|these|those)$/u;
/**
 * A last word that needs what was cut after it: an adverb of degree or a preposition standing alone ("… beds are
 * filled almost", "… transferred to hospitals after"), or a verb's -ing form waiting for its object ("… without
 * committing"). "from" opens no cut for the same reason: "would prohibit federal law enforcement from …".
 */
const NEEDS_MORE =
  /^(?:almost|nearly|about|around|roughly|more|less|than|well|due|after|before|also|even|just|only|still|very|so|too|such|without|into|over|under|against|toward|towards|via|per|like|whether|if|day|days|week|weeks|month|months|year|years|hours|time|times|\p{Ll}+ing|\p{L}+['’]s?)$/u;
/** How far after a cut an auxiliary is taken for the main verb still to come. */
const VERB_WAIT_WORDS = 5;
/** An auxiliary or a finite "be"/"have": a verb. */
const AUXILIARY = /\b(?:is|was|were|are|has|had|have|will|would|can|could|may|might|must|should|did|does|do)\b/u;
/** A weekday or a month: the phrase it opens dates the clause, which goes on after it. */
const DATE_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December)\b/u;
/** An opening subordinate clause: a cut before its comma leaves no main clause ("As thousands … awoke …"). */
const OPENS_SUBORDINATE = new RegExp(`${OPENING_SUBORDINATE.source}|^As\\b`, 'u');
/** A "that" within a few words of the cut, before any comma: the clause it opens belongs to the head's verb. */
const THAT_CLAUSE_SOON = /^(?:[^\s,]+\s+){1,5}that\s/u;
/** A head ending on a verb of saying and its hearer ("told negotiators"): what was said is still to come. */
const TELLS_WHOM = /\b(?:told|tells|tell|informed|assured|reminded|warned|notified|promised)(?:\s+[\p{L}'’-]+){0,2}$/u;
/** The particle of a phrasal verb ("send in", "carry out", "shut down"). */
const PARTICLE = /^(?:in|out|up|off|down|back|over)$/u;
/** The fewest words a sentence is cut to by ending it before a phrase: fewer would lose who did what. */
const PHRASE_CUT_MIN_WORDS = 12;

/**
 * A long sentence no comma or clause cut brings to a bullet, ended before the last phrase that lets it fit in
 * `maxWords` words ("President Trump on Friday blocked the release of a classified Democratic memo rebutting
 * Republican claims that … abused their powers in spying on a former Trump campaign aide." ends before "in
 * spying"): a deletion of its tail, so it stays grounded. Undefined when no cut leaves PHRASE_CUT_MIN_WORDS words,
 * a whole quotation, no negation cut away and no dangling last word.
 * @example endBeforePhrase('The bill, which passed 99-0, would ban imports made with forced labor in the Xinjiang region of China.', 12) // 'The bill, which passed 99-0, would ban imports made with forced labor.'
 */
export function endBeforePhrase(text: string, maxWords = BULLET_MAX_WORDS): string | undefined {
  const words = text.replace(/[.!?]["”’)]*$/u, '').split(/\s+/u);
  for (let end = Math.min(maxWords, words.length - 1); end >= PHRASE_CUT_MIN_WORDS; end--) {
    const opensPhrase =
      PHRASE_START.test(words[end]!) || (words[end] === 'to' && TO_PHRASE_DETERMINER.test(words[end + 1] ?? ''));
    if (!opensPhrase) continue;
    const rest = words.slice(end).join(' ');
    if (new RegExp(NEGATION.source, 'i').test(rest)) return undefined;
    const head = words.slice(0, end).join(' ');
    const last = words[end - 1]!;
    if (/,$/.test(last) || NEEDS_MORE.test(last.toLowerCase()) || (head.match(/\s--\s/gu) ?? []).length % 2 === 1)
      continue;
    if ((OPENS_SUBORDINATE.test(head) && !head.includes(', ')) || isOpeningPhraseOnly(head)) continue;
    // "… and New York state on Friday told all …": a date before a verb, not a phrase the clause ends on; "The
    // restrictions in California, ordered by … to take effect …, call for …": the main verb is still to come.
    if (DATE_WORD.test(words[end + 1] ?? '') || rest.split(PIECE_BOUNDARY).some((piece) => MAIN_VERB_PIECE.test(piece)))
      continue;
    // "Rep. Justin Amash's decision to form an exploratory committee for a run [for president is …]": an auxiliary
    // within a few words, before any comma, may be the main verb still to come.
    if (
      AUXILIARY.test(
        words
          .slice(end, end + VERB_WAIT_WORDS)
          .join(' ')
          .split(PIECE_BOUNDARY)[0]!,
      )
    )
      continue;
    // "… a classified memo written [by …]", "… U.S. attorneys appointed [by …]": a participle waits for its agent;
    // "… will introduce and vote [on …]": a verb after "and" waits for what it governs.
    const before = words[end - 2] ?? '';
    if (/(?:ed|en|wn)$/u.test(last) && /^\p{Ll}+$/u.test(before) && !AUXILIARY.test(before)) continue;
    if (/^(?:and|or)$/u.test(before) && /^\p{Ll}+$/u.test(last)) continue;
    // "… threatening to send [in the US military]": the particle of a phrasal verb after an infinitive.
    if (before === 'to' && /^\p{Ll}+$/u.test(last) && PARTICLE.test(words[end]!)) continue;
    // "… told negotiators [before he died that he was upset …]": the that-clause the verb governs is in the cut,
    // and any shorter head cuts it off as well.
    if (TELLS_WHOM.test(head) && THAT_CLAUSE_SOON.test(rest)) return undefined;
    const shown = closed(head, maxWords);
    if (shown !== undefined) return shown;
  }
  return undefined;
}

/** The sentence without trailing clauses and asides (attribution kept): the shortest it gets by deletions alone. */
export function cutToCore(text: string): string {
  return dropUnsharedPieces(text, () => false, { keepAttribution: true });
}

/** A head with a full stop, when it has MIN_WORDS to BULLET_MAX_WORDS words and no quotation left open. */
function closed(head: string, maxWords: number): string | undefined {
  const text = head.replace(/[\s,;:—–-]+$/u, '').replace(/,(["”’])$/u, '$1');
  // A head ending on a word that needs more ("… Kavanaugh and", "… to") or inside a dash aside is cut mid-phrase.
  if (DANGLING_END.test(text) || (text.match(/\s[—–]\s/gu) ?? []).length % 2 === 1) return undefined;
  if ((text.match(/["“”]/g) ?? []).length % 2 === 1) return undefined;
  const words = wordCount(text);
  if (words < MIN_WORDS || words > maxWords) return undefined;
  return /[.!?]["”’)]*$/u.test(text) ? text : `${text}.`;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
