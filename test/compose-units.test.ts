/** The composer's parts on real text: centrality, the grounding check, facet paragraphs, the quick-look plan, the CLI formats. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { main } from '../src/cli/main.js';
import { checkGrounding } from '../src/compose/check-grounding.js';
import { rankSentences } from '../src/compose/rank-sentences.js';
import { dot, toUnitLength } from '../src/compose/unit-vectors.js';
import { contentWords, countTerms } from '../src/core/text.js';
import { seedPaths, SHARED, tempDir } from './helpers/shared.js';

const excerpts = readFileSync(join(SHARED, 'data', 'neus-allsides', 'neus_mds.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, 300)
  .flatMap((line) => (JSON.parse(line) as { articles: { text: string }[] }).articles.map((a) => a.text))
  .flatMap((text) => text.split(/(?<=[.!?])\s+(?=[A-Z])/))
  .filter((sentence) => sentence.split(' ').length >= 8);

function unitVector(text: string): Map<string, number> {
  const vector = countTerms(contentWords(text));
  toUnitLength(vector);
  return vector;
}

describe('rankSentences', () => {
  it('gives positive ranks with mean 1 on any set of real sentences', () => {
    fc.assert(
      fc.property(fc.subarray(excerpts, { minLength: 1, maxLength: 25 }), (sentences) => {
        const ranks = rankSentences(sentences.map(unitVector));
        assert.equal(ranks.length, sentences.length);
        assert.ok(ranks.every((r) => r > 0));
        assert.ok(Math.abs(ranks.reduce((a, b) => a + b, 0) / ranks.length - 1) < 1e-9);
      }),
      { numRuns: 60 },
    );
  });

  it('ranks a sentence told twice above one told once', () => {
    const [a, b] = [excerpts[0]!, excerpts[40]!];
    const ranks = rankSentences([a, a, b].map(unitVector));
    assert.ok(ranks[0]! > ranks[2]!);
  });

  it('dot of unit vectors is at most 1', () => {
    for (const sentence of excerpts.slice(0, 50))
      assert.ok(dot(unitVector(sentence), unitVector(sentence)) <= 1 + 1e-9);
  });
});

describe('checkGrounding', () => {
  it('grounds every real sentence in itself', () => {
    for (const sentence of excerpts) assert.ok(checkGrounding(sentence, [sentence]).grounded, sentence);
  });

  it('finds a changed number, a foreign name and an unrelated citation', () => {
    const withNumber = excerpts.find((s) => /\b\d{2,}\b/.test(s))!;
    const changed = withNumber.replace(/\b(\d{2,})\b/, (n) => String(Number(n) + 1));
    assert.deepEqual(checkGrounding(changed, [withNumber]).problems.filter((p) => p.startsWith('number')).length, 1);
    const named = excerpts.find((s) => /\s(Biden|Trump)\b/.test(s))!;
    const swapped = named.replace(/\s(Biden|Trump)\b/, (_, n: string) => ` ${n === 'Biden' ? 'Macron' : 'Merkel'}`);
    assert.ok(checkGrounding(swapped, [named]).problems.some((p) => p.startsWith('name')));
    assert.ok(!checkGrounding(excerpts[0]!, [excerpts[200]!]).grounded);
  });
});

async function run(args: string[]): Promise<{ code: number; stdout: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough() as unknown as NodeJS.WriteStream;
  const out: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  (stderr as unknown as PassThrough).resume();
  const code = await main(args, { stdout, stderr });
  return { code, stdout: Buffer.concat(out).toString('utf8') };
}

describe('brief --format csv | feed', () => {
  it('prints statements and claims as CSV, and briefs as a JSON Feed', async () => {
    const db = join(tempDir('formats'), 'store.sqlite');
    const csv = await run(['brief', ...seedPaths(), '--format', 'csv', '--db', db, '-q']);
    assert.equal(csv.code, 0);
    const lines = csv.stdout.split('\r\n');
    assert.equal(
      lines[0],
      'story_id,story_title,kind,speaker,text,subject,value,unit,article_id,outlet,start,end,' +
        'measure,quantifier,time,approximate,bound,range_min,range_max,change,dispute_topic,dispute_side',
    );
    assert.ok(lines.some((line) => line.includes(',statement:direct,')));
    assert.ok(lines.some((line) => /,claim(:single-source)?,/.test(line)));
    // The seeds disagree on who is at 2%: every side of that dispute is a row, with its topic and side number.
    const sides = lines.filter((line) => line.includes(',dispute,'));
    assert.ok(sides.length >= 2, csv.stdout.slice(0, 400));
    assert.ok(
      sides.every((line) => /,2 percent,\d+$/.test(line)),
      sides.join('\n'),
    );
    const feed = await run(['brief', ...seedPaths(), '--format', 'feed', '--db', db, '-q']);
    const parsed = JSON.parse(feed.stdout);
    assert.equal(parsed.version, 'https://jsonfeed.org/version/1.1');
    assert.ok(parsed.items.length >= 1 && parsed.items[0].summary.length > 0);
  });
});
