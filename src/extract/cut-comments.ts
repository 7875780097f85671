/** Cuts a reader-comment section ("2 COMMENTS", "LEAVE A REPLY" …) and everything after it. */
import { COMMENT_CUT_MIN_SHARE } from '../core/config.js';
import { COMMENT_SECTION_START } from './patterns.js';
import type { Line } from './types.js';

/**
 * Drops the lines from the first comment-section marker to the end, when enough text comes before it
 * (a "Comments" link in a top menu is not a comment section).
 * @example cutComments(lines) // [..., "2 COMMENTS", "1. Giving the UK…", "LEAVE A REPLY"] → [...]
 */
export function cutComments(lines: Line[]): Line[] {
  const total = lines.reduce((sum, line) => sum + line.text.length, 0);
  let before = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (before > 0 && before >= total * COMMENT_CUT_MIN_SHARE && COMMENT_SECTION_START.test(line.text)) {
      return lines.slice(0, i);
    }
    before += line.text.length;
  }
  return lines;
}
