/** A cheap language guess from stop words, for when a page does not declare its language. */
import { LANGUAGE_MIN_STOPWORD_SHARE, LANGUAGE_MIN_WORDS } from '../core/config.js';
import { WORD } from './patterns.js';

/** The most frequent function words of each language we guess (lower case). */
const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(
    'the of and to a in is that for it on with as was by he be at from his are this have an not but or which has had they were their its been will would who more we said'.split(
      ' ',
    ),
  ),
  de: new Set(
    'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über so zum war haben nur oder aber vor zur bis mehr durch'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'le la les de des du et à un une est en que qui dans pour pas par sur au plus ne se il elle ce sont avec son sa ses aux été a ont'.split(
      ' ',
    ),
  ),
  es: new Set(
    'el la los las de del y en que un una es por con para no se su al lo como más pero sus le ha fue este esta entre cuando muy sin sobre'.split(
      ' ',
    ),
  ),
};

/**
 * Guesses the language as the one whose stop words make up the largest share of the words, when that share
 * is high enough; otherwise undefined.
 * @example guessLanguage('NATO Secretary-General Mark Rutte said this week that Europe cannot defend itself …') // 'en'
 */
export function guessLanguage(text: string): string | undefined {
  const words = (text.toLowerCase().match(WORD) ?? []).slice(0, 2000);
  if (words.length < LANGUAGE_MIN_WORDS) return undefined;
  let best: string | undefined;
  let bestShare = 0;
  for (const [language, stopWords] of Object.entries(STOP_WORDS)) {
    const share = words.filter((word) => stopWords.has(word)).length / words.length;
    if (share > bestShare) {
      best = language;
      bestShare = share;
    }
  }
  return bestShare >= LANGUAGE_MIN_STOPWORD_SHARE ? best : undefined;
}
