/** A statement of what is still to happen gives way when a later article of the story reports that it happened. */
import type { AnalyzedArticle } from '../core/model.js';
import { isStopWord } from '../core/text.js';

/**
 * What is still to happen, and its verb: "will meet", "has yet to make", "is expected to sign", "plans to hold".
 * The verb is the event; with a light verb ("make an endorsement") the noun after it is.
 */
const PENDING =
  /\b(?:will|(?:is|are)\s+(?:set|expected|scheduled|due|poised)\s+to|plans?\s+to|(?:has|have)\s+yet\s+to|(?:has|have)\s+not\s+yet)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)(?:\s+(?:an?|the|his|her|their|its)\s+(\p{Ll}+))?/u;
/** Verbs whose meaning is in their object noun ("make an endorsement" = endorse). */
const LIGHT_VERB = /^(?:make|made|give|given|take|taken|hold|held|issue|issued|reach|reached)$/u;
/** Past forms a suffix does not give. */
const IRREGULAR_PAST: Record<string, string> = {
  meet: 'met',
  make: 'made',
  hold: 'held',
  give: 'gave',
  take: 'took',
  win: 'won',
  lose: 'lost',
  leave: 'left',
  speak: 'spoke',
  go: 'went',
  begin: 'began',
  choose: 'chose',
  come: 'came',
  send: 'sent',
  tell: 'told',
  say: 'said',
  pay: 'paid',
  sell: 'sold',
  bring: 'brought',
  buy: 'bought',
  fight: 'fought',
  run: 'ran',
  rise: 'rose',
  fall: 'fell',
  sit: 'sat',
  stand: 'stood',
  write: 'wrote',
};
/** A word stem this long ties a noun to its verb ("endorsement", "endorsed"). */
const SHARED_STEM_CHARS = 6;
/** Capitalised words that name a day or month, not who acts. */
const CALENDAR_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/**
 * Whether a text of the article at `articleIndex` states a pending event (PENDING) that an article published on a
 * later day reports as done: a sentence there names the same people or places (two of them, or the one there is)
 * and uses the verb's past form (with a light verb: a word sharing SHARED_STEM_CHARS letters with its noun), and is
 * itself not pending. On BASIL eadabee7 the June 8 "Obama will meet with Sanders … on Thursday" and "Obama has yet
 * to make an endorsement" stood beside June 9's "Sanders met with President Obama" and "Obama formally endorsed
 * Hillary Clinton". Case aside, so a headline ("Obama Will Meet With Sanders On Thursday") is read too. Articles
 * without a date supersede nothing and are superseded by nothing.
 * @example supersededIn(items)('Obama Will Meet With Sanders On Thursday', 1) // true on BASIL eadabee7
 */
export function supersededIn(items: readonly AnalyzedArticle[]): (text: string, articleIndex: number) => boolean {
  const days = items.map(({ article }) => article.publishedAt?.slice(0, 10));
  if (new Set(days.filter(Boolean)).size < 2) return () => false;
  const reported = items.map(({ article, analysis }) =>
    analysis.sentences
      .map((span) => article.text.slice(span.start, span.end))
      .filter((text) => !PENDING.test(text.toLowerCase())),
  );
  return (text, articleIndex) => {
    const pending = text.toLowerCase().match(PENDING);
    const day = days[articleIndex];
    if (!pending || day === undefined) return false;
    const names = namesIn(text);
    const later = reported.filter((_, index) => (days[index] ?? '') > day).flat();
    return later.some((sentence) => reportsDone(sentence, pending[1]!, pending[2], names));
  };
}

function reportsDone(text: string, verb: string, noun: string | undefined, names: ReadonlySet<string>): boolean {
  const shared = [...namesIn(text)].filter((name) => names.has(name)).length;
  if (shared < Math.min(2, names.size) || shared === 0) return false;
  const words: string[] = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  // The noun of a light verb is matched by its stem ("endorsement" → "endorsed"); a verb only by its past form
  // ("defends" in a later headline is still to be done).
  if (LIGHT_VERB.test(verb) && noun !== undefined && noun.length >= SHARED_STEM_CHARS)
    return words.some((word) => word.startsWith(noun.slice(0, SHARED_STEM_CHARS)));
  const past = IRREGULAR_PAST[verb] ?? (verb.endsWith('e') ? `${verb}d` : `${verb}ed`);
  return words.includes(past);
}

/** Capitalised words, days, months and a capitalised stop word opening the sentence ("The") aside: who and where. */
function namesIn(text: string): Set<string> {
  const words = (text.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).map((word) => word.replace(/['’]s$/u, ''));
  return new Set(words.filter((word) => !CALENDAR_WORD.test(word) && !isStopWord(word.toLowerCase())));
}
