/** End to end on the five seed pages: one story, grounded citations, aligned statements, idempotent runs. */
import assert from 'node:assert/strict';
import { basename, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { type BriefResult, brief } from '../src/api/brief.js';
import type { Brief, Span } from '../src/core/model.js';
import { checkGrounding } from '../src/compose/check-grounding.js';
import { outletName } from '../src/core/outlet-name.js';
import { render } from '../src/render/render.js';
import { seedPaths, tempDir } from './helpers/shared.js';

let first: BriefResult;
let story: Brief;
const db = join(tempDir('brief'), 'store.sqlite');

function cited(span: Span): string {
  const article = story.articles.find((a) => a.id === span.articleId);
  assert.ok(article, `citation points at unknown article ${span.articleId}`);
  assert.ok(span.start >= 0 && span.start < span.end && span.end <= article.text.length, 'citation within the text');
  return article.text.slice(span.start, span.end);
}

/** True when `short` is `long` with some words left out (order kept, no word changed). */
function isDeletionOf(short: string, long: string): boolean {
  const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const source = words(long);
  let at = 0;
  // The first word may be upper-cased where a cut exposed it ("Therefore, the future …" → "The future …").
  for (const [i, word] of words(short).entries()) {
    const same = (other: string) => other === word || (i === 0 && other.toLowerCase() === word.toLowerCase());
    while (at < source.length && !same(source[at]!)) at++;
    if (at === source.length) return false;
    at++;
  }
  return true;
}

function articleOf(seedIndex: number) {
  const path = seedPaths()[seedIndex]!;
  // A brief names its inputs by base name only (no local paths in output).
  const article = story.articles.find((a) => a.input === basename(path));
  assert.ok(article, `seed ${seedIndex} is in the story`);
  return article;
}

describe('brief on the seed pages', () => {
  before(async () => {
    first = await brief(seedPaths(), { db });
    story = first.briefs.stories[0]!;
  });

  it('finds one story holding all five pages', () => {
    assert.equal(first.failures.length, 0);
    assert.equal(first.briefs.stories.length, 1);
    assert.equal(story.articles.length, 5);
    assert.equal(first.added, 5);
  });

  it('gives a quick look of 5–8 bullets and a synthesis, every sentence citing the text it came from', () => {
    assert.ok(story.quickLook.length >= 5 && story.quickLook.length <= 8, `quick look has ${story.quickLook.length}`);
    assert.ok(story.synthesis.length >= 4);
    for (const entry of [...story.quickLook, ...story.synthesis]) {
      assert.ok(entry.citations.length >= 1);
      const passages = entry.citations.map(cited);
      if (entry.headlineOf !== undefined) {
        // An outlet's headline is only used when the sentences it cites ground it.
        assert.ok(checkGrounding(entry.text, passages).grounded, `headline not grounded: ${entry.text}`);
      } else {
        // Extractive: the passage of the first citation, at most with words deleted (light compression).
        assert.ok(isDeletionOf(entry.text, passages[0]!), `"${entry.text}" is not a compression of "${passages[0]}"`);
      }
    }
  });

  it('keeps page furniture and reader comments out of every brief section', () => {
    const json = render(first.briefs, 'json');
    for (const furniture of [
      'LEAVE A REPLY',
      'JFC Norfolk',
      'How useful was this article',
      'Previous Article',
      'Vote count',
    ]) {
      assert.ok(!json.includes(furniture), `brief contains "${furniture}"`);
    }
  });

  it('aligns the two dpa renderings of one Rutte remark as one statement', () => {
    const dpa = story.statements.find((s) => s.quotes.some((q) => q.text.includes('There is no doubt about that')));
    assert.ok(dpa, 'the dpa statement is found');
    assert.match(dpa.speaker, /Rutte/);
    const articles = new Set(dpa.quotes.map((q) => q.span.articleId));
    assert.ok(
      articles.has(articleOf(1).id) && articles.has(articleOf(4).id),
      'both 001 and 004 renderings are aligned',
    );
    for (const quote of dpa.quotes) assert.equal(cited(quote.span), quote.text);
  });

  it('attributes the seed quotes to the right speakers', () => {
    const speakerOf = (fragment: string) =>
      story.statements.find((s) => s.quotes.some((q) => q.text.includes(fragment)))?.speaker;
    assert.match(speakerOf('We cannot seriously expect Trump') ?? '', /Weber/);
    assert.match(speakerOf('We must do more, absolutely') ?? '', /Rutte/);
    assert.match(speakerOf('stilted speed of a garden snail') ?? '', /Rutte/);
    assert.match(speakerOf('35,000 deaths in December') ?? '', /Rutte/);
    assert.match(speakerOf('share the defense burden') ?? '', /Trump/);
  });

  it('names the outlets and keeps the wire posts 000 cites as provenance', () => {
    const outlets = story.outlets.map((o) => o.outlet);
    for (const name of ['Pars Today', 'UK Defence Journal', 'Eurointelligence', 'Newslooks'])
      assert.ok(outlets.includes(name), name);
    const synthesisPage = story.provenance.find((p) => p.articleId === articleOf(0).id);
    assert.deepEqual([...(synthesisPage?.cites ?? [])].sort(), [
      'https://t.me/osintdefender/5874',
      'https://t.me/osintdefender/5875',
      'https://t.me/osintdefender/5876',
    ]);
  });

  it('marks single-source claims, each citing its one source', () => {
    assert.ok(story.singleSource.length > 0);
    for (const claim of story.singleSource) assert.equal(cited(claim.span), claim.text);
    const romania = story.singleSource.find((c) => c.text.includes('Romania'));
    assert.ok(romania, 'the Romania brigade withdrawal (001 only) is single-source');
  });

  it('says which one outlet a brief sentence rests on when it cites only that outlet (003 alone on Greenland)', () => {
    const outletOf = new Map(story.articles.map((a) => [a.id, outletName(a)]));
    for (const item of [...story.quickLook, ...story.synthesis]) {
      const outlets = new Set(item.citations.map((span) => outletOf.get(span.articleId)));
      if (item.onlySource !== undefined) assert.deepEqual([...outlets], [item.onlySource], item.text);
    }
    // Pars Today's "insistence on Europe's defense dependence on the United States" cites Pars Today alone, but other
    // outlets state Rutte's "Europe cannot defend itself without the United States" in other words: no label.
    const dependence = [...story.quickLook, ...story.synthesis].find((item) => item.text.includes('insistence on'));
    if (dependence) assert.equal(dependence.onlySource, undefined, dependence.text);
    const greenland = story.quickLook.find((item) => item.text.includes('Greenland'));
    assert.equal(greenland?.onlySource, 'Eurointelligence');
    assert.match(render(first.briefs, 'md'), /Greenland.*\*\(one source: Eurointelligence\)\*/);
  });

  it('adds nothing and prints the same brief byte for byte when run again (inputs in any order)', async () => {
    const again = await brief([...seedPaths()].reverse(), { db });
    assert.equal(again.added, 0);
    assert.equal(render(again.briefs, 'md'), render(first.briefs, 'md'));
    assert.equal(render(again.briefs, 'json'), render(first.briefs, 'json'));
  });
});
