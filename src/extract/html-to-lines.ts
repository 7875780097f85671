/** HTML content → paragraph lines: block elements, `<br>` and list items break paragraphs; inline text is joined. */
import { type DomElement, type DomNode, isElement, TEXT_NODE } from './dom.js';
import { LINE_BREAK } from './patterns.js';
import { toLine } from './lines.js';
import type { Line } from './types.js';

/** Elements that start and end a paragraph. */
export const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CENTER DD DETAILS DIALOG DIV DL DT FIELDSET FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR HTML LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
    ' ',
  ),
);
/** Elements whose text is never article text (RT/RP: a ruby's reading, e.g. furigana over kanji, and its fallback brackets). */
export const SKIP = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG MATH IFRAME OBJECT EMBED CANVAS BUTTON SELECT OPTION INPUT TEXTAREA HEAD TITLE META LINK FIGCAPTION RT RP'.split(
    ' ',
  ),
);
/** Table cells are separated by a space inside their row's paragraph. */
const CELL = new Set(['TD', 'TH']);

/** Resolves an href against the page URL; only http(s) links are kept. */
export function resolveLink(href: string | null, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

class LineBuilder {
  readonly lines: Line[] = [];
  private text = '';
  private linkChars = 0;
  private links: string[] = [];
  constructor(private readonly base: string | undefined) {}

  addText(text: string, inLink = false): void {
    this.text += text;
    if (inLink) this.linkChars += text.replace(/\s+/g, '').length;
  }

  addLink(href: string | null): void {
    const url = resolveLink(href, this.base);
    if (url && !this.links.includes(url)) this.links.push(url);
  }

  /** Ends the current paragraph; `pre` keeps the source's own line breaks as paragraphs. */
  flush(pre = false): void {
    const parts = pre ? this.text.split(LINE_BREAK) : [this.text.replace(/[\r\n]+/g, ' ')];
    const chars = this.text.replace(/\s+/g, '').length;
    parts.forEach((part, i) => {
      const line = toLine(part, i === 0 ? this.links : []);
      if (!line) return;
      if (!pre && chars > 0) line.linkShare = Math.min(1, this.linkChars / chars);
      this.lines.push(line);
    });
    this.text = '';
    this.linkChars = 0;
    this.links = [];
  }
}

function walk(node: DomNode, out: LineBuilder, pre: boolean, inLink = false): void {
  if (node.nodeType === TEXT_NODE) {
    out.addText(node.textContent ?? '', inLink);
    return;
  }
  if (!isElement(node)) return;
  const tag = node.nodeName.toUpperCase();
  if (SKIP.has(tag)) return;
  if (tag === 'BR') {
    out.flush(pre);
    return;
  }
  if (tag === 'A') out.addLink(node.getAttribute('href'));
  const block = BLOCK.has(tag) && !CELL.has(tag);
  const inPre = pre || tag === 'PRE';
  if (block) out.flush(pre);
  if (CELL.has(tag)) out.addText(' ');
  for (let child = node.firstChild; child; child = child.nextSibling) walk(child, out, inPre, inLink || tag === 'A');
  if (CELL.has(tag)) out.addText(' ');
  if (block) out.flush(inPre);
}

/**
 * Turns an element's content into paragraph lines with the links each carries.
 * @example htmlToLines(parseDocument('<p>a <b>b</b></p><ul><li>c</li></ul>').body!) // lines "a b", "c"
 */
export function htmlToLines(root: DomElement, base?: string): Line[] {
  const out = new LineBuilder(base);
  walk(root, out, false);
  out.flush();
  return out.lines;
}
