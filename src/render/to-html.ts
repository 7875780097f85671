/** Render a brief set as one self-contained HTML page: citations link to the passages in the full source texts. */
import { groupBySpeaker } from './group-statements.js';
import { claimDetails } from './claim-details.js';
import { KIND_LABELS, reportCount } from './labels.js';
import { paragraphs } from './paragraphs.js';
import type { Brief, BriefArticle, BriefSet, CitedText, ProvenanceEntry, Span } from '../core/model.js';
import {
  anchorId,
  articleAnchorId,
  articleTitle,
  type CitationIndex,
  countSources,
  createCitationIndex,
  indexArticles,
  type NumberedCitation,
  outletName,
  shorten,
  toAnchorPart,
} from './citations.js';
import { escapeHtml as h, safeHttpUrl } from './escape-html.js';
import { markPassages } from './mark-passages.js';
import { framingText, outletDetails } from './outlet-details.js';

/**
 * A complete HTML document (inline CSS, no script, no external requests) for every story, followed
 * by the full text of every article with the cited passages marked. Every section is always present;
 * an empty one says so in one line. All text from sources is escaped.
 * @example toHtml({ version: 1, stories: [brief] }).startsWith('<!doctype html>') // true
 */
export function toHtml(briefs: BriefSet): string {
  const storyIds = uniqueIds(briefs.stories.map((brief) => `story-${toAnchorPart(brief.id)}`));
  const cited = new Map<string, Span[]>();
  const stories = briefs.stories.map((brief, i) => renderStory(brief, storyIds[i]!, cited));
  const articles = [...indexArticles(briefs.stories.flatMap((brief) => brief.articles)).values()];
  const first = briefs.stories[0];
  const title = briefs.stories.length === 1 && first ? `${first.title} — triangulate brief` : 'triangulate brief';
  const body = [
    ...(briefs.stories.length > 1 ? [renderContents(briefs.stories, storyIds)] : []),
    ...(stories.length > 0 ? stories : ['<p class="empty">No stories.</p>']),
    ...(articles.length > 0 ? [renderSourceTexts(articles, cited)] : []),
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${h(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}

const STYLE = `
:root{--fg:#1d1d1f;--bg:#fff;--muted:#5f6368;--rule:#d9d9de;--link:#0b57d0;--mark:#fff1a8;--mark2:#ffd75e;--target:#d9480f}
@media (prefers-color-scheme:dark){:root{--fg:#e6e6e8;--bg:#16171b;--muted:#a0a4ab;--rule:#3a3c42;--link:#8ab4f8;--mark:#4d4000;--mark2:#7a6400;--target:#ff922b}}
html{background:var(--bg);color:var(--fg)}
body{margin:0;font:17px/1.6 Georgia,"Times New Roman",serif}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 4rem}
h1,h2,h3,.meta,sup.cite,nav{font-family:system-ui,-apple-system,"Segoe UI",sans-serif}
h1{line-height:1.2;margin:.5rem 0}
h2{font-size:1.25rem;border-bottom:1px solid var(--rule);padding-bottom:.2rem;margin-top:2.2rem}
h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
a{color:var(--link)}
.meta,.empty,.note{color:var(--muted)}
.meta{font-size:.9rem}
sup.cite{font-size:.7em;line-height:0;white-space:nowrap}
sup.cite a{text-decoration:none}
blockquote{margin:.6rem 0;padding:.1rem 0 .1rem 1rem;border-left:3px solid var(--rule)}
blockquote p{margin:.2rem 0}
.source{font-size:.9rem;color:var(--muted)}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.3rem 0}
dt{color:var(--muted)}
dd{margin:0;overflow-wrap:anywhere}
.story+.story,.source-texts{border-top:3px double var(--rule);margin-top:3rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
mark{background:var(--mark);color:inherit}
mark mark{background:var(--mark2)}
mark:target{outline:2px solid var(--target);outline-offset:1px}
:target{scroll-margin-top:25vh}
@media print{html{background:#fff;color:#000}body{font-size:11pt}a{color:#000}mark,mark mark{background:#eee}
.source-texts{break-before:page}h2,h3{break-after:avoid}li,blockquote,dl{break-inside:avoid}}
`.trim();

function renderStory(brief: Brief, storyId: string, cited: Map<string, Span[]>): string {
  const index = createCitationIndex(brief.articles);
  const articles = indexArticles(brief.articles);
  const cite = (spans: readonly Span[]) => marker(index, spans);
  const from = (span: Span) => sourceLabel(articles.get(span.articleId));
  const list = (items: string[]) => `<ul>\n${items.map((item) => `<li>${item}</li>`).join('\n')}\n</ul>`;

  const sections: [string, string, string[], string][] = [
    [
      'quick-look',
      'Quick look',
      brief.quickLook.length > 0
        ? [list(brief.quickLook.map((item) => `${h(item.text)}${cite(item.citations)}${modelMark(item)}`))]
        : [],
      'No quick-look points.',
    ],
    [
      'synthesis',
      'Synthesis',
      paragraphs(brief.synthesis).map(
        (items) =>
          `<p>${items.map((item) => `${h(item.text)}${cite(item.citations)}${modelMark(item)}`).join(' ')}</p>`,
      ),
      'No synthesis sentences.',
    ],
    [
      'statements',
      'Who said what',
      groupBySpeaker(brief.statements).map((group) => {
        const said = group.statements.map((statement) => {
          const first = statement.firstArticleId === undefined ? undefined : articles.get(statement.firstArticleId);
          const note = [
            KIND_LABELS[statement.kind] ?? 'Quote',
            ...(first ? [`first carried by ${sourceLabel(first)}`] : []),
          ];
          const quotes = statement.quotes.map(
            (q) =>
              `<blockquote><p>“${h(q.text)}”</p><p class="source">— ${from(q.span)}${cite([q.span])}</p></blockquote>`,
          );
          return `<p class="note">${note.join(', ')}.</p>\n${quotes.join('\n')}`;
        });
        return `<h3>${h(group.speaker) || 'Unnamed speaker'}</h3>\n${said.join('\n')}`;
      }),
      'No quotes found.',
    ],
    [
      'claims',
      'Claims',
      brief.claims.length > 0
        ? [
            list(
              brief.claims.map((claim) => {
                const details = claimDetails(claim).map((detail) => h(detail));
                const outlets = [
                  ...new Set(claim.articles.map((id) => outletName(articles.get(id)) ?? titleOf(id, articles))),
                ];
                const count = `${claim.articles.length} ${claim.articles.length === 1 ? 'article' : 'articles'}`;
                return `${h(claim.text)}${details.length > 0 ? ` (${details.join('; ')})` : ''} <span class="source">— ${count}${outlets.length > 0 ? `: ${outlets.map(h).join(', ')}` : ''}</span>${cite(claim.spans)}`;
              }),
            ),
          ]
        : [],
      'No claims found.',
    ],
    [
      'disputes',
      'Disputes',
      brief.disputes.map((dispute) => {
        const sides = dispute.sides.map((side, n) => {
          const sources = [...new Set(side.spans.map(from))].join('; ') || 'no source given';
          return `<strong>Side ${n + 1}:</strong> ${h(side.text)} <span class="source">— ${sources}</span>${cite(side.spans)}`;
        });
        return `<h3>${h(dispute.topic) || 'Untitled dispute'}</h3>\n${list(sides)}`;
      }),
      'No disputes found.',
    ],
    [
      'single-source',
      'Single-source claims',
      brief.singleSource.length > 0
        ? [
            list(
              brief.singleSource.map(
                (item) =>
                  `${h(item.text)} <span class="source">— reported by one source only: ${from(item.span)}</span>${cite([item.span])}`,
              ),
            ),
          ]
        : [],
      'No single-source claims found.',
    ],
    [
      'timeline',
      'Timeline',
      brief.timeline.length > 0
        ? [
            list(
              brief.timeline.map((entry) => `<strong>${h(entry.date)}</strong> — ${h(entry.text)}${cite(entry.spans)}`),
            ),
          ]
        : [],
      'No dated events found.',
    ],
    [
      'events',
      'Events',
      (brief.events ?? []).length > 0
        ? [
            list(
              (brief.events ?? []).map(
                (event) => `${h(event.title) || 'Untitled event'} — ${reportCount(event.articleIds, articles, h)}`,
              ),
            ),
          ]
        : [],
      'No separate events within this story.',
    ],
    [
      'copies',
      'Copies',
      (brief.duplicates ?? []).length > 0
        ? [
            list(
              (brief.duplicates ?? []).map(
                (group) =>
                  `${group.kind === 'exact' ? 'Exact copies' : `Near copies (similarity ${group.similarity.toFixed(2)})`}, counted as one report: ${group.articleIds.map((id) => titleOf(id, articles)).join('; ')}`,
              ),
            ),
          ]
        : [],
      'No copies of one report among the sources.',
    ],
    [
      'outlets',
      'Outlets',
      brief.outlets.map((outlet) => {
        const titles = outlet.articles.map((id) => titleOf(id, articles)).join('; ') || 'none';
        const framing = framingText(outlet.framing, { escapeText: h, cite });
        const omits = outlet.omits.map(h).join('; ') || 'nothing noted.';
        const details = outletDetails(outlet, { escapeText: h, cite })
          .map(([label, content]) => `<dt>${h(label)}</dt><dd>${content}</dd>`)
          .join('');
        return `<h3>${h(outlet.outlet) || 'Unnamed outlet'}</h3>\n<dl><dt>Articles</dt><dd>${titles}</dd><dt>Framing</dt><dd>${framing}</dd><dt>Omits</dt><dd>${omits}</dd>${details}</dl>`;
      }),
      'No outlets to compare.',
    ],
    ['sources', 'Sources', renderSources(brief.articles, brief.provenance), 'No sources.'],
  ];

  const parts = [
    `<article class="story" id="${h(storyId)}">`,
    `<header><h1>${h(brief.title) || 'Untitled story'}</h1><p class="meta">${h(countSources(brief.articles))}.</p></header>`,
  ];
  if (brief.notes && brief.notes.length > 0) {
    parts.push(`<aside class="notes"><h2>Notes on this brief</h2>${list(brief.notes.map(h))}</aside>`);
  }
  for (const [className, heading, blocks, empty] of sections) {
    const content = blocks.length > 0 ? blocks.join('\n') : `<p class="empty">${empty}</p>`;
    parts.push(`<section class="${className}">\n<h2>${heading}</h2>\n${content}\n</section>`);
  }
  parts.push(renderCitations(index.all), '</article>');
  for (const citation of index.all) {
    if (citation.article === undefined) continue;
    // Appended in place: copying the list per citation was quadratic on a page of many repeated quotes.
    const spans = cited.get(citation.span.articleId);
    if (spans) spans.push(citation.span);
    else cited.set(citation.span.articleId, [citation.span]);
  }
  return parts.join('\n');
}

/** `[1,2]` as links to the marked passages; a citation of an article the brief lacks is not a link. */
function marker(index: CitationIndex, spans: readonly Span[]): string {
  const citations = index.cite(spans);
  if (citations.length === 0) return '';
  const links = citations.map((c) => {
    if (c.article === undefined) return `<span title="source not in this brief">${c.number}</span>`;
    return `<a href="#${h(anchorId(c.span))}" title="${h(shorten(c.passage))}">${c.number}</a>`;
  });
  return `<sup class="cite">[${links.join(',')}]</sup>`;
}

function sourceLabel(article: BriefArticle | undefined): string {
  if (article === undefined) return 'an article not in this brief';
  const outlet = outletName(article);
  const title = `<cite>${h(articleTitle(article))}</cite>`;
  return outlet ? `${h(outlet)}, ${title}` : title;
}

function titleOf(id: string, articles: Map<string, BriefArticle>): string {
  const article = articles.get(id);
  return article ? `<cite>${h(articleTitle(article))}</cite>` : h(id);
}

function renderCitations(citations: readonly NumberedCitation[]): string {
  if (citations.length === 0)
    return '<section class="citations">\n<h2>Citations</h2>\n<p class="empty">No citations.</p>\n</section>';
  const items = citations.map(({ article, passage, span }) => {
    if (article === undefined) {
      return `<li>${h(span.articleId)} (not in this brief), characters ${h(String(span.start))}–${h(String(span.end))}</li>`;
    }
    return `<li>${sourceLabel(article)}: <a href="#${h(anchorId(span))}">“${h(shorten(passage))}”</a></li>`;
  });
  return `<section class="citations">\n<h2>Citations</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</section>`;
}

function link(url: string): string {
  const href = safeHttpUrl(url);
  return href === undefined ? h(url) : `<a href="${h(href)}" rel="noopener noreferrer">${h(url)}</a>`;
}

function renderSources(articles: readonly BriefArticle[], provenance: readonly ProvenanceEntry[]): string[] {
  const byArticle = new Map(provenance.map((entry) => [entry.articleId, entry]));
  const known = new Set(articles.map((a) => a.id));
  const items = articles.map((article) => {
    const entry = byArticle.get(article.id);
    const url = article.url ?? entry?.url;
    const cites = entry?.cites ?? article.cites ?? [];
    const notes = [...new Set([...(article.provenanceNotes ?? []), ...(entry?.notes ?? [])])];
    const facts = [
      ['Outlet', h(outletName(article) ?? '') || 'not stated'],
      ['Author', h(article.author ?? '') || 'not stated'],
      ['Published', h(article.publishedAt ?? '') || 'not stated'],
      ['Input', h(entry?.input ?? article.input) || 'not stated'],
      ['URL', url ? link(url) : 'none'],
      ['Cites', cites.map(link).join('<br>') || 'none listed'],
      ...(notes.length > 0 ? [['Notes', notes.map(h).join('<br>')]] : []),
    ];
    const full = `<a href="#${h(articleAnchorId(article.id))}">full text</a>`;
    return `<li><strong>${h(articleTitle(article))}</strong> (${full})<dl>${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl></li>`;
  });
  for (const entry of provenance.filter((e) => !known.has(e.articleId))) {
    const cites = (entry.cites ?? []).map(link).join('<br>') || 'none listed';
    items.push(
      `<li><strong>${h(entry.input || entry.articleId)}</strong> (article not in this brief)<dl><dt>URL</dt><dd>${entry.url ? link(entry.url) : 'none'}</dd><dt>Cites</dt><dd>${cites}</dd></dl></li>`,
    );
  }
  return items.length > 0 ? [`<ol>\n${items.join('\n')}\n</ol>`] : [];
}

function renderContents(stories: readonly Brief[], storyIds: readonly string[]): string {
  const items = stories.map(
    (brief, i) => `<li><a href="#${h(storyIds[i]!)}">${h(brief.title) || 'Untitled story'}</a></li>`,
  );
  return `<nav><h2>Stories</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</nav>`;
}

function renderSourceTexts(articles: readonly BriefArticle[], cited: Map<string, Span[]>): string {
  const sections = articles.map((article) => {
    const meta = [
      outletName(article),
      article.author,
      article.publishedAt,
      article.dateline ? `dateline ${article.dateline}` : undefined,
    ].filter((x): x is string => Boolean(x));
    const url = article.url ? ` · ${link(article.url)}` : '';
    return [
      `<section class="article-text" id="${h(articleAnchorId(article.id))}">`,
      `<h3>${h(articleTitle(article))}</h3>`,
      `<p class="meta">${meta.map(h).join(' · ') || 'No outlet, author or date stated'}${url} · input ${h(article.input)}</p>`,
      `<div class="text">${markPassages(article.text, cited.get(article.id) ?? [])}</div>`,
      '</section>',
    ].join('\n');
  });
  return `<section class="source-texts">\n<h2>Source texts</h2>\n${sections.join('\n')}\n</section>`;
}

/** Ids made unique by a numeric suffix on repeats, so two stories with one id still get distinct anchors. */
function uniqueIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.map((id) => {
    let unique = id;
    for (let n = 2; seen.has(unique); n += 1) unique = `${id}-${n}`;
    seen.add(unique);
    return unique;
  });
}

/** A model-written sentence says so, with what the verifier doubted; a headline says it is one. */
function modelMark(item: CitedText): string {
  // A sentence that takes a side in a dispute says so first: it is not settled fact.
  if (item.onlySource !== undefined)
    return ` <small class="single-source">(one source: ${h(item.onlySource)})</small>${modelMark({ ...item, onlySource: undefined })}`;
  if (item.disputed !== undefined)
    return ` <small class="disputed">(one side of a dispute: ${h(item.disputed.join('; '))}; see the disputes)</small>${modelMark({ ...item, disputed: undefined })}`;
  if (item.headlineOf !== undefined)
    return ' <small class="headline">(a source’s headline, grounded in the passages cited)</small>';
  if (!item.modelWritten) return '';
  const flags = item.flags && item.flags.length > 0 ? `; flagged: ${item.flags.join('; ')}` : '';
  return ` <small class="model">(model-written, checked against its citations${h(flags)})</small>`;
}
