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
import { escapeHtml as h, PAGE_HEAD_META, safeHttpUrl } from './escape-html.js';
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
  const backRefs = new Map<string, string>();
  const stories = briefs.stories.map((brief, i) => renderStory(brief, storyIds[i]!, cited, backRefs, samePageLinks));
  const articles = [...indexArticles(briefs.stories.flatMap((brief) => brief.articles)).values()];
  const first = briefs.stories[0];
  const title = briefs.stories.length === 1 && first ? `${first.title} — triangulate brief` : 'triangulate brief';
  const body = [
    ...(briefs.stories.length > 1 ? [renderContents(briefs.stories, storyIds)] : []),
    ...(stories.length > 0 ? stories : ['<p class="empty">No stories.</p>']),
    ...(articles.length > 0 ? [renderSourceTexts(articles, cited, backRefs)] : []),
  ];
  return `<!doctype html>
<html lang="en">
<head>
${PAGE_HEAD_META}
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${h(title)}</title>
<style>${BRIEF_STYLE}</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}

/** How citations link to their passages: in the static page, to the marked passage further down the same page. */
export interface PassageLinks {
  /** The href of a citation of `span` (the passage's anchor is `anchorId(span)`). */
  passage(span: Span): string;
  /** The href of an article's full text. */
  article(articleId: string): string;
  /** The href of the source texts of the story. */
  sourceTexts: string;
}

const samePageLinks: PassageLinks = {
  passage: (span) => `#${anchorId(span)}`,
  article: (articleId) => `#${articleAnchorId(articleId)}`,
  sourceTexts: '#source-texts',
};

/** One story's brief as an HTML fragment, and what it cites: the passages per article and where each is first cited. */
export interface StoryFragment {
  html: string;
  /** The spans cited in each article. */
  cited: Map<string, Span[]>;
  /** For a passage's anchor id, the id of the citation mark that first cites it (the way back from the passage). */
  backRefs: Map<string, string>;
}

/**
 * One story as an `<article>` without the page around it or the source texts (the web reader puts those on article
 * pages): citations link where `links` says.
 * @example renderStoryFragment(brief, 'story-1', { passage: (s) => `/articles/${s.articleId}#${anchorId(s)}` }).html
 */
export function renderStoryFragment(brief: Brief, storyAnchor: string, links: PassageLinks): StoryFragment {
  const cited = new Map<string, Span[]>();
  const backRefs = new Map<string, string>();
  return { html: renderStory(brief, storyAnchor, cited, backRefs, links), cited, backRefs };
}

/** The page's style sheet, also served as a file by the web reader (its CSP allows no inline style). */
export const BRIEF_STYLE = `
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
mark{background:none;color:inherit;border-bottom:1px dotted var(--muted)}
mark:target{background:var(--mark2);outline:2px solid var(--target);outline-offset:1px}
mark:target mark{background:var(--mark2);border:0}
:target{scroll-margin-top:25vh}
a.back{display:none;text-decoration:none;font-family:system-ui,sans-serif;font-size:.8em;margin-left:.15em}
a.back::before{content:"\\21A9"}
mark:target>a.back{display:inline}
nav.contents{position:sticky;top:0;z-index:1;background:var(--bg);display:flex;flex-wrap:wrap;gap:.2rem .8rem;padding:.4rem 0;border-bottom:1px solid var(--rule);font-size:.85rem}
details>summary{cursor:pointer;list-style-position:inside}
summary h2{display:inline;border:0}
section>details{border-bottom:1px solid var(--rule);margin-top:1.6rem}
.count{color:var(--muted);font-size:.8em;font-weight:normal}
.outlet-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:1rem;margin:.6rem 0}
.outlet-card{border:1px solid var(--rule);border-radius:6px;padding:.2rem .8rem;min-width:0;font-size:.92rem}
.outlet-card.own{border-width:2px}
.outlet-card dl{display:block}.outlet-card dt{margin-top:.4rem}
img,table,pre{max-width:100%}
@media (max-width:600px){body{font-size:16px}main{padding:1rem .75rem 3rem}dl{display:block}dt{margin-top:.4rem}h1{font-size:1.5rem}}
@media print{html{background:#fff;color:#000}body{font-size:11pt}a{color:#000}nav.contents,a.back{display:none}
mark:target,mark:target mark{background:#eee;outline:0}details::details-content{content-visibility:visible;display:block}
.outlet-grid{display:block}.outlet-card{border:0;padding:0}
.source-texts{break-before:page}h2,h3{break-after:avoid}li,blockquote,dl{break-inside:avoid}}
`.trim();

function renderStory(
  brief: Brief,
  storyId: string,
  cited: Map<string, Span[]>,
  backRefs: Map<string, string>,
  links: PassageLinks,
): string {
  const index = createCitationIndex(brief.articles);
  const articles = indexArticles(brief.articles);
  const placed = new Set<number>();
  const cite = (spans: readonly Span[]) => marker(index, spans, storyId, placed, backRefs, links);
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
          const quotes = statement.quotes.map((q) =>
            statement.kind === 'reported'
              ? `<blockquote class="reported"><p><em>${h(q.cue ?? 'reported')}</em>: ${h(q.text)}</p><p class="source">— ${from(q.span)}${cite([q.span])}</p></blockquote>`
              : `<blockquote><p>“${h(q.text)}”</p><p class="source">— ${from(q.span)}${cite([q.span])}</p></blockquote>`,
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
      outletGrid(
        brief,
        brief.outlets.map((outlet) => {
          const titles = outlet.articles.map((id) => titleOf(id, articles)).join('; ') || 'none';
          const framing = framingText(outlet.framing, { escapeText: h, cite });
          const omits = outlet.omits.map(h).join('; ') || 'nothing noted.';
          const details = outletDetails(outlet, { escapeText: h, cite })
            .map(([label, content]) => `<dt>${h(label)}</dt><dd>${content}</dd>`)
            .join('');
          return `<div class="outlet-card"><h3>${h(outlet.outlet) || 'Unnamed outlet'}</h3>\n<dl><dt>Headline</dt><dd>${titles}</dd><dt>Framing</dt><dd>${framing}</dd><dt>Omits</dt><dd>${omits}</dd>${details}</dl></div>`;
        }),
      ),
      'No outlets to compare.',
    ],
    ['sources', 'Sources', renderSources(brief.articles, brief.provenance, links), 'No sources.'],
  ];

  const parts = [
    `<article class="story" id="${h(storyId)}">`,
    `<header><h1>${h(brief.title) || 'Untitled story'}</h1><p class="meta">${h(countSources(brief.articles))}.</p></header>`,
  ];
  if (brief.notes && brief.notes.length > 0) {
    parts.push(`<aside class="notes"><h2>Notes on this brief</h2>${list(brief.notes.map(h))}</aside>`);
  }
  // A contents bar: every section one click away; the reading part open, the detail sections folded.
  const sectionId = (className: string) => `${storyId}-${className}`;
  const contents = [...sections.map(([className, heading]) => [className, heading]), ['citations', 'Citations']]
    .map(([className, heading]) => `<a href="#${h(sectionId(className!))}">${heading}</a>`)
    .join('');
  parts.push(
    `<nav class="contents" aria-label="Sections">${contents}<a href="${h(links.sourceTexts)}">Source texts</a></nav>`,
  );
  for (const [className, heading, blocks, empty] of sections) {
    const content = blocks.length > 0 ? blocks.join('\n') : `<p class="empty">${empty}</p>`;
    const open = OPEN_SECTIONS.has(className) ? ' open' : '';
    const count =
      blocks.length > 0 && !OPEN_SECTIONS.has(className) ? ` <span class="count">${itemCount(blocks)}</span>` : '';
    parts.push(
      `<section class="${className}" id="${h(sectionId(className))}">\n<details${open}><summary><h2>${heading}${count}</h2></summary>\n${content}\n</details>\n</section>`,
    );
  }
  parts.push(renderCitations(index.all, sectionId('citations'), links), '</article>');
  for (const citation of index.all) {
    if (citation.article === undefined) continue;
    // Appended in place: copying the list per citation was quadratic on a page of many repeated quotes.
    const spans = cited.get(citation.span.articleId);
    if (spans) spans.push(citation.span);
    else cited.set(citation.span.articleId, [citation.span]);
  }
  return parts.join('\n');
}

/** The reading part stays open; the detail sections are folded under their heading with a count. */
const OPEN_SECTIONS = new Set(['quick-look', 'synthesis']);

/** Items in a folded section: list items or outlet cards (not the brief's own), else blocks. */
function itemCount(blocks: readonly string[]): number {
  const items = blocks.join('\n').match(/<li>|class="outlet-card"/g)?.length ?? 0;
  return items > 0 ? items : blocks.length;
}

/** The outlets side by side, the brief's own headline first so a reader sees it beside theirs. */
function outletGrid(brief: Brief, cards: readonly string[]): string[] {
  if (cards.length === 0) return [];
  const own =
    brief.headline === undefined
      ? []
      : [
          `<div class="outlet-card own"><h3>This brief</h3><dl><dt>Headline</dt><dd>${h(brief.headline.text)}</dd></dl></div>`,
        ];
  return [`<div class="outlet-grid">\n${[...own, ...cards].join('\n')}\n</div>`];
}

/** `[1,2]` as links to the marked passages; a citation of an article the brief lacks is not a link. */
function marker(
  index: CitationIndex,
  spans: readonly Span[],
  storyId: string,
  placed: Set<number>,
  backRefs: Map<string, string>,
  links: PassageLinks,
): string {
  const citations = index.cite(spans);
  if (citations.length === 0) return '';
  const numbers = citations.map((c) => {
    if (c.article === undefined) return `<span title="source not in this brief">${c.number}</span>`;
    // The first place a citation appears gets an id: its passage links back to it.
    let id = '';
    if (!placed.has(c.number)) {
      placed.add(c.number);
      const ref = `ref-${storyId}-${c.number}`;
      if (!backRefs.has(anchorId(c.span))) backRefs.set(anchorId(c.span), ref);
      id = ` id="${h(ref)}"`;
    }
    return `<a${id} href="${h(links.passage(c.span))}" title="${h(shorten(c.passage))}">${c.number}</a>`;
  });
  return `<sup class="cite">[${numbers.join(',')}]</sup>`;
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

function renderCitations(citations: readonly NumberedCitation[], id: string, links: PassageLinks): string {
  if (citations.length === 0)
    return `<section class="citations" id="${h(id)}">\n<h2>Citations</h2>\n<p class="empty">No citations.</p>\n</section>`;
  const items = citations.map(({ article, passage, span }) => {
    if (article === undefined) {
      return `<li>${h(span.articleId)} (not in this brief), characters ${h(String(span.start))}–${h(String(span.end))}</li>`;
    }
    return `<li>${sourceLabel(article)}: <a href="${h(links.passage(span))}">“${h(shorten(passage))}”</a></li>`;
  });
  return `<section class="citations" id="${h(id)}">\n<details><summary><h2>Citations <span class="count">${citations.length}</span></h2></summary>\n<ol>\n${items.join('\n')}\n</ol>\n</details>\n</section>`;
}

function link(url: string): string {
  const href = safeHttpUrl(url);
  return href === undefined ? h(url) : `<a href="${h(href)}" rel="noopener noreferrer">${h(url)}</a>`;
}

function renderSources(
  articles: readonly BriefArticle[],
  provenance: readonly ProvenanceEntry[],
  links: PassageLinks,
): string[] {
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
    const full = `<a href="${h(links.article(article.id))}">full text</a>`;
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
  return `<nav class="stories"><h2>Stories</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</nav>`;
}

function renderSourceTexts(
  articles: readonly BriefArticle[],
  cited: Map<string, Span[]>,
  backRefs: Map<string, string>,
): string {
  const back = (passageId: string) => {
    const ref = backRefs.get(passageId);
    return ref ? `<a class="back" href="#${h(ref)}" aria-label="back to where this passage is cited"></a>` : '';
  };
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
      `<div class="text">${markPassages(article.text, cited.get(article.id) ?? [], back)}</div>`,
      '</section>',
    ].join('\n');
  });
  return `<section class="source-texts" id="source-texts">\n<h2>Source texts</h2>\n${sections.join('\n')}\n</section>`;
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
