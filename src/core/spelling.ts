/**
 * British spellings read as their American forms ("defence" → "defense", "organisation" → "organization"), so that
 * outlets on either side of the Atlantic share words: without it a UK outlet's "defence" against a US outlet's
 * "defense" looks like a framing difference and puts their sentences in different facets. The pairs come from the
 * american-british-english-translator package (1,738 spellings, MIT), read at first use, never copied.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let british: Map<string, string> | undefined;

/**
 * The American spelling of a lower-cased word, or the word itself.
 * @example americanSpelling('defence') // 'defense'
 */
export function americanSpelling(word: string): string {
  british ??= new Map(
    Object.entries(
      require('american-british-english-translator/data/british_spellings.json') as Record<string, string>,
    ),
  );
  return british.get(word) ?? word;
}
