/**
 * Disputes beyond numbers across outlets: one outlet's sentence denies, negates or calls false what another outlet's
 * sentence states (src/compare/stance-clash.ts decides a pair on words). Every sentence that denies something is
 * checked against the other outlets' sentences naming what it denies; each dispute shows both sentences, no side
 * picked, at most DISPUTES_PER_STORY per story, those sharing most matter first.
 */
import { DISPUTES_PER_STORY } from '../core/config.js';
import type { AnalyzedArticle, Dispute } from '../core/model.js';
import { outletName } from '../core/outlet-name.js';
import { contentWords } from '../core/text.js';
import type { SentenceIndex } from './sentence-index.js';
import { type StanceReading, clashOf, readStance, sameRoot } from './stance-clash.js';

/**
 * @example findStanceDisputes(items, indexSentences(items))[0] // { topic: 'law discriminate', sides: [{ text: '"The new law does not discriminate," Long said.', … }, …] }
 */
export function findStanceDisputes(items: AnalyzedArticle[], index: SentenceIndex): Dispute[] {
  const outlets = items.map((item) => outletName(item.article));
  const readings = new Map<number, StanceReading>();
  const reading = (i: number) => {
    let found = readings.get(i);
    if (!found) {
      found = readStance(index.sentences[i]!.text);
      readings.set(i, found);
    }
    return found;
  };
  const wordsByPrefix = new Map<string, string[]>();
  for (const word of index.postings.keys()) {
    const key = word.slice(0, 4);
    wordsByPrefix.set(key, [...(wordsByPrefix.get(key) ?? []), word]);
  }
  const found: { denying: number; stating: number; matter: string[] }[] = [];
  const seen = new Set<string>();
  index.sentences.forEach((sentence, d) => {
    // Only a sentence with a cue word can deny; the cheap test spares reading the rest.
    if (!DENYING_CUE.test(sentence.text)) return;
    const denying = reading(d);
    const outlet = outlets[sentence.articleIndex];
    // The other outlets' sentences that name the head of something this one denies.
    const candidates = new Set<number>();
    for (const { matter } of denying.scopes) {
      const head = matter[0]!;
      for (const word of wordsByPrefix.get(head.slice(0, 4)) ?? [])
        if (sameRoot(head, word))
          for (const other of index.postings.get(word)!)
            if (outlets[index.sentences[other]!.articleIndex] !== outlet) candidates.add(other);
    }
    for (const other of [...candidates].sort((a, b) => a - b)) {
      const key = `${Math.min(d, other)}:${Math.max(d, other)}`;
      if (seen.has(key)) continue;
      const matter = clashOf(denying, reading(other));
      if (!matter) continue;
      seen.add(key);
      found.push({ denying: d, stating: other, matter });
    }
  });
  // Most shared matter first; one dispute per denying sentence and per stated sentence (the same denial against
  // every sentence that repeats the claim would fill the list).
  found.sort((a, b) => b.matter.length - a.matter.length || a.denying - b.denying || a.stating - b.stating);
  const used = new Set<number>();
  const disputes: Dispute[] = [];
  for (const { denying, stating, matter } of found) {
    if (disputes.length >= DISPUTES_PER_STORY) break;
    if (used.has(denying) || used.has(stating)) continue;
    used.add(denying);
    used.add(stating);
    const [d, x] = [index.sentences[denying]!, index.sentences[stating]!];
    disputes.push({
      topic: topicOf(d.text, matter),
      sides: [
        { text: d.text, spans: [d.span] },
        { text: x.text, spans: [x.span] },
      ],
    });
  }
  return disputes;
}

/** A sentence that may deny something: a negation, a denial verb or a verdict word. */
const DENYING_CUE =
  /\b(?:not|never|no|none|nobody|nothing|neither|nor|cannot|den(?:y|ies|ied|ying)|reject|rebut|disput|refut|dismiss|false|untrue|baseless|unfounded|bogus|phony|fake|misleading|inaccurate|wrongly|erroneously|incorrectly)|n['’]t\b/i;

/** Up to three words of the matter as the denying sentence writes them. */
function topicOf(text: string, matter: string[]): string {
  const surface = new Map<string, string>();
  for (const token of text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []) {
    const stem = contentWords(token)[0];
    if (stem !== undefined && !surface.has(stem)) surface.set(stem, token.replace(/['’]s$|[.'’-]+$/gu, ''));
  }
  return (
    matter
      .slice(0, 3)
      .map((stem) => surface.get(stem) ?? stem)
      .join(' ') || 'statement'
  );
}
