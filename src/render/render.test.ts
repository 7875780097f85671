/** Render tests on a brief built from the real text of seed 004 (Newslooks), plus property tests on escaping. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { hashId } from '../core/ids.js';
import type { Brief, BriefArticle, BriefSet, Span } from '../core/model.js';
import { TriangulateError } from '../core/outcome.js';
import { anchorId, shorten, toAnchorPart } from './citations.js';
import { escapeHtml, safeHttpUrl } from './escape-html.js';
import { escapeMarkdown } from './escape-markdown.js';
import { markPassages } from './mark-passages.js';
import { type RenderFormat, render } from './render.js';
import { toMarkdown } from './to-markdown.js';

const SEED = new URL('../../../shared/seeds/004_b6d7bebe056b17a4.txt', import.meta.url);
const SCHEMA_DIR = new URL('../../schema/', import.meta.url);
const TEXT = readFileSync(SEED, 'utf8');
const ARTICLE_ID = hashId('a', TEXT);

const readSchema = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(name, SCHEMA_DIR), 'utf8')) as Record<string, unknown>;

/** The span of the first occurrence of `passage` in the seed (after `from`); fails the test when absent. */
function find(passage: string, from = 0): Span {
  const start = TEXT.indexOf(passage, from);
  assert.ok(start >= 0, `seed 004 should contain ${JSON.stringify(passage)}`);
  return { articleId: ARTICLE_ID, start, end: start + passage.length };
}

const slice = (span: Span): string => TEXT.slice(span.start, span.end);

// Every piece of text below is read from the seed; only ids, URLs and the shape are ours.
const TITLE = find('NATO’s Rutte Opposes EU Breakaway From U.S.');
const OUTLET = find('Newslooks');
const AUTHOR = find('J. Mansour');
const BULLET = find('NATO Secretary-General Mark Rutte reaffirms U.S. support for NATO');
const LEAD = find(
  'NATO Secretary-General Mark Rutte has firmly dismissed rising calls within the European Union for the bloc to pursue military independence from the United States, insisting that America remains a reliable and essential partner in maintaining European security.',
);
const RUTTE = find('NATO Secretary-General Mark Rutte', LEAD.start); // nested in LEAD, same start
const DISMISSED = find('firmly dismissed', LEAD.start); // nested inside LEAD
const QUOTE_RUTTE = find(
  'I am absolutely convinced that the United States stands fully behind NATO. There is no doubt about that,',
);
const CROSSING = { articleId: ARTICLE_ID, start: find('insisting that America').start, end: QUOTE_RUTTE.end }; // crosses LEAD's end
const QUOTE_WEBER = find('We cannot seriously expect Trump to secure a peace solution on his own with American GIs,');
const QUOTE_MORE = find('We must do more, absolutely — but do it with the United States, not without them,');
const WEBER_FLAG = find(
  'argued that European soldiers should operate under a European flag, particularly in any future Ukraine security framework.',
);
const MIGHT = find(
  'the majority of NATO’s military and economic might still resides outside the EU, with the United States remaining the largest contributor to the alliance in both troop numbers and funding.',
);
const AUTONOMY = find('EU strategic autonomy');

function seedArticle(): BriefArticle {
  return {
    id: ARTICLE_ID,
    input: '../shared/seeds/004_b6d7bebe056b17a4.txt',
    title: slice(TITLE),
    text: TEXT,
    outlet: slice(OUTLET),
    author: slice(AUTHOR),
    url: 'https://example.org/newslooks/rutte',
    language: 'en',
    dateline: 'BRUSSELS',
    cites: [],
    provenanceNotes: [],
  };
}

function seedBrief(): Brief {
  return {
    id: hashId('s', ARTICLE_ID),
    title: slice(TITLE),
    articles: [seedArticle()],
    quickLook: [{ text: slice(BULLET), citations: [BULLET, LEAD] }],
    synthesis: [
      { text: slice(LEAD), citations: [LEAD, RUTTE] },
      { text: slice(MIGHT), citations: [MIGHT] },
    ],
    statements: [
      {
        speaker: 'Mark Rutte',
        kind: 'direct',
        quotes: [{ span: QUOTE_RUTTE, text: slice(QUOTE_RUTTE) }],
        firstArticleId: ARTICLE_ID,
      },
      { speaker: 'Manfred Weber', kind: 'direct', quotes: [{ span: QUOTE_WEBER, text: slice(QUOTE_WEBER) }] },
      { speaker: 'Mark Rutte', kind: 'direct', quotes: [{ span: QUOTE_MORE, text: slice(QUOTE_MORE) }] },
    ],
    claims: [{ text: slice(MIGHT), subject: 'NATO', spans: [MIGHT], articles: [ARTICLE_ID] }],
    disputes: [
      {
        topic: slice(AUTONOMY),
        sides: [
          { text: slice(LEAD), spans: [LEAD] },
          { text: slice(WEBER_FLAG), spans: [WEBER_FLAG] },
        ],
      },
    ],
    singleSource: [{ text: slice(CROSSING), span: CROSSING }],
    timeline: [],
    outlets: [
      {
        outlet: slice(OUTLET),
        articles: [ARTICLE_ID],
        framing: [{ term: slice(DISMISSED), spans: [DISMISSED] }],
        omits: [],
      },
    ],
    provenance: [
      {
        articleId: ARTICLE_ID,
        input: '../shared/seeds/004_b6d7bebe056b17a4.txt',
        url: 'https://example.org/newslooks/rutte',
        cites: ['https://example.org/wire/1', 'javascript:alert(1)'],
        notes: [],
      },
    ],
    entities: [
      { id: hashId('e', 'Mark Rutte'), name: 'Mark Rutte', type: 'person', aliases: ['Rutte'], mentions: [RUTTE] },
    ],
  };
}

const briefSet = (...stories: Brief[]): BriefSet => ({ version: 1, stories });

/** The numbers of the citation markers, in the order they appear. */
function markdownMarkers(md: string): number[] {
  const body = md.slice(0, md.indexOf('## Citations'));
  return [...body.matchAll(/ \[(\d+(?:,\d+)*)\]/g)].flatMap((m) => m[1]!.split(',').map(Number));
}

function htmlDocument(html: string) {
  return parseHTML(html).document;
}

describe('render', () => {
  it('throws a TriangulateError naming the stage on an unknown format', () => {
    assert.throws(
      () => render(briefSet(seedBrief()), 'pdf' as RenderFormat),
      (error: unknown) =>
        error instanceof TriangulateError &&
        error.stage === 'render' &&
        error.message === 'render: unknown format "pdf"; expected md | html | json | csv | feed',
    );
  });

  it('is deterministic: the same input gives the same bytes in every format', () => {
    for (const format of ['md', 'html', 'json'] as const) {
      assert.equal(render(briefSet(seedBrief()), format), render(briefSet(seedBrief()), format));
    }
  });

  it('says "No stories." for an empty set', () => {
    assert.equal(render(briefSet(), 'md'), 'No stories.\n');
    assert.match(render(briefSet(), 'html'), /<p class="empty">No stories\.<\/p>/);
  });
});

describe('toMarkdown', () => {
  const md = toMarkdown(briefSet(seedBrief()), { fullDetail: true });

  it('stays within 40% of its sources’ words, listing detail items while they fit and counting the rest', () => {
    const short = render(briefSet(seedBrief()), 'md');
    const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
    assert.ok(words(short) <= 0.4 * words(TEXT), `${words(short)} words from ${words(TEXT)}`);
    assert.ok(words(short) < words(md));
    assert.match(short, /^- (… \d+ more|\d+ (entry|entries),) in the JSON and HTML brief\b/m);
    // A section cut to nothing names what it holds instead of a bare "… N more".
    assert.doesNotMatch(short, /## [^\n]+\n\n- … \d+ more/);
    // The reading part is never cut.
    assert.equal(short.slice(0, short.indexOf('## Who said what')), md.slice(0, md.indexOf('## Who said what')));
  });

  it('has the title, the source count and every section in order', () => {
    assert.ok(md.startsWith(`# ${slice(TITLE)}\n\n1 source from 1 outlet.\n`));
    const headings = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    assert.deepEqual(headings, [
      'Quick look',
      'Synthesis',
      'Who said what',
      'Claims',
      'Disputes',
      'Single-source claims',
      'Timeline',
      'Events',
      'Copies',
      'Outlets',
      'Sources',
      'Citations',
    ]);
    assert.match(md, /## Timeline\n\nNo dated events found\.\n/);
  });

  it('numbers citations in order of first use, identical spans sharing a number', () => {
    const markers = markdownMarkers(md);
    const firstUse = [...new Set(markers)];
    assert.deepEqual(
      firstUse,
      firstUse.map((_, i) => i + 1),
    );
    assert.ok(md.includes(`- ${slice(BULLET)} [1,2]\n`), 'quick look cites BULLET and LEAD');
    assert.match(md, / \[2,3\][ \n]/, 'the synthesis reuses LEAD’s number 2 and adds RUTTE as 3');
    // Distinct spans used: BULLET, LEAD, RUTTE, MIGHT, three quotes, WEBER_FLAG, CROSSING, DISMISSED, less the framing
    // terms' spans (the one-line outlet entry names its terms; the HTML cites them).
    assert.equal(firstUse.length, 9);
    const list = md.slice(md.indexOf('## Citations'));
    const items = [...list.matchAll(/^- \[(\d+)\] (.*)$/gm)];
    assert.deepEqual(
      items.map((m) => Number(m[1])),
      firstUse,
    );
    assert.equal(items[0]![2], `${slice(OUTLET)}: “${shorten(slice(BULLET), 40)}”`);
    assert.ok(items[1]![2]!.endsWith(`“${shorten(slice(LEAD), 40)}”`) && shorten(slice(LEAD), 40).endsWith('…'));
  });

  it('shows who said what one line per statement with its outlets, and marks single-source claims', () => {
    const said = md.slice(md.indexOf('## Who said what'), md.indexOf('## Claims'));
    const lines = said.split('\n').filter((line) => line.startsWith('- '));
    assert.equal(lines.length, 3, 'one line per statement');
    assert.ok(
      lines.every((line) => /^- \*\*(?:Mark Rutte|Manfred Weber)\*\*: “.+” — Newslooks \[\d+(?:,\d+)*\]$/.test(line)),
    );
    assert.ok(said.includes(`- **Manfred Weber**: “${shorten(slice(QUOTE_WEBER), 160)}” — ${slice(OUTLET)} [`));
    assert.match(md, /## Single-source claims\n\n- insisting that America .* — Newslooks only \[/);
    assert.match(md, /- \*\*.+\*\*: “.+” \(Newslooks\) \[\d+\] vs “argued that European soldiers/);
  });

  it('lists provenance one line per source and makes only http(s) URLs links', () => {
    assert.ok(md.includes('cites <https://example.org/wire/1>, javascript:alert(1)'));
    assert.match(md, /^1\. Newslooks: “.+” · by J\. Mansour · /m);
    assert.ok(!md.includes('<javascript'));
  });
});

describe('toHtml', () => {
  const brief = seedBrief();
  const html = render(briefSet(brief), 'html');
  const document = htmlDocument(html);

  it('gathers each speaker’s statements under one heading', () => {
    const html = render(briefSet(seedBrief()), 'html');
    const { document } = parseHTML(html);
    const section = document.querySelector('section.statements');
    assert.ok(section, 'the who-said-what section exists');
    const headings = [...section.querySelectorAll('h3')].map((h) => h.textContent);
    assert.deepEqual(headings, ['Mark Rutte', 'Manfred Weber']);
    assert.equal(section.querySelectorAll('blockquote').length, 3);
  });

  it('counts a folded section by its items: the outlets section by its outlet cards', () => {
    const outlets = [brief.outlets[0]!, { ...brief.outlets[0]!, outlet: 'A second outlet' }];
    const { document } = parseHTML(render(briefSet({ ...brief, outlets }), 'html'));
    assert.equal(document.querySelector('section.outlets summary .count')?.textContent, '2');
  });

  it('is one self-contained UTF-8 document without script or external requests', () => {
    assert.ok(html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">'));
    assert.equal(document.querySelectorAll('script, img, link, iframe, object, embed').length, 0);
    for (const a of document.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      if (href.startsWith('#')) continue;
      assert.match(href, /^https?:\/\//);
      assert.equal(a.getAttribute('rel'), 'noopener noreferrer');
    }
    assert.ok(!html.includes('href="javascript:'));
  });

  it('resolves every citation link to exactly one element, and ids are unique', () => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.getAttribute('id')!);
    assert.equal(new Set(ids).size, ids.length);
    const hrefs = [...html.matchAll(/href="#([^"]*)"/g)].map((m) => m[1]!);
    assert.ok(hrefs.some((href) => href.startsWith('a-')));
    for (const href of hrefs) assert.ok(ids.includes(href), `#${href} should resolve`);
  });

  it('numbers citations in order of first use as the Markdown does, with the passage as the link title', () => {
    const links = [...document.querySelectorAll('sup.cite a')];
    const numbers = links.map((a) => Number(a.textContent));
    const firstUse = [...new Set(numbers)];
    assert.deepEqual(
      firstUse,
      firstUse.map((_, i) => i + 1),
    );
    // The reading part is numbered alike; the detail sections are ordered for each format.
    const reading = (md: string) => markdownMarkers(md.slice(0, md.indexOf('## Who said what')));
    const md = toMarkdown(briefSet(brief), { fullDetail: true });
    assert.deepEqual(numbers.slice(0, reading(md).length), reading(md));
    const first = links[0]!;
    assert.equal(first.getAttribute('href'), `#${anchorId(BULLET)}`);
    assert.equal(first.getAttribute('title'), slice(BULLET));
  });

  it('keeps the full article text and marks each cited span once, nested and crossing spans included', () => {
    const section = document.getElementById(`article-${ARTICLE_ID}`);
    assert.ok(section);
    const text = section.querySelector('.text')!;
    assert.equal(text.textContent, TEXT);
    for (const span of [BULLET, LEAD, RUTTE, DISMISSED, QUOTE_RUTTE, CROSSING, MIGHT, WEBER_FLAG]) {
      const id = anchorId(span);
      assert.equal(document.querySelectorAll(`mark[id="${id}"]`).length, 1, id);
      const pieces = [...document.querySelectorAll(`mark[data-span="${id}"]`)];
      assert.equal(pieces.map((p) => p.textContent).join(''), slice(span), id);
    }
    assert.equal(
      document.querySelector(`mark[id="${anchorId(RUTTE)}"]`)!.parentElement!.getAttribute('id'),
      anchorId(LEAD),
    );
    assert.equal(
      document.querySelectorAll(`mark[data-span="${anchorId(CROSSING)}"]`).length,
      2,
      'crossing span splits',
    );
  });

  it('prints an article shared by two stories once, and gives both stories distinct ids', () => {
    const two = htmlDocument(render(briefSet(brief, { ...seedBrief(), id: brief.id }), 'html'));
    assert.equal(two.querySelectorAll('section.article-text').length, 1);
    assert.equal(two.querySelectorAll('article.story').length, 2);
    assert.equal(two.querySelectorAll('nav.stories a').length, 2);
    const ids = [...two.querySelectorAll('[id]')].map((e) => e.getAttribute('id'));
    assert.equal(new Set(ids).size, ids.length);
  });
});

describe('toJson', () => {
  const brief = seedBrief();
  const json = render(briefSet(brief), 'json');
  const validate = new Ajv2020({ strict: true, allErrors: true }).compile(readSchema('brief.schema.json'));

  it('is JSON.stringify with two spaces and a newline, round-tripping the input', () => {
    assert.ok(json.endsWith('}\n'));
    assert.deepEqual(JSON.parse(json), briefSet(brief));
  });

  it('orders keys as the types do, whatever order the input had', () => {
    const reversed = JSON.parse(JSON.stringify(briefSet(brief)), (_key, value: unknown) =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ) as BriefSet;
    assert.equal(render(reversed, 'json'), json);
    const story = (JSON.parse(json) as { stories: Record<string, unknown>[] }).stories[0]!;
    assert.deepEqual(Object.keys(story).slice(0, 3), ['id', 'title', 'articles']);
    assert.deepEqual(Object.keys((story.quickLook as Record<string, unknown>[])[0]!), ['text', 'citations']);
  });

  it('puts keys the types do not name after the known ones, sorted', () => {
    const extended = { ...brief, zeta: 1, alpha: { b: 1, a: 2 } } as Brief;
    const story = (JSON.parse(render(briefSet(extended), 'json')) as { stories: Record<string, unknown>[] })
      .stories[0]!;
    assert.deepEqual(Object.keys(story).slice(-3), ['entities', 'alpha', 'zeta']);
    assert.deepEqual(Object.keys(story.alpha as object), ['a', 'b']);
  });

  it('validates against schema/brief.schema.json', () => {
    assert.ok(validate(JSON.parse(json)), JSON.stringify(validate.errors));
    assert.ok(validate(JSON.parse(render(briefSet(), 'json'))), JSON.stringify(validate.errors));
  });

  it('schema rejects a synthesis sentence without citations, a missing key, a bad span, version 2', () => {
    const bad: unknown[] = [
      { ...briefSet(brief), version: 2 },
      briefSet({ ...brief, synthesis: [{ text: slice(LEAD), citations: [] }] }),
      briefSet({ ...brief, singleSource: [{ text: 'x', span: { articleId: ARTICLE_ID, start: -1, end: 2 } }] }),
      briefSet({ ...brief, claims: [{ ...brief.claims[0]!, spans: [{ articleId: ARTICLE_ID, start: 1.5, end: 2 }] }] }),
      briefSet({ ...brief, articles: [{ ...seedArticle(), input: undefined as unknown as string }] }),
      ...(['quickLook', 'provenance', 'outlets', 'timeline'] as const).map((key) => {
        const { [key]: _dropped, ...rest } = brief;
        return { version: 1, stories: [rest] };
      }),
    ];
    for (const value of bad)
      assert.equal(validate(JSON.parse(JSON.stringify(value))), false, JSON.stringify(value).slice(0, 80));
  });
});

describe('line schemas', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const article = ajv.compile(readSchema('article.schema.json'));
  const analysis = ajv.compile(readSchema('analysis.schema.json'));
  const { cites: _cites, provenanceNotes: _notes, ...plain } = seedArticle();
  const ok = { input: plain.input, ok: true, article: plain };
  const failed = {
    input: 'missing.html',
    inputId: '7',
    ok: false,
    error: { code: 'not-found', message: 'no such file' },
  };
  const result = {
    sentences: [LEAD],
    entities: [{ id: 'e_1', name: 'Mark Rutte', type: 'person', mentions: [RUTTE] }],
    quotes: [
      {
        id: 'q_1',
        text: QUOTE_RUTTE,
        speaker: { name: 'Mark Rutte', mention: find('Rutte', QUOTE_RUTTE.end) },
        kind: 'direct',
      },
    ],
    claims: [{ id: 'c_1', span: MIGHT, subject: 'NATO', text: slice(MIGHT) }],
  };

  it('accept extract and analyze lines, ok and failed', () => {
    assert.ok(article(ok), JSON.stringify(article.errors));
    assert.ok(article(failed), JSON.stringify(article.errors));
    assert.ok(analysis({ ...ok, analysis: result }), JSON.stringify(analysis.errors));
    assert.ok(analysis(failed), JSON.stringify(analysis.errors));
  });

  it('reject an ok line without its article or analysis, and a failure without its error', () => {
    assert.equal(article({ input: 'x', ok: true }), false);
    assert.equal(analysis(ok), false);
    assert.equal(article({ input: 'x', ok: false }), false);
    assert.equal(
      analysis({ ...ok, analysis: { ...result, quotes: [{ id: 'q', text: QUOTE_RUTTE, kind: 'said' }] } }),
      false,
    );
  });

  it('share identical Span, Article and Entity definitions', () => {
    const defs = (name: string) => readSchema(name).$defs as Record<string, unknown>;
    const [brief, line, analyzed] = [
      defs('brief.schema.json'),
      defs('article.schema.json'),
      defs('analysis.schema.json'),
    ];
    for (const key of ['Span', 'Article']) {
      assert.deepEqual(line[key], brief[key], key);
      assert.deepEqual(analyzed[key], brief[key], key);
    }
    assert.deepEqual(analyzed.Entity, brief.Entity);
  });
});

describe('escape helpers', () => {
  it('escape HTML text and attribute values, and replace control characters', () => {
    assert.equal(
      escapeHtml(`<a href="x" title='y'>&amp;</a>\u0000`),
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;\uFFFD',
    );
  });

  it('link only absolute http(s) URLs', () => {
    assert.equal(safeHttpUrl('https://example.org/a b'), 'https://example.org/a%20b');
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      '/relative',
      'example.org',
      '',
    ]) {
      assert.equal(safeHttpUrl(url), undefined, url);
    }
  });

  it('escape Markdown only where source text could become markup or a block', () => {
    assert.equal(
      escapeMarkdown('[x](javascript:y) <b> &lt; a\\b `c`'),
      '\\[x\\](javascript:y) &lt;b> &amp;lt; a\\\\b \\`c\\`',
    );
    assert.equal(escapeMarkdown('# not\na heading'), '\\# not a heading');
    assert.equal(escapeMarkdown('1. not a list'), '1\\. not a list');
    assert.equal(
      escapeMarkdown('NATO’s Rutte: “We must do more, absolutely — but…”'),
      'NATO’s Rutte: “We must do more, absolutely — but…”',
    );
  });

  it('keep distinct ids distinct in anchors', () => {
    assert.equal(toAnchorPart('a_3f2c-x.y'), 'a_3f2c-x.y');
    assert.notEqual(toAnchorPart('a b'), toAnchorPart('a~20~b'));
    assert.match(toAnchorPart('"><script>'), /^[A-Za-z0-9_.~-]+$/);
  });

  it('shorten at a word boundary with an ellipsis', () => {
    assert.equal(shorten(slice(QUOTE_RUTTE), 40), 'I am absolutely convinced that the…');
    assert.equal(shorten(slice(QUOTE_RUTTE)), slice(QUOTE_RUTTE));
  });
});

describe('markPassages', () => {
  it('leaves the text unchanged and gives every distinct span one anchor, on arbitrary spans', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.array(fc.tuple(fc.integer({ min: -2, max: 70 }), fc.integer({ min: -2, max: 70 })), { maxLength: 8 }),
        (text, pairs) => {
          const spans = pairs.map(([start, end]) => ({ articleId: 'x', start, end }));
          const root = htmlDocument(`<div>${markPassages(text, spans)}</div>`).querySelector('div')!;
          assert.equal(root.textContent, text);
          for (const span of spans) {
            const id = anchorId(span);
            assert.equal(root.querySelectorAll(`mark[id="${id}"]`).length, 1);
            const start = Math.min(Math.max(span.start, 0), text.length);
            const end = Math.min(Math.max(span.end, start), text.length);
            const pieces = [...root.querySelectorAll(`mark[data-span="${id}"]`)].map((m) => m.textContent).join('');
            assert.equal(pieces, text.slice(start, end));
          }
        },
      ),
    );
  });
});

describe('escaping (property)', () => {
  // Every tag and attribute the HTML template writes; anything else would have come from source text.
  const TAGS = new Set(
    'html head meta title style body main nav article header section details summary h1 h2 h3 p ul ol li blockquote a sup span strong cite dl dt dd div mark br'.split(
      ' ',
    ),
  );
  const ATTRIBUTES = new Set([
    'lang',
    'charset',
    'name',
    'content',
    'http-equiv',
    'id',
    'class',
    'href',
    'title',
    'rel',
    'data-span',
    'open',
    'aria-label',
  ]);

  // Random strings almost never spell a tag, so half the strings are glued from markup fragments.
  const FRAGMENTS = [
    '<',
    '>',
    '</',
    '/>',
    'script',
    'img',
    'b',
    'a',
    ' ',
    'src=x',
    'onerror=',
    'href=',
    '"',
    "'",
    '=',
    '[',
    ']',
    '(',
    ')',
    '!',
    '`',
    '\\',
    '&',
    'lt;',
    '#x3c;',
    '<!--',
    '-->',
    '# ',
    '> ',
    '1. ',
    '\n',
    'javascript:',
    'https://x.y/',
    'www.x.y',
    'style',
  ];
  const hostile = (maxLength: number) =>
    fc.oneof(
      fc.string({ unit: 'binary', maxLength }),
      fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: maxLength / 2 }).map((parts) => parts.join('')),
    );

  /** A brief whose every free-text field is `s[i]`, and whose spans point anywhere in the text. */
  const hostileBrief = fc
    .record({
      s: fc.array(hostile(40), { minLength: 8, maxLength: 8 }),
      text: hostile(200),
      articleId: hostile(12),
      offsets: fc.array(fc.nat(220), { minLength: 8, maxLength: 8 }),
    })
    .map(({ s, text, articleId, offsets }): BriefSet => {
      const t = (i: number) => s[i % s.length]!;
      const span = (i: number): Span => {
        const a = offsets[i % offsets.length]!;
        const b = offsets[(i + 1) % offsets.length]!;
        return { articleId, start: Math.min(a, b), end: Math.max(a, b) };
      };
      const article: BriefArticle = {
        id: articleId,
        input: t(0),
        title: t(1),
        text,
        outlet: t(2),
        author: t(3),
        publishedAt: t(4),
        url: t(5),
        dateline: t(6),
        cites: [t(7), t(0)],
        provenanceNotes: [t(1)],
      };
      const brief: Brief = {
        id: t(3),
        title: t(1),
        articles: [article],
        quickLook: [{ text: t(2), citations: [span(0), span(1)] }],
        synthesis: [{ text: t(3), citations: [span(2)] }],
        statements: [
          { speaker: t(4), kind: 'direct', quotes: [{ span: span(3), text: t(5) }], firstArticleId: articleId },
        ],
        claims: [{ text: t(6), subject: t(7), value: 2, unit: t(0), spans: [span(4)], articles: [articleId, t(1)] }],
        disputes: [{ topic: t(2), sides: [{ text: t(3), spans: [span(5)] }] }],
        singleSource: [{ text: t(4), span: span(6) }],
        timeline: [{ date: t(5), text: t(6), spans: [span(7), { articleId: t(7), start: 0, end: 1 }] }],
        outlets: [
          {
            outlet: t(2),
            articles: [articleId],
            framing: [
              { term: t(7), spans: [span(1)] },
              { term: t(3), spans: [span(2)], kind: 'loaded' },
            ],
            omits: [t(0)],
            covers: [{ facet: t(4), label: t(5), spans: [span(3)] }],
            omitsFacets: [{ facet: t(6), label: t(7), spans: [span(4)] }],
            headlines: [
              {
                articleId,
                headline: t(1),
                headlineSpan: span(5),
                lead: t(2),
                leadSpan: span(6),
                emphasis: [{ term: t(3), spans: [span(7)] }],
              },
            ],
          },
        ],
        provenance: [{ articleId, input: t(0), url: t(6), cites: [t(5)], notes: [t(4)] }],
        entities: [],
      };
      return briefSet(brief);
    });

  it('HTML: no script, no image, no event handler, no element or attribute the template does not write', () => {
    fc.assert(
      fc.property(hostileBrief, (briefs) => {
        const html = render(briefs, 'html');
        assert.ok(!/<script|<img/i.test(html));
        const document = htmlDocument(html);
        for (const element of document.querySelectorAll('*')) {
          assert.ok(TAGS.has(element.tagName.toLowerCase()), element.tagName);
          for (const { name } of element.attributes) {
            assert.ok(ATTRIBUTES.has(name) && !name.startsWith('on'), name);
          }
          const href = element.getAttribute('href');
          if (href !== null) assert.ok(href.startsWith('#') || /^https?:\/\//.test(href), href);
        }
        const ids = new Set([...document.querySelectorAll('[id]')].map((e) => e.getAttribute('id')));
        for (const a of document.querySelectorAll('a[href^="#"]')) assert.ok(ids.has(a.getAttribute('href')!.slice(1)));
      }),
      { numRuns: 200 },
    );
  });

  it('Markdown: no raw "<" but autolinks of http(s) URLs, and every "[" escaped or a citation marker', () => {
    fc.assert(
      fc.property(hostileBrief, (briefs) => {
        const md = render(briefs, 'md');
        assert.ok(!md.replace(/<https?:\/\/[^\s<>\\`]+>/g, '').includes('<'));
        for (let i = 0; i < md.length; i += 1) {
          const autolink = /^<https?:\/\/[^\s<>\\`[\]]+>/.exec(md.slice(i, i + 300));
          if (autolink) i += autolink[0].length - 1;
          else if (md[i] === '\\') i += 1;
          else if (md[i] === '[') assert.match(md.slice(i), /^\[\d+(?:,\d+)*\]/, md.slice(i, i + 20));
          else if (md[i] === ']') assert.match(md.slice(0, i + 1), /\[\d+(?:,\d+)*\]$/);
        }
      }),
      { numRuns: 200 },
    );
  });
});
