/** Drops lists of links (related stories, tag clouds, menus left inside the content): runs of lines that are all link. */
import { LINK_LIST_MIN_RUN, LINK_LIST_MIN_SHARE, RELATED_ITEM_MAX_CHARS } from '../core/config.js';
import type { Line } from './types.js';

const isLinkLine = (line: Line): boolean =>
  (line.linkShare ?? 0) >= LINK_LIST_MIN_SHARE && line.text.length <= RELATED_ITEM_MAX_CHARS;

/**
 * Removes every run of at least `LINK_LIST_MIN_RUN` consecutive lines whose text is (almost) all link text. Runs after
 * the source lists were taken, so a page's own "Sources" links are kept as citations first.
 * @example dropLinkLists(lines) // the three headline links after the article are gone
 */
export function dropLinkLists(lines: Line[]): Line[] {
  const kept: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    let end = i;
    while (end < lines.length && isLinkLine(lines[end]!)) end++;
    if (end - i >= LINK_LIST_MIN_RUN) i = end;
    else {
      kept.push(...lines.slice(i, Math.max(end, i + 1)));
      i = Math.max(end, i + 1);
    }
  }
  return kept;
}
