/** Quotes across a story's articles → statements: one per thing said, with every outlet's rendering of it. */
import { REPORTED_STATEMENT_MIN_WORDS, STATEMENT_MIN_OVERLAP, STATEMENT_MIN_SHARED_WORDS } from '../core/config.js';
import type { AnalyzedArticle, Entity, Quote, Statement } from '../core/model.js';
import { contentWords, overlap, sharedCount } from '../core/text.js';
import { unprintableSpeaker } from './speaker-standing.js';

/** A quoted statement has at least this many content words ("he added" is a misread quote, not a statement). */
const STATEMENT_MIN_WORDS = 2;

interface Rendering {
  quote: Quote;
  text: string;
  /** The text lower-cased to words, once: remarks are compared pairwise. */
  normal: string;
  words: Set<string>;
  articleIndex: number;
  speakerKey: string;
  speakerName: string;
  entityId?: string;
}

const UNATTRIBUTED = 'unattributed';
/**
 * A clause does not end on these words — a function word, a coordinator or subordinator, or a subordinator and its
 * subject pronoun: reported content that does was cut off mid-clause ("… twice because she" where "she and other top
 * IRS officials found").
 */
const DANGLING_END =
  /\b(?:that|the|a|an|of|and|or|but|yet|to|which|who|whose|with|for|from|by|as|than|its|their|his|her|because|although|though|whether|(?:because|although|though|if|whether|while|when|that)\s+(?:she|he|they|we|it))[\s,;:—–-]*$/i;
/** Reported content that opens with one of these prepositions is the tail of a phrase, not what was said. */
const PHRASE_TAIL_START = /^(?:for|of|from|by|with)\s/;

/**
 * Reported speech whose content is a piece of a phrase rather than a clause ("full control of the region and
 * security guarantees that", "for Ukraine in March 2025, forcing …"): `analyze` keeps it as attribution evidence,
 * but "who said what" would show it as a statement it is not.
 * @example isFragment('for Ukraine in March 2025, forcing Europeans to step in') // true
 */
export function isFragment(text: string): boolean {
  return DANGLING_END.test(text.trim()) || PHRASE_TAIL_START.test(text.trim());
}

/**
 * Groups quotes by speaker, then by wording: verbatim copies, trimmed versions and translations of one
 * remark share most of their content words ("confident … fully supports NATO. There is no doubt about that"
 * against "convinced … stands fully behind NATO. There is no doubt about that").
 * @example alignStatements(items, entities) // [{ speaker: 'Mark Rutte', quotes: [{ span, text }, …] }]
 */
export function alignStatements(items: AnalyzedArticle[], entities: Entity[]): Statement[] {
  const resolveSpeaker = speakerResolver(entities);
  const renderings: Rendering[] = [];
  items.forEach(({ article, analysis }, articleIndex) => {
    for (const quote of analysis.quotes) {
      // A partial quote analyze marks with a reason is part of content its cue does not assert ("asked whether …").
      if (quote.kind === 'scare' || (quote.kind === 'partial' && quote.reason !== undefined)) continue;
      const text = article.text.slice(quote.text.start, quote.text.end);
      const words = new Set(contentWords(text));
      if (
        quote.kind === 'reported' &&
        // A reason marks reported content analyze found to be no statement (narration under a stance or action verb).
        (quote.reason !== undefined ||
          quote.speaker === undefined ||
          words.size < REPORTED_STATEMENT_MIN_WORDS ||
          isFragment(text))
      )
        continue;
      // Who said what prints a statement only under a speaker who can have said it, and only words that say something.
      if (quote.speaker === undefined || words.size < STATEMENT_MIN_WORDS) continue;
      const speaker = resolveSpeaker(quote);
      if (unprintableSpeaker(quote.speaker.name, speaker.entity) !== undefined) continue;
      // The place line is where the story was filed, never who spoke ("BERKELEY HEIGHTS, N.J. — President Trump said
      // …, hinting that he might intervene": the hint is the President's, whom the analysis did not find).
      if (isDateline(article, quote.speaker.name)) continue;
      renderings.push({ quote, text, normal: normalise(text), words, articleIndex, ...speaker });
    }
  });
  const groups: Rendering[][] = [];
  // Each group is matched against its distinct wordings only: a remark repeated thousands of times (a hostile or
  // broken page) costs one comparison per distinct wording, not one per copy, so the cost stays near-linear.
  const openBySpeaker = new Map<string, { members: Rendering[]; distinct: Map<string, Rendering> }[]>();
  for (const rendering of renderings) {
    const candidates = openBySpeaker.get(rendering.speakerKey) ?? [];
    const match = candidates.find(
      (group) =>
        isTwin(rendering, group.distinct.get(rendering.normal)) ||
        [...group.distinct.values()].some((other) => sameStatement(rendering, other)),
    );
    if (match) {
      match.members.push(rendering);
      if (!match.distinct.has(rendering.normal)) match.distinct.set(rendering.normal, rendering);
    } else {
      const group = { members: [rendering], distinct: new Map([[rendering.normal, rendering]]) };
      candidates.push(group);
      openBySpeaker.set(rendering.speakerKey, candidates);
      groups.push(group.members);
    }
  }
  return groups.map((group) => toStatement(group, items));
}

/** The same wording, word for word (what `sameStatement` finds first, without comparing word sets). */
function isTwin(a: Rendering, b: Rendering | undefined): boolean {
  return b !== undefined && a.normal.length > 0 && a.quote.kind !== 'reported' && b.quote.kind !== 'reported';
}

function sameStatement(a: Rendering, b: Rendering): boolean {
  if (a.quote.kind === 'reported' || b.quote.kind === 'reported') return false;
  const na = a.normal;
  const nb = b.normal;
  if (na.length > 0 && nb.length > 0 && (na.includes(nb) || nb.includes(na))) return true;
  return (
    sharedCount(a.words, b.words) >= STATEMENT_MIN_SHARED_WORDS && overlap(a.words, b.words) >= STATEMENT_MIN_OVERLAP
  );
}

function toStatement(group: Rendering[], items: AnalyzedArticle[]): Statement {
  const first = group[0]!;
  const statement: Statement = {
    speaker: first.speakerName,
    kind: group.some((r) => r.quote.kind === 'direct') ? 'direct' : first.quote.kind,
    quotes: group.map((r) => {
      const cue = r.quote.cue && items[r.articleIndex]!.article.text.slice(r.quote.cue.start, r.quote.cue.end).trim();
      return cue ? { span: r.quote.text, text: r.text, cue } : { span: r.quote.text, text: r.text };
    }),
  };
  if (first.entityId !== undefined) statement.entityId = first.entityId;
  const dated = group
    .map((r) => ({ articleId: r.quote.text.articleId, date: items[r.articleIndex]!.article.publishedAt }))
    .filter((r): r is { articleId: string; date: string } => r.date !== undefined)
    .sort((a, b) => a.date.localeCompare(b.date));
  if (dated.length > 0 && new Set(group.map((r) => r.articleIndex)).size > 1)
    statement.firstArticleId = dated[0]!.articleId;
  return statement;
}

/** Maps a quote's speaker to the story-wide entity: by the mention's span, then by name or surname. */
function speakerResolver(
  entities: Entity[],
): (quote: Quote) => { speakerKey: string; speakerName: string; entityId?: string; entity?: Entity } {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const byMention = new Map<string, Entity>();
  const byName = new Map<string, Entity>();
  for (const entity of entities) {
    for (const mention of entity.mentions) byMention.set(spanKey(mention), entity);
    for (const name of [entity.name, ...entity.aliases]) {
      const key = name.toLowerCase();
      if (!byName.has(key)) byName.set(key, entity);
    }
  }
  // A name's last word is a person's surname ("Mr. Ryan" → Paul D. Ryan), and so is an author's after "from" or "by"
  // ("The letter from Taylor"); a described group's is no one's ("Critics of birthright citizenship" is no
  // "Citizenship", "a spokeswoman for Hillary Clinton" not Clinton).
  const bySurname = (name: string): Entity | undefined => {
    const words = name.split(/\s+/);
    if (!words.every((w) => /^\p{Lu}/u.test(w)) && !/^(?:from|by)$/.test(words.at(-2) ?? '')) return undefined;
    const entity = byName.get(words.at(-1)!.toLowerCase());
    return entity?.type === 'person' ? entity : undefined;
  };
  return (quote) => {
    const speaker = quote.speaker;
    if (!speaker) return { speakerKey: UNATTRIBUTED, speakerName: UNATTRIBUTED };
    const entity =
      (speaker.mention && byMention.get(spanKey(speaker.mention))) ||
      (speaker.entityId && byId.get(speaker.entityId)) ||
      byName.get(speaker.name.toLowerCase()) ||
      bySurname(speaker.name);
    if (entity) return { speakerKey: entity.id, speakerName: entity.name, entityId: entity.id, entity };
    return { speakerKey: `name:${speaker.name.toLowerCase()}`, speakerName: speaker.name };
  };
}

function spanKey(span: { articleId: string; start: number; end: number }): string {
  return `${span.articleId}:${span.start}:${span.end}`;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether a speaker's name is the article's place line ("BERKELEY HEIGHTS" of "BERKELEY HEIGHTS, N.J. —"). */
function isDateline(article: AnalyzedArticle['article'], name: string): boolean {
  return article.dateline !== undefined && article.dateline.toLowerCase() === name.trim().toLowerCase();
}
