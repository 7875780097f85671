/** Event cues on real leads (NeuS excerpts read at run time): weekdays and figures tell one occasion from another. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadNeus } from '../../bench/clustering-data.js';
import {
  addToTally,
  conflictingMembers,
  cueConflicts,
  type EventCues,
  emptyTally,
  eventCues,
  figureBucket,
} from './event-cues.js';

/** Each NeuS story's excerpts as cues, in file order. */
function storyCues(): EventCues[][] {
  const stories = new Map<string, EventCues[]>();
  for (const { document, gold } of loadNeus()) {
    const text = document.content.slice((document.title ?? '').length).trim();
    stories.set(gold!, [...(stories.get(gold!) ?? []), eventCues(document.title ?? '', text)]);
  }
  return [...stories.values()];
}

interface Rates {
  bothDays: number;
  dayConflicts: number;
  bothFigures: number;
  figureConflicts: number;
}

function count(rates: Rates, a: EventCues, b: EventCues): void {
  const conflict = cueConflicts(a, b);
  if (a.days.length > 0 && b.days.length > 0) rates.bothDays++;
  if (conflict.days) rates.dayConflicts++;
  if (a.figures.length > 0 && b.figures.length > 0) rates.bothFigures++;
  if (conflict.figures) rates.figureConflicts++;
}

describe('event cues', () => {
  const stories = storyCues();

  it('conflict far more often between excerpts of different stories than between one story’s excerpts', () => {
    const same: Rates = { bothDays: 0, dayConflicts: 0, bothFigures: 0, figureConflicts: 0 };
    const other: Rates = { ...same };
    stories.forEach((story, i) => {
      for (let a = 0; a < story.length; a++)
        for (let b = a + 1; b < story.length; b++) count(same, story[a]!, story[b]!);
      // The next story in the file: an unrelated occasion, often on a related topic.
      for (const a of story) for (const b of stories[(i + 1) % stories.length]!) count(other, a, b);
    });
    // Measured: weekdays 12% against 82% of pairs naming one each; figures 25% against 99%.
    assert.ok(same.bothDays > 1000 && same.bothFigures > 300, JSON.stringify(same));
    assert.ok(same.dayConflicts / same.bothDays < 0.2, JSON.stringify(same));
    assert.ok(other.dayConflicts / other.bothDays > 0.6, JSON.stringify(other));
    assert.ok(same.figureConflicts / same.bothFigures < 0.35, JSON.stringify(same));
    assert.ok(other.figureConflicts / other.bothFigures > 0.9, JSON.stringify(other));
  });

  it('never finds a lead in conflict with itself, and a conflict is symmetric', () => {
    for (const story of stories.slice(0, 300))
      for (const cues of story) {
        assert.deepEqual(cueConflicts(cues, cues), { days: false, figures: false });
        for (const other of stories[0]!) assert.deepEqual(cueConflicts(cues, other), cueConflicts(other, cues));
      }
  });

  it('keeps close figures together and far ones apart', () => {
    assert.ok(Math.abs(figureBucket(778_000) - figureBucket(780_000)) <= 1);
    assert.ok(Math.abs(figureBucket(778_000) - figureBucket(853_000)) > 1);
  });

  it('counts a group’s conflicting members as the pairwise test does', () => {
    for (const story of stories.slice(0, 400)) {
      const tally = emptyTally();
      for (const cues of story.slice(1)) addToTally(tally, cues);
      const arriving = story[0]!;
      const counted = conflictingMembers(tally, arriving);
      const pairwise = story.slice(1).map((cues) => cueConflicts(arriving, cues));
      // The best single agreeing cue stands for all agreeing members: it may count too many conflicts, never too
      // few, and never more than the members naming such a cue. Exact when the arriving lead names one weekday (figure).
      assert.ok(counted.days >= pairwise.filter((c) => c.days).length && counted.days <= tally.withDays);
      assert.ok(counted.figures >= pairwise.filter((c) => c.figures).length && counted.figures <= tally.withFigures);
      if (arriving.days.length === 1)
        assert.equal(counted.days, pairwise.filter((c) => c.days).length, JSON.stringify(story));
      if (arriving.figures.length === 1)
        assert.equal(counted.figures, pairwise.filter((c) => c.figures).length, JSON.stringify(story));
    }
  });
});
