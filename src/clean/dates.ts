import { GREGORIAN_MONTHS } from '../lexicon/months.js';

/**
 * Finds calendar dates written in byline and date lines: "13 يونيو 2017", "الأربعاء 5 آب/أغسطس 2020",
 * "2019-03-21 10:45", "21/03/2019". Works on a match key (digits already ASCII, letters folded).
 * Full date and time analysis of body text is the `times` stage's job; this only serves cleaning.
 */
export interface FoundDate {
  /** ISO date `YYYY-MM-DD`. */
  readonly value: string;
  /** Offsets into the key passed in. */
  readonly start: number;
  readonly end: number;
}

/** Years outside this range are taken for other numbers (article ids, counts). */
const MIN_YEAR = 1950;
const MAX_YEAR = 2100;

const MONTH_ALT = [...GREGORIAN_MONTHS]
  .sort((a, b) => b.key.length - a.key.length)
  .map((m) => m.key.replace(/ /gu, '\\s+'))
  .join('|');
const MONTH_OF = new Map(GREGORIAN_MONTHS.map((m) => [m.key, m.month]));

// "13 يونيو 2017", "5 اب/اغسطس 2020", "21 يونيو (حزيران) 2019", "13-يونيو-2017"; the day may be glued to
// a preceding name ("الديبه13 يونيو 2017"), so no boundary is required before it.
const DAY_MONTH_YEAR = new RegExp(
  `(\\d{1,2})\\s*[-/.]?\\s*(?<![\\p{L}])(${MONTH_ALT})(?:\\s*[/(\\-]\\s*(?:${MONTH_ALT})\\s*\\)?)?\\s*[-/.,،]?\\s*(\\d{4})(?!\\d)`,
  'gu',
);
// "يونيو 13, 2017" (English order, seen in translated templates).
const MONTH_DAY_YEAR = new RegExp(
  `(?<![\\p{L}])(${MONTH_ALT})\\s+(\\d{1,2})\\s*[,،]\\s*(\\d{4})(?!\\d)`,
  'gu',
);
const ISO_LIKE = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/gu;
// Day-first numeric dates, the Arab convention: 21/03/2019, 21-3-2019, 21.03.2019.
const DAY_FIRST = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/gu;

function iso(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(text: string): number | undefined {
  return MONTH_OF.get(text.replace(/\s+/gu, ' '));
}

/** Every date in `key`, in order of position; overlapping readings keep the earliest-longest. */
export function findDates(key: string): FoundDate[] {
  const found: FoundDate[] = [];
  const push = (value: string | null, start: number, end: number) => {
    if (value) found.push({ value, start, end });
  };
  for (const m of key.matchAll(DAY_MONTH_YEAR)) {
    const month = monthNumber(m[2] as string);
    if (month) push(iso(Number(m[3]), month, Number(m[1])), m.index, m.index + m[0].length);
  }
  for (const m of key.matchAll(MONTH_DAY_YEAR)) {
    const month = monthNumber(m[1] as string);
    if (month) push(iso(Number(m[3]), month, Number(m[2])), m.index, m.index + m[0].length);
  }
  for (const m of key.matchAll(ISO_LIKE))
    push(iso(Number(m[1]), Number(m[2]), Number(m[3])), m.index, m.index + m[0].length);
  for (const m of key.matchAll(DAY_FIRST))
    push(iso(Number(m[3]), Number(m[2]), Number(m[1])), m.index, m.index + m[0].length);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FoundDate[] = [];
  for (const d of found) if (!out.some((o) => d.start < o.end && o.start < d.end)) out.push(d);
  return out;
}

/** A parseable publication timestamp from input metadata → `YYYY-MM-DD`, or null. */
export function isoDateFromInput(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(value.trim());
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  return findDates(value)[0]?.value ?? null;
}
