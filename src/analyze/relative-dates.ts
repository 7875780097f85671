/**
 * Relative date phrases beyond "last week"/"yesterday": "four years ago", "earlier this month", "later this
 * week", "last night", "this morning", "tonight", "last Friday", "next Tuesday" — each anchored to the
 * article's own date. Vague amounts ("a few weeks ago", "many years ago") are found but get no value.
 */
import { NUMBER_WORDS, RELATIVE_DATE } from './patterns.js';

const DAY_MS = 86_400_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** "a week ago" is one week; other amounts are the claim finder's number words. */
const AMOUNT_WORDS: Record<string, number> = { ...NUMBER_WORDS, a: 1, an: 1 };

/** One relative date phrase and, with an anchor, its ISO value (YYYY, YYYY-MM or YYYY-MM-DD). */
export interface RelativeDate {
  start: number;
  end: number;
  value?: string;
}

/**
 * Every relative date phrase of `text`, valued against `anchor` when there is one.
 * @example relativeDates('He left four years ago.', new Date('2016-03-01'))[0]?.value // → '2012'
 */
export function relativeDates(text: string, anchor: Date | undefined): RelativeDate[] {
  const out: RelativeDate[] = [];
  for (const m of text.matchAll(RELATIVE_DATE)) {
    const start = m.index ?? 0;
    const found: RelativeDate = { start, end: start + m[0].length };
    const value = anchor === undefined ? undefined : dateValue(m.groups ?? {}, anchor);
    if (value !== undefined) found.value = value;
    out.push(found);
  }
  return out;
}

function dateValue(groups: Record<string, string | undefined>, anchor: Date): string | undefined {
  if (groups.amount !== undefined && groups.unit !== undefined) {
    const amount = /^\d+$/.test(groups.amount) ? Number(groups.amount) : AMOUNT_WORDS[groups.amount.toLowerCase()];
    return amount === undefined ? undefined : shifted(anchor, groups.unit.toLowerCase(), -amount);
  }
  if (groups.within !== undefined) {
    const unit = groups.within.toLowerCase();
    return unit === 'week' ? iso(anchor) : unit === 'month' ? yearMonth(anchor) : String(anchor.getUTCFullYear());
  }
  if (groups.part !== undefined) {
    // "last night" is the evening before the article's day; "this morning", "tonight" are its day.
    return iso(/^last/i.test(groups.part) ? new Date(anchor.getTime() - DAY_MS) : anchor);
  }
  if (groups.weekday !== undefined && groups.direction !== undefined) {
    const target = WEEKDAYS.indexOf(groups.weekday.toLowerCase());
    const today = anchor.getUTCDay();
    // "last Friday": the Friday before the article's day; "next Tuesday": the Tuesday after it.
    const days = /^last/i.test(groups.direction) ? -(((today - target + 6) % 7) + 1) : ((target - today + 6) % 7) + 1;
    return iso(new Date(anchor.getTime() + days * DAY_MS));
  }
  return undefined;
}

/** The date `amount` units from the anchor, at the precision the unit carries. */
function shifted(anchor: Date, unit: string, amount: number): string {
  if (unit.startsWith('day')) return iso(new Date(anchor.getTime() + amount * DAY_MS));
  if (unit.startsWith('week')) return iso(new Date(anchor.getTime() + amount * 7 * DAY_MS));
  if (unit.startsWith('month')) {
    return yearMonth(new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + amount, 1)));
  }
  return String(anchor.getUTCFullYear() + amount);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function iso(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function yearMonth(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
}
