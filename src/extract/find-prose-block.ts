/**
 * A second opinion on where the article is: the block of the page with the most running prose and the least else,
 * found by one walk over the tree before Readability reads it. Readability scores paragraphs by their commas and
 * keeps one top block with some of its siblings, so an article split over several sibling containers, or beside a
 * long list of short comma-bearing lines (signatories, product facts), can come back as one small part of it.
 */
import {
  PROSE_BLOCK_OWN_MAX,
  PROSE_COVERED_MIN,
  PROSE_LINE_CHARS,
  PROSE_OPENING_CHARS,
  PROSE_OTHER_WEIGHT,
} from '../core/config.js';
import { type DomElement, type DomNode, isElement, TEXT_NODE } from './dom.js';
import { BLOCK, htmlToLines, SKIP } from './html-to-lines.js';
import { UNLIKELY_BLOCK, UNLIKELY_BLOCK_EXCEPT } from './patterns.js';
import type { Line } from './types.js';

/** Subtrees that are never the article, as Readability reads them: comment threads, sidebars, headers, footers. */
function isUnlikely(element: DomElement, tag: string): boolean {
  if (tag === 'HEADER' || tag === 'FOOTER') return true;
  const name = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return name.length > 1 && UNLIKELY_BLOCK.test(name) && !UNLIKELY_BLOCK_EXCEPT.test(name);
}

interface Tally {
  prose: number;
  other: number;
}

/** Paragraphs cut as `htmlToLines` cuts them, each credited to every element open around it. */
class ProseCounter {
  readonly tallies = new Map<DomElement, Tally>();
  readonly open: DomElement[] = [];
  private chars = 0;
  private linkChars = 0;

  addText(text: string, inLink: boolean): void {
    const chars = text.replace(/\s+/g, '').length;
    this.chars += chars;
    if (inLink) this.linkChars += chars;
  }

  flush(): void {
    if (this.chars === 0) return;
    const plain = this.chars - this.linkChars;
    const prose = this.chars >= PROSE_LINE_CHARS && plain * 2 > this.chars ? plain : 0;
    for (const element of this.open) {
      let tally = this.tallies.get(element);
      if (!tally) {
        tally = { prose: 0, other: 0 };
        this.tallies.set(element, tally);
      }
      tally.prose += prose;
      tally.other += this.chars - prose;
    }
    this.chars = 0;
    this.linkChars = 0;
  }
}

function walk(node: DomNode, counter: ProseCounter, inLink: boolean): void {
  if (node.nodeType === TEXT_NODE) {
    counter.addText(node.textContent ?? '', inLink);
    return;
  }
  if (!isElement(node)) return;
  const tag = node.nodeName.toUpperCase();
  if (SKIP.has(tag) || isUnlikely(node, tag)) return;
  if (tag === 'BR') {
    counter.flush();
    return;
  }
  const block = BLOCK.has(tag) && tag !== 'TD' && tag !== 'TH';
  if (block) counter.flush();
  counter.open.push(node);
  for (let child = node.firstChild; child; child = child.nextSibling) walk(child, counter, inLink || tag === 'A');
  if (block) counter.flush();
  counter.open.pop();
}

/**
 * The lines of the element whose prose minus a share of its other text (short lines, link text) is largest;
 * undefined when the page has no prose outside unlikely blocks. Call before Readability changes the document.
 * @example findProseBlock(parseDocument(page).body!) // the article's paragraphs, as lines
 */
export function findProseBlock(body: DomElement, base?: string): Line[] | undefined {
  const counter = new ProseCounter();
  walk(body, counter, false);
  counter.flush();
  let best: DomElement | undefined;
  let bestScore = 0;
  for (const [element, tally] of counter.tallies) {
    const score = tally.prose - PROSE_OTHER_WEIGHT * tally.other;
    // Strictly greater: of a wrapper and the one element it wraps, the outer one (met first) is kept.
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best ? htmlToLines(best, base) : undefined;
}

const proseChars = (line: Line): number =>
  line.text.length >= PROSE_LINE_CHARS && (line.linkShare ?? 0) < 0.5 ? line.text.length : 0;

/**
 * Readability's content, or the prose block's lines when Readability kept a short article (less than
 * `PROSE_BLOCK_OWN_MAX` characters of prose) that holds less than half of the block's prose, and the block holds more.
 * @example preferProseBlock(readabilityLines, findProseBlock(body)) // the block, when Readability took one column of it
 */
export function preferProseBlock(content: Line[], block: Line[] | undefined): Line[] {
  if (!block) return content;
  let own = 0;
  for (const line of content) own += proseChars(line);
  if (own >= PROSE_BLOCK_OWN_MAX) return content;
  const text = content.map((line) => line.text).join('\n');
  let prose = 0;
  let covered = 0;
  for (const line of block) {
    const chars = proseChars(line);
    prose += chars;
    if (chars > 0 && text.includes(line.text.slice(0, PROSE_OPENING_CHARS))) covered += chars;
  }
  return prose > own && covered < PROSE_COVERED_MIN * prose ? block : content;
}
