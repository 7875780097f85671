/** The page every reader view sits in: landmarks, a skip link, the site's navigation, one linked style sheet. */
import { PAGE_HEAD_META, escapeHtml as h } from '../../render/escape-html.js';

export interface PageParts {
  title: string;
  body: string;
  /** The search box's current query. */
  query?: string;
  /** Which navigation item is the current page. */
  current?: 'stories' | 'search' | 'add';
}

/**
 * A complete page. No script, no inline style: the CSP the server sends allows the style sheet and nothing else.
 * @example layout({ title: 'Stories', body: '<h1>Stories</h1>' }).startsWith('<!doctype html>') // true
 */
export function layout(parts: PageParts): string {
  const nav = (href: string, label: string, key: PageParts['current']) =>
    `<a href="${href}"${parts.current === key ? ' aria-current="page"' : ''}>${label}</a>`;
  return `<!doctype html>
<html lang="en">
<head>
${PAGE_HEAD_META}
<title>${h(parts.title)} — triangulate</title>
<link rel="stylesheet" href="/assets/reader.css">
<link rel="alternate" type="application/feed+json" title="Stories (JSON Feed)" href="/feed.json">
<link rel="alternate" type="application/atom+xml" title="Stories (Atom)" href="/feed.atom">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<a class="brand" href="/">triangulate</a>
<nav aria-label="Site">${nav('/', 'Stories', 'stories')}${nav('/search', 'Search', 'search')}${nav('/add', 'Add sources', 'add')}</nav>
<form class="site-search" role="search" action="/search" method="get"><label for="site-q" class="visually-hidden">Search articles and statements</label><input id="site-q" name="q" type="search" value="${h(parts.query ?? '')}" placeholder="Search"><button type="submit">Search</button></form>
</header>
<main id="main">
${parts.body}
</main>
<footer class="site"><p>Every sentence cites the passages that support it. <a href="/openapi.json">API</a> · <a href="/feed.json">JSON Feed</a> · <a href="/feed.atom">Atom</a></p></footer>
</body>
</html>
`;
}

/** The reader's additions to the brief's style sheet: the site header, forms, lists. */
export const READER_STYLE = `
.skip{position:absolute;left:-999px;top:0;background:var(--bg);padding:.4rem .8rem;z-index:2}
.skip:focus{left:.5rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
header.site,footer.site{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:46rem;margin:0 auto;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:center}
header.site{border-bottom:1px solid var(--rule)}
footer.site{border-top:1px solid var(--rule);color:var(--muted);font-size:.85rem}
.brand{font-weight:700;text-decoration:none;color:var(--fg)}
header.site nav{display:flex;gap:.9rem}
header.site nav a[aria-current]{font-weight:700;text-decoration:none;color:var(--fg)}
.site-search{display:flex;gap:.3rem;margin-left:auto}
input,textarea,button{font:inherit;font-size:.95rem;color:var(--fg);background:var(--bg);border:1px solid var(--muted);border-radius:4px;padding:.3rem .5rem;max-width:100%}
button{cursor:pointer;background:var(--link);color:var(--bg);border-color:var(--link)}
:focus-visible{outline:3px solid var(--target);outline-offset:2px}
ol.stories{padding-left:1.4rem}
ol.stories li{margin:.7rem 0}
ol.stories .meta{display:block}
.sorts{font-family:system-ui,sans-serif;font-size:.9rem;display:flex;flex-wrap:wrap;gap:.3rem .9rem}
.sorts a[aria-current]{font-weight:700;text-decoration:none;color:var(--fg)}
form.add label{display:block;font-family:system-ui,sans-serif;margin-top:1rem}
form.add textarea{width:100%;min-height:6rem}
.notice{border:1px solid var(--rule);border-left:4px solid var(--link);padding:.4rem .8rem}
.notice.error{border-left-color:var(--target)}
.snippet{display:block;color:var(--muted)}
.pages{font-family:system-ui,sans-serif;display:flex;gap:1rem}
`.trim();
