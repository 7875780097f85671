/** Stage 8: turn a brief set into Markdown, a self-contained HTML page, JSON, CSV of statements and claims, or a JSON Feed. */
import type { BriefSet } from '../core/model.js';
import { TriangulateError } from '../core/outcome.js';
import { toCsv } from './to-csv.js';
import { toFeed } from './to-feed.js';
import { toHtml } from './to-html.js';
import { toJson } from './to-json.js';
import { toMarkdown } from './to-markdown.js';

export type RenderFormat = 'md' | 'html' | 'json' | 'csv' | 'feed';

/** Every format `render` accepts, in the order usage messages list them. */
export const RENDER_FORMATS: readonly RenderFormat[] = ['md', 'html', 'json', 'csv', 'feed'];

/** Whether a string (a `--format` value, say) names a render format. */
export function isRenderFormat(value: string): value is RenderFormat {
  return (RENDER_FORMATS as readonly string[]).includes(value);
}

/**
 * The brief set in one format; pure and deterministic (the same input gives the same bytes).
 * @example render({ version: 1, stories: [] }, 'md') // 'No stories.\n'
 */
export function render(briefs: BriefSet, format: RenderFormat): string {
  switch (format) {
    case 'md':
      return toMarkdown(briefs);
    case 'html':
      return toHtml(briefs);
    case 'json':
      return toJson(briefs);
    case 'csv':
      return toCsv(briefs);
    case 'feed':
      return toFeed(briefs);
    default:
      throw new TriangulateError(
        'render',
        `unknown format "${String(format)}"; expected ${RENDER_FORMATS.join(' | ')}`,
      );
  }
}
