/** Groups synthesis sentences into their paragraphs (consecutive sentences with the same `paragraph`). */
import type { CitedText } from '../core/model.js';

/** @example paragraphs([{ text: 'a', citations, paragraph: 0 }, { text: 'b', citations, paragraph: 1 }]) // [[a], [b]] */
export function paragraphs(items: readonly CitedText[]): CitedText[][] {
  const groups: CitedText[][] = [];
  let current: number | undefined;
  for (const item of items) {
    if (groups.length === 0 || item.paragraph !== current) groups.push([]);
    groups.at(-1)!.push(item);
    current = item.paragraph;
  }
  return groups;
}
