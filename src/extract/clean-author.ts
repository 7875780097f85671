/** An author value as a name: the labels, prefixes and separators pages wrap it in are removed. */
import { AUTHOR_MAX_CHARS } from '../core/config.js';
import { AUTHOR_LABEL, AUTHOR_LABEL_GLUED, AUTHOR_NOT_A_NAME } from './patterns.js';

/**
 * Strips the label a page puts before an author ("By", "von", "Artikel von:", "Autor:", "Text:", "par" …) and what
 * follows a separator ("Jane Doe | Staff", "Jane Doe - 3. Mai"); undefined when what is left is no name (empty,
 * too long, a URL, digits, a generic label such as "Alle Beiträge").
 * @example cleanAuthor('von Julia Kern') // 'Julia Kern'
 * @example cleanAuthor('By Glen Owen And Brendan Carlin') // 'Glen Owen And Brendan Carlin'
 */
export function cleanAuthor(value: string | undefined | null): string | undefined {
  let name = value?.replace(/\s+/g, ' ').trim();
  if (!name) return undefined;
  for (let i = 0; i < 2; i++)
    name = name
      .replace(/^[\s|•·:,;–—-]+/, '')
      .replace(AUTHOR_LABEL, '')
      .replace(AUTHOR_LABEL_GLUED, '');
  name = name
    .split(/\s+[|•·]\s+|\s+[–—-]\s+/)[0]!
    .replace(/[\s|•·:,;–—-]+$/, '')
    .trim();
  if (!name || name.length > AUTHOR_MAX_CHARS || /\d|https?:|www\.|@/.test(name)) return undefined;
  if (AUTHOR_NOT_A_NAME.test(name)) return undefined;
  return /\p{L}/u.test(name) ? name : undefined;
}
