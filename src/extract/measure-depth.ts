/** How deeply an HTML string nests its elements, measured by a linear scan of its tags (before any parser sees it). */
import { TAG_TOKEN } from './patterns.js';

/** Elements without content, and elements whose end tag the parser implies (a run of `<p>`s does not nest). */
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option optgroup tbody thead tfoot colgroup rb rt rp'.split(
    ' ',
  ),
);
/** Elements whose content is raw text: tags inside them are not tags. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);

/**
 * The deepest element nesting in the markup: open tags minus close tags, stopping early once `limit` is passed.
 * Self-closing, void and implied-end elements do not count; script and style content is skipped.
 * @example measureDepth('<div><div><p>x</div></div>') // 2
 */
export function measureDepth(html: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let rawUntil: string | undefined;
  TAG_TOKEN.lastIndex = 0;
  for (let match = TAG_TOKEN.exec(html); match !== null; match = TAG_TOKEN.exec(html)) {
    const closing = match[1] === '/';
    const name = match[2]!.toLowerCase();
    if (rawUntil !== undefined) {
      if (closing && name === rawUntil) rawUntil = undefined;
      continue;
    }
    if (match[3] === '/' || NOT_NESTING.has(name)) continue;
    if (closing) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (RAW_TEXT.has(name)) {
      rawUntil = name;
      continue;
    }
    depth++;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) break;
  }
  return deepest;
}
