/** Clustering on real data: BASIL quality floor, batch = stream, the seed thread and its events, caller keys, bad input. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { bCubed } from '../bench/b-cubed.js';
import { loadBasilGold, loadNeus, loadTelegram, loadUci } from '../bench/clustering-data.js';
import { assignments, type Prepared, prepare, titleLeadBaseline } from '../bench/clustering.js';
import { analyze } from '../src/analyze/analyze.js';
import { cluster, compareArticles } from '../src/cluster/cluster.js';
import { type ClusterSettings, createClusterer } from '../src/cluster/create-clusterer.js';
import type { AnalyzedArticle, Story } from '../src/core/model.js';
import { loadSeedArticles } from './helpers/seed-articles.js';

let basil: Prepared;
const seeds: AnalyzedArticle[] = loadSeedArticles().map((article) => ({ article, analysis: analyze(article) }));

/** The first `count` NeuS stories' excerpts (undated, in file order), prepared as the clusterer's input. */
function neusStories(count: number): Prepared {
  const stories = new Set<string>();
  return prepare(
    loadNeus().filter(({ gold }) => {
      if (gold === undefined || (stories.size >= count && !stories.has(gold))) return false;
      stories.add(gold);
      return true;
    }),
  );
}

/** Stories as sorted lists of article ids, for comparing two clusterings. */
function shape(stories: Story[]): string[] {
  return stories
    .map((s) => `${s.articleIds.join(',')}|${(s.events ?? []).map((e) => e.articleIds.join(',')).join(';')}`)
    .sort();
}

describe('story clustering', () => {
  before(() => {
    basil = prepare(loadBasilGold());
  });

  it('reaches B³ F1 ≥ 0.97 on the shared BASIL triplets as one pool (quality floor)', () => {
    const score = bCubed(assignments(cluster(basil.items)), basil.gold);
    assert.ok(score.f1 >= 0.97, `B³ F1 ${score.f1.toFixed(3)}`);
  });

  it('asks more shared words of a report dated days away from a story: no BASIL story takes two triplets a week apart', () => {
    // Inside the 7-day window a flat bar let Mueller's BuzzFeed statement (18-19 January 2019) take Roger Stone's
    // indictment (25 January) as one story; the bar now grows with the days between (datedGapRaise).
    const mixed = (stories: Story[]) =>
      stories.filter((story) => {
        const days = story.articleIds.map((id) => basil.items.find((i) => i.article.id === id)!.article.publishedAt!);
        const triplets = new Set(story.articleIds.map((id) => basil.gold.get(id)));
        const spread = (Date.parse(days.sort().at(-1)!) - Date.parse(days[0]!)) / 86_400_000;
        return triplets.size > 1 && spread >= 5;
      }).length;
    assert.equal(mixed(cluster(basil.items)), 0);
    assert.ok(mixed(cluster(basil.items, { datedGapRaise: 0 })) > 0, 'the flat bar did mix them');
  });

  it('keeps each BASIL triplet (one happening, dated within days) one event inside its story', () => {
    // A dated report joins an event at a lower bar within EVENT_WINDOW_DAYS: at the undated bar (0.36) the
    // triplets split (event B³ F1 0.706, recall 0.546).
    const score = bCubed(assignments(cluster(basil.items), 'event'), basil.gold);
    assert.ok(score.f1 >= 0.95, `event B³ F1 ${score.f1.toFixed(3)}`);
  });

  it('clusters NeuS title+lead excerpts (300 stories, undated, one pool) well above the naive baseline', () => {
    const stories = new Set<string>();
    const neus = prepare(
      loadNeus().filter(({ gold }) => {
        if (gold === undefined || (stories.size >= 300 && !stories.has(gold))) return false;
        stories.add(gold);
        return true;
      }),
    );
    const score = bCubed(assignments(cluster(neus.items)), neus.gold);
    const baseline = Math.max(
      ...[0.1, 0.15, 0.2, 0.25, 0.3].map((t) => bCubed(titleLeadBaseline(neus.items, t), neus.gold).f1),
    );
    // Measured 0.862 (0.830 before weekday/figure conflicts and orphan adoption) against the baseline's best 0.759.
    assert.ok(score.f1 >= baseline + 0.04, `B³ F1 ${score.f1.toFixed(3)} against baseline ${baseline.toFixed(3)}`);
  });

  it('on undated NeuS excerpts, weekday/figure conflicts raise precision and adopting orphans raises recall', () => {
    const neus = neusStories(200);
    const score = (settings: Partial<ClusterSettings>) => bCubed(assignments(cluster(neus.items, settings)), neus.gold);
    const full = score({});
    // The cues are measured with the crowded-neighbourhood bar off: that bar cuts the same same-topic, other-day joins
    // and takes part of their gain (with it on, cues give 0.908 → 0.917).
    const noCues = score({ dayConflictPenalty: 0, figureConflictPenalty: 0 });
    const cuesAlone = score({ crowdRaiseWeight: 0 });
    const neither = score({ dayConflictPenalty: 0, figureConflictPenalty: 0, crowdRaiseWeight: 0 });
    const noAdoption = score({ orphanAdoptShare: Number.POSITIVE_INFINITY });
    // Measured on these stories: precision 0.909 without cues → 0.939, recall 0.770 without adoption → 0.817.
    assert.ok(
      cuesAlone.precision >= neither.precision + 0.02,
      `P ${cuesAlone.precision.toFixed(3)} / ${neither.precision.toFixed(3)}`,
    );
    assert.ok(full.precision > noCues.precision, `P ${full.precision.toFixed(3)} / ${noCues.precision.toFixed(3)}`);
    assert.ok(full.recall >= noAdoption.recall + 0.02, `R ${full.recall.toFixed(3)} / ${noAdoption.recall.toFixed(3)}`);
  });

  it('on undated NeuS excerpts, a bar that moves with how crowded the neighbourhood is raises precision and F1', () => {
    const neus = neusStories(1000);
    const score = (settings: Partial<ClusterSettings>) => bCubed(assignments(cluster(neus.items, settings)), neus.gold);
    const moved = score({});
    const flat = score({ crowdRaiseWeight: 0 });
    const report = `P ${moved.precision.toFixed(3)} / ${flat.precision.toFixed(3)}, F1 ${moved.f1.toFixed(3)} / ${flat.f1.toFixed(3)}`;
    // Measured on these stories: P 0.897 → 0.920, R 0.787 → 0.780, F1 0.838 → 0.844.
    assert.ok(moved.precision >= flat.precision + 0.01, report);
    assert.ok(moved.f1 >= flat.f1, report);
  });

  it('on undated NeuS excerpts, discounting crowded stories (both sides of local scaling) lets a lower bar raise recall', () => {
    const neus = neusStories(1000);
    const score = (settings: Partial<ClusterSettings>) => bCubed(assignments(cluster(neus.items, settings)), neus.gold);
    const both = score({});
    // The query side alone, at the bar it was tuned with.
    const querySide = score({ crowdTargetWeight: 0, storyJoinSimilarity: 0.3 });
    const report = `P ${both.precision.toFixed(3)} / ${querySide.precision.toFixed(3)}, R ${both.recall.toFixed(3)} / ${querySide.recall.toFixed(3)}, F1 ${both.f1.toFixed(3)} / ${querySide.f1.toFixed(3)}`;
    assert.ok(both.recall >= querySide.recall + 0.01, report);
    assert.ok(both.f1 >= querySide.f1, report);
  });

  it('on undated NeuS excerpts, a story whose parts do not hold together by average link is shown as its parts', () => {
    const neus = neusStories(1000);
    const split = cluster(neus.items);
    const whole = cluster(neus.items, { splitMaxMembers: 0 });
    // Two stories on one topic that the stream chained (the first report of the later one joined the earlier story,
    // and its other reports followed it): Twitter banning Trump and banning Project Veritas; Florida's voting bill
    // and its transgender athletes bill, both signed by DeSantis.
    const members = new Map<string, string[]>();
    for (const { article } of neus.items) {
      const gold = neus.gold.get(article.id)!;
      members.set(gold, [...(members.get(gold) ?? []), article.id]);
    }
    const storiesOf = (stories: Story[], gold: string) => {
      const ids = new Set(members.get(gold));
      return stories.filter((s) => s.articleIds.some((id) => ids.has(id)));
    };
    for (const [a, b] of [
      ['train-0506', 'train-0554'],
      ['train-0643', 'train-0803'],
    ] as const) {
      const together = (stories: Story[]) => storiesOf(stories, a).some((s) => storiesOf(stories, b).includes(s));
      assert.ok(together(whole), `${a} and ${b} were one story`);
      assert.ok(!together(split), `${a} and ${b} apart`);
      for (const gold of [a, b]) {
        const shown = storiesOf(split, gold);
        assert.equal(shown.length, 1, `${gold} is one story`);
        assert.deepEqual(shown[0]!.articleIds, [...members.get(gold)!].sort(), `${gold} is a story of its own`);
      }
    }
    const score = (stories: Story[]) => bCubed(assignments(stories), neus.gold);
    const [now, before] = [score(split), score(whole)];
    const report = `P ${now.precision.toFixed(3)} / ${before.precision.toFixed(3)}, F1 ${now.f1.toFixed(3)} / ${before.f1.toFixed(3)}`;
    // Measured on these stories: see SPLIT_BAR_SHARE.
    assert.ok(now.precision >= before.precision + 0.01, report);
    assert.ok(now.f1 > before.f1, report);
  });

  it('gives undated excerpts the same stories streamed or batched, every article in exactly one event', () => {
    const neus = neusStories(150);
    const streamed = createClusterer();
    neus.items.forEach((item, i) => {
      streamed.add(item);
      // Adopted orphans are shown in the output only: looking mid-stream must not change what comes later.
      if (i % 40 === 0) streamed.stories();
    });
    const stories = streamed.stories();
    assert.deepEqual(shape(stories), shape(cluster(neus.items)));
    for (const story of stories) {
      const inEvents = (story.events ?? []).flatMap((event) => event.articleIds).sort();
      assert.deepEqual(inEvents, story.articleIds, story.title);
    }
  });

  it('clusters headline-only stories (UCI) about as well as a naive word-overlap baseline, or better', () => {
    const uci = prepare(loadUci());
    const stories = cluster(uci.items);
    const score = bCubed(assignments(stories), uci.gold);
    const baseline = bCubed(titleLeadBaseline(uci.items, 0.2), uci.gold);
    // Stories begun as pieces are merged when one headline links them: recall was 0.22 when they stayed apart.
    assert.ok(score.recall >= 0.6, `B³ recall ${score.recall.toFixed(3)}`);
    // Measured 0.772–0.779 against 0.771 (a clearly nearest story below the bar is joined, DISTINCT_JOIN_SHARE);
    // the margin is within what small analysis changes move, so the floor allows 0.01 below the baseline.
    assert.ok(
      score.f1 >= baseline.f1 - 0.01,
      `B³ F1 ${score.f1.toFixed(3)} against baseline ${baseline.f1.toFixed(3)}`,
    );
    // Merged-away stories must not linger as empty shells.
    assert.ok(stories.every((story) => story.articleIds.length > 0));
  });

  it('gives the same stories for a batch and for the same articles streamed in time order', () => {
    const streamed = createClusterer();
    const ordered = [...basil.items].sort((a, b) => compareArticles(a.article, b.article));
    ordered.forEach((item, i) => {
      streamed.add(item);
      // Looking at the stories mid-stream must not change what comes later.
      if (i % 50 === 0) streamed.stories();
    });
    assert.deepEqual(shape(streamed.stories()), shape(cluster(basil.items)));
    assert.deepEqual(shape(cluster([...basil.items].reverse())), shape(cluster(basil.items)));
  });

  it('keeps the five seed pages one thread, with 001 and 004 (one dpa interview) one event and the rest apart', () => {
    const stories = cluster(seeds);
    assert.equal(stories.length, 1);
    const index = (id: string) => seeds.findIndex((s) => s.article.id === id);
    const events = stories[0]!.events!.map((e) => e.articleIds.map(index).sort()).sort();
    assert.deepEqual(events, [[0], [1, 4], [2], [3]]);
  });

  it("respects a caller's story key: keyed articles form exactly that story", () => {
    const [a, b] = [basil.items[0]!, basil.items[100]!];
    const keyed = [a, b].map((item) => ({ ...item, article: { ...item.article, story: 'mine' } }));
    const rest = basil.items.filter((item) => item !== a && item !== b);
    const stories = cluster([...keyed, ...rest]);
    const mine = stories.filter((s) => s.articleIds.includes(a.article.id) || s.articleIds.includes(b.article.id));
    assert.equal(mine.length, 1);
    assert.deepEqual(mine[0]!.articleIds, [a.article.id, b.article.id].sort());
  });

  it('makes one story of one document', () => {
    const stories = cluster([seeds[2]!]);
    assert.equal(stories.length, 1);
    assert.deepEqual(
      stories[0]!.events!.map((e) => e.articleIds.length),
      [1],
    );
  });

  it('makes one story of 500 near-identical copies of one real report (each missing a different paragraph)', () => {
    const original = seeds[2]!;
    const paragraphs = original.article.text.split('\n\n');
    const copies: AnalyzedArticle[] = [];
    for (let i = 0; i < 500; i++) {
      const text = paragraphs.filter((_, k) => k !== i % paragraphs.length).join('\n\n');
      const article = { ...original.article, id: `copy-${i}`, input: `copy-${String(i).padStart(3, '0')}`, text };
      copies.push({ article, analysis: analyze(article) });
    }
    const stories = cluster(copies);
    assert.equal(stories.length, 1);
    assert.equal(stories[0]!.articleIds.length, 500);
  });

  it('clusters undated articles among dated ones without a crash, and never mixes languages', () => {
    const russian = prepare(loadTelegram().slice(0, 300)).items;
    const undated = basil.items.slice(0, 30).map((item) => {
      const { publishedAt: _dropped, ...article } = item.article;
      return { ...item, article };
    });
    const stories = cluster([...russian, ...undated, ...basil.items.slice(30, 60)]);
    const language = new Map([...russian, ...basil.items].map((i) => [i.article.id, i.article.language ?? '?']));
    for (const story of stories) {
      const languages = new Set(story.articleIds.map((id) => language.get(id)));
      assert.ok(
        languages.size === 1 || !(languages.has('en') && languages.has('ru')),
        `story ${story.title} mixes ${[...languages]}`,
      );
    }
    assert.equal(
      stories.reduce((n, s) => n + s.articleIds.length, 0),
      russian.length + 60,
    );
  });
});
