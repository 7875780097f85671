/** Numeric agreement across articles: one article's figure equals the sum of two figures another article gives together ("3.5 percent … 1.5 percent" and "the 5%"). */
import type { AnalyzedArticle, Claim } from '../core/model.js';

/** Two parts count as given together when they lie within this many characters of each other. */
const PARTS_MAX_DISTANCE = 300;

export interface SumAgreement {
  total: Claim;
  parts: [Claim, Claim];
}

/**
 * @example findSums(items)[0] // { total: { text: '… to reach the 5%', value: 5 }, parts: [{ value: 3.5 }, { value: 1.5 }] }
 */
export function findSums(items: AnalyzedArticle[]): SumAgreement[] {
  const found: SumAgreement[] = [];
  for (const { analysis: totals } of items) {
    for (const total of totals.claims) {
      if (total.value === undefined || total.unit === undefined) continue;
      for (const { analysis: other } of items) {
        if (other === totals) continue;
        const parts = other.claims.filter((c) => c.unit === total.unit && c.value !== undefined);
        for (let i = 0; i < parts.length; i++) {
          for (let j = i + 1; j < parts.length; j++) {
            const [a, b] = [parts[i]!, parts[j]!];
            if (Math.abs(a.span.start - b.span.start) > PARTS_MAX_DISTANCE) continue;
            if (Math.abs(a.value! + b.value! - total.value) < 1e-9 && a.value! > 0 && b.value! > 0)
              found.push({ total, parts: [a, b] });
          }
        }
      }
    }
  }
  return found;
}
