/** HTML escaping for text from outside: nothing a source says may become live markup. */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// C0 controls other than tab, line feed, form feed and carriage return are parse errors in HTML.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

/**
 * Escapes text for use in element content and in double- or single-quoted attribute values.
 * @example escapeHtml('<b title="x">') // '&lt;b title=&quot;x&quot;&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c).replace(CONTROL_CHARACTERS, '\uFFFD');
}

/**
 * The URL to put in an `href`, or undefined when it is not an absolute http(s) URL
 * (so `javascript:`, `data:` and relative links never become links). The result still needs `escapeHtml`.
 * @example safeHttpUrl('https://example.org/a b') // 'https://example.org/a%20b'
 */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return parsed.href;
}

/**
 * The head lines every page of ours starts with, brief file and web reader alike: UTF-8, phone width, both colour
 * schemes, and no referrer sent to the outlets a reader follows links to.
 */
export const PAGE_HEAD_META = `<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">`;
