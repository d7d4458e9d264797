/**
 * Deictic expressions resolved against the anchor: relative days (امس, اول من امس, اليوم, غدا,
 * بعد غد) with an optional weekday check (امس الاثنين), relational days (اليوم التالي, العام
 * التالي), weekdays (الاثنين الماضي, يوم الجمعه, الاحد بعد المقبل; a bare one naming a day the text
 * dated, or the date it is joined to by الموافق), periods (الاسبوع المقبل, هذا العام, الشهر الجاري),
 * seasons, decades and centuries.
 */

import { WEEKDAYS } from '../../lexicon/months.js';
import { formatDay, isoWeekday, parseIsoDay } from '../../time/calendar.js';
import { MODIFIERS, RELATIVE_DAYS, UNIT_FORMS } from '../../time/lexicon.js';
import { periodValue, resolveWeekday } from '../../time/resolve.js';
import { isTitleNoun } from './date-words.js';
import { explicitDay } from './dates.js';
import { holiday } from './holidays.js';
import { isPerUnit } from './rates.js';
import { type DayRef, dayValue, type Hit, type Scan } from './scan.js';
import { yearAt } from './years.js';

/**
 * Days around the anchor within which a bare weekday may name a day the text has dated: one week,
 * so that the weekday cannot mean another week's (calibrated on invented sentences and dev2).
 */
const TOLD_WEEKDAY_WINDOW = 7;

const WEEKDAY_OF = new Map(WEEKDAYS.map((w) => [w.key, w.weekday]));
const BARE_WEEKDAY_OF = new Map(WEEKDAYS.map((w) => [w.key.slice(2), w.weekday]));
const WEEKDAY_NAMES = ['', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'الاحد'];

/** Words after اليوم that make it a day of a sequence (اليوم التالي → a relational day). */
const RELATIONAL_DAYS: ReadonlyMap<string, number | null> = new Map([
  ['التالي', 1],
  ['السابق', -1],
  ['الاول', null],
  ['الثاني', null],
  ['الثالث', null],
  ['الرابع', null],
  ['الخامس', null],
  ['الاخير', null],
]);

/** Words after اليوم that make it a name or a clause-defined day (اليوم الوطني, اليوم الذي): nothing. */
const NOT_TODAY = new Set([
  'السادس',
  'السابع',
  'الثامن',
  'التاسع',
  'العاشر',
  'الوطني',
  'العالمي',
  'الدولي',
  'العربي',
  'الخليجي',
  'الموعود',
  'المفتوح',
  'الدراسي',
  'الختامي',
  'الافتتاحي',
  'الحاسم',
  'نفسه',
  'ذاته',
  'الذي',
  'المحدد',
  'المشهود',
  'الطويل',
  'الكامل',
]);

/** Words before اليوم that make it a name (the newspapers اليوم, عين اليوم). */
const DAY_NAME_HEADS = new Set(['عين', 'صحيفه', 'جريده', 'موقع', 'قناه', 'مجله', 'برنامج']);

/** Words before a weekday that make it something else (صلاه الجمعه, كلا الاثنين). */
const WEEKDAY_BLOCKERS = new Set([
  'صلاه',
  'خطبه',
  'خطيب',
  'خطبتي',
  'جامع',
  'مسجد',
  'كلا',
  'صلاتي',
  'لصلاه',
  'وصلاه',
]);

const QUOTE_OPEN = new Set(['«', '"', '“', "'"]);
const QUOTE_CLOSE = new Set(['»', '"', '”', "'"]);

/** A weekday name at word `i` (with the article, or without it after يوم/كل). */
export function weekdayAt(s: Scan, i: number, bare = false): { weekday: number; next: number } | null {
  const k = s.key(i);
  const wd = WEEKDAY_OF.get(k) ?? (bare ? BARE_WEEKDAY_OF.get(k) : undefined);
  if (wd === undefined) return null;
  const next = s.key(i + 1);
  if ((wd === 7 || wd === 1) && (next === 'عشر' || next === 'عشره' || next === 'معا')) return null;
  if (WEEKDAY_BLOCKERS.has(s.keys[i - 1] ?? '')) return null;
  return { weekday: wd, next: i + 1 };
}

/** A weekday right after a relative day: اليوم الاثنين, امس (الاحد), اليوم - الثلاثاء. */
function trailingWeekday(s: Scan, j: number): { weekday: number; next: number } | null {
  if (s.key(j) === '(') {
    const w = weekdayAt(s, j + 1);
    return w && s.key(w.next) === ')' ? { weekday: w.weekday, next: w.next + 1 } : null;
  }
  if (s.key(j) === '-' || s.key(j) === '–' || s.key(j) === '،') {
    const w = weekdayAt(s, j + 1);
    return w && (s.key(w.next) === '-' || s.key(w.next) === '–' || s.key(w.next) === '،') ? w : null;
  }
  return weekdayAt(s, j);
}

function mismatch(weekday: number, n: number): string {
  return `names ${WEEKDAY_NAMES[weekday]} but ${formatDay(n)} is a ${WEEKDAY_NAMES[isoWeekday(n)]}`;
}

/**
 * An explicit date after a weekday or relative day (الثلاثاء 21 يوليو 2015, اليوم الاحد
 * 10/10/1436هـ, الثلاثاء (21 يوليو)): the date is the reference, noted when the weekday disagrees.
 */
function dateAfter(s: Scan, j: number, weekday: number | null): { ref: DayRef; next: number } | null {
  let k = j;
  if (s.key(k) === '،' || s.key(k) === ',' || s.key(k) === '(' || s.key(k) === '-' || s.key(k) === 'الموافق')
    k++;
  if (s.key(k - 1) === 'الموافق') return null; // الموافق joins two expressions
  const date = explicitDay(s, k);
  if (!date || (s.key(k - 1) === '(' && s.key(date.next) !== ')')) return null;
  const next = s.key(k - 1) === '(' ? date.next + 1 : date.next;
  const ref = date.ref;
  if (weekday === null || ref.n === null || isoWeekday(ref.n) === weekday) return { ref, next };
  return { ref: { ...ref, note: mismatch(weekday, ref.n) }, next };
}

/** [يوم|يومي] before a day: include it in the extent. */
function dayHead(s: Scan, i: number): number {
  return s.key(i) === 'يوم' || s.key(i) === 'يومي' ? i + 1 : i;
}

/** A relative day with optional weekday: [يوم] امس [الاثنين], اول من امس, بعد غد, اليوم (الثلاثاء). */
export function relativeDay(s: Scan, i: number): { ref: DayRef; next: number } | null {
  let j = dayHead(s, i);
  let offset: number | undefined;
  const k = s.key(j);
  if (k === 'اول' && s.key(j + 1) === 'امس') [offset, j] = [-2, j + 2];
  else if (k === 'اول' && s.key(j + 1) === 'من' && s.key(j + 2) === 'امس') [offset, j] = [-2, j + 3];
  else if (k === 'بعد' && (s.key(j + 1) === 'غد' || s.key(j + 1) === 'الغد')) [offset, j] = [2, j + 2];
  else if ((k === 'امس' || k === 'الامس') && s.key(j + 1) === 'الاول') [offset, j] = [-2, j + 2];
  else {
    offset = RELATIVE_DAYS.get(k);
    if (offset === undefined) return null;
    if (k === 'اليوم') {
      if (j > i) return null; // يوم اليوم
      const prev = s.keys[i - 1] ?? '';
      const after = s.key(j + 1);
      if (DAY_NAME_HEADS.has(prev) || NOT_TODAY.has(after) || prev === 'ذلك' || prev === 'تلك') return null;
      if (QUOTE_OPEN.has(prev) && QUOTE_CLOSE.has(after)) return null;
      if (isPerUnit(s, j)) return null; // 39 الف زائر في اليوم: a rate
      if (RELATIONAL_DAYS.has(after)) return relationalDay(s, j, after);
    }
    j++;
  }
  const wd = trailingWeekday(s, j);
  if (wd) j = wd.next;
  const dated = dateAfter(s, j, wd?.weekday ?? null);
  if (dated) return dated;
  if (s.anchor === null) {
    const under = wd ? `XXXX-WXX-${wd.weekday}` : offset === 0 ? 'PRESENT_REF' : 'XXXX-XX-XX';
    return { ref: { n: null, under, relative: true, calendar: 'gregorian' }, next: j };
  }
  const n = s.anchor + offset;
  if (!wd || isoWeekday(n) === wd.weekday) return { ref: s.day(n, true), next: j };
  // The weekday wins (guidelines): the nearest such day, in the past for امس/اليوم, in the future
  // for غدا/بعد غد. With اليوم the clause is not consulted: a mismatch there comes from an anchor
  // later than the writing (a crawl date), so the day named lies before it.
  const future = offset > 0;
  const fixed = resolveWeekday(s.anchor, wd.weekday, future ? 'nearest-future' : 'nearest-past');
  return {
    ref: { ...s.day(fixed, true), note: `${mismatch(wd.weekday, n)}; read as ${formatDay(fixed)}` },
    next: j,
  };
}

/** اليوم التالي / اليوم السابق: the day after/before the last day told; other ordinals unresolved. */
function relationalDay(s: Scan, j: number, after: string): { ref: DayRef; next: number } {
  const shift = RELATIONAL_DAYS.get(after);
  const next = j + 2;
  if (shift !== null && shift !== undefined && s.lastDay !== null)
    return { ref: s.day(s.lastDay + shift, true), next };
  return { ref: { n: null, under: 'XXXX-XX-XX', relative: false, calendar: 'gregorian' }, next };
}

/** A weekday phrase: [يوم] WEEKDAY [MODIFIER] [، DATE | (DATE)], as a day reference. */
export function weekdayDay(s: Scan, i: number): { ref: DayRef; next: number } | null {
  let j = dayHead(s, i);
  const wd = weekdayAt(s, j, j > i);
  if (!wd) return null;
  j = wd.next;
  // الاربعاء بعد المقبل: the one after the next.
  const afterNext = s.key(j) === 'بعد' && MODIFIERS.get(s.key(j + 1)) === 'future';
  if (afterNext) {
    j += 2;
    if (s.anchor === null)
      return {
        ref: { n: null, under: `XXXX-WXX-${wd.weekday}`, relative: true, calendar: 'gregorian' },
        next: j,
      };
    return { ref: s.day(resolveWeekday(s.anchor, wd.weekday, 'future') + 7, true), next: j };
  }
  const direction = MODIFIERS.get(s.key(j));
  if (direction) j++;
  const dated = dateAfter(s, j, wd.weekday);
  if (dated) return dated;
  if (s.anchor === null) {
    return {
      ref: { n: null, under: `XXXX-WXX-${wd.weekday}`, relative: true, calendar: 'gregorian' },
      next: j,
    };
  }
  // يوم الاحد الموافق للاول من ذي القعده: the weekday is that date (the date is its own expression).
  const same = s.key(j) === 'الموافق' ? dateWithHeads(s, j + 1) : null;
  if (same && same.n !== null) return { ref: s.day(same.n, same.relative, 'gregorian'), next: j };
  if (!direction) {
    const week = weekAfterList(s, j);
    if (week !== null) return { ref: s.day(sundayWeekDay(s.anchor, week, wd.weekday), true), next: j };
    const told = toldWeekday(s, s.anchor, wd.weekday);
    if (told !== null) return { ref: s.day(told, true), next: j };
  }
  const mode =
    direction === 'past'
      ? 'past'
      : direction === 'future'
        ? 'future'
        : s.future
          ? 'nearest-future'
          : 'nearest-past';
  return { ref: s.day(resolveWeekday(s.anchor, wd.weekday, mode), true), next: j };
}

/**
 * The day a bare weekday names when the text has already dated a day of that weekday near the
 * anchor (تبدا الهدنه الاحد 26 يوليو … اعتبارا من مساء الاحد): the latest such day, or null.
 */
function toldWeekday(s: Scan, anchor: number, weekday: number): number | null {
  for (let k = s.toldDays.length - 1; k >= 0; k--) {
    const n = s.toldDays[k] as number;
    if (isoWeekday(n) === weekday && Math.abs(n - anchor) <= TOLD_WEEKDAY_WINDOW) return n;
  }
  return null;
}

/** An explicit day at word `k`, also read without an attached preposition (للاول من شوال). */
function dateWithHeads(s: Scan, k: number): DayRef | null {
  const w = s.words[k];
  if (!w || k >= s.limit) return null;
  const saved = s.keys[k] as string;
  try {
    for (const h of w.heads) {
      s.keys[k] = h.key;
      const d = explicitDay(s, k);
      if (d) return d.ref;
    }
    return null;
  } finally {
    s.keys[k] = saved;
  }
}

/**
 * The week offset of "في الاسبوع المقبل" closing a list of weekdays (الاحد والاثنين في الاسبوع بعد
 * المقبل), looked up from the end of one weekday through the rest of the list; null when absent.
 */
function weekAfterList(s: Scan, j: number): number | null {
  let k = j;
  for (let n = 0; n < 8; n++) {
    const key = s.key(k);
    if (key === '،' || key === ',') k++;
    else if (key.startsWith('و') && WEEKDAY_OF.has(key.slice(1))) k++;
    else if (WEEKDAY_OF.has(key)) k++;
    else break;
  }
  if (s.key(k) !== 'في' || s.key(k + 1) !== 'الاسبوع') return null;
  return periodOffset(s, k + 2)?.offset ?? null;
}

/** A weekday in the week `offset` weeks from the anchor's, weeks starting on Sunday as in the Gulf. */
function sundayWeekDay(anchor: number, offset: number, weekday: number): number {
  const sunday = anchor - (isoWeekday(anchor) % 7);
  return sunday + 7 * offset + (weekday % 7);
}

/** Any day reference: explicit date, relative day or weekday. */
export function dayRef(s: Scan, i: number): { ref: DayRef; next: number } | null {
  const a = explicitDay(s, i);
  if (a) return a;
  const b = relativeDay(s, i);
  const c = weekdayDay(s, i);
  if (b && c) return c.next > b.next ? c : b;
  return b ?? c ?? holidayDay(s, i);
}

/** A holiday as a day: صباح يوم العيد, ليله عيد الفطر. */
function holidayDay(s: Scan, i: number): { ref: DayRef; next: number } | null {
  const j = s.key(i) === 'يوم' ? i + 1 : i;
  const h = holiday(s, j);
  const n = h?.value ? parseIsoDay(h.value) : null;
  if (!h || n === null || h.value?.includes('/')) return null;
  return { ref: { ...s.day(n, h.relative === true, 'hijri'), holiday: true }, next: h.next };
}

/** A relative day or weekday as a DATE hit. */
export function dayPhrase(s: Scan, i: number): Hit | null {
  const r = relativeDay(s, i);
  const d = r ?? weekdayDay(s, i);
  if (!d) return null;
  return {
    ...(r ? {} : { weekday: true }),
    next: d.next,
    type: 'DATE',
    value: dayValue(d.ref),
    calendar: d.ref.calendar,
    relative: d.ref.relative,
    ...(d.ref.note ? { note: d.ref.note } : {}),
  };
}

const PERIOD_UNITS = new Set(['W', 'M', 'Y', 'DE', 'CE']);

/** Offset of a modifier after a period: الماضي −1, المقبل +1, الجاري 0, بعد المقبل +2, قبل الماضي −2. */
export function periodOffset(s: Scan, j: number): { offset: number; next: number } | null {
  if (s.key(j) === 'بعد' && MODIFIERS.get(s.key(j + 1)) === 'future') return { offset: 2, next: j + 2 };
  if (s.key(j) === 'قبل' && MODIFIERS.get(s.key(j + 1)) === 'past') return { offset: -2, next: j + 2 };
  const d = MODIFIERS.get(s.key(j));
  if (!d) return null;
  return { offset: d === 'past' ? -1 : d === 'future' ? 1 : 0, next: j + 1 };
}

/** A period relative to the anchor: الاسبوع الماضي, العام المقبل, الشهر الجاري, هذا العام [1436هـ]. */
export function relativePeriod(s: Scan, i: number): Hit | null {
  let j = i;
  const demonstrative = s.key(j) === 'هذا' || s.key(j) === 'هذه';
  if (demonstrative) j++;
  const u = UNIT_FORMS.get(s.key(j));
  if (!u?.article || u.number !== 'sg' || !PERIOD_UNITS.has(u.unit)) return null;
  if (u.unit === 'Y' && !demonstrative && isTitleNoun(s.keys[i - 1])) return null; // المدير العام السابق
  j++;
  let offset = 0;
  // العام التالي: the year after the one just told (a year told explicitly, not the anchor's).
  if (!demonstrative && u.unit === 'Y' && s.key(j) === 'التالي') {
    const told = s.lastTold === null ? null : Number(s.lastTold.slice(0, 4));
    return told === null
      ? null
      : { next: j + 1, type: 'DATE', value: String(told + 1), calendar: 'gregorian' };
  }
  if (!demonstrative) {
    const o = periodOffset(s, j);
    if (!o) return null;
    ({ offset, next: j } = o);
  }
  // هذا العام 1436هـ, العام الحالي 2015: the written year is the value.
  if (u.unit === 'Y' && offset === 0) {
    const y = yearAt(s, j);
    if (y) return { ...y, relative: false };
  }
  return {
    next: j,
    type: 'DATE',
    value: periodValue(s.anchor, u.unit, offset),
    calendar: 'gregorian',
    relative: true,
  };
}

/** The night: الليله (tonight), الليله الماضيه (last night). */
export function tonight(s: Scan, i: number): Hit | null {
  if (s.key(i) !== 'الليله' || /^ال(ثاني|ثالث|رابع|خامس|اولي|اخيره|اول|اخير)/u.test(s.key(i + 1)))
    return null;
  const d = MODIFIERS.get(s.key(i + 1));
  if (d === 'future') return null;
  const offset = d === 'past' ? -1 : 0;
  const next = d ? i + 2 : i + 1;
  const value = s.anchor === null ? 'XXXX-XX-XXTNI' : `${formatDay(s.anchor + offset)}TNI`;
  return { next, type: 'TIME', value, calendar: 'gregorian', relative: true };
}
