/**
 * Briefs written one at a time, byte for byte as `render` writes the whole set: a large run's output is never held
 * in memory at once. Markdown, CSV and JSON only (the HTML page indexes every story, the feed is small).
 */
import type { Brief } from '../core/model.js';
import { render } from './render.js';

export type StreamFormat = 'md' | 'csv' | 'json';

export interface BriefStream {
  /** Writes one more brief. */
  add(brief: Brief): Promise<void>;
  /** Writes what closes the output (what `render` gives for no stories when none was added). */
  end(): Promise<void>;
  /** Briefs written so far. */
  readonly count: number;
}

const JSON_HEAD = '{\n  "version": 1,\n  "stories": [\n';
const JSON_TAIL = '\n  ]\n}\n';

/**
 * @example const out = streamBriefs('md', (text) => write(process.stdout, text)); await out.add(brief); await out.end()
 */
export function streamBriefs(format: StreamFormat, write: (text: string) => Promise<void>): BriefStream {
  let count = 0;
  const one = (brief: Brief) => render({ version: 1, stories: [brief] }, format);
  return {
    get count() {
      return count;
    },
    async add(brief) {
      const text = one(brief);
      if (format === 'md') {
        // The set is the stories' Markdown joined by a rule, with one final newline.
        await write(`${count === 0 ? '' : '\n\n---\n\n'}${text.slice(0, -1)}`);
      } else if (format === 'csv') {
        // One header row for the whole set.
        await write(count === 0 ? text : text.slice(text.indexOf('\r\n') + 2));
      } else {
        if (!text.startsWith(JSON_HEAD) || !text.endsWith(JSON_TAIL)) throw new Error('unexpected JSON layout');
        await write(`${count === 0 ? JSON_HEAD : ',\n'}${text.slice(JSON_HEAD.length, -JSON_TAIL.length)}`);
      }
      count++;
    },
    async end() {
      if (count === 0) await write(render({ version: 1, stories: [] }, format));
      else if (format === 'md') await write('\n');
      else if (format === 'json') await write(JSON_TAIL);
    },
  };
}
