/**
 * Calendar dates written out: days in either calendar (21 يوليو (تموز) 2015, 5 شوال 1436 هـ, الثالث
 * من اغسطس, 31 من الشهر الجاري, 10/شوال/1436هـ), numeric dates (21/7/2015, 1436/10/5 هـ) and
 * months (يوليو, آذار/مارس الماضي, شهر رمضان); years are read in `years.ts`.
 */
import {
  addMonths,
  dayNumber,
  formatDay,
  formatMonth,
  fromDayNumber,
  isValidDate,
} from '../../time/calendar.js';
import {
  formatInterval,
  fromHijri,
  hijriMonthRange,
  hijriMonthStart,
  nearestHijriYear,
  toHijri,
} from '../../time/hijri.js';
import { type Direction, MODIFIERS } from '../../time/lexicon.js';
import { readNumber, readOrdinal } from '../../time/numbers.js';
import {
  hijriYearForMonth,
  yearForDayMonth,
  yearForMonth,
  yearForMonthDirection,
} from '../../time/resolve.js';
import {
  eraAt,
  isHijriYear,
  type MonthRead,
  monthAt,
  STANDALONE_HIJRI,
  skipAlternate,
  yearAfter,
  yearIn,
  yearNumber,
} from './calendar-words.js';
import { NAME_HEADS, readsAsMonth, signalled } from './date-words.js';
import { type DayRef, dayValue, type Hit, type Scan } from './scan.js';
import { yearPhrase } from './years.js';

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
  // يوم (19) شوال: a day in brackets.
  if (s.key(i) === '(' && s.key(i + 2) === ')') {
    const b = s.int(i + 1);
    if (b !== null && b >= 1 && b <= 31 && monthAt(s, i + 3)) return { day: b, next: i + 3, ordinal: false };
  }
  // تسعه ديسمبر: a cardinal in words, right before the month.
  const card = readNumber(s.keys.slice(i, Math.min(s.limit, i + 3)), 0);
  if (card?.words && card.value >= 1 && card.value <= 31 && monthAt(s, i + card.next)) {
    return { day: card.value, next: i + card.next, ordinal: true };
  }
  const ord = readOrdinal(s.keys.slice(i, Math.min(s.limit, i + 4)), 0);
  // Days are counted in masculine ordinals: الاولي من رمضان is a first something else (ten days, night).
  if (!ord || ord.value < 1 || ord.value > 31 || s.key(i) === 'الاولي') return null;
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
      // 21/7/2015 is written solid; with slashes spaces also occur (13 /10 /1436هـ) when a year ends or opens it.
      const solid = s.touching(i) && s.touching(i + 1) && s.touching(i + 2) && s.touching(i + 3);
      const yearAtEnd = (s.keys[i + 4]?.length ?? 0) === 4 || key.length === 4; // 13 /10 /1436, 1436 / 10 / 17
      if (solid || (sep === '/' && yearAtEnd)) {
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

/**
 * A day in a named month, with year, modifier or neither. `sep` is the separator written between
 * day and month (10/شوال/1436هـ, 7 / يوليو /2015), which may also stand before the year.
 */
function dayInMonth(s: Scan, day: number, m: MonthRead, sep = ''): { ref: DayRef; next: number } | null {
  let k = m.calendar === 'gregorian' ? skipAlternate(s, m.next, m.month) : m.next;
  if ((sep === '/' || sep === '-') && s.key(k) === sep && yearNumber(s, k + 1) !== null) k++;
  const y = yearAfter(s, k);
  if (y) {
    const hijri = isHijriYear(y.year, y.calendar, m.calendar);
    if (hijri !== (m.calendar === 'hijri')) return null;
    if (hijri) {
      const n = lenientHijri(yearIn(s, y, 'hijri'), m.month, day);
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
  const sep = s.key(j);
  if (sep === 'من' || sep === '-' || (sep === '/' && !d.ordinal)) j++;
  if (NAME_HEADS.has(s.keys[i - 1] ?? '')) return null;
  // الثامن من الشهر نفسه: a day of the month named last.
  if (s.key(j) === 'الشهر' && s.key(j - 1) === 'من' && SAME.has(s.key(j + 1)))
    return sameMonthDay(s, d.day, j + 2);
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
  const r = dayInMonth(s, d.day, m, sep);
  // 2-صفر is a score: a month that is also a word joins a day by a dash or slash only with a year.
  if (r && m.ambiguous && (sep === '-' || sep === '/') && r.ref.relative) return null;
  return r;
}

/** Words after الشهر meaning "the same" (من الشهر نفسه). */
const SAME = new Set(['نفسه', 'ذاته']);

/** Day `day` of the month named last (الثامن من الشهر نفسه), in that month's calendar. */
function sameMonthDay(s: Scan, day: number, next: number): { ref: DayRef; next: number } | null {
  const m = s.lastMonthRef;
  if (m === null) return null;
  if (m.calendar === 'hijri') {
    const n = lenientHijri(m.year, m.month, day);
    return n === null ? null : { ref: s.day(n, true, 'hijri'), next };
  }
  if (!isValidDate(m.year, m.month, day)) return null;
  return { ref: s.day(dayNumber(m.year, m.month, day), true), next };
}

/** A month with or without year or modifier: [شهر] MONTH [alternate] [YEAR | MODIFIER]. */
export function monthPhrase(s: Scan, i: number): Hit | null {
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
    const value = hijri
      ? formatInterval(hijriMonthRange(yearIn(s, y, 'hijri'), m.month))
      : formatMonth(y.year, m.month);
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
  // (باب "door" is not ب + اب "August"), but does for the others (بيوليو). رمضان, رجب … also
  // stand alone where the words around them read as a month's (احتياجات رمضان من البهارات).
  const attached = s.keys[i] !== s.words[i]?.key;
  const standalone = m.calendar === 'hijri' && STANDALONE_HIJRI.has(s.key(i)) && readsAsMonth(s, i, j);
  if (m.ambiguous && !named && !alternate && !standalone && !signalled(s, i)) return null;
  if (m.ambiguous && attached && !named && !standalone) return null;
  if (s.anchor === null) {
    const value = m.calendar === 'hijri' ? null : `XXXX-${pad2(m.month)}`;
    return { next: j, type: 'DATE', value, calendar: m.calendar, relative: m.calendar === 'hijri' };
  }
  if (m.calendar === 'hijri') {
    const year = hijriYearForMonth(s.anchor, m.month, s.future);
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
