/**
 * Reading the calendar words inside date phrases: month names of both calendars (with a second
 * name of the same month: آذار/مارس, يونيو (حزيران)), era words (هـ, م) and the year that may
 * close a day or month (2015, 1436 هـ, من العام الماضي, العام الجاري).
 */

import { assertKeyForm } from '../../lexicon/key-form.js';
import { GREGORIAN_MONTHS, HIJRI_MONTHS } from '../../lexicon/months.js';
import { formatDay } from '../../time/calendar.js';
import { toHijri } from '../../time/hijri.js';
import { ERA_WORDS, MODIFIERS } from '../../time/lexicon.js';
import type { Scan } from './scan.js';

/** Hijri years written without era (1436) are read as Hijri within this range. */
export const MIN_HIJRI_YEAR = 1300;
export const MAX_HIJRI_YEAR = 1500;

/** The calendar a date was written in. */
export type Calendar = 'gregorian' | 'hijri';

interface MonthEntry {
  readonly rest: readonly string[];
  readonly month: number;
  readonly calendar: Calendar;
  /** Also an ordinary word or name (اب "father", مارس "practised", رجب, صفر "zero"). */
  readonly ambiguous: boolean;
}

/** Month names that are also common words or names: alone they need a temporal context. */
const AMBIGUOUS_MONTHS = new Set(['اب', 'ماي', 'مارس', 'نيسان', 'ايار', 'اوت']);

/**
 * Hijri month spellings seen in news beside those of `src/lexicon/months.ts`: a shortened second
 * word (ربيع ثان, جمادي الثاني) and the article glued to ذو/ذي (ذوالحجه).
 */
export const EXTRA_HIJRI_SPELLINGS: readonly (readonly [string, number])[] = [
  ['ربيع ثان', 4],
  ['ربيع الثان', 4],
  ['ربيع اخر', 4],
  ['جمادي اولي', 5],
  ['جمادي اول', 5],
  ['جمادي الثاني', 6],
  ['جمادي ثاني', 6],
  ['جمادي ثان', 6],
  ['جمادي اخر', 6],
  ['جمادي اخره', 6],
  ['ذوالقعده', 11],
  ['ذيالقعده', 11],
  ['ذوالحجه', 12],
  ['ذيالحجه', 12],
];
assertKeyForm(
  EXTRA_HIJRI_SPELLINGS.map(([k]) => k),
  'Hijri month spelling',
);

/**
 * One-word Hijri months that are also names (رمضان, رجب) yet stand alone as months when what
 * surrounds them reads like a date (see `monthPhrase`); صفر "zero" and محرم "forbidden" do not.
 */
export const STANDALONE_HIJRI: ReadonlySet<string> = new Set(['رمضان', 'شوال', 'شعبان', 'رجب']);

function monthTrie(): Map<string, MonthEntry[]> {
  const trie = new Map<string, MonthEntry[]>();
  const add = (key: string, month: number, calendar: Calendar) => {
    const [first, ...rest] = key.split(' ');
    const list = trie.get(first as string) ?? [];
    // A multi-word Hijri month (ذو الحجه, ربيع الاول) is unambiguous; one word is also a name.
    const ambiguous = calendar === 'hijri' ? rest.length === 0 : AMBIGUOUS_MONTHS.has(key);
    list.push({ rest, month, calendar, ambiguous });
    list.sort((a, b) => b.rest.length - a.rest.length);
    trie.set(first as string, list);
  };
  for (const m of GREGORIAN_MONTHS) add(m.key, m.month, 'gregorian');
  for (const m of HIJRI_MONTHS) add(m.key, m.month, 'hijri');
  for (const [key, month] of EXTRA_HIJRI_SPELLINGS) add(key, month, 'hijri');
  return trie;
}

const MONTHS = monthTrie();

/** A month name read at a word. */
export interface MonthRead {
  readonly month: number;
  readonly calendar: Calendar;
  readonly next: number;
  readonly ambiguous: boolean;
}

/** A month name at word `i`. */
export function monthAt(s: Scan, i: number): MonthRead | null {
  const list = MONTHS.get(s.key(i));
  if (!list) return null;
  for (const e of list) {
    if (e.rest.every((k, j) => s.key(i + 1 + j) === k)) {
      return { month: e.month, calendar: e.calendar, next: i + 1 + e.rest.length, ambiguous: e.ambiguous };
    }
  }
  return null;
}

/** True when word `i` starts a month name. */
export function isMonthWord(key: string): boolean {
  return MONTHS.has(key);
}

/** Skips a second name of the same month: آذار/مارس, يونيو (حزيران), نوفمبر - تشرين الثاني. */
export function skipAlternate(s: Scan, j: number, month: number): number {
  const k = s.key(j);
  if (k === '(' || k === '/' || k === '-' || k === '–' || k === '،' || k === ',') {
    const alt = monthAt(s, j + 1);
    if (alt && alt.calendar === 'gregorian' && alt.month === month) {
      if (k === '(') return s.key(alt.next) === ')' ? alt.next + 1 : j;
      return alt.next;
    }
  }
  const alt = monthAt(s, j);
  if (alt && alt.calendar === 'gregorian' && alt.month === month) return alt.next;
  return j;
}

/** An era word (هـ, م, ميلادي …) at word `j`. */
export function eraAt(s: Scan, j: number): { calendar: Calendar; next: number } | null {
  const era = ERA_WORDS.get(s.key(j));
  return era ? { calendar: era, next: j + 1 } : null;
}

/** A four-digit number at word `j`, or null. */
export function yearNumber(s: Scan, j: number): number | null {
  const v = s.int(j);
  return v !== null && s.keys[j]?.length === 4 ? v : null;
}

/** The calendar of a year: its era word, else the month's calendar, else Hijri in 1300–1500. */
export function isHijriYear(year: number, era: Calendar | null, monthCalendar: Calendar | null): boolean {
  if (era) return era === 'hijri';
  if (monthCalendar) return monthCalendar === 'hijri';
  return year >= MIN_HIJRI_YEAR && year <= MAX_HIJRI_YEAR;
}

/** A year closing a day or month. */
export interface YearRead {
  readonly year: number;
  readonly calendar: Calendar | null;
  readonly next: number;
  readonly relative: boolean;
  /** For a relative year (العام الجاري, العام الماضي): its offset from the anchor's year. */
  readonly offset?: number;
}

/**
 * The year number a year read gives in `calendar`: a relative year counts from the anchor's year
 * in that calendar (رجب من العام الجاري → the current Hijri year, not the Gregorian one).
 */
export function yearIn(s: Scan, y: YearRead, calendar: Calendar): number {
  if (y.offset === undefined || s.anchor === null || calendar !== 'hijri') return y.year;
  return toHijri(s.anchor).year + y.offset;
}

function anchorYear(anchor: number): number {
  return Number(formatDay(anchor).slice(0, 4));
}

/** A year after a day or month: 2015, 2015م, 1436 هـ, من العام الجاري, العام الماضي, من عام 2015. */
export function yearAfter(s: Scan, j: number): YearRead | null {
  let k = j;
  if (s.key(k) === '،' || s.key(k) === ',') k++;
  const y = yearNumber(s, k);
  if (y !== null) {
    const era = eraAt(s, k + 1);
    return { year: y, calendar: era?.calendar ?? null, next: era?.next ?? k + 1, relative: false };
  }
  const lead = s.key(j);
  if (!['من', 'عام', 'العام', 'لعام', 'للعام'].includes(lead)) return null;
  let m = lead === 'من' ? j + 1 : j;
  if (s.key(m) === 'هذا' && (s.key(m + 1) === 'العام' || s.key(m + 1) === 'السنه')) {
    return s.anchor === null
      ? null
      : { year: anchorYear(s.anchor), calendar: null, next: m + 2, relative: true, offset: 0 };
  }
  const unit = s.key(m);
  if (!['عام', 'العام', 'السنه', 'سنه', 'لعام', 'للعام'].includes(unit)) return null;
  m++;
  const y2 = yearNumber(s, m);
  if (y2 !== null) {
    const era = eraAt(s, m + 1);
    return { year: y2, calendar: era?.calendar ?? null, next: era?.next ?? m + 1, relative: false };
  }
  const d = MODIFIERS.get(s.key(m));
  if (d && s.anchor !== null && (unit.startsWith('ال') || unit === 'للعام')) {
    const off = d === 'past' ? -1 : d === 'future' ? 1 : 0;
    return { year: anchorYear(s.anchor) + off, calendar: null, next: m + 1, relative: true, offset: off };
  }
  return null;
}
