/** The name a reader would give a source: its outlet, else its web host, else its file name. */
import type { Article } from '../core/model.js';

/** @example outletName({ outlet: 'Pars Today', … }) // 'Pars Today' */
export function outletName(article: Article): string {
  if (article.outlet) return article.outlet;
  if (article.url) {
    try {
      return new URL(article.url).hostname.replace(/^www\./, '');
    } catch {
      // fall through to the input name
    }
  }
  const base = article.input.split(/[\\/]/).at(-1) ?? article.input;
  return `unnamed source (${base})`;
}
