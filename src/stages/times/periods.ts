/**
 * Periods without a calendar unit and references: الان, مؤخرا, الفتره المقبله (FUTURE_REF),
 * هذه الايام (PRESENT_REF), sports seasons and school years (الموسم الماضي → PAST_REF, العام
 * الدراسي 1436 → the Hijri year, موسمين → P2Y), quarters (الربع الثاني → 2015-Q2), seasons of the year
 * (الصيف الماضي → 2014-SU), decades (الثمانينات → 198) and centuries (القرن العشرين → 19).
 */
import { formatDay, formatYear } from '../../time/calendar.js';
import { formatInterval, hijriYearRange } from '../../time/hijri.js';
import {
  DECADES,
  ERA_WORDS,
  MODIFIERS,
  REFERENCE_PHRASES,
  REFERENCE_WORDS,
  type Reference,
  SEASON_COUNTS,
  SEASON_PERIODS,
  SEASONS,
  VAGUE_PERIODS,
} from '../../time/lexicon.js';
import { readNumber, readOrdinal } from '../../time/numbers.js';
import { durationValue } from '../../time/resolve.js';
import { yearAfter } from './calendar-words.js';
import { periodOffset, relativePeriod } from './relative.js';
import type { Hit, Scan } from './scan.js';

/** Hijri years written without era (العام الدراسي 1436). */
const MIN_HIJRI_YEAR = 1300;
const MAX_HIJRI_YEAR = 1500;

function ref(next: number, value: Reference): Hit {
  return { next, type: 'DATE', value, calendar: 'gregorian' };
}

/** The reference a modifier gives a unitless period (الماضي → PAST_REF, الجديد → FUTURE_REF). */
function referenceOf(key: string): Reference | null {
  if (key === 'الجديد' || key === 'الجديده') return 'FUTURE_REF';
  const d = MODIFIERS.get(key);
  if (!d) return null;
  return d === 'past' ? 'PAST_REF' : d === 'future' ? 'FUTURE_REF' : 'PRESENT_REF';
}

/** References: الان, مؤخرا, الوقت الحالي, وقت سابق, في المستقبل, الفتره المقبله, هذه الفتره … */
export function reference(s: Scan, i: number): Hit | null {
  const one = REFERENCE_WORDS.get(s.key(i));
  // واخيرا / a sentence-initial اخيرا is "finally", not "recently".
  if (
    one &&
    s.key(i) === 'اخيرا' &&
    (s.keys[i] !== s.words[i]?.key || i === 0 || /^[.!؟:،]$/u.test(s.keys[i - 1] ?? '.'))
  ) {
    return null;
  }
  if (one) return ref(i + 1, one);
  for (const [keys, value] of REFERENCE_PHRASES) {
    if (keys.every((k, j) => s.key(i + j) === k)) return ref(i + keys.length, value);
  }
  const prev = s.keys[i - 1];
  const attached = s.keys[i] !== s.words[i]?.key; // للمستقبل: ل + المستقبل
  if (s.key(i) === 'المستقبل' && (prev === 'في' || attached)) return ref(i + 1, 'FUTURE_REF');
  if (s.key(i) === 'الماضي' && prev === 'في') return ref(i + 1, 'PAST_REF');
  if (VAGUE_PERIODS.has(s.key(i))) {
    // الفتره المقبله, الفتره القليله المقبله
    const few = s.key(i + 1) === 'القليله' || s.key(i + 1) === 'الوجيزه' ? 1 : 0;
    const r = referenceOf(s.key(i + 1 + few));
    if (r && !(few && r === 'PRESENT_REF')) return ref(i + 2 + few, r);
  }
  return null;
}

function yearValue(
  s: Scan,
  j: number,
): { value: string; next: number; calendar: 'gregorian' | 'hijri' } | null {
  const y = s.int(j);
  if (y === null || s.keys[j]?.length !== 4) return null;
  const era = ERA_WORDS.get(s.key(j + 1));
  const hijri = era ? era === 'hijri' : y >= MIN_HIJRI_YEAR && y <= MAX_HIJRI_YEAR;
  const next = era ? j + 2 : j + 1;
  return hijri
    ? { value: formatInterval(hijriYearRange(y)), next, calendar: 'hijri' }
    : { value: formatYear(y), next, calendar: 'gregorian' };
}

/** Sports seasons and school years: الموسم المقبل, العام الدراسي الجديد 1436, الموسم قبل الماضي. */
export function seasonPeriod(s: Scan, i: number): Hit | null {
  for (const keys of SEASON_PERIODS) {
    if (!keys.every((k, j) => s.key(i + j) === k)) continue;
    let j = i + keys.length;
    let value: Reference | null = null;
    if (s.key(j) === 'قبل' && s.key(j + 1) === 'الماضي') [value, j] = ['PAST_REF', j + 2];
    else {
      value = referenceOf(s.key(j));
      if (value) j++;
    }
    const year = yearValue(s, j);
    if (year) return { next: year.next, type: 'DATE', value: year.value, calendar: year.calendar };
    if (keys[0] === 'موسم') return null; // موسم without the article: only with a year (موسم 2013)
    if (value && !(keys.length === 1 && keys[0] === 'الفصل' && value === 'PRESENT_REF')) return ref(j, value);
    return null;
  }
  return null;
}

/** Counted seasons: موسمين → P2Y, الموسمين الماضيين, ثلاثه مواسم; المواسم الماضيه → PAST_REF. */
export function seasonCount(s: Scan, i: number): Hit | null {
  const num = readNumber(s.keys.slice(i, Math.min(s.limit, i + 4)), 0);
  const at = num ? i + num.next : i;
  const form = SEASON_COUNTS.get(s.key(at));
  if (!form) return null;
  let next = at + 1;
  const d = MODIFIERS.get(s.key(next));
  if (d && d !== 'current') next++;
  if (num && form !== 'du')
    return { next, type: 'DURATION', value: durationValue(num.value, 'Y'), calendar: 'gregorian' };
  if (form === 'du') return { next, type: 'DURATION', value: 'P2Y', calendar: 'gregorian' };
  // لمده موسم واحد, لمده موسم: one season, counted as a year.
  if (form === 'sg' && !num) {
    const one = s.key(at + 1) === 'واحد' || s.key(at + 1) === 'واحدا';
    const alone = !/\p{L}/u.test(s.key(at + 1)); // لمده موسم. — not موسم الحج
    if (one || (s.follows(i, COUNT_SIGNALS) && alone)) {
      return { next: one ? at + 2 : at + 1, type: 'DURATION', value: 'P1Y', calendar: 'gregorian' };
    }
  }
  if (form === 'pl' && d && d !== 'current') return ref(next, d === 'past' ? 'PAST_REF' : 'FUTURE_REF');
  return null;
}

const COUNT_SIGNALS = new Set(['لمده', 'مده', 'طوال', 'طيله', 'خلال']);

const QUARTERS: ReadonlyMap<string, number> = new Map([
  ['الاول', 1],
  ['الثاني', 2],
  ['الثالث', 3],
  ['الرابع', 4],
  ['الاخير', 4],
]);

/** Quarters and halves of a year: الربع الثاني للعام 2012 → 2012-Q2, النصف الاول من العام الجاري → 2015-H1. */
export function quarter(s: Scan, i: number): Hit | null {
  const head = s.key(i);
  if (head !== 'الربع' && head !== 'النصف') return null;
  const n = QUARTERS.get(s.key(i + 1));
  if (n === undefined && head === 'الربع') return relativeQuarter(s, i) ?? lastQuarter(s, i);
  if (n === undefined || (head === 'النصف' && n > 2)) return null;
  const code = head === 'الربع' ? `Q${n}` : `H${s.key(i + 1) === 'الاخير' ? 2 : n}`;
  const y = yearAfter(s, i + 2);
  if (y)
    return {
      next: y.next,
      type: 'DATE',
      value: `${formatYear(y.year)}-${code}`,
      calendar: 'gregorian',
      relative: y.relative,
    };
  if (s.key(i + 2) === 'النهائي' || s.key(i + 2) === 'الساعه') return null;
  const value = s.anchor === null ? `XXXX-${code}` : `${formatDay(s.anchor).slice(0, 4)}-${code}`;
  return { next: i + 2, type: 'DATE', value, calendar: 'gregorian', relative: true };
}

/**
 * الربع الحالي / الماضي / المقبل: the quarter of the anchor, before or after it; الحالي after a
 * quarter was named is that quarter (results "for the current quarter" of a reported one).
 */
function relativeQuarter(s: Scan, i: number): Hit | null {
  const d = MODIFIERS.get(s.key(i + 1));
  if (!d) return null;
  if (d === 'current' && s.lastQuarter !== null)
    return { next: i + 2, type: 'DATE', value: s.lastQuarter, calendar: 'gregorian', relative: true };
  if (s.anchor === null) return { next: i + 2, type: 'DATE', value: null, calendar: 'gregorian' };
  const [y, m] = formatDay(s.anchor).split('-').map(Number) as [number, number];
  const q = Math.floor((m - 1) / 3) + (d === 'past' ? -1 : d === 'future' ? 1 : 0);
  const year = y + Math.floor(q / 4);
  const value = `${year}-Q${(((q % 4) + 4) % 4) + 1}`;
  return { next: i + 2, type: 'DATE', value, calendar: 'gregorian', relative: true };
}

/**
 * A bare الربع right after a quarter was named is that quarter (ارتفعت الاسعار في الربع); not the
 * Empty Quarter (الربع الخالي), a quarter-final or a quarter of an hour.
 */
function lastQuarter(s: Scan, i: number): Hit | null {
  if (s.lastQuarter === null) return null;
  const next = s.key(i + 1);
  if (next.startsWith('ال') || next === 'ساعه' || /^\d/u.test(next)) return null;
  return { next: i + 1, type: 'DATE', value: s.lastQuarter, calendar: 'gregorian', relative: true };
}

/** Words before a lone season that make it this year's (في الصيف, خلال الشتاء). */
const SEASON_SIGNALS = new Set(['في', 'خلال', 'حتي', 'منذ', 'طوال', 'فصل', 'موسم', 'اجازه', 'عطله']);

/** Seasons that are this year's even without a signal (يشتد البرد الشتاء): not الربيع, also a name. */
const BARE_SEASONS = new Set(['الشتاء', 'الصيف', 'الخريف']);

/** Words before a season that make it part of a name (مهرجان الصيف). */
const SEASON_NAME_HEADS = new Set(['مهرجان', 'ملتقي', 'معرض']);

/** Season adjectives of a period noun: الفتره الصيفيه → this year's summer. */
const SEASON_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['الصيفيه', 'SU'],
  ['الشتويه', 'WI'],
  ['الربيعيه', 'SP'],
  ['الخريفيه', 'FA'],
]);

/** Seasons: صيف 2015, الصيف الماضي, هذا الصيف, فصل الشتاء المقبل, في الصيف, الفتره الصيفيه. */
export function season(s: Scan, i: number): Hit | null {
  const adjective = s.key(i) === 'الفتره' ? SEASON_ADJECTIVES.get(s.key(i + 1)) : undefined;
  if (adjective) {
    const value = s.anchor === null ? `XXXX-${adjective}` : `${formatDay(s.anchor).slice(0, 4)}-${adjective}`;
    return { next: i + 2, type: 'DATE', value, calendar: 'gregorian', relative: true };
  }
  let j = i;
  const demonstrative = s.key(j) === 'هذا';
  if (demonstrative) j++;
  if (!demonstrative && s.key(j) === 'فصل') j++;
  const code = SEASONS.get(s.key(j));
  if (!code || s.key(j + 1) === 'العربي') return null;
  const article = s.key(j).startsWith('ال');
  j++;
  const year = s.int(j);
  if (!article && year !== null && (s.keys[j]?.length ?? 0) === 4) {
    return { next: j + 1, type: 'DATE', value: `${year}-${code}`, calendar: 'gregorian' };
  }
  let offset: number | null = demonstrative ? 0 : null;
  if (!demonstrative && article) {
    const o = periodOffset(s, j);
    if (o) ({ offset, next: j } = o);
    else if (SEASON_SIGNALS.has(s.keys[i - 1] ?? '') || (i > 0 && s.keys[i] !== s.words[i]?.key)) offset = 0;
    else if (BARE_SEASONS.has(s.key(j - 1)) && !SEASON_NAME_HEADS.has(s.keys[i - 1] ?? '')) offset = 0;
  }
  if (!article && !demonstrative) {
    const rel = relativePeriod(s, j);
    if (rel?.value && /^\d{4}$/u.test(rel.value) && s.key(j) !== 'هذه') {
      return {
        next: rel.next,
        type: 'DATE',
        value: `${rel.value}-${code}`,
        calendar: 'gregorian',
        relative: true,
      };
    }
    if (rel && s.anchor === null)
      return { next: rel.next, type: 'DATE', value: `XXXX-${code}`, calendar: 'gregorian', relative: true };
  }
  if (offset === null) return null;
  const value =
    s.anchor === null ? `XXXX-${code}` : `${Number(formatDay(s.anchor).slice(0, 4)) + offset}-${code}`;
  return { next: j, type: 'DATE', value, calendar: 'gregorian', relative: true };
}

/** القرن + ordinal, number or modifier → the TIMEX3 century prefix (القرن العشرين → 19). */
function centuryAt(s: Scan, i: number): { century: number; next: number } | null {
  if (s.key(i) !== 'القرن') return null;
  let j = i + 1;
  const ord = readOrdinal(s.keys.slice(j, s.limit), 0);
  if (ord && ord.value >= 1 && ord.value <= 30) return { century: ord.value - 1, next: j + ord.next };
  if (s.key(j) === 'ال' || s.key(j) === 'الـ') j++;
  const n = s.int(j);
  if (n !== null && n >= 1 && n <= 30) return { century: n - 1, next: j + 1 };
  const d = MODIFIERS.get(s.key(i + 1));
  if (d && s.anchor !== null) {
    const here = Math.floor(Number(formatDay(s.anchor).slice(0, 4)) / 100);
    return { century: here + (d === 'past' ? -1 : d === 'future' ? 1 : 0), next: i + 2 };
  }
  return null;
}

/** The century closing a decade phrase, after من or directly: ثمانينات القرن الماضي, الستينات من القرن العشرين. */
function decadeCentury(s: Scan, j: number): { century: number; next: number } | null {
  return centuryAt(s, j) ?? (s.key(j) === 'من' ? centuryAt(s, j + 1) : null);
}

/**
 * Decades and centuries: الثمانينات [من القرن الماضي], ثمانينات القرن الماضي, القرن العشرين.
 * Coordinated decades are two expressions sharing the century: ستينات وسبعينات القرن الماضي.
 */
export function decadeOrCentury(s: Scan, i: number): Hit | null {
  let j = i;
  if (s.key(j) === 'عقد') j++;
  const decade = DECADES.get(s.key(j));
  if (decade !== undefined) {
    j++;
    let century = decadeCentury(s, j);
    const next = century ? century.next : j;
    if (!century && s.key(j).startsWith('و') && DECADES.has(s.key(j).slice(1)))
      century = decadeCentury(s, j + 1);
    return { next, type: 'DATE', value: `${century?.century ?? 19}${decade / 10}`, calendar: 'gregorian' };
  }
  const c = centuryAt(s, i);
  return c
    ? { next: c.next, type: 'DATE', value: String(c.century).padStart(2, '0'), calendar: 'gregorian' }
    : null;
}
