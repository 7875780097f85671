/** Drops scripts (but not JSON-LD), styles, noscript, svg and comments from HTML before it is parsed: a linear scan, no DOM. */
import { NOSCRIPT_ARTICLE_PARAGRAPHS } from '../core/config.js';
import {
  JSON_LD_SCRIPT,
  NOSCRIPT_END,
  NOSCRIPT_START,
  PARAGRAPH_START,
  RAW_MARKUP_END,
  RAW_MARKUP_START,
  RAW_TEXT_ELEMENT,
  SPACE_BEFORE_BLOCK_TAG,
  SPACE_KEEPING_START,
  START_TAG_OPEN,
  UNREAD_ATTRIBUTE,
} from './patterns.js';

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
 * `<script>` blocks other than JSON-LD (read for metadata), `<style>`, `<noscript>` (but for the content of one that holds
 * an article's paragraphs) and `<svg>` blocks, and comments.
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
    if (NOSCRIPT_START.test(match[0])) {
      // A <noscript> of paragraphs is the article shown without JavaScript (Blogger's post body): its content stays.
      const content = html.slice(match.index + match[0].length, end).replace(NOSCRIPT_END, '');
      parts.push(html.slice(from, match.index));
      if ((content.match(PARAGRAPH_START) ?? []).length >= NOSCRIPT_ARTICLE_PARAGRAPHS) parts.push(content);
      from = end;
    } else if (!JSON_LD_SCRIPT.test(match[0])) {
      parts.push(html.slice(from, match.index));
      from = end;
    }
    RAW_MARKUP_START.lastIndex = end;
  }
  if (from === 0) return html;
  parts.push(html.slice(from));
  return parts.join('');
}

interface ScannedTag {
  /** Index just after the tag's `>`. */
  end: number;
  /** Each attribute's [start, end) in the page, with its name. */
  attributes: { start: number; end: number; name: string }[];
  selfClosing: boolean;
}

const isSpace = (char: string | undefined): boolean =>
  char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\f';

/**
 * Reads a start tag's attributes from `from` (just after its name) the way the HTML tokenizer does: a quote opens a
 * value only after `=`, and one inside a name is part of the name. Undefined when a quoted value or the tag never
 * ends (the caller then leaves the rest of the page as it is).
 */
function scanTag(html: string, from: number): ScannedTag | undefined {
  const attributes: ScannedTag['attributes'] = [];
  let i = from;
  let selfClosing = false;
  while (i < html.length) {
    const char = html[i]!;
    if (isSpace(char)) {
      i++;
      continue;
    }
    if (char === '>') return { end: i + 1, attributes, selfClosing };
    if (char === '/') {
      selfClosing = html[i + 1] === '>';
      i++;
      continue;
    }
    const start = i;
    i++; // a name may start with "="
    while (i < html.length && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i++;
    const name = html.slice(start, i);
    let after = i;
    while (isSpace(html[after])) after++;
    if (html[after] === '=') {
      i = after + 1;
      while (isSpace(html[i])) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close < 0) return undefined;
        i = close + 1;
      } else {
        while (i < html.length && !isSpace(html[i]) && html[i] !== '>') i++;
      }
    }
    attributes.push({ start, end: i, name });
  }
  return undefined;
}

/**
 * Removes the attributes that no rule and not Readability reads (UNREAD_ATTRIBUTE: data-*, on*, srcset, alt, …)
 * from every start tag, so that the parser builds fewer nodes. The content of raw-text elements (JSON-LD, a
 * `<title>`, a `<textarea>`) is left as it is; a tag or raw-text element that never ends leaves the rest of the page
 * as it is. Linear in the page size.
 * @example dropUnreadAttributes('<img src="a.jpg" srcset="a2.jpg 2x" alt="A"><p data-x="1">t</p>') // '<img src="a.jpg"><p>t</p>'
 */
export function dropUnreadAttributes(html: string): string {
  const parts: string[] = [];
  let from = 0;
  START_TAG_OPEN.lastIndex = 0;
  for (let match = START_TAG_OPEN.exec(html); match !== null; match = START_TAG_OPEN.exec(html)) {
    const name = match[1]!;
    const tag = scanTag(html, match.index + match[0].length);
    if (tag === undefined) break;
    if (tag.attributes.some((attribute) => UNREAD_ATTRIBUTE.test(attribute.name))) {
      const kept = tag.attributes
        .filter((attribute) => !UNREAD_ATTRIBUTE.test(attribute.name))
        .map((attribute) => ` ${html.slice(attribute.start, attribute.end)}`);
      parts.push(html.slice(from, match.index), `<${name}${kept.join('')}${tag.selfClosing ? '/' : ''}>`);
      from = tag.end;
    }
    START_TAG_OPEN.lastIndex = tag.end;
    if (RAW_TEXT_ELEMENT.test(name)) {
      const endTag = new RegExp(`</${name}`, 'gi');
      endTag.lastIndex = tag.end;
      const end = endTag.exec(html);
      if (end === null) break;
      START_TAG_OPEN.lastIndex = end.index;
    }
  }
  if (from === 0) return html;
  parts.push(html.slice(from));
  return parts.join('');
}

/**
 * Removes the whitespace that only indents the markup: runs between a tag and the next paragraph-level start or end
 * tag (SPACE_BEFORE_BLOCK_TAG), so that the parser builds about a quarter fewer nodes and every DOM pass walks fewer.
 * Preformatted and raw-text elements (`<pre>`, `<textarea>`, `<script>`, `<title>`, …) are left as they are; one that
 * never ends leaves the rest of the page as it is. Linear in the page size. A stray end tag (one that closes no open
 * element) between inline text and more text loses the space before it; such markup is rare.
 * @example dropBlockIndentation('<ul>\n  <li>a</li>\n</ul>') // '<ul><li>a</li></ul>'
 */
export function dropBlockIndentation(html: string): string {
  const parts: string[] = [];
  let from = 0;
  SPACE_KEEPING_START.lastIndex = 0;
  for (let match = SPACE_KEEPING_START.exec(html); match !== null; match = SPACE_KEEPING_START.exec(html)) {
    parts.push(html.slice(from, match.index).replace(SPACE_BEFORE_BLOCK_TAG, '>'));
    const end = spaceKeepingEnd(html, match[1]!, match.index + match[0].length);
    if (end === null) return parts.join('') + html.slice(match.index);
    // The end tag's ">" opens the next part, so the indentation after it goes too.
    from = end.index + end[0].length - 1;
    parts.push(html.slice(match.index, from));
    SPACE_KEEPING_START.lastIndex = from;
  }
  parts.push(html.slice(from).replace(SPACE_BEFORE_BLOCK_TAG, '>'));
  return parts.join('');
}

/** `<pre>` and `<listing>` nest (a `<pre>` inside one opens another); raw-text elements end at their first end tag. */
const NESTING_SPACE_KEEPER = /^(?:pre|listing)$/iu;

/**
 * The end tag that closes the space-keeping element opened just before `from`: for a nesting one, the end tag that
 * brings its depth back to zero ("<pre>a<p><pre>b</pre> c" is still preformatted at " c"); null when it never ends.
 */
function spaceKeepingEnd(html: string, name: string, from: number): RegExpExecArray | null {
  if (!NESTING_SPACE_KEEPER.test(name)) {
    const endTag = new RegExp(`</${name}\\s*>`, 'gi');
    endTag.lastIndex = from;
    return endTag.exec(html);
  }
  const tag = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*>`, 'gi');
  tag.lastIndex = from;
  let depth = 1;
  for (let found = tag.exec(html); found !== null; found = tag.exec(html)) {
    depth += found[1] === '/' ? -1 : 1;
    if (depth === 0) return found;
  }
  return null;
}
