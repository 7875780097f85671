/** Drops scripts (but not JSON-LD), styles, noscript, svg and comments from HTML before it is parsed: a linear scan, no DOM. */
import { JSON_LD_SCRIPT, RAW_MARKUP_END, RAW_MARKUP_START } from './patterns.js';

/** Where the raw block opened by `opening` at `start` ends (after its end tag), or -1 when it runs to the end of the page. */
function endOfBlock(html: string, start: number, opening: string): number {
  if (opening === '<!--') {
    const close = html.indexOf('-->', start + 4);
    return close < 0 ? -1 : close + 3;
  }
  const end = RAW_MARKUP_END[/^<(\w+)/.exec(opening)![1]!.toLowerCase()]!;
  end.lastIndex = start + opening.length;
  const match = end.exec(html);
  return match ? match.index + match[0].length : -1;
}

/**
 * Removes the markup that never holds article text, so that parsing and every DOM pass see a smaller page:
 * `<script>` blocks other than JSON-LD (read for metadata), `<style>`, `<noscript>` and `<svg>` blocks, and comments.
 * None of them is read as text (html-to-lines skips them; Readability removes scripts, styles and noscript before
 * scoring). Linear in the page size: an unclosed block is left for the parser, which reads it to the end of the
 * page as it would anyway. An `<svg>` nested in another ends the outer one early (rare; its text is icon labels).
 * @example stripNonContent('<p>a</p><script>x()</script><!-- c --><p>b</p>') // '<p>a</p><p>b</p>'
 */
export function stripNonContent(html: string): string {
  const parts: string[] = [];
  let from = 0;
  RAW_MARKUP_START.lastIndex = 0;
  for (let match = RAW_MARKUP_START.exec(html); match !== null; match = RAW_MARKUP_START.exec(html)) {
    const end = endOfBlock(html, match.index, match[0]);
    if (end < 0) break;
    // JSON-LD stays, and its content is skipped whole so that a "<!--" inside a JSON string cannot cut it.
    if (!JSON_LD_SCRIPT.test(match[0])) {
      parts.push(html.slice(from, match.index));
      from = end;
    }
    RAW_MARKUP_START.lastIndex = end;
  }
  if (from === 0) return html;
  parts.push(html.slice(from));
  return parts.join('');
}
