/** Markdown escaping for text from outside: source text cannot open links, images, HTML or blocks. */

/**
 * Escapes one piece of source text for inline use in Markdown. Whitespace (line breaks included)
 * collapses to single spaces so the text cannot start a new block; `\`, `` ` ``, `[` and `]` are
 * backslash-escaped (no links, images or code spans), `<` becomes `&lt;` (no HTML, no autolinks) and
 * `&` before something entity-like becomes `&amp;`. A leading block marker (`#`, `>`, `-`, `1.` …) is
 * escaped too. Ordinary punctuation is left alone.
 * @example escapeMarkdown('[click](javascript:x) <b>') // '\\[click\\](javascript:x) &lt;b>'
 */
export function escapeMarkdown(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const inline = flat.replace(/[\\`[\]<]|&(?=#?[A-Za-z0-9]+;)/g, (c) => {
    if (c === '<') return '&lt;';
    if (c === '&') return '&amp;';
    return `\\${c}`;
  });
  return inline.replace(/^[#>+*=|_~-]/, (c) => `\\${c}`).replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * An http(s) URL as a Markdown autolink, or its escaped text when it is anything else.
 * @example markdownUrl('https://example.org/x') // '<https://example.org/x>'
 */
export function markdownUrl(url: string, href: string | undefined): string {
  // Brackets stay out of autolinks so a `[` in the output is always a citation marker or escaped.
  if (href !== undefined && /^https?:\/\/[^\s<>\\`[\]]+$/.test(href)) return `<${href}>`;
  return escapeMarkdown(url);
}
