/** How a claim's reading reads in the brief, for every claim analyze finds in the seed pages and NeuS excerpts. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../src/analyze/analyze.js';
import { hashId } from '../src/core/ids.js';
import type { BriefClaim, Claim } from '../src/core/model.js';
import { extract } from '../src/extract/extract.js';
import { claimDetails } from '../src/render/claim-details.js';
import { loadSeedArticles } from './helpers/seed-articles.js';
import { SHARED } from './helpers/shared.js';

const neus = readFileSync(join(SHARED, 'data', 'neus-allsides', 'neus_mds.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, 150)
  .flatMap((line, row) =>
    (JSON.parse(line) as { articles: { title: string; text: string }[] }).articles.flatMap((a, i) => {
      const id = hashId('d', String(row), String(i));
      const outcome = extract({ id, input: `${row}#${i}`, format: 'text', content: a.text, title: a.title });
      return outcome.ok ? [outcome.value] : [];
    }),
  );
const claims: Claim[] = [...loadSeedArticles(), ...neus].flatMap((article) => analyze(article).claims);

function asBriefClaim(claim: Claim): BriefClaim {
  const { id: _id, span, ...reading } = claim;
  return { ...reading, spans: [span], articles: [span.articleId] };
}

describe('claimDetails on real claims', () => {
  it('shows every field the claim has, once, and nothing it lacks', () => {
    assert.ok(claims.some((c) => c.measure) && claims.some((c) => c.approximate || c.bound || c.range || c.change));
    for (const claim of claims) {
      const details = claimDetails(asBriefClaim(claim));
      const labels = details.map((d) => d.slice(0, d.indexOf(':')));
      assert.equal(new Set(labels).size, labels.length, details.join('; '));
      assert.equal(labels.includes('measure'), claim.measure !== undefined);
      assert.equal(labels.includes('quantifier'), claim.quantifier !== undefined);
      assert.equal(labels.includes('time'), claim.time !== undefined);
      const amount = details.find((d) => /^(?:value|change):/.test(d)) ?? '';
      if (claim.value !== undefined && claim.range === undefined)
        assert.ok(amount.includes(String(claim.value)), amount);
      if (claim.range) assert.ok(amount.includes(`${claim.range.min}–${claim.range.max}`), amount);
      assert.equal(amount.includes('approximate'), claim.approximate === true, amount);
      assert.equal(/(?:lower|upper) bound/.test(amount), claim.bound !== undefined, amount);
      if (claim.change) assert.ok(amount.startsWith(`change: ${claim.change === 'times' ? '' : claim.change}`), amount);
    }
  });
});
