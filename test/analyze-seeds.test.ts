// Golden checks of the analyze stage on the five seed pages, from ../shared/seeds/EXPECTED.md.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis, Article } from '../src/core/model.js';
import { analyze, mergeEntities } from '../src/analyze/analyze.js';
import { loadSeedArticles } from './helpers/seed-articles.js';

const articles = loadSeedArticles();
const analyses = articles.map(analyze);

function quotesOf(n: number) {
  const article = articles[n]!;
  return analyses[n]!.quotes.map((q) => ({
    text: article.text.slice(q.text.start, q.text.end),
    speaker: q.speaker?.name,
    kind: q.kind,
  }));
}

function saidBy(n: number, speaker: string, start: string, kind = 'direct'): void {
  const found = quotesOf(n).find((q) => q.text.startsWith(start));
  assert.ok(found, `seed 00${n}: no quote starting "${start}"`);
  assert.equal(found.speaker, speaker, `seed 00${n}: speaker of "${start}"`);
  assert.equal(found.kind, kind, `seed 00${n}: kind of "${start}"`);
}

function claimsOf(n: number): { article: Article; analysis: Analysis } {
  return { article: articles[n]!, analysis: analyses[n]! };
}

test('seed 001: Rutte to dpa, Trump partial quotes, reported speech', () => {
  saidBy(1, 'Mark Rutte', 'I am confident that the United States fully supports NATO. There is no doubt about that.');
  saidBy(1, 'Donald Trump', 'share the defense burden', 'partial');
  saidBy(1, 'Donald Trump', 'primary responsibility', 'partial');
  saidBy(
    1,
    'Mark Rutte',
    'Europe must spend more on its own security, but in cooperation with the United States',
    'reported',
  );
});

test('seed 001: the subject phrase’s head noun speaks ("Supporters of Europe’s security dependence …", not Europe)', () => {
  const supporters = quotesOf(1).find((q) => q.text.startsWith('Europe’s security is thereby guaranteed'));
  assert.ok(supporters, 'seed 001: no quote "Europe’s security is thereby guaranteed"');
  assert.equal(supporters.speaker, 'Supporters of Europe’s security dependence on the United States');
  saidBy(1, 'Many European politicians', 'excessive reliance on the United States', 'reported');
});

test('seed 000: reported speech "Rutte said … Europe cannot defend itself"', () => {
  saidBy(0, 'Mark Rutte', 'Europe cannot defend itself without American military support', 'reported');
  saidBy(0, 'Mark Rutte', 'Europe cannot defend itself without the United States', 'reported');
});

test('seed 002: a dozen Rutte quotes, split pieces around "he said" / "he added" included', () => {
  const starts = [
    'Yesterday we had the Defence Ministers session',
    'The Europeans now, all, and Canada, on 2%',
    'What I was also seeing yesterday',
    'And I think this will only strengthen NATO.',
    'I’m convinced it anchors the United States',
    'They are totally committed… both nuclear and conventional, to the Alliance',
    'One: good news, more money coming in',
    'Particularly, we need interceptors.',
    'What I will also be doing today and tomorrow',
    'This so-called Russian bear is not there.',
    'It is basically the stilted speed of a garden snail',
    'Staggering losses, tens of thousands a month. 35,000 deaths in December, 30,000 deaths in January.',
    'We have to keep Ukraine strong',
    'I think we all agree in NATO',
    'But having said that, we also all agree that NATO should be more European-led.',
    'We have seen, for example, Germany doubling his defence spending',
    'We will do this step-by-step',
    'This is reason why I’m saying here today and tomorrow',
    'Because when it comes to the interceptors',
    'Making use of this essential gear coming out of the US',
  ];
  for (const start of starts) saidBy(2, 'Mark Rutte', start);
  saidBy(2, 'Mark Rutte', 'real shift in mindset', 'partial');
});

test('seed 004: Rutte (incl. "he emphasized") and Weber', () => {
  saidBy(
    4,
    'Mark Rutte',
    'I am absolutely convinced that the United States stands fully behind NATO. There is no doubt about that',
  );
  saidBy(4, 'Mark Rutte', 'We must do more, absolutely — but do it with the United States, not without them');
  saidBy(
    4,
    'Mark Rutte',
    'We must never forget: NATO works because of its unity. Breaking away from our strongest partner would be a mistake',
  );
  saidBy(
    4,
    'Manfred Weber',
    'We cannot seriously expect Trump to secure a peace solution on his own with American GIs',
  );
});

test('entities: one Mark Rutte per article, with his aliases', () => {
  for (const [n, analysis] of analyses.entries()) {
    const rutte = analysis.entities.filter((e) => e.type === 'person' && /Rutte/.test(e.name));
    assert.equal(rutte.length, 1, `seed 00${n}`);
    assert.equal(rutte[0]!.name, 'Mark Rutte', `seed 00${n}`);
  }
  const rutte004 = analyses[4]!.entities.find((e) => e.name === 'Mark Rutte')!;
  assert.ok(rutte004.aliases.includes('Rutte') && rutte004.aliases.includes('NATO Secretary-General'));
  // Every "Rutte" of the clean text (10) plus the role mention "As Secretary-General".
  assert.ok(rutte004.mentions.length >= 11);
});

test('mergeEntities: NATO = Nato = the Alliance; dpa = German Press Agency = German news agency DPA; US = America', () => {
  const merged = mergeEntities(analyses);
  const named = (name: string) => merged.filter((e) => e.name === name);
  assert.equal(named('Mark Rutte').length, 1);
  assert.equal(
    named('Mark Rutte')[0]!.mentions.length,
    analyses.reduce((n, a) => n + (a.entities.find((e) => e.name === 'Mark Rutte')?.mentions.length ?? 0), 0),
  );
  const nato = named('NATO');
  assert.equal(nato.length, 1);
  assert.ok(nato[0]!.aliases.includes('Nato') && nato[0]!.aliases.includes('North Atlantic Treaty Organization'));
  assert.equal(new Set(nato[0]!.mentions.map((m) => m.articleId)).size, 5);
  const dpa = merged.filter((e) => e.aliases.includes('dpa') || e.name === 'DPA');
  assert.equal(dpa.length, 1);
  assert.ok(dpa[0]!.aliases.includes('German Press Agency'));
  const dpaArticles = new Set(dpa[0]!.mentions.map((m) => m.articleId));
  assert.ok(
    dpaArticles.has(articles[1]!.id) && dpaArticles.has(articles[4]!.id),
    'DPA (001) and dpa (004) are one entity',
  );
  const us = named('United States');
  assert.equal(us.length, 1);
  for (const alias of ['U.S.', 'US', 'America']) assert.ok(us[0]!.aliases.includes(alias), alias);
  for (const name of [
    'Donald Trump',
    'Manfred Weber',
    'EU',
    'Funke Media Group',
    'Bruegel',
    'Germany',
    'Poland',
    'Lithuania',
    'Greenland',
  ]) {
    assert.equal(named(name).length, 1, name);
  }
  assert.ok(named('EU')[0]!.aliases.includes('European Union'));
  assert.ok(named('AWS')[0]!.aliases.includes('Amazon Web Services'));
  assert.deepEqual(mergeEntities([...analyses].reverse()), merged, 'order of input does not change the result');
});

test('claims: the numeric and quantified claims of EXPECTED.md', () => {
  const find = (n: number, needle: string) => {
    const { analysis } = claimsOf(n);
    const claim = analysis.claims.find((c) => c.text.includes(needle));
    assert.ok(claim, `seed 00${n}: no claim with "${needle}"`);
    return claim;
  };
  assert.deepEqual(pick(find(1, '3.5 percent')), { value: 3.5, unit: 'percent', subject: 'GDP', time: '2025-06' });
  assert.deepEqual(pick(find(1, '1.5 percent')), {
    value: 1.5,
    unit: 'percent',
    subject: 'defense-related expenditures',
  });
  assert.deepEqual(pick(find(1, 'only Poland and Lithuania')), {
    value: 4,
    unit: 'percent',
    quantifier: 'only',
    subject: 'Poland and Lithuania',
  });
  assert.deepEqual(pick(find(1, 'more than half')), {
    value: 2,
    unit: 'percent',
    quantifier: 'more than half',
    subject: 'member countries',
    approximate: true, // "at around 2 percent"
  });
  // "Around" hedges the number; it is not a quantifier over a group.
  assert.deepEqual(pick(find(1, 'Around 75 percent')), {
    value: 75,
    unit: 'percent',
    subject: 'GDP',
    approximate: true,
  });
  assert.deepEqual(pick(find(0, 'most NATO European members')), {
    value: 2,
    unit: 'percent',
    quantifier: 'most',
    subject: 'NATO European members',
    time: '2014',
  });
  assert.deepEqual(pick(find(2, 'on 2%')), { value: 2, unit: 'percent' });
  assert.deepEqual(pick(find(2, 'to reach the 5%')), { value: 5, unit: 'percent' });
  assert.deepEqual(pick(find(2, '35,000 deaths in December')), { value: 35000, unit: 'deaths' });
  assert.deepEqual(pick(find(2, '30,000 deaths in January')), { value: 30000, unit: 'deaths' });
  assert.deepEqual(pick(find(2, 'Germany doubling')), { value: 2, unit: 'factor', subject: 'defence spending' });
  for (const [n, analysis] of analyses.entries()) {
    for (const claim of analysis.claims)
      assert.equal(claim.text, articles[n]!.text.slice(claim.span.start, claim.span.end));
  }
});

function pick(claim: {
  value?: number;
  unit?: string;
  subject?: string;
  quantifier?: string;
  time?: string;
  approximate?: boolean;
}) {
  const out: Record<string, unknown> = {};
  for (const key of ['value', 'unit', 'quantifier', 'subject', 'time', 'approximate'] as const)
    if (claim[key] !== undefined) out[key] = claim[key];
  return out;
}

test('dates: the Hague summit month, the 2014 target year, "on Friday" without a page date', () => {
  const values = (n: number) =>
    analyses[n]!.dates.map((d) => [articles[n]!.text.slice(d.span.start, d.span.end), d.value]);
  assert.ok(values(1).some(([t, v]) => t === 'June 2025' && v === '2025-06'));
  assert.ok(values(1).some(([t, v]) => t === 'October 2025' && v === '2025-10'));
  assert.ok(values(0).some(([t, v]) => t === '2014' && v === '2014'));
  assert.ok(values(4).some(([t, v]) => t === 'Friday' && v === undefined));
  assert.ok(!values(4).some(([t]) => t === 'Winter'));
});
