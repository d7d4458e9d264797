/**
 * Resolving relative and underspecified time expressions against an anchor day (the publication
 * date), and the TIMEX3 values of durations. Without an anchor the values stay underspecified
 * (XXXX-07, XXXX-WXX-1): a year is never invented.
 */
import {
  addMonths,
  dayNumber,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  fromDayNumber,
  isoWeekday,
  nextWeekday,
  previousWeekday,
} from './calendar.js';
import { hijriMonthRange, toHijri } from './hijri.js';
import type { TimeUnit } from './lexicon.js';

/**
 * How far ahead of the anchor a date without year may fall before a past-tense report reads it as
 * last year's (guidelines: "more than ~6 months in the future"); mirrored for future clauses.
 */
export const YEARLESS_WINDOW_DAYS = 183;

/** The day of weekday `weekday` that a weekday name refers to, seen from `anchor`. */
export function resolveWeekday(
  anchor: number,
  weekday: number,
  direction: 'past' | 'future' | 'nearest-past' | 'nearest-future',
): number {
  if (direction === 'past') return previousWeekday(anchor, weekday);
  if (direction === 'future') return nextWeekday(anchor, weekday);
  if (isoWeekday(anchor) === weekday) return anchor;
  return direction === 'nearest-past' ? previousWeekday(anchor, weekday) : nextWeekday(anchor, weekday);
}

/** The year of a day-month without year: the anchor's, or the one before/after (see YEARLESS_WINDOW_DAYS). */
export function yearForDayMonth(anchor: number, month: number, day: number, future: boolean): number {
  const { year } = fromDayNumber(anchor);
  const here = dayNumber(year, month, day);
  if (!future && here - anchor > YEARLESS_WINDOW_DAYS) return year - 1;
  if (future && anchor - here > YEARLESS_WINDOW_DAYS) return year + 1;
  return year;
}

/** The year of a month named without year (في مارس), by the same rule as `yearForDayMonth`. */
export function yearForMonth(anchor: number, month: number, future: boolean): number {
  const { year, month: m } = fromDayNumber(anchor);
  if (month === m) return year;
  return yearForDayMonth(anchor, month, 15, future);
}

/**
 * The Hijri year of a Hijri month named without year (في رجب), by the rule of `yearForMonth`: the
 * anchor's Hijri year, unless the month's middle then lies more than YEARLESS_WINDOW_DAYS ahead in
 * a past-tense report (the year before) or behind in a future clause (the year after).
 */
export function hijriYearForMonth(anchor: number, month: number, future: boolean): number {
  const here = toHijri(anchor).year;
  const { first } = hijriMonthRange(here, month);
  const middle = first + 14;
  if (!future && middle - anchor > YEARLESS_WINDOW_DAYS) return here - 1;
  if (future && anchor - middle > YEARLESS_WINDOW_DAYS) return here + 1;
  return here;
}

/** The year of a month named with a modifier: مارس الماضي (latest March before), ديسمبر المقبل. */
export function yearForMonthDirection(
  anchor: number,
  month: number,
  direction: 'past' | 'future' | 'current',
): number {
  const { year, month: m } = fromDayNumber(anchor);
  if (direction === 'past') return month < m ? year : year - 1;
  if (direction === 'future') return month > m ? year : year + 1;
  return year;
}

/** TIMEX3 value of the period of `unit` containing the anchor, shifted by `offset` periods. */
export function periodValue(anchor: number | null, unit: TimeUnit, offset: number): string | null {
  if (anchor === null) {
    const under: Partial<Record<TimeUnit, string>> = {
      D: 'XXXX-XX-XX',
      W: 'XXXX-WXX',
      M: 'XXXX-XX',
      Y: 'XXXX',
      DE: 'XXX',
      CE: 'XX',
    };
    return under[unit] ?? null;
  }
  const { year, month } = fromDayNumber(anchor);
  switch (unit) {
    case 'D':
      return formatDay(anchor + offset);
    case 'W':
      return formatWeek(anchor + 7 * offset);
    case 'M': {
      const m = addMonths(year, month, offset);
      return formatMonth(m.year, m.month);
    }
    case 'Y':
      return formatYear(year + offset);
    case 'DE':
      return String(Math.floor(year / 10) + offset).padStart(3, '0');
    case 'CE':
      return String(Math.floor(year / 100) + offset).padStart(2, '0');
    default:
      return null;
  }
}

/** TIMEX3 value of "`amount` `unit`s ago" (قبل ثلاثه ايام), at the unit's granularity; PAST_REF when vague. */
export function agoValue(anchor: number | null, amount: number | null, unit: TimeUnit): string | null {
  if (amount === null || !Number.isInteger(amount)) return 'PAST_REF';
  if (unit === 'S' || unit === 'MIN' || unit === 'H') return anchor === null ? 'PAST_REF' : formatDay(anchor);
  if (unit === 'DE') return periodValue(anchor, 'Y', -10 * amount);
  if (unit === 'CE') return periodValue(anchor, 'Y', -100 * amount);
  return periodValue(anchor, unit, -amount);
}

/** The next smaller unit and how many of it make one: fractions are written there (ساعه ونصف → PT90M). */
const SMALLER: Partial<Record<TimeUnit, [TimeUnit, number]>> = {
  MIN: ['S', 60],
  H: ['MIN', 60],
  D: ['H', 24],
  W: ['D', 7],
  M: ['D', 30],
  Y: ['M', 12],
};

const UNIT_CODE: Record<TimeUnit, string> = {
  S: 'S',
  MIN: 'M',
  H: 'H',
  D: 'D',
  W: 'W',
  M: 'M',
  Y: 'Y',
  DE: 'Y',
  CE: 'Y',
};

/** Decades and centuries are counted in years (عقد → P10Y), as the gold guidelines count seasons. */
const YEARS_PER: Partial<Record<TimeUnit, number>> = { DE: 10, CE: 100 };

function isClock(unit: TimeUnit): boolean {
  return unit === 'S' || unit === 'MIN' || unit === 'H';
}

/**
 * TIMEX3 duration value: `PT10M`, `P3D`, `P2Y`; null amount → `PXD`. A fraction goes to the next
 * smaller unit (ثلاث سنوات ونصف → P42M, ساعه ونصف → PT90M); decades and centuries to years.
 */
export function durationValue(amount: number | null, unit: TimeUnit): string {
  const years = YEARS_PER[unit];
  if (years !== undefined) return durationValue(amount === null ? null : amount * years, 'Y');
  const t = isClock(unit) ? 'T' : '';
  if (amount === null) return `P${t}X${UNIT_CODE[unit]}`;
  if (Number.isInteger(amount)) return `P${t}${amount}${UNIT_CODE[unit]}`;
  const smaller = SMALLER[unit];
  if (smaller && Number.isInteger(amount * smaller[1])) return durationValue(amount * smaller[1], smaller[0]);
  return `P${t}${amount}${UNIT_CODE[unit]}`;
}
