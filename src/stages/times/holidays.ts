/**
 * Hijri holidays: عيد الفطر → 1 Shawwal, عيد الاضحي → 10 Dhu al-Hijja, ايام التشريق (an interval),
 * in the Hijri year nearest the anchor; ثاني ايام عيد الفطر → the day after; العيد alone → the holiday
 * just named, else the Eid nearest the anchor. Epithets (المبارك) stay out of the extent.
 */
import { formatDay } from '../../time/calendar.js';
import { formatInterval, fromHijri, nearestHijriYear, toHijri } from '../../time/hijri.js';
import { HIJRI_HOLIDAYS, MODIFIERS } from '../../time/lexicon.js';
import { isHijriYear, yearAfter } from './calendar-words.js';
import type { Hit, Scan } from './scan.js';

/** Ordinal day of a holiday: اول ايام العيد, ثاني ايام عيد الفطر. */
export const DAY_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['اول', 0],
  ['ثاني', 1],
  ['ثالث', 2],
  ['رابع', 3],
]);

/** Words after العيد that make it another feast (العيد الوطني, العيد الذهبي). */
const NOT_EID = new Set(['الوطني', 'الذهبي', 'الفضي', 'الماسي', 'السنوي', 'الاول', 'الخامس']);

/** Words before a bare العيد that make it the feast, not the family name العيد. */
const EID_SIGNALS = new Set([
  'في',
  'خلال',
  'قبل',
  'بعد',
  'ايام',
  'اجازه',
  'عطله',
  'بمناسبه',
  'حتي',
  'منذ',
  'صلاه',
  'ليله',
  'يوم',
  'مع',
  'عقب',
  'اثناء',
  'طوال',
]);

/** The two Eids as (month, day), for a bare العيد. */
const EIDS: readonly [number, number][] = [
  [10, 1],
  [12, 10],
];

function hit(next: number, first: number | null, days: number, relative: boolean, holidayDay = first): Hit {
  const value =
    first === null ? null : days > 1 ? formatInterval({ first, last: first + days - 1 }) : formatDay(first);
  return {
    next,
    type: 'DATE',
    value,
    calendar: 'hijri',
    relative,
    ...(holidayDay !== null ? { holiday: formatDay(holidayDay) } : {}),
  };
}

/** A named holiday at `i`, its first day (or null) and where it ends. */
function named(
  s: Scan,
  i: number,
): { first: number | null; days: number; next: number; relative: boolean } | null {
  for (const h of HIJRI_HOLIDAYS) {
    if (!h.keys.every((k, j) => s.key(i + j) === k)) continue;
    const j = i + h.keys.length;
    const days = h.days ?? 1;
    const y = yearAfter(s, j);
    if (y && isHijriYear(y.year, y.calendar, 'hijri')) {
      return { first: fromHijri(y.year, h.month, h.day), days, next: y.next, relative: false };
    }
    if (s.anchor === null) return { first: null, days, next: j, relative: true };
    // عيد الفطر الحالي / الماضي / المقبل: this year's, the last one, the next one.
    const d = MODIFIERS.get(s.key(j));
    const here = toHijri(s.anchor).year;
    if (d) {
      const thisYear = fromHijri(here, h.month, h.day) ?? s.anchor;
      const year =
        d === 'past'
          ? thisYear < s.anchor
            ? here
            : here - 1
          : d === 'future'
            ? thisYear > s.anchor
              ? here
              : here + 1
            : here;
      return { first: fromHijri(year, h.month, h.day), days, next: j + 1, relative: true };
    }
    return {
      first: fromHijri(nearestHijriYear(s.anchor, h.month, h.day), h.month, h.day),
      days,
      next: j,
      relative: true,
    };
  }
  const prev = s.keys[i - 1] ?? '';
  const signalled = EID_SIGNALS.has(prev) || s.keys[i] !== s.words[i]?.key;
  if (s.key(i) === 'العيد' && signalled && !NOT_EID.has(s.key(i + 1))) {
    if (s.lastHoliday !== null) return { first: s.lastHoliday, days: 1, next: i + 1, relative: true };
    if (s.anchor === null) return { first: null, days: 1, next: i + 1, relative: true };
    const anchor = s.anchor;
    const days = EIDS.map(([m, d]) => fromHijri(nearestHijriYear(anchor, m, d), m, d) ?? anchor);
    const first = days.reduce((a, b) => (Math.abs(b - anchor) < Math.abs(a - anchor) ? b : a));
    return { first, days: 1, next: i + 1, relative: true };
  }
  return null;
}

/** A Hijri holiday, optionally a numbered day of it (ثاني ايام عيد الفطر). */
export function holiday(s: Scan, i: number): Hit | null {
  const nth = DAY_ORDINALS.get(s.key(i));
  if (nth !== undefined && s.key(i + 1) === 'ايام') {
    const h = named(s, i + 2);
    if (!h) return null;
    return hit(h.next, h.first === null ? null : h.first + nth, 1, h.relative, h.first);
  }
  const h = named(s, i);
  return h ? hit(h.next, h.first, h.days, h.relative) : null;
}
