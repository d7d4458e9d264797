/**
 * More parts of days: a day-part adverb standing alone (يبدا البرنامج صباحا), periods named in a
 * pair by part-of-day adjectives (على فترتين صباحيه ومسائيه → two TIMEs), and a time inside a part
 * of a day (ساعه متاخره من مساء امس, الساعات الاولي من صباح اليوم) that keeps the part's value,
 * and noon as a boundary (بعد الظهر → AF, قبل الظهر → MO).
 */
import { assertKeyForm } from '../../lexicon/key-form.js';
import type { DayPart } from '../../time/lexicon.js';
import { dayPart, HABITUAL_PARTS, partHit } from './clock.js';
import { tonight } from './relative.js';
import type { Hit, Scan } from './scan.js';

/** Day-part adverbs that are a time of day on their own (وصل صباحا, تبدا العروض مساء). */
// Not ظهرا: alone it is mostly the dual verb "they appeared".
const STANDALONE_PARTS: ReadonlyMap<string, DayPart> = new Map([
  ['صباحا', 'MO'],
  ['صبحا', 'MO'],
  ['عصرا', 'AF'],
  ['مساء', 'EV'],
  ['مساءا', 'EV'],
  ['ليلا', 'NI'],
  ['فجرا', 'NI'],
]);

/** Words that may follow the bare noun مساء used as an adverb (مساء في, مساء بتوقيت). */
const AFTER_EVENING = new Set(['في', 'من', 'الي', 'حتي', 'علي', 'بتوقيت', 'امام', 'بعد', 'قبل']);

/** Part-of-day adjectives naming periods (فتره صباحيه, الفترتين الصباحيه والمسائيه). */
const PART_ADJECTIVES: ReadonlyMap<string, DayPart> = new Map([
  ['صباحيه', 'MO'],
  ['مسائيه', 'EV'],
  ['ليليه', 'NI'],
  ['الصباحيه', 'MO'],
  ['المسائيه', 'EV'],
  ['الليليه', 'NI'],
]);

/** Two periods (فترتين, الفترتين): with part adjectives after them, each adjective is a TIME. */
const PERIOD_PAIRS = new Set(['فترتين', 'فترتان', 'الفترتين', 'الفترتان']);

/** Phrases placing a time inside a part of a day; the extent keeps them (ساعه متاخره من …). */
const PART_POSITIONS: readonly (readonly string[])[] = [
  ['ساعه', 'متاخره', 'من'],
  ['ساعات', 'متاخره', 'من'],
  ['ساعه', 'مبكره', 'من'],
  ['ساعات', 'مبكره', 'من'],
  ['وقت', 'متاخر', 'من'],
  ['وقت', 'مبكر', 'من'],
  ['الساعات', 'الاولي', 'من'],
  ['الساعات', 'الاخيره', 'من'],
];

/** Words starting the expressions of this module, for the trigger set. */
export const DAY_PART_HEADS: readonly string[] = [
  ...STANDALONE_PARTS.keys(),
  ...PART_ADJECTIVES.keys(),
  ...PERIOD_PAIRS,
  ...PART_POSITIONS.map((p) => p[0] as string),
];

/** A day-part adverb alone: not in the idiom ليلا ونهارا, and مساء only where it is no noun. */
function standalone(s: Scan, i: number): Hit | null {
  const k = s.key(i);
  const part = STANDALONE_PARTS.get(k);
  if (!part) return null;
  const around = [s.keys[i - 1] ?? '', s.key(i + 1)];
  if (around.some((w) => /^و?(نهارا|ليلا|نهار|ليل)$/u.test(w) && w !== k)) return null;
  if (k === 'مساء') {
    const next = s.words[i + 1];
    const word = next !== undefined && i + 1 < s.limit && next.kind === 'word';
    if (word && !AFTER_EVENING.has(s.key(i + 1)) && !/^[و]/u.test(s.key(i + 1))) return null;
  }
  return partHit(s, i + 1, part);
}

/** A period adjective in a pair: فترتين صباحيه (→ MO) … و مسائيه (→ EV). */
function pairedPeriod(s: Scan, i: number): Hit | null {
  const k = s.key(i);
  const next = PART_ADJECTIVES.get(s.key(i + 1));
  if (PERIOD_PAIRS.has(k) && next && k.startsWith('ال') === s.key(i + 1).startsWith('ال'))
    return partHit(s, i + 2, next);
  const own = PART_ADJECTIVES.get(k);
  const attached = s.keys[i] !== s.words[i]?.key; // ومسائيه
  if (own && attached && PART_ADJECTIVES.has(s.keys[i - 1] ?? '') && PERIOD_PAIRS.has(s.keys[i - 2] ?? ''))
    return partHit(s, i + 1, own);
  return null;
}

/**
 * A time inside a part of a day: ساعه متاخره من مساء امس, الساعات الاولي من الصباح → the part's
 * TIME over the whole phrase.
 */
function positionedPart(s: Scan, i: number): Hit | null {
  for (const keys of PART_POSITIONS) {
    if (!keys.every((k, j) => s.key(i + j) === k)) continue;
    const j = i + keys.length;
    const habitual = HABITUAL_PARTS.get(s.key(j));
    if (habitual) return partHit(s, j + 1, habitual);
    const inner = dayPart(s, j) ?? tonight(s, j);
    return inner?.type === 'TIME' ? inner : null;
  }
  return null;
}

/** Noon as a boundary: بعد الظهر (afternoon), قبل الظهر (morning), standing alone. */
function aroundNoon(s: Scan, i: number): Hit | null {
  const k = s.key(i);
  if ((k !== 'بعد' && k !== 'قبل') || (s.key(i + 1) !== 'الظهر' && s.key(i + 1) !== 'الظهيره')) return null;
  return partHit(s, i + 2, k === 'بعد' ? 'AF' : 'MO');
}

/** Any expression of this module at word `i`. */
export function partPhrase(s: Scan, i: number): Hit | null {
  return positionedPart(s, i) ?? pairedPeriod(s, i) ?? aroundNoon(s, i) ?? standalone(s, i);
}

assertKeyForm(STANDALONE_PARTS.keys(), 'standalone day part');
assertKeyForm(PART_ADJECTIVES.keys(), 'day-part adjective');
assertKeyForm(PERIOD_PAIRS, 'period pair');
assertKeyForm(PART_POSITIONS.flat(), 'part position');
assertKeyForm(AFTER_EVENING, 'after evening');
