/**
 * The state the time grammar reads: the word keys (the first word's key replaced by the head
 * reading being tried), the anchor day, the clause tense, and small helpers shared by the grammar
 * modules. A grammar function takes `(scan, i)` and returns a `Hit` ending before word `next`, or
 * null.
 */
import type { TimeSpan } from '../../doc/index.js';
import { formatDay } from '../../time/calendar.js';
import type { Word } from './words.js';

/** What a grammar function recognised. */
export interface Hit {
  /** Index of the word after the expression. */
  readonly next: number;
  readonly type: TimeSpan['type'];
  readonly value: string | null;
  readonly calendar: TimeSpan['calendar'];
  /** The value depends on the anchor (أمس, الاسبوع الماضي, الاثنين). */
  readonly relative?: boolean;
  /** A content problem found while resolving (a weekday that contradicts the date). */
  readonly note?: string;
  /** A named holiday's day, which a later bare العيد refers to. */
  readonly holiday?: string;
  /** A weekday's day: it names no month (for الشهر نفسه). */
  readonly weekday?: boolean;
}

/** A month in its own calendar. */
export interface MonthRef {
  readonly calendar: TimeSpan['calendar'];
  readonly year: number;
  readonly month: number;
}

/** A day an expression refers to: a day number when known, else an underspecified value. */
export interface DayRef {
  readonly n: number | null;
  readonly under: string;
  readonly relative: boolean;
  readonly calendar: TimeSpan['calendar'];
  readonly note?: string;
  /** The day is a holiday's (ليله العيد is the night before it). */
  readonly holiday?: boolean;
}

/** TIMEX3 value of a day reference. */
export function dayValue(d: DayRef): string {
  return d.n === null ? d.under : formatDay(d.n);
}

const LINE_BREAK = /[\n\r\u2028\u2029]/u;

/** Grammar state over one document's words. */
export class Scan {
  readonly text: string;
  readonly words: readonly Word[];
  readonly anchor: number | null;
  /** Word keys; `keys[head]` is swapped for the head reading being tried. */
  readonly keys: string[];
  /** `lineEnd[i]`: index of the first word on a later line than word i. */
  private readonly lineEnd: Int32Array;
  /** Words at or after this index are out of reach (next line). */
  limit = 0;
  private tense: (() => boolean) | null = null;
  private tenseMemo: boolean | null = null;
  /** The last day an expression named (for اليوم التالي). */
  lastDay: number | null = null;
  /** A day named earlier in the current sentence (for a time of day without its own day). */
  sentenceDay: number | null = null;
  /** The last month (YYYY-MM) an expression named (for منتصف الشهر after a named month). */
  lastMonth: string | null = null;
  /** The last month named, in its own calendar (for الثامن من الشهر نفسه). */
  lastMonthRef: MonthRef | null = null;
  /** The last quarter named (YYYY-Qn), for a bare الربع right after it. */
  lastQuarter: string | null = null;
  /** Days named explicitly so far (not relative to the anchor), for a bare weekday naming one. */
  readonly toldDays: number[] = [];
  /** The last holiday named (for a bare العيد). */
  lastHoliday: number | null = null;
  /** The last explicit (not anchor-relative) date told, for narrative بعد عامين. */
  lastTold: string | null = null;

  constructor(text: string, words: readonly Word[], anchor: number | null) {
    this.text = text;
    this.words = words;
    this.anchor = anchor;
    this.keys = words.map((w) => w.key);
    const n = words.length;
    this.lineEnd = new Int32Array(n);
    let end = n;
    for (let i = n - 1; i >= 0; i--) {
      this.lineEnd[i] = end;
      const w = words[i] as Word;
      const prev = words[i - 1];
      if (prev && LINE_BREAK.test(text.slice(prev.end, w.start))) end = i;
    }
  }

  /** Sets the reach for an expression starting at word `i`, and how to read its clause tense. */
  startAt(i: number, tense: () => boolean = () => false): void {
    this.limit = this.lineEnd[i] ?? this.words.length;
    this.tense = tense;
    this.tenseMemo = null;
  }

  /** The clause of the current head reads as future (سـ, سوف, المقبل …); computed on first use. */
  get future(): boolean {
    this.tenseMemo ??= this.tense?.() ?? false;
    return this.tenseMemo;
  }

  /** Key of word `i`, or '' outside the reach. */
  key(i: number): string {
    return i < this.limit && i >= 0 ? (this.keys[i] as string) : '';
  }

  /** True when word `i` is a number written in digits. */
  isDigits(i: number): boolean {
    return i < this.limit && this.words[i]?.kind === 'number' && /^\d+$/u.test(this.keys[i] as string);
  }

  /** True when the word before `i` (or it without an attached و/ف: وفي → في) is in `set`. */
  follows(i: number, set: ReadonlySet<string>): boolean {
    const k = this.keys[i - 1];
    if (k === undefined) return false;
    return set.has(k) || (k.length > 2 && (k[0] === 'و' || k[0] === 'ف') && set.has(k.slice(1)));
  }

  /** Integer value of a digits word, or null. */
  int(i: number): number | null {
    return this.isDigits(i) ? Number(this.keys[i]) : null;
  }

  /** True when words `i` and `i+1` touch (no space between). */
  touching(i: number): boolean {
    const a = this.words[i];
    const b = this.words[i + 1];
    return a !== undefined && b !== undefined && a.end === b.start;
  }

  /** A day reference for a known day number. */
  day(n: number, relative: boolean, calendar: TimeSpan['calendar'] = 'gregorian'): DayRef {
    return { n, under: formatDay(n), relative, calendar };
  }
}
