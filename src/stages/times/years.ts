/**
 * Years written out: عام 2015, 1436هـ, عامي 1430 و1436, a bare year in a temporal context (منذ
 * 2011, ثوره يوليو 1952), Gregorian or Hijri (as an interval of Gregorian days).
 */
import { formatYear } from '../../time/calendar.js';
import { formatInterval, hijriYearRange } from '../../time/hijri.js';
import { eraAt, isHijriYear, isMonthWord, yearNumber } from './calendar-words.js';
import { COUNTED, isTitleNoun, signalled } from './date-words.js';
import type { Hit, Scan } from './scan.js';

/** Gregorian years taken as years when written alone (others are counts, ids, prices). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;

const RANGE_LINKS = new Set(['الي', 'حتي', 'و', '-', '–', 'او']);

/** Words heading a year (عام 2015, عامي 1430, للعامين 1436/1437هـ). */
const YEAR_HEADS = new Set([
  'عام',
  'العام',
  'سنه',
  'السنه',
  'عامي',
  'سنتي',
  'اعوام',
  'سنوات',
  'العامين',
  'عامين',
]);

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
export function yearPhrase(s: Scan, i: number): Hit | null {
  let j = i;
  const lead = s.key(j);
  const headed = YEAR_HEADS.has(lead);
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
