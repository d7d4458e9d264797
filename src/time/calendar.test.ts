import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dayNumber,
  daysInMonth,
  formatDay,
  formatWeek,
  fromDayNumber,
  isoWeekday,
  isValidDate,
  nextWeekday,
  parseIsoDay,
  previousWeekday,
} from './calendar.js';

describe('calendar arithmetic', () => {
  it.each([
    ['1970-01-01', 4],
    ['2015-07-20', 1],
    ['2015-07-21', 2],
    ['2015-07-26', 7],
    ['2024-02-29', 4],
  ])('gives %s the ISO weekday %i', (day, weekday) => {
    expect(isoWeekday(parseIsoDay(day) as number)).toBe(weekday);
  });

  it.each([
    ['2015-07-21', '2015-W30'],
    ['2015-01-01', '2015-W01'],
    ['2016-01-01', '2015-W53'],
    ['2014-12-29', '2015-W01'],
  ])('puts %s in ISO week %s', (day, week) => {
    expect(formatWeek(parseIsoDay(day) as number)).toBe(week);
  });

  it('round-trips day numbers, before 1970 too', () => {
    for (const [y, m, d] of [
      [2015, 7, 21],
      [1956, 10, 29],
      [622, 7, 19],
    ] as const) {
      expect(fromDayNumber(dayNumber(y, m, d))).toEqual({ year: y, month: m, day: d });
    }
  });

  it('validates dates and month lengths', () => {
    expect(isValidDate(2015, 2, 29)).toBe(false);
    expect(isValidDate(2016, 2, 29)).toBe(true);
    expect(daysInMonth(2015, 9)).toBe(30);
    expect(parseIsoDay('2015-13-01')).toBeNull();
    expect(parseIsoDay('2015-07-21T10:00:00')).toBe(dayNumber(2015, 7, 21));
  });

  it('adds months across years', () => {
    expect(addMonths(2015, 11, 3)).toEqual({ year: 2016, month: 2 });
    expect(addMonths(2015, 1, -1)).toEqual({ year: 2014, month: 12 });
  });

  it('finds the previous and next weekday, never the day itself', () => {
    const tuesday = dayNumber(2015, 7, 21);
    expect(formatDay(previousWeekday(tuesday, 1))).toBe('2015-07-20');
    expect(formatDay(previousWeekday(tuesday, 2))).toBe('2015-07-14');
    expect(formatDay(nextWeekday(tuesday, 2))).toBe('2015-07-28');
    expect(formatDay(nextWeekday(tuesday, 5))).toBe('2015-07-24');
  });
});
