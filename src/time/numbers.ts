/**
 * Arabic numbers written in digits (Western, Arabic-Indic, Persian — all ASCII in match keys) or
 * in words, read from a sequence of match keys: ثلاثه, خمس وعشرين, احد عشر, ثلاثمائه, الفين.
 * Cardinals agree in gender with the counted noun (ثلاثه ايام, ثلاث ساعات); both forms are read.
 * Ordinals (العاشره, الحادي والعشرين) serve clock hours and centuries.
 */
import { assertKeyForm } from '../lexicon/key-form.js';

/** A number read from keys `[start, next)`. */
export interface ReadNumber {
  readonly value: number;
  /** Index after the last key used. */
  readonly next: number;
  /** True when written in words. */
  readonly words: boolean;
}

const UNITS: Record<string, number> = {
  واحد: 1,
  واحده: 1,
  اثنان: 2,
  اثنين: 2,
  اثنتان: 2,
  اثنتين: 2,
  ثلاث: 3,
  ثلاثه: 3,
  اربع: 4,
  اربعه: 4,
  خمس: 5,
  خمسه: 5,
  ست: 6,
  سته: 6,
  سبع: 7,
  سبعه: 7,
  ثمان: 8,
  ثماني: 8,
  ثمانيه: 8,
  تسع: 9,
  تسعه: 9,
  عشر: 10,
  عشره: 10,
};

/** Units as the first word of 11–19 (احد عشر, اثنا عشر, ثلاثه عشر). */
const TEEN_UNITS: Record<string, number> = {
  ...UNITS,
  احد: 1,
  احدي: 1,
  اثنا: 2,
  اثني: 2,
  اثنتا: 2,
  اثنتي: 2,
};

const TENS: Record<string, number> = {
  عشرون: 20,
  عشرين: 20,
  ثلاثون: 30,
  ثلاثين: 30,
  اربعون: 40,
  اربعين: 40,
  خمسون: 50,
  خمسين: 50,
  ستون: 60,
  ستين: 60,
  سبعون: 70,
  سبعين: 70,
  ثمانون: 80,
  ثمانين: 80,
  تسعون: 90,
  تسعين: 90,
};

const HUNDREDS: Record<string, number> = {
  مئه: 100,
  مائه: 100,
  مئتين: 200,
  مائتين: 200,
  مئتان: 200,
  مائتان: 200,
  مئتي: 200,
  مائتي: 200,
  ثلاثمئه: 300,
  ثلاثمائه: 300,
  اربعمئه: 400,
  اربعمائه: 400,
  خمسمئه: 500,
  خمسمائه: 500,
  ستمئه: 600,
  ستمائه: 600,
  سبعمئه: 700,
  سبعمائه: 700,
  ثمانمئه: 800,
  ثمانمائه: 800,
  تسعمئه: 900,
  تسعمائه: 900,
};

const THOUSANDS: Record<string, number> = { الف: 1000, الفين: 2000, الفان: 2000, الفي: 2000, الاف: 1000 };

/** Ordinals, masculine and feminine (العاشر, العاشره), with their numbers. */
const ORDINALS: Record<string, number> = {
  الاول: 1,
  الاولي: 1,
  الواحده: 1,
  الحادي: 1,
  الحاديه: 1,
  الثاني: 2,
  الثانيه: 2,
  الثالث: 3,
  الثالثه: 3,
  الرابع: 4,
  الرابعه: 4,
  الخامس: 5,
  الخامسه: 5,
  السادس: 6,
  السادسه: 6,
  السابع: 7,
  السابعه: 7,
  الثامن: 8,
  الثامنه: 8,
  التاسع: 9,
  التاسعه: 9,
  العاشر: 10,
  العاشره: 10,
};

const ORDINAL_TENS: Record<string, number> = Object.fromEntries(
  Object.entries(TENS).map(([k, v]) => [`ال${k}`, v]),
);

for (const [name, table] of Object.entries({ UNITS, TEEN_UNITS, TENS, HUNDREDS, THOUSANDS, ORDINALS })) {
  assertKeyForm(Object.keys(table), `number word (${name})`);
}

const DIGITS = /^\d+(?:[.,]\d+)*$/u;

/** Strips a conjunction و from a key (وعشرين → عشرين), or returns null. */
function afterWa(key: string | undefined): string | null {
  return key !== undefined && key.length > 1 && key.startsWith('و') ? key.slice(1) : null;
}

/** Strips the article from a key (الثلاثه → ثلاثه). */
function bare(key: string, article: boolean): string {
  return article && key.startsWith('ال') ? key.slice(2) : key;
}

/** Reads digits as a number: 24, 1.5, 20,000 (thousands groups). */
export function digitValue(key: string): number | null {
  if (!DIGITS.test(key)) return null;
  if (/^\d{1,3}(?:,\d{3})+$/u.test(key)) return Number(key.replace(/,/gu, ''));
  if (key.includes(',')) return null;
  const v = Number(key);
  return Number.isFinite(v) ? v : null;
}

/** Reads a cardinal below 1000 in words, or with `article`, one with the article (الثلاثه). */
function readBelowThousand(keys: readonly string[], i: number, article: boolean): ReadNumber | null {
  const first = keys[i];
  if (first === undefined) return null;
  const k = bare(first, article);
  let value: number | undefined;
  let next = i + 1;
  const hundred = HUNDREDS[k];
  if (hundred !== undefined) {
    value = hundred;
  } else if (UNITS[k] !== undefined && (keys[i + 1] === 'مئه' || keys[i + 1] === 'مائه')) {
    value = (UNITS[k] as number) * 100;
    next = i + 2;
  }
  if (value !== undefined) {
    const rest = afterWa(keys[next]);
    if (rest !== null) {
      const tail = readBelowHundred([rest, ...keys.slice(next + 1, next + 4)], 0, false);
      if (tail) return { value: value + tail.value, next: next + tail.next, words: true };
    }
    return { value, next, words: true };
  }
  return readBelowHundred(keys, i, article);
}

function readBelowHundred(keys: readonly string[], i: number, article: boolean): ReadNumber | null {
  const first = keys[i];
  if (first === undefined) return null;
  const k = bare(first, article);
  const tens = TENS[k];
  if (tens !== undefined) return { value: tens, next: i + 1, words: true };
  const teen = TEEN_UNITS[k];
  if (teen !== undefined && teen < 10) {
    const second = keys[i + 1];
    if (second === 'عشر' || second === 'عشره') return { value: 10 + teen, next: i + 2, words: true };
  }
  const unit = UNITS[k];
  if (unit === undefined) return null;
  const rest = afterWa(keys[i + 1]);
  const t = rest === null ? undefined : TENS[bare(rest, article)];
  if (t !== undefined && unit < 10) return { value: unit + t, next: i + 2, words: true };
  return { value: unit, next: i + 1, words: true };
}

/**
 * Reads a cardinal at `keys[i]`: digits (one key) or words up to the thousands. With `article`,
 * words may carry the article (الايام الثلاثه). Returns null when no number starts there.
 */
export function readNumber(keys: readonly string[], i: number, article = false): ReadNumber | null {
  const first = keys[i];
  if (first === undefined) return null;
  const d = digitValue(first);
  if (d !== null) return { value: d, next: i + 1, words: false };
  const thousand = THOUSANDS[bare(first, article)];
  if (thousand !== undefined) return { value: thousand, next: i + 1, words: true };
  const low = readBelowThousand(keys, i, article);
  if (low && (keys[low.next] === 'الف' || keys[low.next] === 'الاف')) {
    return { value: low.value * 1000, next: low.next + 1, words: true };
  }
  return low;
}

/**
 * Reads an ordinal with the article at `keys[i]`: العاشره, الحاديه عشره, الحادي والعشرين,
 * العشرين. Returns null when there is none.
 */
export function readOrdinal(keys: readonly string[], i: number): ReadNumber | null {
  const first = keys[i];
  if (first === undefined) return null;
  const tens = ORDINAL_TENS[first];
  if (tens !== undefined) return { value: tens, next: i + 1, words: true };
  const unit = ORDINALS[first];
  if (unit === undefined) return null;
  const second = keys[i + 1];
  if (unit < 10 && (second === 'عشر' || second === 'عشره'))
    return { value: 10 + unit, next: i + 2, words: true };
  const rest = afterWa(second);
  const t = rest === null ? undefined : ORDINAL_TENS[rest];
  if (t !== undefined && unit < 10) return { value: unit + t, next: i + 2, words: true };
  return { value: unit, next: i + 1, words: true };
}

/** Every key that can start a number read by `readNumber` or `readOrdinal`. */
export const NUMBER_WORD_KEYS: ReadonlySet<string> = new Set([
  ...Object.keys(UNITS),
  ...Object.keys(TEEN_UNITS),
  ...Object.keys(TENS),
  ...Object.keys(HUNDREDS),
  ...Object.keys(THOUSANDS),
  ...Object.keys(ORDINALS),
  ...Object.keys(ORDINAL_TENS),
]);

/** True when `key` is a cardinal number word (any form read by `readNumber`). */
export function isNumberWord(key: string): boolean {
  return (
    UNITS[key] !== undefined ||
    TEEN_UNITS[key] !== undefined ||
    TENS[key] !== undefined ||
    HUNDREDS[key] !== undefined ||
    THOUSANDS[key] !== undefined
  );
}
