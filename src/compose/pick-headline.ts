/** The story's best-grounded headline as a quick-look opener, kept only when the story's own sentences ground it. */
import { HEADLINE_PAIR_CANDIDATES, HEADLINE_SCAN_ARTICLES, HEADLINE_SCAN_SENTENCES } from '../core/config.js';
import type { AnalyzedArticle, CitedText, Comparison, Span } from '../core/model.js';
import { contentWords } from '../core/text.js';
import { checkGrounding, GROUNDING_MIN_COVER } from './check-grounding.js';
import { spanKey } from './score-sentences.js';

interface Lead {
  span: Span;
  text: string;
  words: Set<string>;
}

interface Grounded {
  article: AnalyzedArticle['article'];
  leads: Lead[];
  cover: number;
}

/**
 * Among the headlines of the story's first articles, the one best grounded in the story's lead sentences: every
 * number and name in it and ≥60% of its content words found in one lead sentence, or failing that in two. A
 * headline grounded by one sentence beats one that needs two; then the higher cover wins, then story order. It
 * cites the grounding sentence(s) and the other outlets' sentences that say the same. Questions and all-capitals
 * headlines are skipped.
 * @example pickHeadline(items, comparison)?.headlineOf // 'a_3f2c…'
 */
export function pickHeadline(items: AnalyzedArticle[], comparison: Comparison): CitedText | undefined {
  const scanned = items.slice(0, HEADLINE_SCAN_ARTICLES);
  const leads: Lead[] = scanned.flatMap(({ article, analysis }) =>
    analysis.sentences.slice(0, HEADLINE_SCAN_SENTENCES).map((span) => {
      const text = article.text.slice(span.start, span.end);
      return { span, text, words: new Set(contentWords(text)) };
    }),
  );
  let single: Grounded | undefined;
  let paired: Grounded | undefined;
  for (const { article } of scanned) {
    const title = article.title?.trim() ?? '';
    if (!isUsableHeadline(title)) continue;
    const titleWords = contentWords(title);
    // Lexical cover first (cheap, from cached word sets); the full check only where it can pass.
    const covered = leads
      .map((lead) => ({ lead, cover: coverOf(titleWords, [lead.words]) }))
      .filter(({ lead }) => !isTruncatedCopy(title, lead.text));
    for (const { lead, cover } of covered) {
      if (cover < GROUNDING_MIN_COVER || (single !== undefined && cover <= single.cover)) continue;
      if (checkGrounding(title, [lead.text]).grounded) single = { article, leads: [lead], cover };
    }
    if (single !== undefined) continue;
    // Two lead sentences together may ground what neither does alone: the best-covering few, in pairs.
    const top = covered.sort((a, b) => b.cover - a.cover).slice(0, HEADLINE_PAIR_CANDIDATES);
    for (let i = 0; i < top.length; i++) {
      for (let j = i + 1; j < top.length; j++) {
        const pair = [top[i]!.lead, top[j]!.lead];
        const cover = coverOf(
          titleWords,
          pair.map((lead) => lead.words),
        );
        if (cover < GROUNDING_MIN_COVER || (paired !== undefined && cover <= paired.cover)) continue;
        if (
          checkGrounding(
            title,
            pair.map((lead) => lead.text),
          ).grounded
        )
          paired = { article, leads: pair, cover };
      }
    }
  }
  const best = single ?? paired;
  if (!best) return undefined;
  const seen = new Set<string>();
  const citations = best.leads
    .flatMap((lead) => [
      lead.span,
      ...(comparison.support.find((s) => spanKey(s.sentence) === spanKey(lead.span))?.support ?? []),
    ])
    .filter((span) => !seen.has(spanKey(span)) && seen.add(spanKey(span)));
  return { text: best.article.title.trim(), citations, headlineOf: best.article.id };
}

function isUsableHeadline(title: string): boolean {
  const words = title.split(/\s+/).filter(Boolean).length;
  // A title cut from the lead sentence ("… rather than…") is no headline of its own.
  return words >= 4 && !/[?…]$|\.\.\.$/.test(title) && /\p{Ll}/u.test(title);
}

/** A title that is the start of the sentence itself (a title made from the lead) adds nothing to it. */
function isTruncatedCopy(title: string, lead: string): boolean {
  return lead.startsWith(title.replace(/[.…\s]+$/, ''));
}

function coverOf(words: readonly string[], sources: readonly Set<string>[]): number {
  if (words.length === 0) return 0;
  return words.filter((word) => sources.some((source) => source.has(word))).length / words.length;
}
