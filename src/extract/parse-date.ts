/** Date lines ("January 22, 2026 - 4:30pm") → ISO local date-times ("2026-01-22T16:30:00"). */
import { DATE_IN_TEXT, DATE_LINE_DMY, DATE_LINE_ISO, DATE_LINE_MDY, MONTH_NAMES, MONTHS } from './patterns.js';

const pad = (n: number): string => String(n).padStart(2, '0');

function monthNumber(name: string): number {
  const prefix = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(prefix)) + 1;
}

function toIso(
  year: number,
  month: number,
  day: number,
  hour?: string,
  minute?: string,
  meridiem?: string,
): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (hour === undefined || minute === undefined) return date;
  let h = Number(hour);
  const m = Number(minute);
  const half = meridiem?.toLowerCase().replace(/\./g, '');
  if (half === 'pm' && h < 12) h += 12;
  if (half === 'am' && h === 12) h = 0;
  if (h > 23 || m > 59) return date;
  return `${date}T${pad(h)}:${pad(m)}:00`;
}

/**
 * Parses a line that is only a date (with an optional time and label) into ISO form, or undefined.
 * The time zone is not known from such a line, so the result is a local date-time without offset.
 * @example parseDateLine('January 22, 2026 - 4:30pm') // '2026-01-22T16:30:00'
 */
export function parseDateLine(text: string): string | undefined {
  const mdy = DATE_LINE_MDY.exec(text);
  if (mdy) return toIso(Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2]), mdy[4], mdy[5], mdy[6]);
  const dmy = DATE_LINE_DMY.exec(text);
  if (dmy) return toIso(Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1]), dmy[4], dmy[5], dmy[6]);
  const iso = DATE_LINE_ISO.exec(text);
  if (iso) return toIso(Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[4], iso[5]);
  return undefined;
}

/**
 * The first date written anywhere in a piece of text, in the usual European and English forms, as "YYYY-MM-DD".
 * @example findDateIn('Veröffentlicht am 26. Mai 2008 von Anna') // '2008-05-26'
 */
export function findDateIn(text: string): string | undefined {
  const match = DATE_IN_TEXT.exec(text);
  if (!match) return undefined;
  if (match[1]) return toIso(Number(match[1]), Number(match[2]), Number(match[3]));
  if (match[4]) return toIso(Number(match[6]), Number(match[5]), Number(match[4]));
  if (match[7]) {
    const month = MONTH_NAMES[match[8]!.toLowerCase()];
    return month ? toIso(Number(match[9]), month, Number(match[7])) : undefined;
  }
  const month = MONTH_NAMES[match[10]!.toLowerCase()];
  return month ? toIso(Number(match[12]), month, Number(match[11])) : undefined;
}
