/**
 * Whether a word carries sentiment on its own, by the sentiment lexicon that ships with the wink English model
 * (a general-language resource, not one built from our data). Cached per word: the answer never changes.
 */
import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

let nlp: WinkMethods | undefined;
const cache = new Map<string, boolean>();

/**
 * @example carriesSentiment('appalling') // true
 * @example carriesSentiment('senator') // false
 */
export function carriesSentiment(word: string): boolean {
  const known = cache.get(word);
  if (known !== undefined) return known;
  if (nlp === undefined) nlp = winkNLP(model);
  const score = Number(nlp.readDoc(word).out(nlp.its.sentiment));
  const carries = Number.isFinite(score) && score !== 0;
  cache.set(word, carries);
  return carries;
}
