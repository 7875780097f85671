/** Date expressions, anchored to the article's own date when relative; wink's DATE entities fill gaps. */
import type { DateMention } from '../core/model.js';
import type { WinkEntity } from './nlp.js';
import { DATE_EXPRESSION, MONTH, WEEKDAY } from './patterns.js';
import { relativeDates } from './relative-dates.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A wink DATE is kept only if it names a real calendar item (not "Winter" from a headline). */
const DATE_WORD = new RegExp(`\\d|\\b(?:${MONTH}|${WEEKDAY}|today|yesterday|tomorrow|week|month|year|ago)\\b`, 'i');

interface Found {
  start: number;
  end: number;
  value?: string;
}

/**
 * Find dates; relative ones get a value only when `publishedAt` is known.
 * @example findDates('in June 2025', 'a1', [])[0]?.value // → '2025-06'
 */
export function findDates(
  text: string,
  articleId: string,
  entities: WinkEntity[],
  publishedAt?: string,
): DateMention[] {
  const anchor = parseAnchor(publishedAt);
  // Relative phrases first: "earlier this month" and "last Friday" win over the "this month" and "Friday" inside them.
  const found: Found[] = relativeDates(text, anchor);
  for (const m of text.matchAll(DATE_EXPRESSION)) {
    const start = m.index ?? 0;
    // "Pars Today", "USA Today": a capitalised "Today" after a capitalised word is a name.
    if (m[0] === 'Today' && /\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(Math.max(0, start - 20), start))) continue;
    const vague = m.groups?.month !== undefined && VAGUE_BEFORE.test(text.slice(Math.max(0, start - 30), start));
    found.push({ start, end: start + m[0].length, ...(vague ? {} : resolveValue(m.groups ?? {}, m[0], anchor)) });
  }
  for (const entity of entities) {
    if (entity.type !== 'DATE' || !DATE_WORD.test(entity.value)) continue;
    found.push({ start: entity.start, end: entity.end });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    lastEnd = f.end;
    const mention: DateMention = { span: { articleId, start: f.start, end: f.end } };
    if (f.value !== undefined) mention.value = f.value;
    out.push(mention);
  }
  return out;
}

/**
 * The article's own calendar day: the date as written ("2026-01-23T22:00:00-05:00" is a Friday where it was
 * published, though a Saturday in UTC), so "Thursday" in it is the 22nd, not the 21st.
 */
function parseAnchor(publishedAt: string | undefined): Date | undefined {
  if (publishedAt === undefined) return undefined;
  const written = publishedAt.trim().match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (written) {
    const day = new Date(Date.UTC(Number(written[1]), Number(written[2]) - 1, Number(written[3])));
    if (!Number.isNaN(day.getTime())) return day;
  }
  const ms = Date.parse(publishedAt);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

/** "sometime in December", "at some point in May": a month named without saying when in it anything happened. */
const VAGUE_BEFORE = /\b(?:some\s?time|at some point|any time|anytime)\s+(?:in|during|before|by)\s+$/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function monthIndex(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase());
}

function iso(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function resolveValue(
  groups: Record<string, string | undefined>,
  matched: string,
  anchor: Date | undefined,
): { value?: string } {
  const words = matched.match(/[\p{L}]+|\d+/gu) ?? [];
  if (groups.mdy !== undefined || groups.dmy !== undefined) {
    const month = monthIndex(words.find((w) => /\p{L}/u.test(w) && monthIndex(w) >= 0) ?? '');
    const numbers = words.filter((w) => /^\d+$/.test(w));
    const day = Number(numbers[0]);
    const year = Number(numbers.at(-1));
    if (month >= 0 && day >= 1 && day <= 31) return { value: `${year}-${pad(month + 1)}-${pad(day)}` };
    return {};
  }
  if (groups.iso !== undefined) return { value: matched };
  if (groups.my !== undefined) return { value: `${words.at(-1)}-${pad(monthIndex(words[0] ?? '') + 1)}` };
  if (groups.year !== undefined) return { value: matched };
  if (anchor === undefined) return {};
  if (groups.weekday !== undefined) {
    const target = WEEKDAYS.indexOf(matched.toLowerCase());
    const back = (anchor.getUTCDay() - target + 7) % 7;
    return { value: iso(new Date(anchor.getTime() - back * 86_400_000)) };
  }
  if (groups.month !== undefined) {
    const month = monthIndex(matched);
    const year = anchor.getUTCFullYear() - (month > anchor.getUTCMonth() ? 1 : 0);
    return { value: `${year}-${pad(month + 1)}` };
  }
  const lower = matched.toLowerCase();
  const day = 86_400_000;
  if (lower === 'today') return { value: iso(anchor) };
  if (lower === 'yesterday') return { value: iso(new Date(anchor.getTime() - day)) };
  if (lower === 'tomorrow') return { value: iso(new Date(anchor.getTime() + day)) };
  const shift = lower.startsWith('last') ? -1 : lower.startsWith('next') ? 1 : 0;
  if (lower.endsWith('year')) return { value: String(anchor.getUTCFullYear() + shift) };
  if (lower.endsWith('month')) {
    const d = new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + shift, 1));
    return { value: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}` };
  }
  if (lower.endsWith('week') || lower.endsWith('weekend'))
    return { value: iso(new Date(anchor.getTime() + shift * 7 * day)) };
  return {};
}
