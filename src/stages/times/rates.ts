/**
 * Frequencies over a phrase: ثلاث مرات في الاسبوع (P1W over the phrase), مره سنويا, a rate per unit
 * في الشهر الواحد (P1M), and a count per unit closing its clause (39 الف زائر في اليوم → اليوم, P1D;
 * 100 كيلومتر في الساعه → PT1H).
 */
import { SET_ADVERBS, UNIT_FORMS } from '../../time/lexicon.js';
import { isNumberWord, readNumber } from '../../time/numbers.js';
import { durationValue } from '../../time/resolve.js';
import type { Hit, Scan } from './scan.js';

/** "Times" (مره, مرات) in a rate: ثلاث مرات في الاسبوع. */
export const TIMES_WORDS: ReadonlySet<string> = new Set(['مره', 'مرتين', 'مرتان', 'مرات']);

/**
 * How far back in its clause a count may stand before "في اليوم" (39 الف زائر في اليوم): a count
 * and its noun phrase, calibrated on the news corpus.
 */
const COUNT_WINDOW = 6;

/** Number words of thousands and millions (ثلاثه الاف شخص). */
const LARGE_NUMBERS = new Set(['الف', 'الاف', 'الفا', 'مليون', 'ملايين', 'مليار']);

/** Words that open a new clause after the unit (120 ميلا في الساعه والتي …). */
const CLAUSE_OPENERS = new Set(['التي', 'الذي', 'والتي', 'والذي', 'حيث', 'وهو', 'وهي', 'بينما']);

/** Units a clause-final "في + unit" divides by (a day, an hour, a week, a month). */
const PER_UNITS = new Set(['D', 'H', 'W', 'M']);

/**
 * True when the definite unit at `i` closes its clause after في and divides a count before it:
 * 39 الف زائر في اليوم, طاقه محدده في الساعه (an hour needs no count: speeds and capacities).
 */
export function isPerUnit(s: Scan, i: number): boolean {
  const u = UNIT_FORMS.get(s.key(i));
  if (!u?.article || u.number !== 'sg' || !PER_UNITS.has(u.unit) || s.keys[i - 1] !== 'في') return false;
  const next = s.words[i + 1];
  const more = next !== undefined && i + 1 < s.limit && (next.kind === 'word' || next.kind === 'number');
  if (more && !CLAUSE_OPENERS.has(s.key(i + 1))) return false;
  if (u.unit === 'H') return true;
  for (let j = i - 2; j >= Math.max(0, i - 2 - COUNT_WINDOW); j--) {
    const w = s.words[j];
    if (!w || w.kind === 'punct') return false;
    if (w.kind === 'number' || isNumberWord(s.keys[j] as string) || LARGE_NUMBERS.has(s.keys[j] as string))
      return true;
  }
  return false;
}

/** A rate: ثلاث مرات في الاسبوع, مره سنويا, في الشهر الواحد, 39 الف زائر في اليوم. */
export function rate(s: Scan, i: number): Hit | null {
  const num = readNumber(s.keys.slice(i, Math.min(s.limit, i + 4)), 0);
  const at = num ? i + num.next : i;
  if (TIMES_WORDS.has(s.key(at))) {
    const adverb = SET_ADVERBS.get(s.key(at + 1));
    if (adverb) return { next: at + 2, type: 'SET', value: adverb, calendar: 'gregorian' };
    const k = s.key(at + 1) === 'في' || s.key(at + 1) === 'كل' ? at + 2 : -1;
    const u = k > 0 ? UNIT_FORMS.get(s.key(k)) : undefined;
    if (u && u.number === 'sg' && (u.article || s.key(at + 1) === 'كل')) {
      const one = s.key(k + 1) === 'الواحد' || s.key(k + 1) === 'الواحده' ? 1 : 0;
      return { next: k + 1 + one, type: 'SET', value: durationValue(1, u.unit), calendar: 'gregorian' };
    }
    return null;
  }
  const u = UNIT_FORMS.get(s.key(i));
  if (u?.article && u.number === 'sg' && (s.key(i + 1) === 'الواحد' || s.key(i + 1) === 'الواحده')) {
    return { next: i + 2, type: 'SET', value: durationValue(1, u.unit), calendar: 'gregorian' };
  }
  if (u && isPerUnit(s, i))
    return { next: i + 1, type: 'SET', value: durationValue(1, u.unit), calendar: 'gregorian' };
  return null;
}
