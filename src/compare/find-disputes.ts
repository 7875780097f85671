/**
 * Conflicting quantified claims: claims of different articles about the same figure (value and unit) that
 * say incompatible things about how much of a group reaches it ("most … have not reached 2%" against
 * "all … on 2%"). Both sides are shown with their spans; no side is picked.
 */
import type { AnalyzedArticle, Claim, Dispute } from '../core/model.js';
import { NEGATION, QUANTIFIER_SHARES } from './patterns.js';

interface Side {
  claim: Claim;
  share: [number, number];
}

/**
 * @example findDisputes(items)[0] // { topic: '2 percent', sides: [{ text: 'most NATO European members have not reached …', spans }, …] }
 */
export function findDisputes(items: AnalyzedArticle[]): Dispute[] {
  const byFigure = new Map<string, Side[]>();
  for (const { analysis } of items) {
    for (const claim of analysis.claims) {
      if (claim.value === undefined || claim.unit === undefined) continue;
      const share = shareOf(claim);
      if (!share) continue;
      const key = `${claim.value} ${claim.unit}`;
      if (!byFigure.has(key)) byFigure.set(key, []);
      byFigure.get(key)!.push({ claim, share });
    }
  }
  const disputes: Dispute[] = [];
  for (const [topic, sides] of byFigure) {
    // Per distinct share, the first two articles that state it: a side conflicts when a disjoint share is stated in
    // another article. Linear in the sides (a page repeating one figure thousands of times was quadratic).
    const articlesByShare = new Map<string, { share: [number, number]; articles: string[] }>();
    for (const { claim, share } of sides) {
      const entry = articlesByShare.get(share.join()) ?? { share, articles: [] };
      articlesByShare.set(share.join(), entry);
      if (entry.articles.length < 2 && !entry.articles.includes(claim.span.articleId))
        entry.articles.push(claim.span.articleId);
    }
    const conflicting = sides.filter((side) =>
      [...articlesByShare.values()].some(
        (other) => disjoint(side.share, other.share) && other.articles.some((id) => id !== side.claim.span.articleId),
      ),
    );
    if (conflicting.length < 2) continue;
    disputes.push({ topic, sides: conflicting.map(({ claim }) => ({ text: claim.text, spans: [claim.span] })) });
  }
  return disputes;
}

/** The share of the group a claim says reaches its figure, from its quantifier and negation; undefined when it says none. */
export function shareOf(claim: Claim): [number, number] | undefined {
  const words = claim.quantifier ?? claim.text;
  const found = QUANTIFIER_SHARES.find(([pattern]) => pattern.test(words));
  if (!found) return undefined;
  const [low, high] = found[1];
  return NEGATION.test(claim.text) ? [1 - high, 1 - low] : [low, high];
}

function disjoint(a: [number, number], b: [number, number]): boolean {
  return a[1] < b[0] || b[1] < a[0];
}
