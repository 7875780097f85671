/** Claims across a story: each with every span that states it, and the ones only a single article makes. */
import type {
  Analysis,
  AnalyzedArticle,
  BriefClaim,
  Claim,
  DateMention,
  SentenceSupport,
  SingleSourceClaim,
  Span,
} from '../core/model.js';

export interface ClaimComparison {
  claims: BriefClaim[];
  singleSource: SingleSourceClaim[];
}

/**
 * A claim is carried by another article when one of that article's sentences says the same as the claim's sentence
 * (see findSupport; `stated` adds what other articles likely state in other words, and `near` what they may state:
 * uncertain is not single-source); a claim no other article comes near is single-source. Besides the numeric
 * claims, a sentence that dates an event ("… a U.S. combat brigade from Romania … in October 2025") is a claim of
 * fact too: its date is the claim, which a sentence near it in meaning but giving no date does not state ("America
 * remains committed to NATO"), so it is single-source unless another article likely states it (`stated`).
 * @example compareClaims(items, support).singleSource[0] // { text: 'To date, only Poland and Lithuania …', span }
 */
export function compareClaims(
  items: AnalyzedArticle[],
  support: SentenceSupport[],
  stated: SentenceSupport[] = support,
  near: SentenceSupport[] = stated,
): ClaimComparison {
  const supportOf = indexSupport(support);
  const position = new Map<string, number>();
  items.forEach((item, index) => {
    if (!position.has(item.article.id)) position.set(item.article.id, index);
  });
  // What decides "single-source": any article stating the sentence, in shared words or, likely, in other words.
  const statedOf = indexSupport(stated);
  const nearOf = indexSupport(near);
  const claims: BriefClaim[] = [];
  const singleSource: SingleSourceClaim[] = [];
  const seen = new Set<string>();
  for (const { analysis } of items) {
    for (const claim of analysis.claims) {
      const others = supportingSpans(claim, supportOf);
      const spans = dedupeSpans([claim.span, ...others]);
      const key = spans.map(spanKey).sort().join('|') + (claim.value ?? '') + (claim.unit ?? '');
      if (seen.has(key)) continue;
      seen.add(key);
      claims.push(toBriefClaim(claim, spans));
      if (supportingSpans(claim, nearOf).length === 0) singleSource.push({ text: claim.text, span: claim.span });
    }
  }
  const listed = new Set(singleSource.map((s) => spanKey(s.span)));
  const claimed = overlapIndex(singleSource.map((s) => s.span));
  const datesOf = new Map(items.map(({ article, analysis }) => [article.id, analysis.dates]));
  for (const { article, analysis } of items) {
    for (const sentence of datedSentences(analysis, article.text)) {
      // Sentences do not overlap one another, so only the claims' spans (listed above) can cover a dated sentence.
      const covered = claimed(sentence);
      if (covered || listed.has(spanKey(sentence))) continue;
      const probe: Claim = { id: '', span: sentence, text: '' };
      if (supportingSpans(probe, statedOf).length > 0) continue;
      // A sentence near it in meaning that gives the same date states it too ("A male suspect was arrested in
      // Florida on Friday morning …" / "Federal authorities made an arrest on Friday …"): the date was what a
      // near sentence could lack.
      const days = dateValuesIn(analysis.dates, sentence);
      if (
        supportingSpans(probe, nearOf).some((span) =>
          dateValuesIn(datesOf.get(span.articleId) ?? [], span).some((d) => days.includes(d)),
        )
      )
        continue;
      listed.add(spanKey(sentence));
      singleSource.push({ text: article.text.slice(sentence.start, sentence.end), span: sentence });
    }
  }
  singleSource.sort((a, b) => order(a.span) - order(b.span) || a.span.start - b.span.start);
  return { claims, singleSource };

  function order(span: Span): number {
    return position.get(span.articleId) ?? -1;
  }
}

/** Answers "does any of these spans overlap this one?" in O(log n): spans sorted by start, with running maximum ends. */
function overlapIndex(spans: Span[]): (span: Span) => boolean {
  const byArticle = new Map<string, { starts: number[]; maxEnds: number[] }>();
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (const span of sorted) {
    const entry = byArticle.get(span.articleId) ?? { starts: [], maxEnds: [] };
    byArticle.set(span.articleId, entry);
    entry.maxEnds.push(Math.max(span.end, entry.maxEnds.at(-1) ?? -1));
    entry.starts.push(span.start);
  }
  return (span) => {
    const entry = byArticle.get(span.articleId);
    if (!entry) return false;
    const last = lastBelow(entry.starts, span.end); // the last span starting before this one ends
    return last >= 0 && entry.maxEnds[last]! > span.start;
  };
}

/** The index of the last value below `limit` in an ascending array, or -1. */
function lastBelow(values: number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! < limit) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** A date naming a year or a decade ("the early 2000s") places an event in time even when it has no calendar value. */
const NAMES_YEAR = /\b(1[5-9]|20)\d\d(s|\b)/;

/** Sentences holding a date resolved to a calendar value, or naming a year or decade: dated events. */
function datedSentences(analysis: Analysis, text: string): Span[] {
  const found = new Set<Span>();
  const starts = analysis.sentences.map((s) => s.start); // sentences come in text order
  for (const date of analysis.dates) {
    if (!date.value && !NAMES_YEAR.test(text.slice(date.span.start, date.span.end))) continue;
    const sentence = analysis.sentences[lastBelow(starts, date.span.start + 1)];
    if (sentence && sentence.start <= date.span.start && date.span.end <= sentence.end) found.add(sentence);
  }
  return [...found];
}

/** The resolved date values (ISO) of the dates inside a span. */
function dateValuesIn(dates: readonly DateMention[], span: Span): string[] {
  return dates
    .filter((date) => date.value !== undefined && span.start <= date.span.start && date.span.end <= span.end)
    .map((date) => date.value!);
}

function toBriefClaim(claim: Claim, spans: Span[]): BriefClaim {
  const brief: BriefClaim = { text: claim.text, spans, articles: [...new Set(spans.map((s) => s.articleId))] };
  if (claim.subject !== undefined) brief.subject = claim.subject;
  if (claim.value !== undefined) brief.value = claim.value;
  if (claim.unit !== undefined) brief.unit = claim.unit;
  return brief;
}

/** Spans in other articles that support the sentence(s) a claim lies in. */
function supportingSpans(claim: Claim, supportOf: Map<string, SentenceSupport[]>): Span[] {
  const found: Span[] = [];
  const entries = supportOf.get(claim.span.articleId) ?? [];
  // Entries are sorted by sentence start and sentences do not overlap: start at the first sentence ending after the claim starts.
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (entries[mid]!.sentence.end <= claim.span.start) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < entries.length && entries[i]!.sentence.start < claim.span.end; i++) {
    for (const span of entries[i]!.support) found.push(span);
  }
  return found;
}

function indexSupport(support: SentenceSupport[]): Map<string, SentenceSupport[]> {
  const byArticle = new Map<string, SentenceSupport[]>();
  for (const entry of support) {
    const id = entry.sentence.articleId;
    if (!byArticle.has(id)) byArticle.set(id, []);
    byArticle.get(id)!.push(entry);
  }
  for (const entries of byArticle.values()) entries.sort((a, b) => a.sentence.start - b.sentence.start);
  return byArticle;
}

function dedupeSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((span) => {
    const key = spanKey(span);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function spanKey(span: Span): string {
  return `${span.articleId}:${span.start}:${span.end}`;
}
