/** Citation numbering and source labels shared by the Markdown and HTML renderers. */
import type { BriefArticle, Span } from '../core/model.js';

/** One numbered citation of a story: a distinct span and the passage it points at. */
export interface NumberedCitation {
  number: number;
  span: Span;
  /** The article the span points into; undefined when the brief does not carry it. */
  article: BriefArticle | undefined;
  /** `text.slice(start, end)` of that article (clamped to the text), or '' when the article is missing. */
  passage: string;
}

export interface CitationIndex {
  /** The citations for these spans, numbering new spans in order of first use; ascending, without repeats. */
  cite(spans: readonly Span[]): NumberedCitation[];
  /** Every citation numbered so far, in number order. */
  readonly all: readonly NumberedCitation[];
}

/**
 * Numbers citations per story in order of first use; identical spans share a number.
 * @example createCitationIndex(brief.articles).cite(entry.citations).map((c) => c.number) // [1, 2]
 */
export function createCitationIndex(articles: readonly BriefArticle[]): CitationIndex {
  const byId = indexArticles(articles);
  const byKey = new Map<string, NumberedCitation>();
  const all: NumberedCitation[] = [];
  return {
    all,
    cite(spans) {
      const found = new Map<number, NumberedCitation>();
      for (const span of spans) {
        const key = spanKey(span);
        let citation = byKey.get(key);
        if (citation === undefined) {
          const article = byId.get(span.articleId);
          citation = {
            number: all.length + 1,
            span,
            article,
            passage: article ? clampedSlice(article.text, span) : '',
          };
          byKey.set(key, citation);
          all.push(citation);
        }
        found.set(citation.number, citation);
      }
      return [...found.values()].sort((a, b) => a.number - b.number);
    },
  };
}

/** Articles by id; the first of repeated ids wins. */
export function indexArticles(articles: readonly BriefArticle[]): Map<string, BriefArticle> {
  const byId = new Map<string, BriefArticle>();
  for (const article of articles) if (!byId.has(article.id)) byId.set(article.id, article);
  return byId;
}

/** A key equal for identical spans. */
export function spanKey(span: Span): string {
  return `${span.articleId}\u0000${span.start}\u0000${span.end}`;
}

/** The span's offsets clamped into `[0, length]` with `start <= end`, so a bad span never throws. */
export function clampSpan(length: number, span: Span): { start: number; end: number } {
  const clamp = (n: number, low: number) => (Number.isFinite(n) ? Math.min(Math.max(Math.floor(n), low), length) : low);
  const start = clamp(span.start, 0);
  return { start, end: clamp(span.end, start) };
}

function clampedSlice(text: string, span: Span): string {
  const { start, end } = clampSpan(text.length, span);
  return text.slice(start, end);
}

/**
 * A string usable inside an HTML id and a URL fragment: `[A-Za-z0-9_.-]` is kept, anything else
 * becomes `~hex~`, so distinct values stay distinct. Hash ids (`a_3f2c…`) pass unchanged.
 */
export function toAnchorPart(value: string): string {
  return value.replace(/[^A-Za-z0-9_.-]/g, (c) => `~${c.charCodeAt(0).toString(16)}~`);
}

/**
 * The id of the mark around a cited passage; citation links point at `#` + this.
 * @example anchorId({ articleId: 'a_1f', start: 10, end: 42 }) // 'a-a_1f-10-42'
 */
export function anchorId(span: Span): string {
  return `a-${toAnchorPart(span.articleId)}-${toAnchorPart(String(span.start))}-${toAnchorPart(String(span.end))}`;
}

/** The id of the section holding an article's full text. */
export function articleAnchorId(articleId: string): string {
  return `article-${toAnchorPart(articleId)}`;
}

/**
 * Text on one line, cut at a word boundary to about `max` characters with "…".
 * @example shorten('a b c', 3) // 'a b…'
 */
export function shorten(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = flat.lastIndexOf(' ', max);
  if (cut < max * 0.6) cut = max;
  const last = flat.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1; // never split a surrogate pair
  return `${flat.slice(0, cut).trimEnd()}…`;
}

/** How a reader names an article's outlet; undefined when the article does not say. */
export function outletName(article: BriefArticle | undefined): string | undefined {
  const outlet = article?.outlet?.trim();
  return outlet ? outlet : undefined;
}

/** An article's title, or its input when it has none. */
export function articleTitle(article: BriefArticle): string {
  return article.title.trim() || article.input;
}

/**
 * "5 sources from 4 outlets": articles, and distinct outlets among them.
 * @example countSources(brief.articles) // '1 source from 1 outlet'
 */
export function countSources(articles: readonly BriefArticle[]): string {
  const outlets = new Set<string>();
  let unnamed = 0;
  for (const article of articles) {
    const outlet = outletName(article);
    if (outlet === undefined) unnamed += 1;
    else outlets.add(outlet.toLowerCase());
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const tail = unnamed > 0 ? ` (${unnamed} without a named outlet)` : '';
  return `${plural(articles.length, 'source')} from ${plural(outlets.size, 'outlet')}${tail}`;
}
