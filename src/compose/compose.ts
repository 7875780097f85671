/** Stage 6: a story and its comparison → the brief (extractive: every sentence is a source sentence). */
import {
  HEADLINE_DETAIL_MIN_WORDS,
  QUICK_LOOK_MAX,
  QUICK_LOOK_MIN,
  READING_MAX_SOURCE_SHARE,
  READING_MAX_WORDS,
  SYNTHESIS_MAX,
  SYNTHESIS_MIN,
  SYNTHESIS_PER_ARTICLE,
} from '../core/config.js';
import { contentWords } from '../core/text.js';
import { displayInput } from '../core/display-input.js';
import type { AnalyzedArticle, Brief, CitedText, Comparison, ProvenanceEntry, Story } from '../core/model.js';
import { buildTimeline } from './build-timeline.js';
import { coverReactions } from './cover-reactions.js';
import { dropEmptyFraming } from './drop-empty-framing.js';
import { supersededIn } from './drop-superseded.js';
import { markDisputes } from './mark-disputes.js';
import { mergeDottedAcronyms } from './merge-acronyms.js';
import { isShortFormOf, keepHeadlineApart } from './keep-headline-apart.js';
import { markSingleSource } from './mark-single-source.js';
import { pickHeadline } from './pick-headline.js';
import { type Candidate, scoreSentences, spanKey } from './score-sentences.js';
import { orderNarrative } from './order-narrative.js';
import { planQuickLook } from './plan-quick-look.js';
import { readClaims } from './read-claims.js';
import { sameFact } from './same-fact.js';
import { selectSentences } from './select-sentences.js';
import { cutToCore, endBeforePhrase, shortenForBullet, wordCount } from './shorten-bullet.js';
import { introducesPeople } from './introduces-people.js';
import { namesSpeaker } from './names-speaker.js';
import { standsAlone } from './stands-alone.js';
import { fallbackHeadline, writeHeadline } from './write-headline.js';

/**
 * Composes the brief of one story. `items` are the story's articles in story order.
 * @example compose(story, items, compare(story, items, entities)).quickLook[0] // { text, citations: [Span, …] }
 */
export function compose(story: Story, items: AnalyzedArticle[], comparison: Comparison): Brief {
  // A pending event a later article reports as done is no longer news: "Obama will meet with Sanders" beside
  // "Sanders met with President Obama" (BASIL eadabee7).
  const superseded = supersededIn(items);
  const candidates = scoreSentences(items, comparison).filter((c) => !superseded(c.text, c.articleIndex));
  const picked = pickHeadline(items, comparison);
  const headline =
    picked &&
    superseded(
      picked.text,
      items.findIndex(({ article }) => article.id === picked.headlineOf),
    )
      ? undefined
      : picked;
  const namesWho = namesSpeaker(comparison.statements);
  const introduces = introducesPeople(items, comparison.entities);
  // A bullet says who speaks and names its people so a reader with nothing before it knows them.
  const saysWho = (span: Candidate['span'], text: string) => namesWho(span, text) && introduces(text);
  // Whole sentences a reader can take with nothing before them: reactions and the synthesis draw on these.
  const readAlone = candidates.filter((candidate) => standsAlone(candidate.text) && introduces(candidate.text));
  const bullets = planQuickLook(toBullets(candidates, headline, saysWho), candidates);
  // An outlet's headline opens the quick look unless a bullet tells its fact in full (the lead it shortens, with
  // who, when and how much): one wording of a fact, the fuller one (issue 13: no bullet repeats another).
  const opener = headline && !bullets.some((bullet) => sameFact(bullet.text, headline.text)) ? headline : undefined;
  const planned = coverReactions(
    bullets,
    readAlone,
    comparison.statements,
    new Set(comparison.entities.filter((e) => e.type === 'person').map((e) => e.id)),
    opener?.text,
    opener ? 1 : 0,
  );
  const ownHeadline =
    writeHeadline(candidates, items, comparison, [
      ...(opener ? [opener.text] : []),
      ...planned.map((bullet) => bullet.text),
    ]) ?? fallbackHeadline(planned.map(toCitedText), candidates, items, comparison);
  // The headline is the main fact's short form and the bullet its whole sentence; a bullet that restates it (adds no
  // word of its own) tells that fact in another outlet's words instead (issue 13).
  const apart = ownHeadline
    ? keepHeadlineApart(
        planned,
        ownHeadline.text,
        candidates,
        (candidate, text) => standsAlone(text) && saysWho(candidate.span, text),
        opener?.text,
        QUICK_LOOK_MAX - (opener ? 1 : 0),
      )
    : planned;
  const quickLook = (opener ? [opener, ...apart.map(toCitedText)] : apart.map(toCitedText)).slice(0, QUICK_LOOK_MAX);
  const articles = items.map(({ article }) => ({ ...article, input: displayInput(article.input) }));
  const named = mergeDottedAcronyms(
    comparison.entities.filter((e) => e.type !== 'other'),
    comparison.statements,
  );
  const sourceWords = items.reduce((sum, { article }) => sum + wordCount(article.text), 0);
  const synthesis = writeSynthesis(readAlone, quickLook, items.length, sourceWords, comparison, ownHeadline?.text);
  const brief: Brief = {
    id: story.id,
    title: ownHeadline?.text ?? story.title,
    articles,
    quickLook: markSingleSource(markDisputes(quickLook, comparison.disputes), articles, comparison.near),
    synthesis: markSingleSource(synthesis, articles, comparison.near),
    statements: named.statements,
    claims: readClaims(items, comparison.claims),
    disputes: comparison.disputes,
    singleSource: comparison.singleSource,
    timeline: buildTimeline(items),
    outlets: dropEmptyFraming(comparison.outlets),
    provenance: items.map(({ article }) => toProvenance(article)),
    entities: named.entities,
  };
  if (ownHeadline) brief.headline = ownHeadline;
  const notes = findLimits(items, candidates, comparison);
  if (notes.length > 0) brief.notes = notes;
  return brief;
}

/**
 * Quick-look bullets from ranked candidates: each cut to one fact of at most BULLET_MAX_WORDS words (or left out),
 * none stating the same fact as the headline or an earlier bullet.
 */
function toBullets(
  candidates: readonly Candidate[],
  headline: CitedText | undefined,
  saysWho: (span: Candidate['span'], text: string) => boolean,
): Candidate[] {
  // Cut and checked before the selection: a sentence the quick look cannot use must not push out, as a repeat,
  // another outlet's wording of its fact that it can use (NeuS Comey memos: the one selected sentence repeated the
  // headline, and the two it had covered were gone, leaving a one-bullet quick look).
  const usable: (Candidate & { short: boolean })[] = [];
  for (const candidate of candidates) {
    const short = shortenForBullet(candidate.text);
    const text = short ?? endBeforePhrase(cutToCore(candidate.text)) ?? cutToCore(candidate.text);
    if (!standsAlone(text) || !saysWho(candidate.span, text)) continue;
    // Only a bullet-length lead may take the headline's place: a long one would only be a top-up over 25 words.
    if (headline && (short === undefined ? sameFact(text, headline.text) : repeatsHeadline(text, headline.text)))
      continue;
    usable.push({ ...candidate, text, words: wordCount(text), short: short !== undefined });
  }
  const ranked = selectSentences(usable, QUICK_LOOK_MAX * 3);
  const kept: Candidate[] = [];
  const long: Candidate[] = [];
  // A fact told in a bullet-length sentence by one outlet and in a long one by another is told in the short one:
  // a long sentence only fills the quick look, after every short one, and never repeats one.
  const fitting = ranked as (Candidate & { short: boolean })[];
  for (const { short, ...candidate } of fitting.filter((c) => c.short)) {
    if (kept.some((other) => sameFact(candidate.text, other.text))) continue;
    kept.push(candidate);
  }
  for (const { short, ...candidate } of fitting.filter((c) => !c.short)) {
    if ([...kept, ...long].some((other) => sameFact(candidate.text, other.text))) continue;
    long.push(candidate);
  }
  // A story told in a few long sentences (feed excerpts) would have almost no quick look: its best long
  // sentences, cut as far as deletions go, fill it up to QUICK_LOOK_MIN.
  const fill = (opener: boolean) => [
    ...kept,
    ...long.slice(0, Math.max(0, QUICK_LOOK_MIN - (opener ? 1 : 0) - kept.length)),
  ];
  // A bullet telling the headline's fact in full takes the headline's place (see compose), and its slot too.
  const withOpener = fill(headline !== undefined);
  const filled = withOpener.some((c) => headline && sameFact(c.text, headline.text)) ? fill(false) : withOpener;
  const rank = new Map(ranked.map((candidate, i) => [candidate.key, i]));
  return filled.sort((a, b) => rank.get(a.key)! - rank.get(b.key)!);
}

/**
 * The synthesis as a narrative, not a second quick look: sentences the quick look (or the sentences it cites) does
 * not already state, within what is left of the reading budget (READING_MAX_WORDS, and READING_MAX_SOURCE_SHARE of
 * the sources' words so the whole brief can stay within its share) after the quick look, ordered by orderNarrative.
 */
function writeSynthesis(
  candidates: Candidate[],
  quickLook: readonly CitedText[],
  articleCount: number,
  sourceWords: number,
  comparison: Comparison,
  headline?: string,
): CitedText[] {
  const told = new Set(quickLook.flatMap((item) => item.citations.map(spanKey)));
  const count = Math.min(SYNTHESIS_MAX, Math.max(SYNTHESIS_MIN, SYNTHESIS_PER_ARTICLE * articleCount));
  // Markers and notes ("[3,4] *(one source: Pars Today)*") take about six words a sentence; the headline, the
  // source count, notes and headings about sixty.
  const overhead = 6;
  const reading = Math.min(READING_MAX_WORDS, READING_MAX_SOURCE_SHARE * sourceWords);
  let budget = reading - 60 - quickLook.reduce((sum, item) => sum + wordCount(item.text) + overhead, 0);
  const chosen: Candidate[] = [];
  // No one article tells most of the story: each gets a fair share of the sentences (the longest article
  // otherwise filled the BASIL Mattis synthesis alone).
  const perArticle = Math.ceil(count / Math.max(1, articleCount)) + 1;
  const fromArticle = new Map<number, number>();
  for (const candidate of selectSentences(candidates, count * 3, told)) {
    if (chosen.length >= count) break;
    if (quickLook.some((item) => sameFact(candidate.text, item.text))) continue;
    // The headline's own sentence is told already (BASIL b7021938 opened its synthesis with it word for word).
    if (headline !== undefined && isShortFormOf(headline.replace(/\.$/u, ''), candidate.text)) continue;
    if ((fromArticle.get(candidate.articleIndex) ?? 0) >= perArticle) continue;
    const cost = candidate.words + overhead;
    // The synthesis always tells something: its first sentence is taken whatever the budget.
    if (cost > budget && chosen.length > 0) continue;
    chosen.push(candidate);
    fromArticle.set(candidate.articleIndex, (fromArticle.get(candidate.articleIndex) ?? 0) + 1);
    budget -= cost;
  }
  const marked = markDisputes(chosen.map(toCitedText), comparison.disputes);
  const position = new Map(marked.map((item, i) => [item, chosen[i]!.articleIndex * 1e6 + chosen[i]!.position]));
  return orderNarrative(marked, (item) => position.get(item) ?? 0);
}

/** What the brief could not do with these sources, in plain words (one source, nothing corroborated, empty text). */
function findLimits(items: AnalyzedArticle[], candidates: Candidate[], comparison: Comparison): string[] {
  const notes: string[] = [];
  for (const { article, analysis } of items) {
    if (analysis.sentences.length === 0)
      notes.push(`Article ${article.id} (${displayInput(article.input)}) has no text to use.`);
  }
  if (items.length === 1) {
    notes.push('Only one source: nothing could be cross-checked, so every sentence rests on that source alone.');
  } else if (candidates.length > 0 && !candidates.some((c) => c.supportArticles > 0) && !statedElsewhere(comparison)) {
    notes.push('No sentence is told by more than one source: nothing in this brief is corroborated.');
  }
  if (comparison.disputes.length > 0) {
    const topics = comparison.disputes.map((d) => d.topic).join('; ');
    notes.push(
      `The sources disagree on ${comparison.disputes.length} point(s) (${topics}); sentences that take a side are marked; see the disputes.`,
    );
  }
  if (candidates.length === 0) {
    notes.push('No source sentence was fit for a summary (too short, headings, questions or quotes only).');
  }
  return notes;
}

/**
 * Whether some sentence is stated by another article in other words (the meaning layer's `stated`, or `near`): then
 * the story is corroborated though no two sentences share their words (BASIL ee05c9b3: "Dave Brat celebrated his
 * stunning victory over … Eric Cantor" beside "Eric Cantor was soundly defeated … by a Tea Party-backed …").
 */
function statedElsewhere(comparison: Comparison): boolean {
  return [...(comparison.stated ?? []), ...(comparison.near ?? [])].some((entry) =>
    entry.support.some((span) => span.articleId !== entry.sentence.articleId),
  );
}

/** A source sentence with its own span first, then every other source's sentence that says the same. */
function toCitedText(candidate: Candidate): CitedText {
  const seen = new Set<string>();
  const citations = [candidate.span, ...candidate.support].filter((span) => {
    const key = spanKey(span);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { text: candidate.text, citations };
}

function toProvenance(article: AnalyzedArticle['article']): ProvenanceEntry {
  const entry: ProvenanceEntry = {
    articleId: article.id,
    input: displayInput(article.input),
    cites: article.cites,
    notes: article.provenanceNotes,
  };
  if (article.url !== undefined) entry.url = article.url;
  return entry;
}

/**
 * A bullet repeats the quick look's opening headline when it states the headline's fact (sameFact) and adds fewer
 * than HEADLINE_DETAIL_MIN_WORDS content words of its own. An outlet's headline is the short form of a lead
 * sentence: the lead that adds who, when and how much is the fuller wording, and takes the headline's place.
 */
function repeatsHeadline(text: string, headline: string): boolean {
  if (!sameFact(text, headline)) return false;
  const told = new Set(contentWords(headline));
  return new Set(contentWords(text).filter((word) => !told.has(word))).size < HEADLINE_DETAIL_MIN_WORDS;
}
