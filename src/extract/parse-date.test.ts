/** findDateIn: written dates in the forms real pages use, checked as a round trip over generated dates (property). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findDateIn } from './parse-date.js';
import { MONTH_NAMES } from './patterns.js';

const pad = (n: number) => String(n).padStart(2, '0');
const monthsByNumber = (month: number) =>
  Object.entries(MONTH_NAMES)
    .filter(([name, n]) => n === month && name.length > 3)
    .map(([name]) => name);
const day = fc.record({
  year: fc.integer({ min: 1950, max: 2100 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
});

test('ISO, dotted and named-month dates in any supported language read back to the same day (property)', () => {
  fc.assert(
    fc.property(day, fc.nat(), ({ year, month, day: d }, pick) => {
      const iso = `${year}-${pad(month)}-${pad(d)}`;
      const names = monthsByNumber(month);
      const name = names[pick % names.length]!;
      for (const written of [
        iso,
        `${d}.${month}.${year}`,
        `${pad(d)}.${pad(month)}.${year}`,
        `${d}. ${name} ${year}`,
        `${d} ${name} ${year}`,
        `${name} ${d}, ${year}`,
      ]) {
        assert.equal(findDateIn(`am ${written} um`), iso, written);
      }
    }),
  );
});

test('text without a date, and impossible dates, give undefined; it never throws (property)', () => {
  assert.equal(findDateIn('31.13.2020'), undefined);
  fc.assert(fc.property(fc.string(), (text) => void findDateIn(text)));
});
