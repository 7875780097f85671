/** Whether a brief sentence names its people so a reader knows them: "Mr. Levin said …" needs Levin introduced. */
import type { AnalyzedArticle, Entity } from '../core/model.js';

/** A second reference by honorific and surname, as newspapers write once a person is introduced. */
const HONORIFIC_SURNAME = /\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(\p{Lu}[\p{L}'’-]+)/gu;

/**
 * A check for one story: false when the sentence refers to someone by honorific and surname alone ("Mr. Levin said
 * neither …") and that person is told of by one article only — a minor figure the article introduced in a sentence
 * the brief does not carry (BASIL c21cb217: the founder of a photo site, in the NYT alone). The story's main people,
 * whom several outlets name, are known to the reader by their surname. A story of one article passes.
 * @example introducesPeople(items, entities)('Mr. Levin said neither Mr. Weiner’s office nor …') // false
 */
export function introducesPeople(
  items: readonly AnalyzedArticle[],
  entities: readonly Entity[],
): (text: string) => boolean {
  if (items.length < 2) return () => true;
  const articlesOf = new Map<string, number>();
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    const articles = new Set(entity.mentions.map((mention) => mention.articleId)).size;
    for (const name of [entity.name, ...entity.aliases]) {
      const surname = name
        .trim()
        .split(/\s+/u)
        .at(-1)
        ?.replace(/['’]s$/u, '');
      if (surname === undefined) continue;
      articlesOf.set(surname, Math.max(articlesOf.get(surname) ?? 0, articles));
    }
  }
  return (text) => {
    for (const match of text.matchAll(HONORIFIC_SURNAME)) {
      const surname = match[1]!.replace(/['’]s$/u, '');
      if ((articlesOf.get(surname) ?? 0) < 2) return false;
    }
    return true;
  };
}
