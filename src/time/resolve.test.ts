import { describe, expect, it } from 'vitest';
import { dayNumber, formatDay } from './calendar.js';
import {
  agoValue,
  durationValue,
  hijriYearForMonth,
  periodValue,
  resolveWeekday,
  yearForDayMonth,
  yearForMonthDirection,
} from './resolve.js';

const TUESDAY = dayNumber(2015, 7, 21);

describe('resolving against an anchor', () => {
  it.each([
    [1, 'past', '2015-07-20'],
    [2, 'past', '2015-07-14'],
    [1, 'future', '2015-07-27'],
    [2, 'nearest-past', '2015-07-21'],
    [5, 'nearest-past', '2015-07-17'],
    [5, 'nearest-future', '2015-07-24'],
  ] as const)('resolves weekday %i (%s) from Tuesday 2015-07-21 to %s', (weekday, mode, want) => {
    expect(formatDay(resolveWeekday(TUESDAY, weekday, mode))).toBe(want);
  });

  it('keeps a day-month in the anchor year unless it lies over six months ahead in a past report', () => {
    expect(yearForDayMonth(TUESDAY, 3, 12, false)).toBe(2015);
    expect(yearForDayMonth(TUESDAY, 12, 30, false)).toBe(2015); // five months ahead: still this year
    expect(yearForDayMonth(dayNumber(2015, 3, 1), 12, 30, false)).toBe(2014);
    expect(yearForDayMonth(dayNumber(2015, 3, 1), 12, 30, true)).toBe(2015);
    expect(yearForDayMonth(dayNumber(2015, 12, 20), 1, 10, true)).toBe(2016);
  });

  it('reads month modifiers as the latest or next such month', () => {
    expect(yearForMonthDirection(TUESDAY, 3, 'past')).toBe(2015);
    expect(yearForMonthDirection(TUESDAY, 7, 'past')).toBe(2014);
    expect(yearForMonthDirection(TUESDAY, 1, 'future')).toBe(2016);
  });

  it.each([
    ['W', -1, '2015-W29'],
    ['W', 1, '2015-W31'],
    ['M', -1, '2015-06'],
    ['Y', -1, '2014'],
    ['DE', 1, '202'],
    ['CE', -1, '19'],
  ] as const)('gives the %s period at offset %i as %s', (unit, offset, want) => {
    expect(periodValue(TUESDAY, unit, offset)).toBe(want);
  });

  it('leaves periods underspecified without an anchor', () => {
    expect(periodValue(null, 'M', -1)).toBe('XXXX-XX');
    expect(periodValue(null, 'W', 1)).toBe('XXXX-WXX');
  });

  it.each([
    [3, 'D', '2015-07-18'],
    [1, 'M', '2015-06'],
    [3, 'Y', '2012'],
    [2, 'W', '2015-W28'],
    [null, 'W', 'PAST_REF'],
  ] as const)('reads %s %s ago as %s', (amount, unit, want) => {
    expect(agoValue(TUESDAY, amount, unit)).toBe(want);
  });

  it.each([
    [10, 'MIN', 'PT10M'],
    [3, 'D', 'P3D'],
    [2, 'W', 'P2W'],
    [null, 'D', 'PXD'],
    [null, 'H', 'PTXH'],
    [3.5, 'Y', 'P42M'],
    [1.5, 'H', 'PT90M'],
    [0.5, 'H', 'PT30M'],
    [1, 'DE', 'P10Y'],
    [0.5, 'CE', 'P50Y'],
  ] as const)('writes %s %s as %s', (amount, unit, want) => {
    expect(durationValue(amount, unit)).toBe(want);
  });
});

describe('the Hijri year of a Hijri month named without year', () => {
  // Anchor 2015-07-21 is 5 Shawwal 1436.
  it.each([
    [9, false, 1436, 'Ramadan just ended'],
    [11, false, 1436, 'Dhu al-Qada ahead, within six months'],
    [3, false, 1436, 'Rabi I of this Hijri year in a past report, not the nearer one to come'],
    [3, true, 1437, 'Rabi I in a future clause, this year’s being over six months past'],
    [1, false, 1436, 'Muharram in a past report'],
  ] as const)('month %i (future %s) → %i: %s', (month, future, want, _why) => {
    expect(hijriYearForMonth(TUESDAY, month, future)).toBe(want);
  });
});
