/**
 * Amounts of time: durations (ثلاثه ايام, 24 ساعه, العامين الماضيين, ساعه ونصف, عده اشهر, سنتين
 * على الاقل, الثلاث ساعات, (خمسه) ايام, اسبوع كامل, عامين اخرين), "ago" dates (قبل ثلاثه ايام → the anchor minus three days; قبل اسابيع → PAST_REF),
 * narrative "later" dates (وبعد عامين → two years after the year just told) and frequencies
 * (يوميا, كل عامين, كل جمعه, كل صباح).
 */
import { addMonths, dayNumber, formatDay, formatMonth, formatYear } from '../../time/calendar.js';
import {
  APPROXIMATORS,
  DAY_PART_NOUNS,
  MODIFIERS,
  SEASON_COUNTS,
  SET_ADVERBS,
  type TimeUnit,
  UNIT_FORMS,
  VAGUE_QUANTITIES,
} from '../../time/lexicon.js';
import { readNumber, readOrdinal } from '../../time/numbers.js';
import { agoValue, durationValue, periodValue } from '../../time/resolve.js';
import { monthAt } from './calendar-words.js';
import { weekdayAt } from './relative.js';
import type { Hit, Scan } from './scan.js';

/** An amount of a unit read from words `[i, next)`; null amount = unknown (ايام → PXD). */
export interface Amount {
  readonly amount: number | null;
  readonly unit: TimeUnit;
  readonly next: number;
}

/** Words before a duration that make a bare unit a duration (منذ عام, لمده شهر, خلال يومين). */
const DURATION_SIGNALS = new Set([
  'منذ',
  'خلال',
  'قبل',
  'بعد',
  'لمده',
  'مده',
  'مدته',
  'مدتها',
  'طوال',
  'طيله',
  'مدي',
  'من',
  'في',
  'لفتره',
  'فتره',
  'استمر',
  'استمرت',
  'يستمر',
  'تستمر',
]);

/** Adjectives of an unknown amount after a plural (سنوات طويله, ايام قلائل, السنوات القليله). */
const VAGUE_ADJECTIVES = new Set([
  'عديده',
  'طويله',
  'قليله',
  'قلائل',
  'معدوده',
  'كثيره',
  'متتاليه',
  'متواصله',
  'القليله',
  'الطويله',
  'العديده',
]);

/** Numbers written after a singular unit: ساعه واحده, يوما واحدا. */
const ONE = new Set(['واحد', 'واحده', 'واحدا']);

/** Nouns before an ordinal that make it an age (طفل السادسه عشره → P16Y). */
const AGE_NOUNS = new Set([
  'طفل',
  'طفله',
  'فتاه',
  'فتي',
  'شاب',
  'شابه',
  'صبي',
  'صبيه',
  'سن',
  'ابن',
  'ابنه',
  'عمر',
]);

const RANGE_LINKS = new Set(['الي', 'حتي', 'و', '-', '–', 'او']);

/** Index after an approximator at `i` (نحو, اكثر من, ما يقرب من), or `i` when there is none. */
export function approximator(s: Scan, i: number): number {
  for (const keys of APPROXIMATORS) if (keys.every((k, j) => s.key(i + j) === k)) return i + keys.length;
  return i;
}

/** A trailing "and a half/quarter": ساعه ونصف, ثلاث سنوات ونصف السنه. */
function fraction(s: Scan, j: number, unit: TimeUnit): { add: number; next: number } {
  const k = s.key(j);
  let add = 0;
  let next = j;
  if (k === 'ونصف' || k === 'والنصف') [add, next] = [0.5, j + 1];
  else if (k === 'وربع' || k === 'والربع') [add, next] = [0.25, j + 1];
  else if (k === 'و' && s.key(j + 1) === 'نصف') [add, next] = [0.5, j + 2];
  const u = add > 0 ? UNIT_FORMS.get(s.key(next)) : undefined;
  if (u && u.unit === unit && u.number === 'sg') next++; // ونصف السنه
  return { add, next };
}

/**
 * An amount of a unit at word `i`. `bare` allows a lone singular or plural unit (منذ عام, منذ
 * سنوات), which needs a signal before it to be read as time.
 */
export function amountAt(s: Scan, i: number, bare: boolean): Amount | null {
  const k = s.key(i);
  let j = i;
  if ((k === 'ال' || k === 'الـ') && s.isDigits(i + 1)) j = i + 1; // الـ24 ساعه
  if (k === '(' && s.key(i + 2) === ')') j = i + 1; // (خمسه) ايام
  // الثلاث ساعات, العشرين عاما: a cardinal with the article before an indefinite unit.
  const definite = j === i && k.startsWith('ال') && !UNIT_FORMS.has(k);
  const num = readNumber(s.keys.slice(j, Math.min(s.limit, j + 6)), 0, definite);
  if (num) {
    const close = j > i && k === '(' ? 1 : 0;
    const u = UNIT_FORMS.get(s.key(j + num.next + close));
    if (close && u && !u.article) return { amount: num.value, unit: u.unit, next: j + num.next + 2 };
    // الـ48 الساعه القادمه: the article on both, with a modifier after.
    const d = MODIFIERS.get(s.key(j + num.next + 1));
    if (j > i && !close && u?.article && d && d !== 'current')
      return { amount: num.value, unit: u.unit, next: j + num.next + 1 };
    // عقد is also "contract": 650 عقدا are contracts; decades are counted in words, up to ten.
    if (u?.unit === 'DE' && (!num.words || num.value > 10)) return null;
    if (u && !u.article && u.number !== 'du') {
      const f = fraction(s, j + num.next + 1, u.unit);
      return { amount: num.value + f.add, unit: u.unit, next: f.next };
    }
    return null;
  }
  if (k === 'نصف' || k === 'ربع') {
    const u = UNIT_FORMS.get(s.key(i + 1));
    if (u && u.number === 'sg' && !u.article)
      return { amount: k === 'نصف' ? 0.5 : 0.25, unit: u.unit, next: i + 2 };
    return null;
  }
  if (VAGUE_QUANTITIES.has(k)) {
    const u = UNIT_FORMS.get(s.key(i + 1));
    return u && u.number === 'pl' && !u.article ? { amount: null, unit: u.unit, next: i + 2 } : null;
  }
  const u = UNIT_FORMS.get(k);
  if (!u) return null;
  j = i + 1;
  if (u.number === 'du') {
    const f = fraction(s, j, u.unit);
    return { amount: 2 + f.add, unit: u.unit, next: f.next };
  }
  if (u.number === 'sg') {
    if (u.article || monthAt(s, j)) return null; // شهر رمضان names a month
    if (ONE.has(s.key(j))) return { amount: 1, unit: u.unit, next: j + 1 };
    const f = fraction(s, j, u.unit);
    if (f.add > 0) return { amount: 1 + f.add, unit: u.unit, next: f.next };
    // سنه alone is also "Sunnah" (من سنه نبينا): a year only with a number.
    if (bare && u.unit !== 'S' && k !== 'سنه') return { amount: 1, unit: u.unit, next: j };
    return null;
  }
  // Plural: الايام الثلاثه, الساعات الـ24 الماضيه, السنوات القليله الماضيه, ايام قلائل, or bare after a signal.
  if (u.article) {
    if ((s.key(j) === 'ال' || s.key(j) === 'الـ') && s.isDigits(j + 1)) j++;
    const n = readNumber(s.keys.slice(j, Math.min(s.limit, j + 4)), 0, true);
    // الاعوام 1435-1436هـ: years, not a count.
    if (n && !(s.isDigits(j) && (s.keys[j]?.length ?? 0) === 4))
      return { amount: n.value, unit: u.unit, next: j + n.next };
    if (VAGUE_ADJECTIVES.has(s.key(j)) && MODIFIERS.get(s.key(j + 1)))
      return { amount: null, unit: u.unit, next: j + 1 };
    const d = MODIFIERS.get(s.key(j));
    return d && d !== 'current' ? { amount: null, unit: u.unit, next: j } : null;
  }
  if (VAGUE_ADJECTIVES.has(s.key(j))) return { amount: null, unit: u.unit, next: j + 1 };
  // ايام العيد, سنوات الحرب, ايام ملتقي السياحه, اشهر رجب: a plural in construct with a noun is
  // not a duration of its own.
  if (bare && u.unit !== 'S' && !s.key(j).startsWith('ال') && s.key(j) !== 'عيد' && !inConstruct(s, j))
    return { amount: null, unit: u.unit, next: j };
  return null;
}

/** True when word `j` after a bare plural unit makes it a construct: a month name, or an indefinite noun with a definite one after it. */
function inConstruct(s: Scan, j: number): boolean {
  if (monthAt(s, j)) return true;
  const k = s.key(j);
  const w = s.words[j];
  // A noun in construct is bare: not one with a conjunction or preposition (منذ سنوات للتسجيل).
  if (w?.kind !== 'word' || k.length < 3 || /^[وفلبك]/u.test(k) || FUNCTION_AFTER_UNIT.has(k)) return false;
  return s.key(j + 1).startsWith('ال');
}

/** Words after a bare plural unit that keep it a duration (منذ ايام فقط, لسنوات مضت). */
const FUNCTION_AFTER_UNIT = new Set([
  'فقط',
  'مضت',
  'عده',
  'اخري',
  'اضافيه',
  'علي',
  'الي',
  'حتي',
  'منذ',
  'بعد',
  'قبل',
]);

/** Adjectives kept at the end of a duration: اسبوع كامل, عامين اخرين, ساعه اضافيه. */
const DURATION_ADJECTIVES = new Set([
  'كامل',
  'كامله',
  'كاملا',
  'كاملين',
  'كاملتين',
  'كاملان',
  'اخر',
  'اخري',
  'اخرين',
  'اخريين',
  'اخرتين',
  'اضافي',
  'اضافيه',
  'اضافيين',
  'اضافيتين',
]);

/** What may close a duration: a past/future modifier after a definite one (العامين الماضيين), على الاقل, من الزمن. */
function durationEnd(s: Scan, a: Amount, i: number): number {
  let j = a.next;
  const d = MODIFIERS.get(s.key(j));
  if (d && d !== 'current' && s.key(i).startsWith('ال')) j++;
  if (DURATION_ADJECTIVES.has(s.key(j)) && a.amount !== null) j++;
  if (s.key(j) === 'من' && s.key(j + 1) === 'الزمن') j += 2;
  if (s.key(j) === 'علي' && s.key(j + 1) === 'الاقل') j += 2;
  else if (s.key(j) === 'تقريبا') j++;
  return j;
}

/** True when word `i-1` makes a lone unit at `i` a time expression. */
function durationSignalled(s: Scan, i: number): boolean {
  const prev = s.keys[i - 1] ?? '';
  if (
    DURATION_SIGNALS.has(prev) ||
    (prev.length > 2 && prev.startsWith('و') && DURATION_SIGNALS.has(prev.slice(1)))
  )
    return true;
  return approximator(s, i - 1) === i || approximator(s, i - 2) === i || approximator(s, i - 3) === i;
}

/** True when a duration ending before `j` is followed by من/على + an event: بعد ثلاثه ايام من الحادث. */
function relatesToEvent(s: Scan, j: number): boolean {
  return (s.key(j) === 'من' || s.key(j) === 'علي') && s.key(j + 1) !== 'الزمن' && s.key(j + 1) !== 'الان';
}

/** A duration: [approximator] AMOUNT [modifier] [من الزمن] [على الاقل]; also the first of a range (4 الي 6 اسابيع). */
export function duration(s: Scan, i: number): Hit | null {
  const word = s.words[i];
  // A ل attached to the first word (لسنوات, لعده ايام) is itself a signal.
  const clitic = word !== undefined && s.keys[i] !== word.key && /^[وف]?ل/u.test(word.key);
  // يوما بعد يوم, عاما بعد عام: "day by day", not a duration.
  const own = UNIT_FORMS.get(s.key(i))?.unit;
  if (own && s.keys[i - 1] === 'بعد' && UNIT_FORMS.get(s.keys[i - 2] ?? '')?.unit === own) return null;
  if (own && s.key(i + 1) === 'بعد' && UNIT_FORMS.get(s.key(i + 2))?.unit === own) return null;
  const a = amountAt(s, i, clitic || durationSignalled(s, i));
  // عاما واحدا after an indefinite noun is "one public …" (موقفا عاما واحدا), not a year.
  if (
    a &&
    /^عام/u.test(s.key(i)) &&
    a.amount === 1 &&
    !durationSignalled(s, i) &&
    /ا$/u.test(s.keys[i - 1] ?? '')
  ) {
    return null;
  }
  if (a) {
    return {
      next: durationEnd(s, a, i),
      type: 'DURATION',
      value: durationValue(a.amount, a.unit),
      calendar: 'gregorian',
    };
  }
  const n = s.int(i);
  if (n !== null && RANGE_LINKS.has(s.key(i + 1))) {
    const second = amountAt(s, i + 2, false);
    if (second && second.amount !== null && second.amount > n) {
      return { next: i + 1, type: 'DURATION', value: durationValue(n, second.unit), calendar: 'gregorian' };
    }
  }
  return age(s, i);
}

/** An age written as an ordinal: فتاه في الخامسه عشره → P15Y, طفل السادسه عشره. */
function age(s: Scan, i: number): Hit | null {
  const ord = readOrdinal(s.keys.slice(i, Math.min(s.limit, i + 3)), 0);
  if (!ord || ord.value < 3 || ord.value > 120) return null;
  const next = i + ord.next;
  const prev = s.keys[i - 1] === 'في' ? (s.keys[i - 2] ?? '') : (s.keys[i - 1] ?? '');
  const ofAge = s.key(next) === 'من' && /^(عمر|العمر)/u.test(s.key(next + 1));
  if ((!AGE_NOUNS.has(prev) && !ofAge) || s.keys[i - 1] === 'العقد') return null; // العقد الثالث من عمره
  return { next, type: 'DURATION', value: `P${ord.value}Y`, calendar: 'gregorian' };
}

/** Shifts an ISO date, month or year value by an amount at the unit's granularity, or null. */
function shiftValue(value: string, amount: number, unit: TimeUnit): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(value);
  if (!m || !Number.isInteger(amount)) return null;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (unit === 'Y') return formatYear(year + amount);
  if (unit === 'M' && month !== null) {
    const r = addMonths(year, month, amount);
    return formatMonth(r.year, r.month);
  }
  if ((unit === 'D' || unit === 'W') && month !== null && day !== null) {
    return formatDay(dayNumber(year, month, day) + amount * (unit === 'W' ? 7 : 1));
  }
  return null;
}

/**
 * "Ago" and "later": قبل [approximator] AMOUNT → the anchor minus the amount (vague → PAST_REF);
 * بعد AMOUNT standing alone → the time just told plus the amount (vague → PAST/FUTURE_REF by the
 * clause). Followed by من/على + an event, only the duration is an expression.
 */
export function agoOrLater(s: Scan, i: number): Hit | null {
  const k = s.key(i);
  if (k !== 'قبل' && k !== 'بعد') return null;
  const j = approximator(s, i + 1);
  let a = amountAt(s, j, true);
  // قبل قرابه الشهر: after an approximator a definite singular unit counts one.
  const u = UNIT_FORMS.get(s.key(j));
  if (!a && j > i + 1 && u?.article && u.number === 'sg') a = { amount: 1, unit: u.unit, next: j + 1 };
  if (!a) {
    const seasons =
      SEASON_COUNTS.get(s.key(j)) ??
      (readNumber(s.keys.slice(j, j + 3), 0) ? SEASON_COUNTS.get(s.key(j + 1)) : undefined);
    if (k === 'قبل' && seasons && seasons !== 'pl' && (seasons === 'du' || !SEASON_COUNTS.has(s.key(j)))) {
      const next = SEASON_COUNTS.has(s.key(j)) ? j + 1 : j + 2;
      return { next, type: 'DATE', value: 'PAST_REF', calendar: 'gregorian' };
    }
    return null;
  }
  if (relatesToEvent(s, a.next)) return null;
  if (k === 'قبل') {
    const next = s.key(a.next) === 'تقريبا' ? a.next + 1 : a.next;
    return {
      next,
      type: 'DATE',
      value: agoValue(s.anchor, a.amount, a.unit),
      calendar: 'gregorian',
      relative: a.amount !== null,
    };
  }
  if (a.amount === null)
    return { next: a.next, type: 'DATE', value: s.future ? 'FUTURE_REF' : 'PAST_REF', calendar: 'gregorian' };
  const told = s.lastTold !== null ? shiftValue(s.lastTold, a.amount, a.unit) : null;
  if (told) return { next: a.next, type: 'DATE', value: told, calendar: 'gregorian' };
  if (!s.future) return null;
  const unit = a.unit === 'DE' || a.unit === 'CE' ? 'Y' : a.unit;
  const amount = a.unit === 'DE' ? a.amount * 10 : a.unit === 'CE' ? a.amount * 100 : a.amount;
  if (!Number.isInteger(amount) || unit === 'S' || unit === 'MIN' || unit === 'H') return null;
  const value = s.anchor === null ? null : periodValue(s.anchor, unit, amount);
  return { next: a.next, type: 'DATE', value, calendar: 'gregorian', relative: true };
}

/** A frequency: يوميا, كل يوم, كل عامين, كل 3 اشهر, كل جمعه, كل يوم جمعه, كل صباح. */
export function frequency(s: Scan, i: number): Hit | null {
  const adverb = SET_ADVERBS.get(s.key(i));
  if (adverb) return { next: i + 1, type: 'SET', value: adverb, calendar: 'gregorian' };
  if (s.key(i) !== 'كل') return null;
  let j = i + 1;
  if (s.key(j) === 'يوم') {
    const wd = weekdayAt(s, j + 1, true);
    if (wd) return { next: wd.next, type: 'SET', value: `XXXX-WXX-${wd.weekday}`, calendar: 'gregorian' };
  }
  const wd = weekdayAt(s, j, true);
  // كل احد is "everyone", كل اثنين "every two": bare أحد/اثنين count only after كل يوم.
  if (wd && s.key(j) !== 'احد' && s.key(j) !== 'اثنين')
    return { next: wd.next, type: 'SET', value: `XXXX-WXX-${wd.weekday}`, calendar: 'gregorian' };
  const part = DAY_PART_NOUNS.get(s.key(j));
  if (part) return { next: j + 1, type: 'SET', value: `XXXX-XX-XXT${part}`, calendar: 'gregorian' };
  const a = amountAt(s, j, true);
  if (!a || a.amount === null) return null;
  j = a.next;
  if (s.key(j) === 'ميلادي' || s.key(j) === 'هجري') j++; // كل عام ميلادي
  return { next: j, type: 'SET', value: durationValue(a.amount, a.unit), calendar: 'gregorian' };
}
