/** The quick look gives each quoted side its say: a reaction from the most quoted speakers it would leave out. */
import { QUICK_LOOK_MAX, REACTION_SPEAKERS } from '../core/config.js';
import type { Statement } from '../core/model.js';
import { escapeRegExp } from '../core/text.js';
import { REACTION } from './order-narrative.js';
import { sameFact } from './same-fact.js';
import type { Candidate } from './score-sentences.js';
import { shortenForBullet, wordCount } from './shorten-bullet.js';

/**
 * Adds, for each of the REACTION_SPEAKERS most quoted people (by outlets carrying them, then statements) whom no
 * bullet and not the headline names, the best scored sentence that names them with a reporting verb
 * ("Weber questioned …", "Schumer said …"), cut to a bullet; it replaces the last bullet when the quick look is
 * full. A speaker is named by the last word of their name. `fixed` is the bullets' count before these (the headline).
 * @example coverReactions(bullets, candidates, statements, 'Rutte said …', 1).some((b) => b.text.includes('Weber')) // true
 */
export function coverReactions(
  bullets: readonly Candidate[],
  candidates: readonly Candidate[],
  statements: readonly Statement[],
  people: ReadonlySet<string>,
  headline: string | undefined,
  fixed: number,
): Candidate[] {
  const out = [...bullets];
  const named = (text: string, name: string) => new RegExp(`\\b${escapeRegExp(name)}\\b`, 'u').test(text);
  const shown = () => [headline ?? '', ...out.map((b) => b.text)];
  const unheard = quotedSpeakers(statements, people).filter((name) => !shown().some((text) => named(text, name)));
  for (const name of unheard.slice(0, REACTION_SPEAKERS)) {
    const best = [...candidates]
      .filter((c) => named(c.text, name) && REACTION.test(c.text))
      .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))
      .map((c) => ({ candidate: c, text: shortenForBullet(c.text) }))
      .find(({ text }) => text !== undefined && named(text, name) && !shown().some((other) => sameFact(text, other)));
    if (best === undefined || best.text === undefined) continue;
    const bullet = { ...best.candidate, text: best.text, words: wordCount(best.text) };
    if (out.length + fixed >= QUICK_LOOK_MAX) {
      if (out.length <= 1) break;
      out.pop();
    }
    out.push(bullet);
  }
  return out;
}

/** Last names of the most quoted people (entities of type person, named by two or more words), most outlets first. */
function quotedSpeakers(statements: readonly Statement[], people: ReadonlySet<string>): string[] {
  const reach = new Map<string, { articles: Set<string>; count: number; first: number }>();
  statements.forEach((statement, index) => {
    const words = statement.speaker.trim().split(/\s+/);
    if (statement.entityId === undefined || !people.has(statement.entityId) || words.length < 2) return;
    const name = words.at(-1)!.replace(/[.,]$/, '');
    const entry = reach.get(name) ?? { articles: new Set<string>(), count: 0, first: index };
    for (const quote of statement.quotes) entry.articles.add(quote.span.articleId);
    entry.count += 1;
    reach.set(name, entry);
  });
  return [...reach]
    .sort(([, a], [, b]) => b.articles.size - a.articles.size || b.count - a.count || a.first - b.first)
    .map(([name]) => name);
}
