/**
 * Hijri expressions beyond day-month-year: Ramadan by its epithets (الشهر الفضيل, شهر الصوم), the
 * first day of a month (غره شوال), its thirds (العشر الاواخر من رمضان → an interval of days), the
 * Hijri year named as such (العام الهجري 1436, العام الهجري الجديد), years of fewer than four
 * digits with their era (262هـ) and Hijri centuries (القرن العاشر الهجري). Values are Gregorian
 * days or intervals of them, as for every Hijri expression.
 */
import { assertKeyForm } from '../../lexicon/key-form.js';
import { formatDay } from '../../time/calendar.js';
import {
  formatInterval,
  hijriMonthRange,
  hijriMonthStart,
  hijriYearRange,
  toHijri,
} from '../../time/hijri.js';
import { ERA_WORDS, MODIFIERS } from '../../time/lexicon.js';
import { readOrdinal } from '../../time/numbers.js';
import { hijriYearForMonth } from '../../time/resolve.js';
import { monthPhrase } from './dates.js';
import type { Hit, Scan } from './scan.js';

/** Ramadan named by an epithet: الشهر الفضيل, الشهر الكريم, شهر الصوم. */
const RAMADAN_NAMES: readonly (readonly string[])[] = [
  ['الشهر', 'الفضيل'],
  ['الشهر', 'الكريم'],
  ['الشهر', 'المبارك'],
  ['شهر', 'الصوم'],
  ['شهر', 'الصيام'],
];

/** The thirds of a month: العشر الاوائل (days 1–10), الاواسط (11–20), الاواخر (21–end). */
const THIRDS: ReadonlyMap<string, number> = new Map([
  ['الاوائل', 0],
  ['الاولي', 0],
  ['الاواسط', 1],
  ['الوسطي', 1],
  ['الاواخر', 2],
  ['الاخيره', 2],
]);

/** Heads of the Hijri year named as such. */
const HIJRI_YEAR_HEADS: readonly (readonly string[])[] = [
  ['العام', 'الهجري'],
  ['السنه', 'الهجريه'],
];

/** Words before a short year that head it (عام 262هـ). */
const YEAR_HEADS = new Set(['عام', 'العام', 'سنه', 'السنه']);

/** Words starting the expressions of this module, for the trigger set. */
export const HIJRI_PHRASE_HEADS: readonly string[] = [
  'الشهر',
  'شهر',
  'غره',
  'العشر',
  'العشره',
  'الايام',
  'العام',
  'السنه',
];

function matches(s: Scan, i: number, keys: readonly string[]): boolean {
  return keys.every((k, j) => s.key(i + j) === k);
}

function dayRange(first: number, last: number, next: number): Hit {
  return { next, type: 'DATE', value: formatInterval({ first, last }), calendar: 'hijri', relative: true };
}

/** Ramadan by an epithet: the Ramadan of the anchor's Hijri year by the rule of a month without year. */
function ramadan(s: Scan, i: number): Hit | null {
  const keys = RAMADAN_NAMES.find((k) => matches(s, i, k));
  if (!keys || s.anchor === null) return null;
  const { first, last } = hijriMonthRange(hijriYearForMonth(s.anchor, 9, s.future), 9);
  return dayRange(first, last, i + keys.length);
}

/** The Gregorian days of the Hijri month phrase at `j` ([شهر] MONTH [year]), with its end. */
function hijriMonth(s: Scan, j: number): { first: number; last: number; next: number } | null {
  const m = monthPhrase(s, j);
  if (m?.calendar !== 'hijri' || !m.value?.includes('/')) return null;
  const [a, b] = m.value.split('/') as [string, string];
  const first = Date.parse(`${a}T00:00:00Z`) / 86_400_000;
  const last = Date.parse(`${b}T00:00:00Z`) / 86_400_000;
  return last - first > 30 ? null : { first, last, next: m.next };
}

/** غره شوال: the first day of a Hijri month. */
function firstOfMonth(s: Scan, i: number): Hit | null {
  if (s.key(i) !== 'غره') return null;
  const m = hijriMonth(s, i + 1);
  if (!m) return null;
  return { next: m.next, type: 'DATE', value: formatDay(m.first), calendar: 'hijri', relative: true };
}

/** Heads of the ten days of a month: العشر, العشره ايام, الايام العشر. */
const TEN_DAYS: readonly (readonly string[])[] = [
  ['العشر'],
  ['العشره', 'ايام'],
  ['الايام', 'العشر'],
  ['الايام', 'العشره'],
];

/**
 * العشر الاواخر من رمضان, العشره ايام الاولي من شهر رمضان: ten days of a Hijri month (the last
 * third runs to its end).
 */
function third(s: Scan, i: number): Hit | null {
  const head = TEN_DAYS.find((k) => matches(s, i, k));
  const j = i + (head?.length ?? 0);
  const part = head ? THIRDS.get(s.key(j)) : undefined;
  if (part === undefined || s.key(j + 1) !== 'من') return null;
  const m = hijriMonth(s, j + 2);
  if (!m) return null;
  const first = m.first + 10 * part;
  return dayRange(first, part === 2 ? m.last : first + 9, m.next);
}

/** العام الهجري 1436, السنه الهجريه الماضيه, العام الهجري الجديد: a Hijri year. */
function hijriYear(s: Scan, i: number): Hit | null {
  const keys = HIJRI_YEAR_HEADS.find((k) => matches(s, i, k));
  if (!keys) return null;
  let j = i + keys.length;
  const digits = s.int(j);
  let year: number | null = null;
  if (digits !== null && (s.keys[j]?.length ?? 0) >= 3) {
    year = digits;
    j += ERA_WORDS.get(s.key(j + 1)) === 'hijri' ? 2 : 1;
  } else if (s.anchor !== null) {
    const here = toHijri(s.anchor).year;
    const d = s.key(j) === 'الجديد' || s.key(j) === 'الجديده' ? 'future' : MODIFIERS.get(s.key(j));
    if (!d) return null;
    year = here + (d === 'past' ? -1 : d === 'future' ? 1 : 0);
    j++;
  }
  if (year === null) return null;
  return { next: j, type: 'DATE', value: formatInterval(hijriYearRange(year)), calendar: 'hijri' };
}

/** A year of one to three digits with its Hijri era: 262هـ, عام 95 للهجره (not 36 هـ, a short form). */
function shortYear(s: Scan, i: number): Hit | null {
  const j = YEAR_HEADS.has(s.key(i)) ? i + 1 : i;
  const y = s.int(j);
  const width = s.keys[j]?.length ?? 0;
  if (y === null || y < 1 || width > 3 || (width < 3 && j === i) || ERA_WORDS.get(s.key(j + 1)) !== 'hijri')
    return null;
  return { next: j + 2, type: 'DATE', value: formatInterval(hijriYearRange(y)), calendar: 'hijri' };
}

/** القرن العاشر الهجري: the Gregorian days of a Hijri century (years 901–1000). */
function hijriCentury(s: Scan, i: number): Hit | null {
  if (s.key(i) !== 'القرن') return null;
  const ord = readOrdinal(s.keys.slice(i + 1, Math.min(s.limit, i + 4)), 0);
  if (!ord || ord.value < 1 || ord.value > 15) return null;
  const j = i + 1 + ord.next;
  if (s.key(j) !== 'الهجري') return null;
  const first = hijriMonthStart((ord.value - 1) * 100 + 1, 1);
  const last = hijriMonthStart(ord.value * 100 + 1, 1) - 1;
  return { next: j + 1, type: 'DATE', value: formatInterval({ first, last }), calendar: 'hijri' };
}

/** Any expression of this module at word `i`. */
export function hijriPhrase(s: Scan, i: number): Hit | null {
  return (
    ramadan(s, i) ??
    firstOfMonth(s, i) ??
    third(s, i) ??
    hijriYear(s, i) ??
    shortYear(s, i) ??
    hijriCentury(s, i)
  );
}

assertKeyForm(RAMADAN_NAMES.flat(), 'Ramadan epithet');
assertKeyForm(THIRDS.keys(), 'month third');
assertKeyForm(TEN_DAYS.flat(), 'ten days');
assertKeyForm(HIJRI_YEAR_HEADS.flat(), 'Hijri year head');
assertKeyForm(YEAR_HEADS, 'year head');
