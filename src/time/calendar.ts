/**
 * Gregorian calendar arithmetic on day numbers (days since 1970-01-01, UTC), and the TIMEX3 value
 * strings built from them: `2015-07-21`, `2015-07`, `2015`, `2015-W30`. Pure functions, no time
 * zones: a day is a calendar day wherever it was written.
 */

/** A Gregorian calendar date. */
export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

/** Day number of a Gregorian date (no validation; out-of-range parts roll over like `Date.UTC`). */
export function dayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.floor(d.getTime() / MS_PER_DAY);
}

/** The Gregorian date of a day number. */
export function fromDayNumber(n: number): Ymd {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Days in a Gregorian month. */
export function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

/** True when year-month-day is a real Gregorian date. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** ISO weekday of a day number: Monday = 1 … Sunday = 7 (1970-01-01 was a Thursday). */
export function isoWeekday(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** ISO week-numbering year and week of a day number. */
export function isoWeek(n: number): { year: number; week: number } {
  const thursday = n - isoWeekday(n) + 4; // the week's Thursday decides its year
  const year = fromDayNumber(thursday).year;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/** Adds `delta` months to a year-month. */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const m = year * 12 + (month - 1) + delta;
  return { year: Math.floor(m / 12), month: (m % 12) + 1 };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** TIMEX3 day value `YYYY-MM-DD` of a day number. */
export function formatDay(n: number): string {
  const { year, month, day } = fromDayNumber(n);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** TIMEX3 month value `YYYY-MM`. */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/** TIMEX3 ISO-week value `YYYY-Www` of the week containing day `n`. */
export function formatWeek(n: number): string {
  const { year, week } = isoWeek(n);
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** TIMEX3 year value `YYYY`. */
export function formatYear(year: number): string {
  return pad(year, 4);
}

/** Day number of a `YYYY-MM-DD…` string (time part ignored), or null. */
export function parseIsoDay(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? dayNumber(y, mo, d) : null;
}

/** The latest day before `n` (exclusive) with ISO weekday `weekday`. */
export function previousWeekday(n: number, weekday: number): number {
  const back = (isoWeekday(n) - weekday + 7) % 7 || 7;
  return n - back;
}

/** The earliest day after `n` (exclusive) with ISO weekday `weekday`. */
export function nextWeekday(n: number, weekday: number): number {
  const ahead = (weekday - isoWeekday(n) + 7) % 7 || 7;
  return n + ahead;
}
