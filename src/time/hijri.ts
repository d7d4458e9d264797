/**
 * Hijri (Umm al-Qura) ↔ Gregorian conversion through Node's `Intl` (ICU's `islamic-umalqura`
 * calendar, the official calendar of Saudi Arabia). Gregorian → Hijri is one formatter call;
 * Hijri → Gregorian finds the month's first day by a few corrected estimates, cached per month.
 * Outside ICU's Umm al-Qura table (1300–1600 AH) ICU falls back to the arithmetic calendar.
 */
import { formatDay } from './calendar.js';

/** A Hijri date. */
export interface HijriDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;
/** Mean length of a lunar month in days (synodic month), for the first estimate only. */
const MEAN_MONTH = 29.530588;
/** Day number (since 1970-01-01) of 1 Muharram 1 AH in the arithmetic calendar: 622-07-16 Julian. */
const EPOCH_1AH = -492148;

const FORMAT = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** The Hijri (Umm al-Qura) date of a day number. */
export function toHijri(n: number): HijriDate {
  let year = 0;
  let month = 0;
  let day = 0;
  for (const p of FORMAT.formatToParts(new Date(n * MS_PER_DAY))) {
    if ((p.type as string) === 'year') year = Number.parseInt(p.value, 10);
    else if (p.type === 'month') month = Number.parseInt(p.value, 10);
    else if (p.type === 'day') day = Number.parseInt(p.value, 10);
  }
  return { year, month, day };
}

const monthStarts = new Map<number, number>();

/** Day number of 1 `month` `year` AH. */
export function hijriMonthStart(year: number, month: number): number {
  const index = year * 12 + (month - 1);
  const cached = monthStarts.get(index);
  if (cached !== undefined) return cached;
  let n = Math.round(EPOCH_1AH + (index - 12) * MEAN_MONTH);
  for (let i = 0; i < 8; i++) {
    const h = toHijri(n);
    const off = index - (h.year * 12 + h.month - 1);
    if (off === 0 && h.day === 1) break;
    n += Math.round(off * MEAN_MONTH) - (h.day - 1);
  }
  if (monthStarts.size > 5000) monthStarts.clear();
  monthStarts.set(index, n);
  return n;
}

/** Day number of a Hijri date, or null when the month has no such day (30 in a 29-day month). */
export function fromHijri(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  const n = hijriMonthStart(year, month) + day - 1;
  return toHijri(n).month === month ? n : null;
}

/** The Gregorian days `[first, last]` of a Hijri month. */
export function hijriMonthRange(year: number, month: number): { first: number; last: number } {
  const next = month === 12 ? hijriMonthStart(year + 1, 1) : hijriMonthStart(year, month + 1);
  return { first: hijriMonthStart(year, month), last: next - 1 };
}

/** The Gregorian days `[first, last]` of a Hijri year. */
export function hijriYearRange(year: number): { first: number; last: number } {
  return { first: hijriMonthStart(year, 1), last: hijriMonthStart(year + 1, 1) - 1 };
}

/** TIMEX3 interval value `YYYY-MM-DD/YYYY-MM-DD` of a day range. */
export function formatInterval(range: { first: number; last: number }): string {
  return `${formatDay(range.first)}/${formatDay(range.last)}`;
}

/**
 * The Hijri year in which month `month` (day `day`) falls nearest to day `anchor`: the year whose
 * occurrence is closest, by days, to the anchor (a month containing the anchor is at distance 0).
 */
export function nearestHijriYear(anchor: number, month: number, day?: number): number {
  const here = toHijri(anchor).year;
  let best = here;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const year of [here - 1, here, here + 1]) {
    const { first, last } =
      day === undefined
        ? hijriMonthRange(year, month)
        : { first: hijriMonthStart(year, month) + day - 1, last: hijriMonthStart(year, month) + day - 1 };
    const distance = anchor < first ? first - anchor : anchor > last ? anchor - last : 0;
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}
