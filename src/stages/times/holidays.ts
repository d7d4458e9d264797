/**
 * Hijri holidays: عيد الفطر → 1 Shawwal, عيد الاضحي → 10 Dhu al-Hijja, ايام التشريق (an interval),
 * in the Hijri year nearest the anchor; ثاني ايام عيد الفطر, اول يوم العيد → a day of it; يوم العيد,
 * هذا العيد; العيد alone, even generic (فرحه العيد) → the Eid just named, else the Eid nearest the
 * anchor. Epithets (المبارك) stay out of the extent.
 */
import { formatDay } from '../../time/calendar.js';
import { formatInterval, fromHijri, nearestHijriYear, toHijri } from '../../time/hijri.js';
import { HIJRI_HOLIDAYS, MODIFIERS } from '../../time/lexicon.js';
import { isHijriYear, yearAfter, yearIn } from './calendar-words.js';
import { endsPersonName, isSpeaker } from './date-words.js';
import type { Hit, Scan } from './scan.js';

/** Ordinal day of a holiday: اول ايام العيد, ثاني ايام عيد الفطر. */
export const DAY_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['اول', 0],
  ['ثاني', 1],
  ['ثالث', 2],
  ['رابع', 3],
  ['خامس', 4],
  ['سادس', 5],
  ['سابع', 6],
  ['ثامن', 7],
  ['تاسع', 8],
  ['عاشر', 9],
]);

/** Words after العيد that make it another feast (العيد الوطني, العيد الذهبي). */
const NOT_EID = new Set(['الوطني', 'الذهبي', 'الفضي', 'الماسي', 'السنوي', 'الاول', 'الخامس']);

/** Words before العيد that make it a person's name (بن العيد, ابو العيد), not the feast. */
const NAME_MARKERS = new Set(['بن', 'ابن', 'بنت', 'ابو', 'ال']);

/** Words before العيد that make it the feast whatever comes before them (ابن اخته ليله العيد). */
const EID_CONTEXT = new Set([
  'ليله',
  'يوم',
  'صباح',
  'مساء',
  'ايام',
  'اجازه',
  'عطله',
  'صلاه',
  'فرحه',
  'بمناسبه',
  'احتفالات',
  'فعاليات',
  'قبل',
  'بعد',
  'خلال',
  'في',
]);

/** The two Eids as (month, day), for a bare العيد. */
const EIDS: readonly [number, number][] = [
  [10, 1],
  [12, 10],
];

function isEid(month: number, day: number): boolean {
  return EIDS.some(([m, d]) => m === month && d === day);
}

function hit(next: number, h: Named, first = h.first, days = h.days): Hit {
  const value =
    first === null ? null : days > 1 ? formatInterval({ first, last: first + days - 1 }) : formatDay(first);
  return {
    next,
    type: 'DATE',
    value,
    calendar: 'hijri',
    relative: h.relative,
    ...(h.eid && h.first !== null ? { holiday: formatDay(h.first) } : {}),
  };
}

/** A holiday read at a word: its first day (or null), length, end and whether it is an Eid. */
interface Named {
  readonly first: number | null;
  readonly days: number;
  readonly next: number;
  readonly relative: boolean;
  readonly eid: boolean;
}

/** A named holiday at `i`, its first day (or null) and where it ends. */
function named(s: Scan, i: number): Named | null {
  for (const h of HIJRI_HOLIDAYS) {
    if (!h.keys.every((k, j) => s.key(i + j) === k)) continue;
    const j = i + h.keys.length;
    const days = h.days ?? 1;
    const eid = isEid(h.month, h.day);
    const y = yearAfter(s, j);
    if (y && isHijriYear(y.year, y.calendar, 'hijri')) {
      const first = fromHijri(yearIn(s, y, 'hijri'), h.month, h.day);
      return { first, days, next: y.next, relative: y.relative, eid };
    }
    if (s.anchor === null) return { first: null, days, next: j, relative: true, eid };
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
      return { first: fromHijri(year, h.month, h.day), days, next: j + 1, relative: true, eid };
    }
    const first = fromHijri(nearestHijriYear(s.anchor, h.month, h.day), h.month, h.day);
    return { first, days, next: j, relative: true, eid };
  }
  return bareEid(s, i);
}

/**
 * العيد alone (also generic: فرحه العيد, صلاه العيد) → the Eid named or celebrated last, else the
 * Eid nearest the anchor; not another feast (العيد الوطني) nor a name (بن العيد).
 */
function bareEid(s: Scan, i: number): Named | null {
  if (s.key(i) !== 'العيد' || NOT_EID.has(s.key(i + 1))) return null;
  const prev = s.keys[i - 1] ?? '';
  if (NAME_MARKERS.has(prev) || isSpeaker(s, i) || (!EID_CONTEXT.has(prev) && endsPersonName(s, i)))
    return null;
  // #باص_العيد: part of a hashtag or handle.
  const before = s.text[(s.words[i]?.start ?? 0) - 1] ?? ' ';
  if (before === '_' || before === '#') return null;
  const next = i + 1;
  if (s.lastHoliday !== null) return { first: s.lastHoliday, days: 1, next, relative: true, eid: true };
  if (s.anchor === null) return { first: null, days: 1, next, relative: true, eid: true };
  const anchor = s.anchor;
  const days = EIDS.map(([m, d]) => fromHijri(nearestHijriYear(anchor, m, d), m, d) ?? anchor);
  const first = days.reduce((a, b) => (Math.abs(b - anchor) < Math.abs(a - anchor) ? b : a));
  return { first, days: 1, next, relative: true, eid: true };
}

/** Heads kept in a holiday's extent: يوم العيد, هذا العيد (not يوم عرفه, itself a holiday's name). */
const HOLIDAY_HEADS = new Set(['يوم', 'هذا']);

/**
 * A Hijri holiday, optionally a numbered day of it (ثاني ايام عيد الفطر, اول يوم العيد) or with
 * يوم / هذا before it.
 */
export function holiday(s: Scan, i: number): Hit | null {
  const nth = DAY_ORDINALS.get(s.key(i));
  if (nth !== undefined && (s.key(i + 1) === 'ايام' || s.key(i + 1) === 'يوم')) {
    const h = named(s, i + 2);
    if (!h) return null;
    return hit(h.next, h, h.first === null ? null : h.first + nth, 1);
  }
  const h = named(s, i) ?? (HOLIDAY_HEADS.has(s.key(i)) ? named(s, i + 1) : null);
  return h ? hit(h.next, h) : null;
}
