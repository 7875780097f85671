/**
 * Development aid, not a bench section: the all-attribution matching of the acceptance check
 * (`../shared/yardstick/quotes-polnear`: our direct|partial|reported quotes against every gold Content by token-overlap
 * F1 >= 0.5, greedy one-to-one, title-line gold left out, unmatched pieces inside a matched gold excused), with its
 * misses and false positives sorted into buckets by position (the raw file is analysed, as in bench/polnear.ts, so gold
 * and our offsets align; the check itself analyses the extracted text, which scores within a few hundredths).
 * `node --import tsx bench/polnear-misses.ts [even|odd|all] [--show BUCKET] [--max N]`
 */
import { writeFileSync } from 'node:fs';
import { analyze } from '../src/analyze/analyze.js';
import type { Quote } from '../src/core/model.js';
import { articleOf, halfOf } from './polnear.js';
import { type GoldAttribution, type GoldSpan, loadPolnear } from './polnear-data.js';

interface Item {
  tokens: string[];
  text: string;
}
interface Gold extends Item {
  at: GoldAttribution;
}
interface Pred extends Item {
  q: Quote;
}
interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Token-overlap F1 of two token lists (the yardstick's `f1`). */
function f1(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const count = new Map<string, number>();
  for (const t of a) count.set(t, (count.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of b) {
    const n = count.get(t) ?? 0;
    if (n > 0) {
      common += 1;
      count.set(t, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/** At least 80% of p's tokens are in g (the yardstick's `contained`). */
function contained(p: string[], g: string[]): boolean {
  return p.length === 0 || (f1(p, g) * (p.length + g.length)) / 2 / p.length >= 0.8;
}

/** Greedy one-to-one matching at token F1 >= 0.5, best pairs first (the yardstick's `greedy`). */
function greedy(P: Item[], G: Item[]): [number, number][] {
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < P.length; i += 1)
    for (let j = 0; j < G.length; j += 1) {
      const s = f1(P[i]!.tokens, G[j]!.tokens);
      if (s >= 0.5) pairs.push([s, i, j]);
    }
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: [number, number][] = [];
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out;
}

const overlaps = (a: GoldSpan, b: GoldSpan): boolean => a.start < b.end && b.start < a.end;

/** How our content for the same cue differs from the gold content. */
function boundaryClass(ours: GoldSpan, gold: GoldSpan[]): string {
  const start = gold[0]!.start;
  const end = gold.at(-1)!.end;
  const s = ours.start < start - 2 ? 'starts early' : ours.start > start + 2 ? 'starts late' : 'start ok';
  const e = ours.end > end + 2 ? 'ends late' : ours.end < end - 2 ? 'ends early' : 'end ok';
  return `${s}, ${e}`;
}

process.stdout.on('error', () => process.exit(0));

function main(): void {
  const args = process.argv.slice(2);
  const half = args.find((a) => a === 'even' || a === 'odd') ?? 'all';
  const showAt = args.indexOf('--show');
  const show = showAt >= 0 ? args[showAt + 1] : undefined;
  const maxAt = args.indexOf('--max');
  const max = maxAt >= 0 ? Number(args[maxAt + 1]) : 25;
  const total: Tally = { tp: 0, fp: 0, fn: 0 };
  const halves: Record<'even' | 'odd', Tally> = { even: { tp: 0, fp: 0, fn: 0 }, odd: { tp: 0, fp: 0, fn: 0 } };
  const buckets = new Map<string, string[]>();
  const missedCues = new Map<string, number>();
  const add = (key: string, line: string) => buckets.set(key, [...(buckets.get(key) ?? []), line]);
  // --dump FILE: one line per gold item (matched or not, with our matched content), to diff two runs.
  const dumpAt = args.indexOf('--dump');
  const dump: string[] = [];
  const byReason = new Map<string, number[]>();
  const byCue = new Map<string, number[]>();
  for (const item of loadPolnear()) {
    if (half !== 'all' && halfOf(item.name) !== half) continue;
    const text = item.text;
    const titleEnd = text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length;
    const slice = (s: GoldSpan | undefined) => (s === undefined ? '' : text.slice(s.start, s.end));
    const G: Gold[] = item.attributions
      .filter((a) => a.content.length > 0 && a.content[0]!.start >= titleEnd)
      .map((at) => {
        const t = at.content.map(slice).join(' ');
        return { at, text: t, tokens: words(t) };
      });
    const quotes = analyze(articleOf(item)).quotes;
    const P: Pred[] = quotes
      .filter((q) => q.kind !== 'scare' && q.text.start >= titleEnd)
      .map((q) => ({ q, text: slice(q.text), tokens: words(slice(q.text)) }));
    const m = greedy(P, G);
    const h = halves[halfOf(item.name)];
    const mp = new Set(m.map(([i]) => i));
    const mg = new Set(m.map(([, j]) => j));
    const excusing = m.map(([, j]) => G[j]!.tokens);
    for (const t of [total, h]) {
      t.tp += m.length;
      t.fn += G.length - m.length;
    }
    for (let j = 0; j < G.length; j += 1) {
      const pair = m.find(([, g]) => g === j);
      const ours = pair === undefined ? '' : flat(P[pair[0]]!.text).slice(0, 160);
      dump.push(
        `${item.name}#${j}\t${pair === undefined ? 'MISS' : 'HIT'}\t${flat(G[j]!.text).slice(0, 160)}\t${ours}`,
      );
    }
    const context = (spans: GoldSpan[]) => {
      const from = Math.max(titleEnd, Math.min(...spans.map((s) => s.start)) - 100);
      const to = Math.min(text.length, Math.max(...spans.map((s) => s.end)) + 60);
      return flat(text.slice(from, to));
    };
    const describe = (q: Quote) =>
      `${q.kind}${q.reason ? `(${q.reason.slice(0, 40)})` : ''} cue=[${flat(slice(q.cue))}] spk=[${q.speaker?.name ?? ''}] «${flat(slice(q.text)).slice(0, 200)}»`;
    for (let j = 0; j < G.length; j += 1) {
      if (mg.has(j)) continue;
      const g = G[j]!;
      const cue = g.at.cue;
      const byCue = quotes.find((q) => q.cue !== undefined && cue.some((c) => overlaps(c, q.cue!)));
      const byContent = quotes.find((q) => g.at.content.some((c) => overlaps(c, q.text)));
      let bucket: string;
      if (byCue !== undefined && byCue.kind === 'scare') bucket = 'fn: cue found, ours scare';
      else if (byCue !== undefined) {
        const taken = P.findIndex((p) => p.q === byCue);
        bucket =
          taken >= 0 && mp.has(taken) && f1(P[taken]!.tokens, g.tokens) >= 0.5
            ? 'fn: cue found, ours matched another gold'
            : `fn: cue found, ${boundaryClass(byCue.text, g.at.content)}`;
      } else if (cue.length === 0) bucket = 'fn: no gold cue';
      else {
        const key = flat(cue.map(slice).join(' … ').toLowerCase());
        missedCues.set(key, (missedCues.get(key) ?? 0) + 1);
        bucket =
          byContent === undefined ? 'fn: cue missed, content untouched' : 'fn: cue missed, content overlaps ours';
      }
      const ours = byCue ?? byContent;
      add(
        bucket,
        `${item.name.slice(0, 34)} gold cue=[${flat(cue.map(slice).join(' … '))}] src=[${flat(g.at.source.map(slice).join(' … '))}] «${flat(g.text).slice(0, 200)}»` +
          `${ours === undefined ? '' : `\n      ours ${describe(ours)}`}\n      ctx: ${context([...g.at.content, ...g.at.cue, ...g.at.source])}`,
      );
    }
    for (let i = 0; i < P.length; i += 1) {
      const r = `${P[i]!.q.kind} ${(P[i]!.q.reason ?? '').slice(0, 50)}`;
      const cueWord = flat(slice(P[i]!.q.cue)).toLowerCase().split(' ').at(-1) ?? '';
      const verdict = mp.has(i) ? 0 : excusing.some((g) => contained(P[i]!.tokens, g)) ? 1 : 2;
      for (const [tally, key] of [
        [byReason, r],
        [byCue, cueWord],
      ] as const) {
        const row = tally.get(key) ?? [0, 0, 0];
        row[verdict] = (row[verdict] ?? 0) + 1;
        tally.set(key, row);
      }
      if (mp.has(i)) continue;
      const p = P[i]!;
      if (excusing.some((g) => contained(p.tokens, g))) continue;
      total.fp += 1;
      h.fp += 1;
      const hit = G.find((g) => g.at.content.some((c) => overlaps(c, p.q.text)));
      const cueHit = G.find((g) => p.q.cue !== undefined && g.at.cue.some((c) => overlaps(c, p.q.cue!)));
      const bucket =
        cueHit !== undefined
          ? `fp: gold cue, other bounds ${boundaryClass(p.q.text, cueHit.at.content)}`
          : hit !== undefined
            ? `fp: overlaps gold content, other cue (${p.q.kind}${p.q.reason ? ', reason' : ''})`
            : `fp: no gold (${p.q.kind}${p.q.reason ? ', reason' : ''})`;
      add(
        bucket,
        `${item.name.slice(0, 34)} ${describe(p.q)}\n      ctx: ${context([p.q.text, ...(p.q.cue ? [p.q.cue] : [])])}`,
      );
    }
  }
  const prf = (c: Tally) => {
    const p = c.tp / Math.max(1, c.tp + c.fp);
    const r = c.tp / Math.max(1, c.tp + c.fn);
    return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / Math.max(1e-9, p + r)).toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
  };
  console.log(`${half}: all attributions (raw text) ${prf(total)}`);
  for (const k of ['even', 'odd'] as const)
    if (halves[k].tp + halves[k].fn > 0) console.log(`  ${k}: ${prf(halves[k])}`);
  for (const [k, v] of [...buckets].sort(
    (a, b) => a[0].slice(0, 3).localeCompare(b[0].slice(0, 3)) || b[1].length - a[1].length,
  ))
    console.log(`${String(v.length).padStart(6)}  ${k}`);
  const rows = (m: Map<string, number[]>) =>
    [...m]
      .sort((a, b) => b[1][2]! - a[1][2]!)
      .slice(0, 40)
      .map(([k, [tp, ex, fp]]) => `  ${k}: tp ${tp} excused ${ex} fp ${fp}`)
      .join('\n');
  console.log(`our quotes by kind and reason:\n${rows(byReason)}\nour cues by fp:\n${rows(byCue)}`);
  console.log('missed gold cues (top 120):');
  const cues = [...missedCues].sort((a, b) => b[1] - a[1]).slice(0, 120);
  console.log(cues.map(([k, n]) => `${n} ${k}`).join(' | '));
  if (dumpAt >= 0) writeFileSync(args[dumpAt + 1]!, `${dump.join('\n')}\n`);
  if (show === undefined) return;
  for (const [k, v] of buckets) {
    if (!k.includes(show)) continue;
    console.log(`\n== ${k} (${v.length})`);
    for (const l of v.slice(0, max)) console.log(`  ${l}`);
  }
}

main();
