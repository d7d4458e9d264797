/**
 * Calendar dates written out: days in either calendar (21 يوليو (تموز) 2015, 5 شوال 1436 هـ, الثالث
 * من اغسطس, 31 من الشهر الجاري), numeric dates (21/7/2015, 1436/10/5 هـ), months (يوليو, آذار/مارس
 * الماضي, شهر رمضان) and years (عام 2015, 1436هـ).
 */
import {
  addMonths,
  dayNumber,
  formatDay,
  formatMonth,
  formatYear,
  fromDayNumber,
  isValidDate,
} from '../../time/calendar.js';
import {
  formatInterval,
  fromHijri,
  hijriMonthRange,
  hijriMonthStart,
  hijriYearRange,
  nearestHijriYear,
  toHijri,
} from '../../time/hijri.js';
import { type Direction, MODIFIERS } from '../../time/lexicon.js';
import { readNumber, readOrdinal } from '../../time/numbers.js';
import { yearForDayMonth, yearForMonth, yearForMonthDirection } from '../../time/resolve.js';
import {
  eraAt,
  isHijriYear,
  isMonthWord,
  type MonthRead,
  monthAt,
  skipAlternate,
  yearAfter,
  yearNumber,
} from './calendar-words.js';
import { COUNTED, DATE_SIGNALS, isTitleNoun, NAME_HEADS } from './date-words.js';
import { type DayRef, dayValue, type Hit, type Scan } from './scan.js';

/** Gregorian years taken as years when written alone (others are counts, ids, prices). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;

const RANGE_LINKS = new Set(['الي', 'حتي', 'و', '-', '–', 'او']);

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** A day of the month at `i`: 1–31 in digits, or an ordinal (الثالث) that must be followed by من. */
function dayNumberAt(s: Scan, i: number): { day: number; next: number; ordinal: boolean } | null {
  const d = s.int(i);
  if (d !== null)
    return d >= 1 && d <= 31 && (s.keys[i]?.length ?? 0) <= 2
      ? { day: d, next: i + 1, ordinal: false }
      : null;
  // تسعه ديسمبر: a cardinal in words, right before the month.
  const card = readNumber(s.keys.slice(i, Math.min(s.limit, i + 3)), 0);
  if (card?.words && card.value >= 1 && card.value <= 31 && monthAt(s, i + card.next)) {
    return { day: card.value, next: i + card.next, ordinal: true };
  }
  const ord = readOrdinal(s.keys.slice(i, Math.min(s.limit, i + 4)), 0);
  if (!ord || ord.value < 1 || ord.value > 31) return null;
  // الثالث من اغسطس; also الخامس والعشرين اغسطس, with the month right after.
  const after = s.key(i + ord.next);
  if (after !== 'من' && !monthAt(s, i + ord.next)) return null;
  return { day: ord.value, next: i + ord.next, ordinal: true };
}

/** A full day: D MONTH [YEAR], ordinal من MONTH, D من الشهر الجاري, or a numeric date. */
export function explicitDay(s: Scan, i: number): { ref: DayRef; next: number } | null {
  return numericDate(s, i) ?? dayMonth(s, i);
}

function numericDate(s: Scan, i: number): { ref: DayRef; next: number } | null {
  const key = s.key(i);
  let parts: number[] | null = null;
  let next = i + 1;
  const dotted = /^(\d{1,4})\.(\d{1,2})\.(\d{1,4})$/u.exec(key);
  if (dotted) parts = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
  else if (s.isDigits(i)) {
    const sep = s.key(i + 1);
    if ((sep === '/' || sep === '-') && s.isDigits(i + 2) && s.key(i + 3) === sep && s.isDigits(i + 4)) {
      // 21/7/2015 is written solid; with slashes spaces also occur (13 /10 /1436هـ).
      const solid = s.touching(i) && s.touching(i + 1) && s.touching(i + 2) && s.touching(i + 3);
      if (solid || (sep === '/' && (s.keys[i + 4]?.length ?? 0) === 4)) {
        parts = [Number(key), Number(s.key(i + 2)), Number(s.key(i + 4))];
        next = i + 5;
      }
    }
  }
  if (!parts) return null;
  const [a, b, c] = parts as [number, number, number];
  const [year, month, day] = a > 999 ? [a, b, c] : [c, b, a];
  if (year < 1000) return null;
  const era = eraAt(s, next);
  if (era) next = era.next;
  if (isHijriYear(year, era?.calendar ?? null, null)) {
    const n = lenientHijri(year, month, day);
    return n === null ? null : { ref: s.day(n, false, 'hijri'), next };
  }
  if (!isValidDate(year, month, day)) return null;
  return { ref: s.day(dayNumber(year, month, day), false), next };
}

/**
 * A Hijri date, with the 30th of a 29-day Umm al-Qura month read as the day after the 29th:
 * writers date by the civil calendar or moon sighting, which may have the 30th.
 */
function lenientHijri(year: number, month: number, day: number): number | null {
  const n = fromHijri(year, month, day);
  if (n !== null || day !== 30 || month < 1 || month > 12) return n;
  return hijriMonthStart(year, month) + 29;
}

function hijriDirectionYear(anchor: number, month: number, day: number | null, direction: Direction): number {
  const here = toHijri(anchor).year;
  if (direction === 'current') return here;
  const at = (y: number) =>
    day === null
      ? hijriMonthRange(y, month)
      : { first: fromHijri(y, month, day) ?? 0, last: fromHijri(y, month, day) ?? 0 };
  const { first, last } = at(here);
  if (direction === 'past') return last < anchor ? here : here - 1;
  return first > anchor ? here : here + 1;
}

/** A day in a named month, with year, modifier or neither. */
function dayInMonth(s: Scan, day: number, m: MonthRead): { ref: DayRef; next: number } | null {
  let k = m.calendar === 'gregorian' ? skipAlternate(s, m.next, m.month) : m.next;
  const y = yearAfter(s, k);
  if (y) {
    const hijri = isHijriYear(y.year, y.calendar, m.calendar);
    if (hijri !== (m.calendar === 'hijri')) return null;
    if (hijri) {
      const n = lenientHijri(y.year, m.month, day);
      return n === null ? null : { ref: s.day(n, y.relative, 'hijri'), next: y.next };
    }
    if (!isValidDate(y.year, m.month, day)) return null;
    return { ref: s.day(dayNumber(y.year, m.month, day), y.relative), next: y.next };
  }
  const direction = MODIFIERS.get(s.key(k));
  if (direction) k++;
  if (s.anchor === null) {
    const under = m.calendar === 'hijri' ? 'XXXX-XX-XX' : `XXXX-${pad2(m.month)}-${pad2(day)}`;
    return {
      ref: { n: null, under, relative: m.calendar === 'hijri' || !!direction, calendar: m.calendar },
      next: k,
    };
  }
  if (m.calendar === 'hijri') {
    const year = direction
      ? hijriDirectionYear(s.anchor, m.month, day, direction)
      : nearestHijriYear(s.anchor, m.month, day);
    const n = fromHijri(year, m.month, day);
    return n === null ? null : { ref: s.day(n, true, 'hijri'), next: k };
  }
  let year = yearForDayMonth(s.anchor, m.month, day, s.future);
  if (direction) {
    const here = fromDayNumber(s.anchor).year;
    const at = dayNumber(here, m.month, day);
    year =
      direction === 'future'
        ? at >= s.anchor
          ? here
          : here + 1
        : direction === 'past'
          ? at <= s.anchor
            ? here
            : here - 1
          : here;
  }
  if (!isValidDate(year, m.month, day)) return null;
  return { ref: s.day(dayNumber(year, m.month, day), true), next: k };
}

function dayMonth(s: Scan, i: number): { ref: DayRef; next: number } | null {
  const d = dayNumberAt(s, i);
  if (!d) return null;
  let j = d.next;
  if (s.key(j) === 'من' || s.key(j) === '-') j++;
  if (NAME_HEADS.has(s.keys[i - 1] ?? '')) return null;
  // ٣١ من الشهر الجاري, الثامن من الشهر المقبل: a day of a relative month.
  if (s.key(j) === 'الشهر' && s.key(j - 1) === 'من') {
    const direction = MODIFIERS.get(s.key(j + 1));
    if (!direction) return null;
    const next = j + 2;
    if (s.anchor === null)
      return {
        ref: { n: null, under: `XXXX-XX-${pad2(d.day)}`, relative: true, calendar: 'gregorian' },
        next,
      };
    const a = fromDayNumber(s.anchor);
    const m = addMonths(a.year, a.month, direction === 'past' ? -1 : direction === 'future' ? 1 : 0);
    if (!isValidDate(m.year, m.month, d.day)) return null;
    return { ref: s.day(dayNumber(m.year, m.month, d.day), true), next };
  }
  if (s.key(j) === 'شهر') j++;
  const m = monthAt(s, j);
  if (!m) return null;
  return dayInMonth(s, d.day, m);
}

/** True when word `i-1` makes a lone month or year at `i` a time expression. */
function signalled(s: Scan, i: number): boolean {
  const prev = s.keys[i - 1];
  if (prev === undefined) return false;
  return s.follows(i, DATE_SIGNALS);
}

/** A month with or without year or modifier: [شهر] MONTH [alternate] [YEAR | MODIFIER]. */
function monthPhrase(s: Scan, i: number): Hit | null {
  let j = i;
  const named = s.key(j) === 'شهر' || s.key(j) === 'شهري';
  if (named) j++;
  const m = monthAt(s, j);
  if (!m) return null;
  // ثوره يوليو, احداث 11 سبتمبر: names.
  if (NAME_HEADS.has(s.keys[i - 1] ?? '') || (s.isDigits(i - 1) && NAME_HEADS.has(s.keys[i - 2] ?? '')))
    return null;
  j = m.calendar === 'gregorian' ? skipAlternate(s, m.next, m.month) : m.next;
  const alternate = j > m.next;
  const y = yearAfter(s, j);
  if (y) {
    const hijri = isHijriYear(y.year, y.calendar, m.calendar);
    if (hijri !== (m.calendar === 'hijri')) return null;
    const value = hijri ? formatInterval(hijriMonthRange(y.year, m.month)) : formatMonth(y.year, m.month);
    return { next: y.next, type: 'DATE', value, calendar: m.calendar, relative: y.relative };
  }
  const direction = MODIFIERS.get(s.key(j));
  if (direction) {
    const next = j + 1;
    if (s.anchor === null) {
      const value = m.calendar === 'hijri' ? null : `XXXX-${pad2(m.month)}`;
      return { next, type: 'DATE', value, calendar: m.calendar, relative: true };
    }
    if (m.calendar === 'hijri') {
      const year = hijriDirectionYear(s.anchor, m.month, null, direction);
      return {
        next,
        type: 'DATE',
        value: formatInterval(hijriMonthRange(year, m.month)),
        calendar: 'hijri',
        relative: true,
      };
    }
    const year = yearForMonthDirection(s.anchor, m.month, direction);
    return { next, type: 'DATE', value: formatMonth(year, m.month), calendar: 'gregorian', relative: true };
  }
  // An ambiguous name needs a signal word before it; a preposition attached to it does not count
  // (باب "door" is not ب + اب "August"), but does for the others (بيوليو).
  const attached = s.keys[i] !== s.words[i]?.key;
  if (m.ambiguous && !named && !alternate && !signalled(s, i)) return null;
  if (m.ambiguous && attached && !named) return null;
  if (s.anchor === null) {
    const value = m.calendar === 'hijri' ? null : `XXXX-${pad2(m.month)}`;
    return { next: j, type: 'DATE', value, calendar: m.calendar, relative: m.calendar === 'hijri' };
  }
  if (m.calendar === 'hijri') {
    const year = nearestHijriYear(s.anchor, m.month);
    return {
      next: j,
      type: 'DATE',
      value: formatInterval(hijriMonthRange(year, m.month)),
      calendar: 'hijri',
      relative: true,
    };
  }
  const year = yearForMonth(s.anchor, m.month, s.future);
  return { next: j, type: 'DATE', value: formatMonth(year, m.month), calendar: 'gregorian', relative: true };
}

/** True when word `i` sits inside a «quoted title» on its line (مهرجان «صنع في عسير 2015»). */
function insideTitle(s: Scan, i: number): boolean {
  let open = false;
  for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
    const k = s.keys[j];
    if (k === '»') return false;
    if (k === '«') {
      open = true;
      break;
    }
  }
  if (!open) return false;
  for (let j = i + 1; j < Math.min(s.limit, i + 6); j++) if (s.keys[j] === '»') return true;
  return false;
}

/** True when a bare four-digit number at `i` reads as a year. */
function yearContext(s: Scan, i: number): boolean {
  if (insideTitle(s, i)) return false;
  if (signalled(s, i)) return true;
  const prev = s.keys[i - 1] ?? '';
  if (RANGE_LINKS.has(prev) || prev === '/') {
    if (yearNumber(s, i - 2) !== null) return true;
  }
  if (isMonthWord(prev)) return true; // ثوره يوليو 1952: the month is a name, the year is not
  const next = s.key(i + 1);
  if (eraAt(s, i + 1)) return true;
  if (
    (next === '-' || next === '/' || next === '–') &&
    yearNumber(s, i + 2) !== null &&
    s.key(i + 3) !== next
  )
    return true;
  return prev === '(' && next === ')';
}

/** A year at word `j`: YEAR [era], Gregorian or Hijri (as a Gregorian interval). */
export function yearAt(s: Scan, j: number): Hit | null {
  const y = yearNumber(s, j);
  if (y === null) return null;
  const era = eraAt(s, j + 1);
  const next = era?.next ?? j + 1;
  if (isHijriYear(y, era?.calendar ?? null, null)) {
    return { next, type: 'DATE', value: formatInterval(hijriYearRange(y)), calendar: 'hijri' };
  }
  return { next, type: 'DATE', value: formatYear(y), calendar: 'gregorian' };
}

/** A year: [عام|العام|سنه|عامي] YEAR [era], or a bare year in a temporal context. */
function yearPhrase(s: Scan, i: number): Hit | null {
  let j = i;
  const lead = s.key(j);
  const headed = ['عام', 'العام', 'سنه', 'السنه', 'عامي', 'سنتي', 'اعوام', 'سنوات'].includes(lead);
  if (headed && isTitleNoun(s.keys[i - 1])) return null;
  if (headed) j++;
  const y = yearNumber(s, j);
  if (y === null) return null;
  if (!headed && !yearContext(s, j)) return null;
  // اكثر من 2000 شخص, ما يقرب من 2000 جنيه: a count, not a year.
  if (
    !headed &&
    (COUNTED.has(s.key(j + 1)) || /^(اكثر|اقل|يقرب|يزيد|نحو|حوالي|قرابه)$/u.test(s.keys[j - 2] ?? ''))
  ) {
    return null;
  }
  const hit = yearAt(s, j);
  if (!hit) return null;
  // A bare Hijri-range number (1500 ريال) is a year only with its era or beside a year that has one.
  if (!headed && hit.calendar === 'hijri' && !eraAt(s, j + 1) && !eraAt(s, j + 3)) return null;
  if (hit.calendar === 'gregorian' && (y < MIN_YEAR || y > MAX_YEAR) && !headed) return null;
  return hit;
}

/** Any written-out calendar date at word `i`: full day, month or year. */
export function calendarDate(s: Scan, i: number): Hit | null {
  let j = i;
  if (s.key(j) === 'يوم') j++;
  const day = explicitDay(s, j);
  if (day) return dayHit(day.ref, day.next);
  return monthPhrase(s, i) ?? yearPhrase(s, i);
}

/** A DATE hit for a day reference. */
export function dayHit(ref: DayRef, next: number): Hit {
  return {
    next,
    type: 'DATE',
    value: dayValue(ref),
    calendar: ref.calendar,
    relative: ref.relative,
    ...(ref.note ? { note: ref.note } : {}),
  };
}

/** Range starts: the first day of "من 10 الى 15 يوليو" / "10 و15 يوليو" / "10-15 يوليو" takes the month of the second. */
export function rangeStart(s: Scan, i: number): Hit | null {
  // The first day in digits (10 - 15 يوليو) or as an ordinal (من العاشر الي العشرين من شوال).
  const digits = s.int(i);
  const ord = digits === null ? readOrdinal(s.keys.slice(i, Math.min(s.limit, i + 4)), 0) : null;
  const d =
    digits !== null ? dayNumberAt(s, i) : ord ? { day: ord.value, next: i + ord.next, ordinal: true } : null;
  if (!d || d.day < 1 || d.day > 31 || (d.ordinal && s.keys[i - 1] !== 'من')) return null;
  if (!RANGE_LINKS.has(s.key(d.next))) return null;
  const second = explicitDay(s, d.next + 1);
  const d2 = d.ordinal ? (dayNumberAt(s, d.next + 1)?.day ?? null) : s.int(d.next + 1);
  if (!second || d2 === null) return null;
  const shift = d2 - d.day;
  if (shift <= 0 || shift > 31) return null;
  if (second.ref.n === null) {
    const under = second.ref.under.startsWith('XXXX-')
      ? `${second.ref.under.slice(0, 8)}${pad2(d.day)}`
      : second.ref.under;
    return { next: d.next, type: 'DATE', value: under, calendar: second.ref.calendar };
  }
  return {
    next: d.next,
    type: 'DATE',
    value: formatDay(second.ref.n - shift),
    calendar: second.ref.calendar,
    relative: second.ref.relative,
  };
}
