/**
 * Times of day: clock times (الساعه العاشره, 10:30, 8.30 مساء, الثامنه مساء, العاشره من صباح
 * اليوم, الساعه الثامنه بتوقيت مكه, الساعه (11:59) مساء, الـ6.30 صباحا) and parts of days (صباح اليوم, مساء امس, ليله الاحد, بعد ظهر
 * الثلاثاء, الفتره الصباحيه, في الصباح). A time without its own day takes a day named earlier in
 * the sentence, else stays `XXXX-XX-XX`.
 */
import { formatDay } from '../../time/calendar.js';
import { DAY_PART_ADVERBS, DAY_PART_NOUNS, type DayPart, TIME_ZONE_HEADS } from '../../time/lexicon.js';
import { readNumber, readOrdinal } from '../../time/numbers.js';
import { dayRef, weekdayAt } from './relative.js';
import { type DayRef, dayValue, type Hit, type Scan } from './scan.js';

interface PartRead {
  /** Null when a day follows without a part (الساعه العاشره يوم الاثنين). */
  readonly part: DayPart | null;
  readonly day: DayRef | null;
  readonly next: number;
}

const RANGE_LINKS = new Set(['الي', 'حتي', '-', '–', 'و']);

/** Words before an hour written as an ordinal without الساعه (في العاشره, حتي الثالثه عصرا). */
const CLOCK_SIGNALS = new Set([
  'في',
  'عند',
  'حتي',
  'منذ',
  'من',
  'الي',
  'نحو',
  'حوالي',
  'قرابه',
  'بعد',
  'قبل',
  'و',
  'بين',
]);

/** Adjectives of a period noun naming a part of day: الفتره الصباحيه → MO. */
const PERIOD_ADJECTIVES: ReadonlyMap<string, DayPart> = new Map([
  ['الصباحيه', 'MO'],
  ['المسائيه', 'EV'],
  ['الليليه', 'NI'],
]);

/** Bare parts of day that may stand alone after a preposition (في الصباح): not العصر "the era". */
export const HABITUAL_PARTS: ReadonlyMap<string, DayPart> = new Map([
  ['الصباح', 'MO'],
  ['المساء', 'EV'],
  ['الليل', 'NI'],
  ['الفجر', 'NI'],
  ['الظهيره', 'AF'],
]);

const PART_SIGNALS = new Set(['في', 'خلال', 'حتي', 'منذ', 'طوال', 'طيله', 'من', 'عند', 'مع']);

/** A day-part noun at `j` (صباح, مساء, بعد الظهر …), returning the part and the index after it. */
function partNoun(s: Scan, j: number): { part: DayPart; next: number } | null {
  if (s.key(j) === 'بعد' && (s.key(j + 1) === 'الظهر' || s.key(j + 1) === 'ظهر'))
    return { part: 'AF', next: j + 2 };
  const k = s.key(j);
  const part = DAY_PART_NOUNS.get(k) ?? DAY_PART_NOUNS.get(k.startsWith('ال') ? k.slice(2) : '');
  return part ? { part, next: j + 1 } : null;
}

/** What follows a clock time: صباحا, بعد الظهر, من صباح اليوم, مساء امس, يوم الاثنين. */
function partAfterClock(s: Scan, j: number): PartRead | null {
  const adverb = DAY_PART_ADVERBS.get(s.key(j));
  if (s.key(j) === 'بعد' && (s.key(j + 1) === 'الظهر' || s.key(j + 1) === 'ظهرا')) {
    const d = dayRef(s, j + 2);
    return { part: 'AF', day: d?.ref ?? null, next: d?.next ?? j + 2 };
  }
  if (adverb && s.key(j) !== 'صباح' && s.key(j) !== 'مساء') {
    // العاشره صباحا [من] يوم السبت
    const d = dayRef(s, j + 1) ?? (s.key(j + 1) === 'من' ? dayRef(s, j + 2) : null);
    return { part: adverb, day: d?.ref ?? null, next: d?.next ?? j + 1 };
  }
  const from = s.key(j) === 'من' ? j + 1 : j;
  const noun = partNoun(s, from);
  if (noun) {
    const d = dayRef(s, noun.next);
    if (d) return { part: noun.part, day: d.ref, next: d.next };
    if (adverb) return { part: adverb, day: null, next: j + 1 };
    if (from > j) return { part: noun.part, day: null, next: noun.next };
    return null;
  }
  if (adverb) return { part: adverb, day: null, next: j + 1 };
  const d = dayRef(s, from);
  return d ? { part: null, day: d.ref, next: d.next } : null;
}

/** Hour on the 24-hour clock for an hour read with a day part (الثامنه مساء → 20). */
function hour24(hour: number, part: DayPart | null): number {
  if (part === 'AF' || part === 'EV') return hour < 12 ? hour + 12 : hour;
  if (part === 'NI') return hour >= 7 && hour < 12 ? hour + 12 : hour;
  return hour;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

interface ClockRead {
  hour: number;
  minute: number;
  /** Written with a separator (10:30, 8.30) or as hhmm after الساعه: a time by its form. */
  formal: boolean;
  next: number;
}

/** The hour and minutes at `j`: 10, 10:30, 8.30, 0623 (after الساعه), العاشره [والنصف|الا ربعا]. */
function readClock(s: Scan, j: number, saa: boolean): ClockRead | null {
  let hour: number | null = null;
  let minute = 0;
  let formal = false;
  const key = s.key(j);
  if (s.isDigits(j)) {
    hour = s.int(j);
    if (s.key(j + 1) === ':' && s.isDigits(j + 2) && s.touching(j) && s.touching(j + 1)) {
      minute = s.int(j + 2) as number;
      formal = true;
      j += 3;
    } else {
      if (saa && key.length === 4)
        [hour, minute, formal] = [Number(key.slice(0, 2)), Number(key.slice(2)), true];
      j++;
    }
  } else if (/^\d{1,2}\.\d{2}$/u.test(key)) {
    // 8.30 is a time only after الساعه or before a day part (8.30 مساء), not 2.30 في المائه.
    const [h, m] = key.split('.');
    [hour, minute, formal] = [Number(h), Number(m), saa];
    j++;
  } else {
    const ord = readOrdinal(s.keys.slice(j, Math.min(s.limit, j + 3)), 0);
    if (ord) {
      hour = ord.value;
      j += ord.next;
    }
  }
  if (hour === null || hour > 24 || minute > 59) return null;
  const k = s.key(j);
  if (k === 'والنصف' || k === 'ونصف') [minute, j] = [30, j + 1];
  else if (k === 'والربع' || k === 'وربع') [minute, j] = [15, j + 1];
  else if (k === 'والثلث' || k === 'وثلث') [minute, j] = [20, j + 1];
  else if (k === 'الا' && ['ربعا', 'الربع', 'ربع'].includes(s.key(j + 1))) {
    [minute, j] = [45, j + 2];
    hour = hour === 1 ? 12 : hour - 1;
  } else if (k.startsWith('و') && !formal) {
    const n = readNumber([k.slice(1), ...s.keys.slice(j + 1, Math.min(s.limit, j + 3))], 0);
    const unit = n ? s.key(j + n.next) : '';
    if (n && n.value < 60 && (unit === 'دقيقه' || unit === 'دقائق')) [minute, j] = [n.value, j + n.next + 1];
  }
  return { hour, minute, formal, next: j };
}

/** A time-zone phrase after a clock time: بتوقيت مكه المكرمه, بتوقيت جرينتش. */
function timeZone(s: Scan, j: number): number {
  if (!TIME_ZONE_HEADS.has(s.key(j)) || !/\p{L}/u.test(s.key(j + 1))) return j;
  return s.key(j + 2) === 'المكرمه' ? j + 3 : j + 2;
}

/** A clock time: [DAY] [الساعه] (H[:MM] | ordinal [والنصف|الا ربعا]) [day part] [day] [time zone]. */
export function clockTime(s: Scan, i: number): Hit | null {
  // امس الساعه 11.30, يوم الاثنين الساعه العاشره: a day, then its time.
  let near = false;
  for (let k = i + 1; k < i + 10 && !near; k++) near = s.key(k) === 'الساعه';
  const lead = s.key(i) === 'الساعه' || !near ? null : dayRef(s, i);
  if (lead && s.key(lead.next) === 'الساعه') {
    const t = clockAt(s, lead.next, lead.ref);
    if (t) return t;
  }
  return clockAt(s, i, null);
}

function clockAt(s: Scan, i: number, before: DayRef | null): Hit | null {
  let j = i;
  const saa = s.key(j) === 'الساعه';
  if (saa) j++;
  // الساعه الـ11, عند الـ6.30 صباحا
  if ((s.key(j) === 'ال' || s.key(j) === 'الـ') && /^\d/u.test(s.key(j + 1))) j++;
  const bracket = saa && s.key(j) === '(' ? 1 : 0; // الساعه (11:59) مساء
  j += bracket;
  const c = readClock(s, j, saa);
  if (!c || (bracket && s.key(c.next) !== ')')) return null;
  // Without الساعه an ordinal is an hour only after a preposition (في العاشره صباحا), not as
  // the adjective of a noun (الساعات الاولي من صباح); 6.30 needs a day part after it (below).
  const decimal = /^\d{1,2}\.\d{2}$/u.test(s.key(j));
  if (!saa && !s.isDigits(j) && !decimal && (s.key(j) === 'الاولي' || !s.follows(j, CLOCK_SIGNALS)))
    return null;
  j = c.next + bracket;
  const after = partAfterClock(s, j);
  // الساعه 7 الي 8.30 مساء, من 5 الي 9 مساء: the first time takes the part of the second.
  let part = after?.part ?? null;
  if (!part && RANGE_LINKS.has(s.key(j))) {
    const k = s.key(j + 1) === 'الساعه' ? j + 2 : j + 1;
    const second = readClock(s, k, true);
    if (second) part = partAfterClock(s, second.next)?.part ?? null;
    if (!saa && !c.formal && (!part || c.hour > 12)) return null;
  } else if (!saa && !c.formal && !part) return null;
  if (part === 'MO' && c.hour > 12) return null; // مقتل 20 صباح اليوم: a count, not 20 o'clock
  const h = hour24(c.hour, part);
  const end = after?.next ?? j;
  const next = timeZone(s, end);
  // 11:59 مساء بتوقيت عدن يوم الاحد: the day written after the time zone is the time's day (its own expression).
  const zoned = next > end && !after?.day && !before ? dayRef(s, next)?.ref : undefined;
  const day = after?.day ?? before ?? zoned;
  const known = day ? dayValue(day) : s.sentenceDay !== null ? formatDay(s.sentenceDay) : 'XXXX-XX-XX';
  return {
    next,
    type: 'TIME',
    value: `${known}T${pad2(h)}:${pad2(c.minute)}`,
    calendar: day?.calendar ?? 'gregorian',
    relative: day?.relative ?? false,
    ...(day?.note ? { note: day.note } : {}),
  };
}

/** A TIME for a part of the day told in the sentence, else of an unknown day (habitual). */
export function partHit(s: Scan, next: number, part: DayPart | string): Hit {
  const day = s.sentenceDay !== null ? formatDay(s.sentenceDay) : 'XXXX-XX-XX';
  return { next, type: 'TIME', value: `${day}T${part}`, calendar: 'gregorian' };
}

/** A weekday in brackets after a day part: مساء (الجمعه). */
function bracketedWeekday(s: Scan, j: number): { ref: DayRef; next: number } | null {
  if (s.key(j) !== '(' || !weekdayAt(s, j + 1) || s.key(j + 2) !== ')') return null;
  const d = dayRef(s, j + 1);
  return d ? { ref: d.ref, next: j + 3 } : null;
}

/** Midnight of a named night: منتصف ليل الاحد (الاثنين) → the next day at 00:00. */
function midnight(s: Scan, i: number): Hit | null {
  if (s.key(i) !== 'منتصف' || (s.key(i + 1) !== 'ليل' && s.key(i + 1) !== 'ليله')) return null;
  const d = dayRef(s, i + 2);
  if (!d || d.ref.n === null) return null;
  let next = d.next;
  if (s.key(next) === '(' && weekdayAt(s, next + 1) && s.key(next + 2) === ')') next += 3;
  return {
    next,
    type: 'TIME',
    value: `${formatDay(d.ref.n + 1)}T00:00`,
    calendar: d.ref.calendar,
    relative: d.ref.relative,
  };
}

/**
 * A part of a day: صباح اليوم, مساء امس, ليله الاحد, بعد ظهر الثلاثاء, هذا الصباح, الفتره
 * الصباحيه, فتره الظهر, في الصباح (habitual or the day told in the sentence).
 */
export function dayPart(s: Scan, i: number): Hit | null {
  const k = s.key(i);
  if (k === 'هذا' && (s.key(i + 1) === 'الصباح' || s.key(i + 1) === 'المساء')) {
    const part = s.key(i + 1) === 'الصباح' ? 'MO' : 'EV';
    const value = s.anchor === null ? `XXXX-XX-XXT${part}` : `${formatDay(s.anchor)}T${part}`;
    return { next: i + 2, type: 'TIME', value, calendar: 'gregorian', relative: true };
  }
  if (k === 'الفتره' || k === 'فتره') {
    const adj = PERIOD_ADJECTIVES.get(s.key(i + 1));
    if (adj && k === 'الفتره') return partHit(s, i + 2, adj);
    const noun = partNoun(s, i + 1);
    if (noun && k === 'فتره' && s.key(i + 1).startsWith('ال')) return partHit(s, noun.next, noun.part);
    return null;
  }
  const m = midnight(s, i);
  if (m) return m;
  const habitual = HABITUAL_PARTS.get(k);
  if (habitual && (s.follows(i, PART_SIGNALS) || s.keys[i] !== s.words[i]?.key)) {
    const early = ['الباكر', 'المبكر', 'المتاخر'].includes(s.key(i + 1)) ? 1 : 0;
    if (s.keys[i - 1] !== 'صلاه' && !dayRef(s, i + 1)) return partHit(s, i + 1 + early, habitual);
  }
  const noun = partNoun(s, i);
  if (!noun || (k.startsWith('ال') && k !== 'بعد')) return null;
  // صباح هذا اليوم: this day is the anchor.
  if (s.key(noun.next) === 'هذا' && s.key(noun.next + 1) === 'اليوم') {
    const day = s.anchor === null ? 'XXXX-XX-XX' : formatDay(s.anchor);
    return {
      next: noun.next + 2,
      type: 'TIME',
      value: `${day}T${noun.part}`,
      calendar: 'gregorian',
      relative: true,
    };
  }
  const d = dayRef(s, noun.next) ?? bracketedWeekday(s, noun.next);
  if (!d) return null;
  // ليل الاحد الاثنين, ليله السبت/الاحد: the night between two days is one expression.
  let next = d.next;
  if (noun.part === 'NI') {
    const sep = s.key(next) === '/' || s.key(next) === '-' ? 1 : 0;
    if (weekdayAt(s, next + sep)) next += sep + 1;
  }
  // ليله العيد is the eve: the night before the holiday.
  const eve = k === 'ليله' && d.ref.holiday === true && d.ref.n !== null;
  return {
    next,
    type: 'TIME',
    value: `${eve ? formatDay((d.ref.n as number) - 1) : dayValue(d.ref)}T${noun.part}`,
    calendar: d.ref.calendar,
    relative: d.ref.relative,
    ...(d.ref.note ? { note: d.ref.note } : {}),
  };
}
