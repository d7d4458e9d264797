import { describe, expect, it } from 'vitest';
import { dayNumber, formatDay } from './calendar.js';
import {
  formatInterval,
  fromHijri,
  hijriMonthRange,
  hijriYearRange,
  nearestHijriYear,
  toHijri,
} from './hijri.js';

describe('Umm al-Qura conversion', () => {
  it.each([
    [1436, 10, 5, '2015-07-21'],
    [1436, 10, 1, '2015-07-17'],
    [1436, 12, 10, '2015-09-23'],
    [1400, 1, 1, '1979-11-21'],
    [1445, 9, 1, '2024-03-11'],
  ])('converts %i-%i-%i AH to %s', (y, m, d, iso) => {
    const n = fromHijri(y, m, d);
    expect(n === null ? null : formatDay(n)).toBe(iso);
    expect(
      toHijri(dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8)))),
    ).toEqual({
      year: y,
      month: m,
      day: d,
    });
  });

  it('refuses a 30th in a 29-day month', () => {
    expect(hijriMonthRange(1436, 11).last - hijriMonthRange(1436, 11).first + 1).toBe(29);
    expect(fromHijri(1436, 11, 30)).toBeNull();
    expect(fromHijri(1436, 13, 1)).toBeNull();
  });

  it('gives months and years as Gregorian intervals', () => {
    expect(formatInterval(hijriMonthRange(1436, 9))).toBe('2015-06-18/2015-07-16');
    expect(formatInterval(hijriYearRange(1436))).toBe('2014-10-25/2015-10-13');
  });

  it('picks the Hijri year whose occurrence is nearest the anchor', () => {
    const anchor = dayNumber(2015, 7, 21);
    expect(nearestHijriYear(anchor, 9)).toBe(1436); // Ramadan just ended
    expect(nearestHijriYear(anchor, 12, 10)).toBe(1436); // Eid al-Adha in two months
    expect(nearestHijriYear(anchor, 3)).toBe(1437); // Rabi I 1437 (Dec 2015) is nearer than 1436 (Jan 2015)
    expect(nearestHijriYear(dayNumber(2015, 3, 1), 3)).toBe(1436);
  });
});
