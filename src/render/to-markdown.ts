/** Render a brief set as Markdown: one story after another, citations as numbered markers. */
import { claimDetails } from './claim-details.js';
import { reportCount } from './labels.js';
import { paragraphs } from './paragraphs.js';
import { BRIEF_MAX_SOURCE_SHARE, BRIEF_MAX_WORDS } from '../core/config.js';
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
 * Markdown for every story. Every section is always present; an empty one says so in one line. The detail
 * sections list as many items as the story's word budget allows (see renderStory); `fullDetail` lists them all.
 * @example toMarkdown({ version: 1, stories: [brief] }).startsWith('# ') // true
 */
export function toMarkdown(briefs: BriefSet, options: { fullDetail?: boolean } = {}): string {
  if (briefs.stories.length === 0) return 'No stories.\n';
  const story = (brief: Brief) =>
    options.fullDetail ? renderWithCap(brief, Number.POSITIVE_INFINITY) : renderStory(brief);
  return `${briefs.stories.map(story).join('\n\n---\n\n')}\n`;
}

/** Item lines of a detail section shown at most: the budget loop lowers it until the brief fits. */
const ITEM_CAPS = [40, 24, 16, 12, 9, 7, 5, 4, 3, 2, 1, 0];
/** Characters of a source passage shown in a one-line item (the whole passage is in the JSON and the HTML). */
const ITEM_CHARS = 160;
const CITATION_CHARS = 40;
/** The outlets side by side are the point of a multi-source brief: this many are listed whatever the cap. */
const OUTLETS_SHOWN = 3;

/**
 * One story: the reading part (headline, notes, quick look, synthesis) in full, then the detail sections one line
 * per item, as many items as fit the brief's word budget (BRIEF_MAX_SOURCE_SHARE of the sources' words, at most
 * BRIEF_MAX_WORDS), each section saying how many more the JSON and HTML carry.
 */
function renderStory(brief: Brief): string {
  const budget = Math.min(BRIEF_MAX_WORDS, BRIEF_MAX_SOURCE_SHARE * sourceWords(brief.articles));
  let out = '';
  for (const [cap, fullCitations] of RENDER_TRIES) {
    out = renderWithCap(brief, cap, fullCitations);
    if (wordsOf(out) <= budget) break;
  }
  return out;
}

/**
 * What gives way first when a brief is over its budget: items of the detail sections down to CAP_BEFORE_CITATIONS
 * each, then the citation list's passages (one line per source instead of one per citation), then the rest of the
 * items. A short story's Markdown had every detail section empty ("… 56 more") because one line per citation did
 * not fit beside even one item a section (BASIL Orlando triplet: 2,022 source words).
 */
const CAP_BEFORE_CITATIONS = 3;
const RENDER_TRIES: [number, boolean][] = [
  ...ITEM_CAPS.filter((cap) => cap >= CAP_BEFORE_CITATIONS).map((cap): [number, boolean] => [cap, true]),
  ...ITEM_CAPS.map((cap): [number, boolean] => [cap, false]),
];

function renderWithCap(brief: Brief, cap: number, fullCitations = cap > 0): string {
  const index = createCitationIndex(brief.articles);
  const articles = indexArticles(brief.articles);
  const cite = (spans: readonly Span[]) => marker(index, spans);
  const outletOf = (span: Span) => outletLabel(articles.get(span.articleId));
  const short = (text: string) => md(shorten(text, ITEM_CHARS));

  const reading: [string, Lines, string][] = [
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
  ];
  const statements = [...brief.statements].sort((a, b) => reach(b) - reach(a));
  const details: [string, (() => string)[], string][] = [
    [
      'Who said what',
      statements.map((statement) => () => {
        const outlets = [...new Set(statement.quotes.map((q) => outletOf(q.span)))].join(', ');
        const first = statement.quotes[0];
        const who = `**${md(statement.speaker) || 'Unnamed speaker'}**`;
        // Reported speech is the writer's words for what was said: no quotation marks, and the cue it came with
        // ("denied") in front, or "denied that he had sent …" would read as the speaker saying "he had sent …".
        const said =
          first === undefined
            ? `${who}:`
            : statement.kind === 'reported'
              ? `${who} (${md(first.cue ?? 'reported')}): ${short(first.text)}`
              : `${who}: “${short(first.text)}”`;
        return `- ${said} — ${outlets}${cite(statement.quotes.map((q) => q.span))}`;
      }),
      'No quotes found.',
    ],
    [
      'Claims',
      brief.claims.map((claim) => () => {
        const details = claimDetails(claim).map((detail) => md(detail));
        const outlets = outletsOf(claim.articles, articles);
        return `- ${short(claim.text)}${details.length > 0 ? ` (${details.join('; ')})` : ''} — ${outlets}${cite(claim.spans)}`;
      }),
      'No claims found.',
    ],
    [
      'Disputes',
      brief.disputes.map(
        (dispute) => () =>
          `- **${md(dispute.topic) || 'Untitled dispute'}**: ${dispute.sides
            .map(
              (side) => `“${md(shorten(side.text, 100))}” (${sidesSources(side.spans, outletOf)})${cite(side.spans)}`,
            )
            .join(' vs ')}`,
      ),
      'No disputes found.',
    ],
    [
      'Single-source claims',
      brief.singleSource.map((item) => () => `- ${short(item.text)} — ${outletOf(item.span)} only${cite([item.span])}`),
      'No single-source claims found.',
    ],
    [
      'Timeline',
      brief.timeline.map((entry) => () => `- **${md(entry.date)}** — ${short(entry.text)}${cite(entry.spans)}`),
      'No dated events found.',
    ],
    [
      'Events',
      (brief.events ?? []).map(
        (event) => () => `- ${md(event.title) || 'Untitled event'} — ${reportCount(event.articleIds, articles, md)}`,
      ),
      'No separate events within this story.',
    ],
    [
      'Copies',
      (brief.duplicates ?? []).map(
        (group) => () =>
          `- ${group.kind === 'exact' ? 'Exact copies' : `Near copies (similarity ${group.similarity.toFixed(2)})`}, counted as one report: ${group.articleIds.map((id) => titleOf(id, articles)).join('; ')}`,
      ),
      'No copies of one report among the sources.',
    ],
    [
      'Outlets',
      brief.outlets.map((outlet) => () => {
        const headlines = outlet.articles.map((id) => titleOf(id, articles)).join('; ') || 'none';
        const framing =
          outlet.framing.length > 0 ? `; framing: ${outlet.framing.map((f) => `“${md(f.term)}”`).join(', ')}` : '';
        const omits = outlet.omits.length > 0 ? `; omits: ${outlet.omits.map(md).join(', ')}` : '';
        return `- **${md(outlet.outlet) || 'Unnamed outlet'}** — headline: ${headlines}${framing}${omits}`;
      }),
      'No outlets to compare.',
    ],
  ];

  const out: Lines = [`# ${md(brief.title) || 'Untitled story'}`, '', `${countSources(brief.articles)}.`];
  for (const note of brief.notes ?? []) out.push('', `> **Note:** ${md(note)}`);
  for (const [heading, lines, empty] of reading)
    out.push('', `## ${heading}`, '', ...(lines.length > 0 ? lines : [empty]));
  for (const [heading, lines, empty] of details) {
    const shown = lines.slice(0, heading === 'Outlets' ? Math.max(cap, OUTLETS_SHOWN) : cap).map((line) => line());
    const more = lines.length - shown.length;
    out.push('', `## ${heading}`, '');
    if (lines.length === 0) out.push(empty);
    else if (shown.length === 0)
      // A section of nothing but "… N more" reads as broken: say what is there and why it is not here.
      out.push(
        `- ${more} ${more === 1 ? 'entry' : 'entries'}, in the JSON and HTML brief (this page keeps to the length of a brief).`,
      );
    else out.push(...shown, ...(more > 0 ? [`- … ${more} more in the JSON and HTML brief.`] : []));
  }
  out.push('', '## Sources', '', ...renderSources(brief.articles, brief.provenance));
  out.push(
    '',
    '## Citations',
    '',
    ...(index.all.length > 0 ? citationLines(index.all, fullCitations) : ['No citations.']),
  );
  return out.join('\n');
}

/** How many articles carry a statement: the widely reported ones come first in the short list. */
function reach(statement: Brief['statements'][number]): number {
  return new Set(statement.quotes.map((q) => q.span.articleId)).size;
}

function sourceWords(articles: readonly BriefArticle[]): number {
  return articles.reduce((sum, article) => sum + wordsOf(article.text), 0);
}

function wordsOf(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function outletLabel(article: BriefArticle | undefined): string {
  if (article === undefined) return 'an article not in this brief';
  return md(outletName(article) ?? `“${shorten(articleTitle(article), 40)}”`);
}

function marker(index: CitationIndex, spans: readonly Span[]): string {
  const numbers = index.cite(spans).map((c) => c.number);
  return numbers.length > 0 ? ` [${numbers.join(',')}]` : '';
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

/**
 * One line per citation with the start of its passage; when even one detail item per section does not fit, the
 * citations of one source share a line ("Pars Today: [5], [6], [9]"): the HTML and JSON carry the passages.
 */
function citationLines(citations: readonly NumberedCitation[], full: boolean): Lines {
  if (full) return citations.map(citationLine);
  const bySource = new Map<string, number[]>();
  for (const citation of citations) {
    const label = citation.article ? outletLabel(citation.article) : md(citation.span.articleId);
    bySource.set(label, [...(bySource.get(label) ?? []), citation.number]);
  }
  return [...bySource].map(([label, numbers]) => `- ${label}: ${numbers.map((n) => `[${n}]`).join(', ')}`);
}

function citationLine(citation: NumberedCitation): string {
  const { number, article, passage, span } = citation;
  if (article === undefined) {
    return `- [${number}] ${md(span.articleId)} (not in this brief), characters ${span.start}–${span.end}`;
  }
  return `- [${number}] ${outletLabel(article)}: “${md(shorten(passage, CITATION_CHARS))}”`;
}

/** One line per source: number, outlet, title, date, the input's base name or URL, the links it cites. */
function renderSources(articles: readonly BriefArticle[], provenance: readonly ProvenanceEntry[]): Lines {
  const byArticle = new Map(provenance.map((entry) => [entry.articleId, entry]));
  const known = new Set(articles.map((a) => a.id));
  const lines = articles.map((article, i) => {
    const entry = byArticle.get(article.id);
    const url = article.url ?? entry?.url;
    const cites = entry?.cites ?? article.cites ?? [];
    const parts = [
      `${i + 1}. ${md(outletName(article) ?? '') || 'Outlet not stated'}: “${md(articleTitle(article))}”`,
      ...(article.author ? [`by ${md(article.author)}`] : []),
      ...(article.publishedAt ? [md(article.publishedAt)] : []),
      url ? markdownUrl(url, safeHttpUrl(url)) : md(entry?.input ?? article.input),
      ...(cites.length > 0 ? [`cites ${cites.map((link) => markdownUrl(link, safeHttpUrl(link))).join(', ')}`] : []),
    ];
    return parts.join(' · ');
  });
  for (const entry of provenance.filter((e) => !known.has(e.articleId)))
    lines.push(`- ${md(entry.input) || md(entry.articleId)} (article not in this brief)`);
  return lines;
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
