/** Brief sentences that only one outlet supports say which: a single source's report is not corroborated fact. */
import type { Article, CitedText, SentenceSupport, Span } from '../core/model.js';
import { outletName } from '../core/outlet-name.js';

/**
 * Adds `onlySource` (the outlet's name) to every sentence whose citations all lie in one outlet's articles, when
 * the story has more than one outlet (with one, the brief's note already says nothing could be cross-checked), and
 * no other outlet's sentence may state it in other words (`near`: comparison.near, the sentences close in meaning to
 * each sentence; uncertain is not single-source, since the label tells a reader no other outlet reports the fact).
 * @example markSingleSource(quickLook, articles)[0].onlySource // 'Eurointelligence'
 */
export function markSingleSource(
  items: readonly CitedText[],
  articles: readonly Article[],
  near: readonly SentenceSupport[] = [],
): CitedText[] {
  const outletOf = new Map(articles.map((article) => [article.id, outletName(article)]));
  if (new Set(outletOf.values()).size < 2) return [...items];
  const nearOf = byArticle(near);
  return items.map((item) => {
    const spans = item.citations.flatMap((span) => [span, ...nearSpans(nearOf, span)]);
    const outlets = new Set(spans.map((span) => outletOf.get(span.articleId)));
    const [only] = outlets;
    return outlets.size === 1 && only !== undefined ? { ...item, onlySource: only } : item;
  });
}

function byArticle(near: readonly SentenceSupport[]): Map<string, SentenceSupport[]> {
  const found = new Map<string, SentenceSupport[]>();
  for (const entry of near) {
    if (entry.support.length === 0) continue;
    const id = entry.sentence.articleId;
    found.set(id, [...(found.get(id) ?? []), entry]);
  }
  return found;
}

/** The sentences near in meaning to the sentence(s) a cited span lies in (a bullet cites part of its sentence). */
function nearSpans(nearOf: Map<string, SentenceSupport[]>, span: Span): Span[] {
  return (nearOf.get(span.articleId) ?? [])
    .filter(({ sentence }) => sentence.start < span.end && span.start < sentence.end)
    .flatMap((entry) => entry.support);
}
