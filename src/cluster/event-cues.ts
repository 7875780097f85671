/**
 * The particulars that tell one happening from the next on a recurring topic: the weekday a report's lead names
 * and the figures it gives. Weekly jobless claims, a court's rulings on one programme, a leader's trips share
 * nearly every word week after week; "Friday" against "Tuesday" or 778,000 against 853,000 do not.
 */

/** What the headline and lead of one article pin down. */
export interface EventCues {
  /** Weekday names in the headline and lead, lower case ("friday"). */
  days: string[];
  /** Figures in the headline and lead, as log-scale buckets (see figureBucket); percentages apart from counts. */
  figures: number[];
}

/** The lead is this many characters of the text: the opening sentence or two, where a report says when and how many. */
const LEAD_CHARACTERS = 400;
/** Counts below this are mostly days of the month, ranks and small tallies that differ by wording, not by event. */
const MIN_FIGURE = 100;
/** Figures within about this ratio of each other are one figure rounded two ways (778,000 and "nearly 780,000"). */
const FIGURE_TOLERANCE = 0.03;

const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/giu;
const FIGURE =
  /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(%|percent\b|thousand\b|million\b|billion\b|trillion\b|bn\b|[kKmMbB]\b))?/gu;
const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
};

/**
 * The weekdays and figures of a headline and the start of its text. Years are left out: a report names past years
 * as background as often as the year it happens in.
 * @example eventCues('Claims rise to 778,000', 'Jobless claims rose on Thursday…').days // ['thursday']
 */
export function eventCues(title: string, text: string): EventCues {
  const lead = `${title}\n${text.slice(0, LEAD_CHARACTERS)}`;
  const days = [...new Set([...lead.matchAll(WEEKDAY)].map((match) => match[1]!.toLowerCase()))].sort();
  const figures = new Set<number>();
  for (const match of lead.matchAll(FIGURE)) {
    const digits = match[1]!;
    const number = Number(digits.replace(/,/g, ''));
    const unit = match[2]?.toLowerCase();
    if (unit === '%' || unit === 'percent') {
      // Percentages live on their own (negative) scale so that 3% never matches 3 million.
      if (number > 0) figures.add(-figureBucket(number * 1000));
      continue;
    }
    const value = number * (unit ? (SCALE[unit] ?? 1) : 1);
    const isYear = !unit && /^\d{4}$/.test(digits) && number >= 1900 && number <= 2099;
    if (isYear || value < MIN_FIGURE) continue;
    figures.add(figureBucket(value));
  }
  return { days, figures: [...figures].sort((a, b) => a - b) };
}

/** A figure's bucket on a log scale of FIGURE_TOLERANCE steps: close figures fall in the same or a neighbouring one. */
export function figureBucket(value: number): number {
  return Math.floor(Math.log(value) / Math.log(1 + FIGURE_TOLERANCE));
}

/** Whether two buckets hold figures close enough to be one figure. */
function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1;
}

/**
 * Two leads conflict on a cue when both name it and share none of it: one says Friday and the other Tuesday, or
 * every figure of one is far from every figure of the other. Silence is no conflict.
 * @example cueConflicts(eventCues('', 'on Friday'), eventCues('', 'on Tuesday')) // { days: true, figures: false }
 */
export function cueConflicts(a: EventCues, b: EventCues): { days: boolean; figures: boolean } {
  const days = a.days.length > 0 && b.days.length > 0 && !a.days.some((day) => b.days.includes(day));
  const figures =
    a.figures.length > 0 && b.figures.length > 0 && !a.figures.some((x) => b.figures.some((y) => sameFigure(x, y)));
  return { days, figures };
}

/** Per group: how many members name a weekday (a figure) and how many name each one, to count conflicts in O(cues). */
export interface CueTally {
  withDays: number;
  dayCounts: Map<string, number>;
  withFigures: number;
  /** Per bucket, the members with a figure in it or a neighbouring one (each member counted once). */
  nearFigureCounts: Map<number, number>;
}

export function emptyTally(): CueTally {
  return { withDays: 0, dayCounts: new Map(), withFigures: 0, nearFigureCounts: new Map() };
}

export function addToTally(tally: CueTally, cues: EventCues): void {
  if (cues.days.length > 0) tally.withDays++;
  for (const day of cues.days) tally.dayCounts.set(day, (tally.dayCounts.get(day) ?? 0) + 1);
  if (cues.figures.length > 0) tally.withFigures++;
  const near = new Set(cues.figures.flatMap((figure) => [figure - 1, figure, figure + 1]));
  for (const bucket of near) tally.nearFigureCounts.set(bucket, (tally.nearFigureCounts.get(bucket) ?? 0) + 1);
}

export function mergeTally(into: CueTally, from: CueTally): void {
  into.withDays += from.withDays;
  for (const [day, count] of from.dayCounts) into.dayCounts.set(day, (into.dayCounts.get(day) ?? 0) + count);
  into.withFigures += from.withFigures;
  for (const [bucket, count] of from.nearFigureCounts)
    into.nearFigureCounts.set(bucket, (into.nearFigureCounts.get(bucket) ?? 0) + count);
}

/**
 * About how many of a group's members conflict with an article on weekdays and on figures. A member agreeing on
 * any cue is not in conflict; the members agreeing are estimated by the best-agreeing single cue, so the count may
 * be too high (never too low, never above the members naming such cues); it is exact for a lead naming one weekday
 * (one figure).
 * @example conflictingMembers(tally, cues) // { days: 2, figures: 0 }
 */
export function conflictingMembers(tally: CueTally, cues: EventCues): { days: number; figures: number } {
  let days = 0;
  if (cues.days.length > 0 && tally.withDays > 0) {
    let agreeing = 0;
    for (const day of cues.days) agreeing = Math.max(agreeing, tally.dayCounts.get(day) ?? 0);
    days = Math.max(0, tally.withDays - agreeing);
  }
  let figures = 0;
  if (cues.figures.length > 0 && tally.withFigures > 0) {
    let agreeing = 0;
    for (const figure of cues.figures) agreeing = Math.max(agreeing, tally.nearFigureCounts.get(figure) ?? 0);
    figures = tally.withFigures - agreeing;
  }
  return { days, figures };
}
