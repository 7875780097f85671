/** Render a brief set as Markdown: one story after another, citations as numbered markers. */
import { claimDetails } from './claim-details.js';
import { groupBySpeaker } from './group-statements.js';
import { KIND_LABELS, reportCount } from './labels.js';
import { paragraphs } from './paragraphs.js';
import { framingText, outletDetails } from './outlet-details.js';
import type { Brief, BriefArticle, BriefSet, CitedText, ProvenanceEntry, Span } from '../core/model.js';
import {
  articleTitle,
  type CitationIndex,
  countSources,
  createCitationIndex,
  indexArticles,
  type NumberedCitation,
  outletName,
  shorten,
} from './citations.js';
import { safeHttpUrl } from './escape-html.js';
import { escapeMarkdown as md, markdownUrl } from './escape-markdown.js';

/** One section's lines, or the one line that says it is empty. */
type Lines = string[];

/**
 * Markdown for every story. Every section is always present; an empty one says so in one line.
 * @example toMarkdown({ version: 1, stories: [brief] }).startsWith('# ') // true
 */
export function toMarkdown(briefs: BriefSet): string {
  if (briefs.stories.length === 0) return 'No stories.\n';
  return `${briefs.stories.map(renderStory).join('\n\n---\n\n')}\n`;
}

function renderStory(brief: Brief): string {
  const index = createCitationIndex(brief.articles);
  const articles = indexArticles(brief.articles);
  const cite = (spans: readonly Span[]) => marker(index, spans);
  const from = (span: Span) => sourceLabel(articles.get(span.articleId));

  const sections: [string, Lines, string][] = [
    [
      'Quick look',
      brief.quickLook.map((item) => `- ${md(item.text)}${cite(item.citations)}${modelMark(item)}`),
      'No quick-look points.',
    ],
    [
      'Synthesis',
      paragraphs(brief.synthesis).flatMap((items, i) => [
        ...(i > 0 ? [''] : []),
        items.map((item) => `${md(item.text)}${cite(item.citations)}${modelMark(item)}`).join(' '),
      ]),
      'No synthesis sentences.',
    ],
    [
      'Who said what',
      groupBySpeaker(brief.statements).flatMap((group, i) => [
        ...(i > 0 ? [''] : []),
        `### ${md(group.speaker) || 'Unnamed speaker'}`,
        ...group.statements.flatMap((statement) => {
          const first = statement.firstArticleId === undefined ? undefined : articles.get(statement.firstArticleId);
          const note = [
            `${KIND_LABELS[statement.kind] ?? 'Quote'}`,
            ...(first ? [`first carried by ${sourceLabel(first)}`] : []),
          ];
          return [
            '',
            `*${note.join(', ')}.*`,
            ...statement.quotes.flatMap((q) => ['', `> “${md(q.text)}” — ${from(q.span)}${cite([q.span])}`]),
          ];
        }),
      ]),
      'No quotes found.',
    ],
    [
      'Claims',
      brief.claims.map((claim) => {
        const details = claimDetails(claim).map((detail) => md(detail));
        const outlets = outletsOf(claim.articles, articles);
        const reported = `${claim.articles.length} ${claim.articles.length === 1 ? 'article' : 'articles'}${outlets ? `: ${outlets}` : ''}`;
        return `- ${md(claim.text)}${details.length > 0 ? ` (${details.join('; ')})` : ''} — ${reported}${cite(claim.spans)}`;
      }),
      'No claims found.',
    ],
    [
      'Disputes',
      brief.disputes.flatMap((dispute, i) => [
        ...(i > 0 ? [''] : []),
        `### ${md(dispute.topic) || 'Untitled dispute'}`,
        '',
        ...dispute.sides.map(
          (side, n) => `- **Side ${n + 1}:** ${md(side.text)} — ${sidesSources(side.spans, from)}${cite(side.spans)}`,
        ),
      ]),
      'No disputes found.',
    ],
    [
      'Single-source claims',
      brief.singleSource.map(
        (item) => `- ${md(item.text)} — reported by one source only: ${from(item.span)}${cite([item.span])}`,
      ),
      'No single-source claims found.',
    ],
    [
      'Timeline',
      brief.timeline.map((entry) => `- **${md(entry.date)}** — ${md(entry.text)}${cite(entry.spans)}`),
      'No dated events found.',
    ],
    [
      'Events',
      (brief.events ?? []).map(
        (event) => `- ${md(event.title) || 'Untitled event'} — ${reportCount(event.articleIds, articles, md)}`,
      ),
      'No separate events within this story.',
    ],
    [
      'Copies',
      (brief.duplicates ?? []).map(
        (group) =>
          `- ${group.kind === 'exact' ? 'Exact copies' : `Near copies (similarity ${group.similarity.toFixed(2)})`}, counted as one report: ${group.articleIds.map((id) => titleOf(id, articles)).join('; ')}`,
      ),
      'No copies of one report among the sources.',
    ],
    [
      'Outlets',
      brief.outlets.flatMap((outlet, i) => [
        ...(i > 0 ? [''] : []),
        `### ${md(outlet.outlet) || 'Unnamed outlet'}`,
        '',
        `- Articles: ${outlet.articles.map((id) => titleOf(id, articles)).join('; ') || 'none'}`,
        `- Framing: ${framingText(outlet.framing, { escapeText: md, cite })}`,
        `- Omits: ${outlet.omits.map(md).join('; ') || 'nothing noted.'}`,
        ...outletDetails(outlet, { escapeText: md, cite }).map(([label, content]) => `- ${label}: ${content}`),
      ]),
      'No outlets to compare.',
    ],
    ['Sources', renderSources(brief.articles, brief.provenance), 'No sources.'],
  ];

  const out: Lines = [`# ${md(brief.title) || 'Untitled story'}`, '', `${countSources(brief.articles)}.`];
  for (const note of brief.notes ?? []) out.push('', `> **Note:** ${md(note)}`);
  for (const [heading, lines, empty] of sections)
    out.push('', `## ${heading}`, '', ...(lines.length > 0 ? lines : [empty]));
  out.push('', '## Citations', '', ...(index.all.length > 0 ? index.all.map(citationLine) : ['No citations.']));
  return out.join('\n');
}

function marker(index: CitationIndex, spans: readonly Span[]): string {
  const numbers = index.cite(spans).map((c) => c.number);
  return numbers.length > 0 ? ` [${numbers.join(',')}]` : '';
}

function sourceLabel(article: BriefArticle | undefined): string {
  if (article === undefined) return 'an article not in this brief';
  const outlet = outletName(article);
  const title = `“${md(articleTitle(article))}”`;
  return outlet ? `${md(outlet)}, ${title}` : title;
}

function sidesSources(spans: readonly Span[], from: (span: Span) => string): string {
  const labels = [...new Set(spans.map(from))];
  return labels.length > 0 ? labels.join('; ') : 'no source given';
}

function titleOf(id: string, articles: Map<string, BriefArticle>): string {
  const article = articles.get(id);
  return article ? `“${md(articleTitle(article))}”` : md(id);
}

function outletsOf(ids: readonly string[], articles: Map<string, BriefArticle>): string {
  const names = ids.map((id) => outletName(articles.get(id)) ?? titleOf(id, articles));
  return [...new Set(names.map(md))].join(', ');
}

function citationLine(citation: NumberedCitation): string {
  const { number, article, passage, span } = citation;
  if (article === undefined) {
    return `- [${number}] ${md(span.articleId)} (not in this brief), characters ${span.start}–${span.end}`;
  }
  return `- [${number}] ${sourceLabel(article)}: “${md(shorten(passage))}”`;
}

function renderSources(articles: readonly BriefArticle[], provenance: readonly ProvenanceEntry[]): Lines {
  const byArticle = new Map(provenance.map((entry) => [entry.articleId, entry]));
  const known = new Set(articles.map((a) => a.id));
  const orphans = provenance.filter((entry) => !known.has(entry.articleId));
  const blocks: Lines[] = articles.map((article, i) => {
    const entry = byArticle.get(article.id);
    const url = article.url ?? entry?.url;
    const cites = entry?.cites ?? article.cites ?? [];
    const notes = [...new Set([...(article.provenanceNotes ?? []), ...(entry?.notes ?? [])])];
    return [
      `### ${i + 1}. ${md(articleTitle(article))}`,
      '',
      `- Outlet: ${md(outletName(article) ?? '') || 'not stated'}`,
      `- Author: ${md(article.author ?? '') || 'not stated'}`,
      `- Published: ${md(article.publishedAt ?? '') || 'not stated'}`,
      `- Input: ${md(entry?.input ?? article.input) || 'not stated'}`,
      `- URL: ${url ? markdownUrl(url, safeHttpUrl(url)) : 'none'}`,
      `- Cites: ${cites.map((link) => markdownUrl(link, safeHttpUrl(link))).join('; ') || 'none listed'}`,
      ...(notes.length > 0 ? [`- Notes: ${notes.map(md).join('; ')}`] : []),
    ];
  });
  for (const entry of orphans) {
    blocks.push([
      `### ${md(entry.input) || md(entry.articleId)} (article not in this brief)`,
      '',
      `- URL: ${entry.url ? markdownUrl(entry.url, safeHttpUrl(entry.url)) : 'none'}`,
      `- Cites: ${(entry.cites ?? []).map((link) => markdownUrl(link, safeHttpUrl(link))).join('; ') || 'none listed'}`,
    ]);
  }
  return blocks.flatMap((block, i) => [...(i > 0 ? [''] : []), ...block]);
}

/** A model-written sentence says so, with what the verifier doubted; a headline says it is one. */
function modelMark(item: CitedText): string {
  // A sentence that takes a side in a dispute says so first: it is not settled fact.
  if (item.onlySource !== undefined)
    return ` *(one source: ${md(item.onlySource)})*${modelMark({ ...item, onlySource: undefined })}`;
  if (item.disputed !== undefined)
    return ` *(one side of a dispute: ${item.disputed.map(md).join('; ')}; see the disputes)*${modelMark({ ...item, disputed: undefined })}`;
  if (item.headlineOf !== undefined) return ' *(a source’s headline, grounded in the passages cited)*';
  if (!item.modelWritten) return '';
  const flags = item.flags && item.flags.length > 0 ? `; flagged: ${item.flags.map(md).join('; ')}` : '';
  return ` *(model-written, checked against its citations${flags})*`;
}
