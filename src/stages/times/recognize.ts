/**
 * Finds time expressions in a word stream, left to right, longest match first. At each word the
 * grammar tries every head reading (the whole word, then without attached و ف ب ل ك), with the
 * prefixes the extent includes: approximators (نحو عام), position words (منتصف الشهر المقبل) and
 * "ago" (قبل ثلاثه ايام). Pure: words and anchor in, expressions and notes out.
 */
import type { TimeSpan } from '../../doc/index.js';
import { formatDay, parseIsoDay } from '../../time/calendar.js';
import { toHijri } from '../../time/hijri.js';
import { POSITION_WORDS, UNIT_FORMS } from '../../time/lexicon.js';
import { periodValue } from '../../time/resolve.js';
import { clockTime, dayPart } from './clock.js';
import { calendarDate, rangeStart } from './dates.js';
import { partPhrase } from './day-parts.js';
import { agoOrLater, approximator, duration, frequency } from './durations.js';
import { hijriPhrase } from './hijri-phrases.js';
import { holiday } from './holidays.js';
import { decadeOrCentury, quarter, reference, season, seasonCount, seasonPeriod } from './periods.js';
import { rate } from './rates.js';
import { dayPhrase, relativePeriod, tonight } from './relative.js';
import { type Hit, type MonthRef, Scan } from './scan.js';
import { isTrigger } from './triggers.js';
import { headStart, type Word } from './words.js';

/** Words around an expression searched for a future marker (calibrated on invented sentences). */
const TENSE_WINDOW_BEFORE = 8;
const TENSE_WINDOW_AFTER = 4;

/** Words that put a clause in the future (سوف يزور, من المقرر, المقبل). */
const FUTURE_MARKERS = new Set([
  'سوف',
  'المقرر',
  'المزمع',
  'المنتظر',
  'المرتقب',
  'المتوقع',
  'يعتزم',
  'تعتزم',
  'يعتزمون',
  'ستبدا',
  'المقبل',
  'المقبله',
  'القادم',
  'القادمه',
  'غدا',
]);

/** A time expression found in the text (offsets are UTF-16 code units into the base text). */
export interface FoundTime extends TimeSpan {
  /** The value depends on the anchor. */
  readonly relative: boolean;
  /** A content problem (a weekday contradicting its date). */
  readonly note?: string;
}

type Grammar = (s: Scan, i: number) => Hit | null;

const CORE: readonly Grammar[] = [
  calendarDate,
  rangeStart,
  holiday,
  hijriPhrase,
  dayPhrase,
  clockTime,
  dayPart,
  partPhrase,
  relativePeriod,
  tonight,
  season,
  decadeOrCentury,
  agoOrLater,
  duration,
  frequency,
  rate,
  reference,
  seasonPeriod,
  seasonCount,
  quarter,
];

function longest(s: Scan, i: number, grammars: readonly Grammar[]): Hit | null {
  let best: Hit | null = null;
  for (const g of grammars) {
    const h = g(s, i);
    if (h && h.next > i && (!best || h.next > best.next)) best = h;
  }
  return best;
}

/** A position word before a period: مطلع الشهر المقبل, منتصف يوليو, نهايه العام, اواخر 2014. */
function positioned(s: Scan, i: number): Hit | null {
  if (!POSITION_WORDS.has(s.key(i))) return null;
  let j = i + 1;
  if (s.key(j) === 'من') j++;
  // منتصف الليل: midnight of the day told in the sentence, else of an unknown day (like في الليل).
  if (s.key(j) === 'الليل' && s.key(i) === 'منتصف') {
    const day = s.sentenceDay === null ? 'XXXX-XX-XX' : formatDay(s.sentenceDay);
    return { next: j + 1, type: 'TIME', value: `${day}T24:00`, calendar: 'gregorian' };
  }
  const u = UNIT_FORMS.get(s.key(j));
  const weekend = s.key(i) === 'نهايه' && u?.unit === 'W';
  const inner = longest(s, j, CORE);
  if (inner && inner.type === 'DATE' && inner.value !== null) {
    if (weekend && /^\d{4}-W\d{2}$/u.test(inner.value)) return { ...inner, value: `${inner.value}-WE` };
    return inner;
  }
  if (!u?.article || u.number !== 'sg') return null;
  // نهايه الاسبوع: the weekend, undated (guidelines); a bare الشهر after a named month is that
  // month; otherwise a bare period after a position word is the current one (مطلع العام).
  if (weekend) return { next: j + 1, type: 'DATE', value: 'XXXX-WXX-WE', calendar: 'gregorian' };
  if (u.unit === 'M' && s.lastMonth !== null)
    return { next: j + 1, type: 'DATE', value: s.lastMonth, calendar: 'gregorian' };
  if (u.unit === 'W' || u.unit === 'M' || u.unit === 'Y') {
    return {
      next: j + 1,
      type: 'DATE',
      value: periodValue(s.anchor, u.unit, 0),
      calendar: 'gregorian',
      relative: true,
    };
  }
  return null;
}

/** An approximator before a duration or date: نحو عام, حوالي الساعه العاشره. */
function approximated(s: Scan, i: number): Hit | null {
  const j = approximator(s, i);
  if (j === i) return null;
  return longest(s, j, CORE);
}

const ALL: readonly Grammar[] = [...CORE, positioned, approximated];

/** ي-initial words that are not imperfect verbs. */
const NOT_VERBS = new Set([
  'يوم',
  'يوما',
  'يومين',
  'يونيو',
  'يونيه',
  'يوليو',
  'يوليه',
  'يناير',
  'يوليوز',
  'يد',
  'يمين',
  'يسار',
  'ياسر',
  'يوسف',
  'يحيي',
  'يزيد',
  'يعقوب',
  'يونس',
  'ياسين',
  'يسري',
  'يامن',
  'يمني',
  'يهودي',
]);

/**
 * True when the sentence opens with an imperfect verb (يلتقي, ويستهل): in news a clause led by a
 * present-tense verb and naming a weekday reports something to come.
 */
function opensWithImperfect(words: readonly Word[], i: number, sentenceOf: Int32Array): boolean {
  let first = i;
  while (first > 0 && sentenceOf[first - 1] === sentenceOf[i]) first--;
  for (let j = first; j < Math.min(i, first + 3); j++) {
    const w = words[j] as Word;
    if (w.kind !== 'word') continue;
    const key = /^[وف]ي/u.test(w.key) ? w.key.slice(1) : w.key;
    return key.length >= 4 && key.startsWith('ي') && !NOT_VERBS.has(key);
  }
  return false;
}

/** Words that open a subordinate clause (قال انه سيزور): the tense window does not cross them. */
const CLAUSE_BREAKS = new Set([
  'ان',
  'انه',
  'انها',
  'انهم',
  'بان',
  'بانه',
  'بانها',
  'الذي',
  'التي',
  'حيث',
  '،',
  ',',
  ':',
  '«',
  '"',
]);

/**
 * True when word `j` marks the future: a marker word, or future س on an imperfect verb of at
 * least three more letters (سيزور, ستكون) — shorter readings are mostly names (سيتي).
 */
function marksFuture(s: Scan, words: readonly Word[], j: number): boolean {
  const w = words[j] as Word;
  const key = s.keys[j] as string;
  return (w.future && key.replace(/^[وف]/u, '').length >= 5) || FUTURE_MARKERS.has(key);
}

/** True when the clause around word `i` reads as future (guidelines: سـ, سوف, المقبل, يعتزم, من المقرر). */
function isFuture(s: Scan, words: readonly Word[], i: number, sentenceOf: Int32Array): boolean {
  const sentence = sentenceOf[i];
  for (let j = i; j >= Math.max(0, i - TENSE_WINDOW_BEFORE) && sentenceOf[j] === sentence; j--) {
    if (marksFuture(s, words, j)) return true;
    if (j < i && CLAUSE_BREAKS.has(s.keys[j] as string)) break;
  }
  for (
    let j = i + 1;
    j < Math.min(words.length, i + TENSE_WINDOW_AFTER + 1) && sentenceOf[j] === sentence;
    j++
  ) {
    if (CLAUSE_BREAKS.has(s.keys[j] as string)) break;
    if (marksFuture(s, words, j)) return true;
  }
  return opensWithImperfect(words, i, sentenceOf);
}

/** Format controls a token may carry at its edges (bidi marks, zero-width characters): not part of an extent. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff]/u;

const FULL_DAY = /^(\d{4}-\d{2}-\d{2})/u;

/** Updates what later expressions may refer to: the last day, the day of this sentence, the last holiday, month and told date. */
function remember(s: Scan, hit: Hit, sentence: number, state: { sentence: number }): void {
  if (state.sentence !== sentence) {
    s.sentenceDay = null;
    state.sentence = sentence;
  }
  const v = hit.value ?? '';
  const day = FULL_DAY.exec(v)?.[1];
  const n = day ? parseIsoDay(day) : null;
  if (n !== null) {
    s.lastDay = n;
    s.sentenceDay = n;
  }
  if (hit.holiday) s.lastHoliday = parseIsoDay(hit.holiday);
  if (/^\d{4}-\d{2}/u.test(v) && !v.includes('W')) s.lastMonth = v.slice(0, 7);
  if (hit.type === 'DATE' && !hit.relative && /^\d{4}(-\d{2}(-\d{2})?)?$/u.test(v)) s.lastTold = v;
  if (/^\d{4}-Q[1-4]$/u.test(v)) s.lastQuarter = v;
  if (n !== null && hit.type === 'DATE' && !hit.relative) s.toldDays.push(n);
  const month = monthOf(hit);
  if (month) s.lastMonthRef = month;
}

/** The month a DATE names (a day or a month, in the calendar it was written in), or null. */
function monthOf(hit: Hit): MonthRef | null {
  const v = hit.value ?? '';
  if (hit.type !== 'DATE' || hit.weekday) return null;
  if (hit.calendar === 'gregorian') {
    const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/u.exec(v);
    return m ? { calendar: 'gregorian', year: Number(m[1]), month: Number(m[2]) } : null;
  }
  const [a, b] = v.split('/');
  const first = a ? parseIsoDay(a) : null;
  const last = b ? parseIsoDay(b) : first;
  if (first === null || last === null || last - first > 30) return null; // a Hijri year is no month
  const h = toHijri(first);
  return { calendar: 'hijri', year: h.year, month: h.month };
}

/**
 * Finds the time expressions of a text. `words` come from `wordStream`; `sentenceOf[i]` is the
 * sentence index of word i (for the tense window); `anchor` is the publication day number or null.
 */
export function recognize(
  text: string,
  words: readonly Word[],
  anchor: number | null,
  sentenceOf: Int32Array,
  upTo = words.length,
): FoundTime[] {
  const s = new Scan(text, words, anchor);
  const out: FoundTime[] = [];
  const state = { sentence: -1 };
  let i = 0;
  while (i < upTo) {
    const w = words[i] as Word;
    // (خمسه) ايام: a number in brackets may open a duration.
    const bracket = w.key === '(' && words[i + 2]?.key === ')';
    if (w.kind !== 'word' && w.kind !== 'number' && !bracket) {
      i++;
      continue;
    }
    if (!bracket && !isTrigger(w)) {
      i++;
      continue;
    }
    s.startAt(i, () => isFuture(s, words, i, sentenceOf));
    if (state.sentence !== sentenceOf[i]) {
      s.sentenceDay = null;
      state.sentence = sentenceOf[i] as number;
    }
    let best: { hit: Hit; consumed: number } | null = null;
    for (const head of w.heads) {
      s.keys[i] = head.key;
      const hit = longest(s, i, ALL);
      if (hit && (!best || hit.next > best.hit.next)) best = { hit, consumed: head.consumed };
    }
    s.keys[i] = w.key;
    if (!best) {
      i++;
      continue;
    }
    const { hit, consumed } = best;
    remember(s, hit, sentenceOf[i] as number, state);
    const last = words[hit.next - 1] as Word;
    let start = headStart(text, w, consumed);
    let end = last.end;
    while (start < end && INVISIBLE.test(text[start] as string)) start++;
    while (end > start && INVISIBLE.test(text[end - 1] as string)) end--;
    out.push({
      start,
      end,
      type: hit.type,
      value: hit.value,
      calendar: hit.calendar,
      relative: hit.relative === true,
      ...(hit.note ? { note: hit.note } : {}),
    });
    i = hit.next;
  }
  return out;
}
