/** A bullet that carries what someone said must say who said it. */
import type { Span, Statement } from '../core/model.js';
import { isStopWord } from '../core/text.js';

/** Words too general to name a speaker on their own ("the official", "a spokesman for the group"). */
const GENERIC = /^(?:official|officials|spokesman|spokeswoman|spokesperson|source|sources|statement|group|people)$/iu;

/** A reporting verb: the bullet says someone said it, in its own words ("the president said", "Schumer told"). */
const REPORTED =
  /\b(?:said|says|told|tells|wrote|writes|added|adds|stated|asked|argued|argues|claimed|claims|insisted|warned|tweeted|declared|announced|called|calls|according to)\b/iu;

/**
 * A check for one story: given a bullet's source span and text, false when the bullet keeps a quotation the analyzer
 * attributed to a speaker, has no reporting verb, and names that speaker by none of their words (“The bill is “a
 * disaster” for families.” cut from “…, Schumer said.”). Spans holding no attributed quotation pass.
 * @example namesSpeaker(statements)(span, 'The bill is a disaster for families.') // false when Schumer said it
 */
export function namesSpeaker(statements: readonly Statement[]): (span: Span, text: string) => boolean {
  const quoted = statements
    .filter((statement) => statement.kind === 'direct' || statement.kind === 'partial')
    .flatMap((statement) =>
      statement.quotes.map((quote) => ({ span: quote.span, words: speakerWords(statement.speaker) })),
    );
  return (span, text) => {
    // A bullet with no quotation left, or one that says who speaks ("…, the president said"), carries no orphan.
    if (!/["“”]/u.test(text) || REPORTED.test(text)) return true;
    const said = quoted.filter(
      (q) => q.span.articleId === span.articleId && q.span.start < span.end && span.start < q.span.end,
    );
    if (said.length === 0) return true;
    const shown = new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.replace(/['’]s$/u, '')));
    return said.every((q) => q.words.length === 0 || q.words.some((word) => shown.has(word)));
  };
}

/** The words that name a speaker: "Sen. Chuck Schumer" → chuck, schumer; a pronoun or a bare role names no one. */
function speakerWords(speaker: string): string[] {
  return (speaker.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(
    (word) => word.length >= 3 && !isStopWord(word) && !GENERIC.test(word),
  );
}
