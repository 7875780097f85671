/** Claims across a story: each with every span that states it, and the ones only a single article makes. */
import type {
  Analysis,
  AnalyzedArticle,
  BriefClaim,
  Claim,
  SentenceSupport,
  SingleSourceClaim,
  Span,
} from '../core/model.js';

export interface ClaimComparison {
  claims: BriefClaim[];
  singleSource: SingleSourceClaim[];
}

/**
 * A claim is carried by another article when one of that article's sentences says the same as the
 * claim's sentence (see findSupport; `stated` adds what other articles likely state in other words); a claim no
 * other article carries is single-source. Besides the
 * numeric claims, a sentence that dates an event ("… a U.S. combat brigade from Romania … in October
 * 2025") is a claim of fact too, and is checked the same way.
 * @example compareClaims(items, support).singleSource[0] // { text: 'To date, only Poland and Lithuania …', span }
 */
export function compareClaims(
  items: AnalyzedArticle[],
  support: SentenceSupport[],
  stated: SentenceSupport[] = support,
): ClaimComparison {
  const supportOf = indexSupport(support);
  // What decides "single-source": any article stating the sentence, in shared words or, likely, in other words.
  const statedOf = indexSupport(stated);
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
      if (supportingSpans(claim, statedOf).length === 0) singleSource.push({ text: claim.text, span: claim.span });
    }
  }
  const listed = new Set(singleSource.map((s) => spanKey(s.span)));
  for (const { article, analysis } of items) {
    for (const sentence of datedSentences(analysis, article.text)) {
      const covered = singleSource.some(
        (s) => s.span.articleId === sentence.articleId && s.span.start < sentence.end && sentence.start < s.span.end,
      );
      if (covered || listed.has(spanKey(sentence))) continue;
      const probe: Claim = { id: '', span: sentence, text: '' };
      if (supportingSpans(probe, statedOf).length > 0) continue;
      listed.add(spanKey(sentence));
      singleSource.push({ text: article.text.slice(sentence.start, sentence.end), span: sentence });
    }
  }
  singleSource.sort((a, b) => order(a.span) - order(b.span) || a.span.start - b.span.start);
  return { claims, singleSource };

  function order(span: Span): number {
    return items.findIndex((item) => item.article.id === span.articleId);
  }
}

/** A date naming a year or a decade ("the early 2000s") places an event in time even when it has no calendar value. */
const NAMES_YEAR = /\b(1[5-9]|20)\d\d(s|\b)/;

/** Sentences holding a date resolved to a calendar value, or naming a year or decade: dated events. */
function datedSentences(analysis: Analysis, text: string): Span[] {
  const found: Span[] = [];
  for (const date of analysis.dates) {
    if (!date.value && !NAMES_YEAR.test(text.slice(date.span.start, date.span.end))) continue;
    const sentence = analysis.sentences.find((s) => s.start <= date.span.start && date.span.end <= s.end);
    if (sentence && !found.includes(sentence)) found.push(sentence);
  }
  return found;
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
  for (const entry of supportOf.get(claim.span.articleId) ?? []) {
    const s = entry.sentence;
    if (s.start < claim.span.end && claim.span.start < s.end) found.push(...entry.support);
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
