/**
 * Gregorian month names in every Arab convention, and Hijri month names, written in match-key
 * form (alef forms folded to ا, ة to ه, ى to ي, no diacritics) so they compare against
 * `matchKey` output. Validated when loaded.
 *
 * - Levantine/Iraqi (Syriac-derived): كانون الثاني … كانون الأول, شباط, آذار, نيسان, أيار, حزيران,
 *   تموز, آب, أيلول, تشرين الأول, تشرين الثاني.
 * - Egyptian/Gulf (from French/English): يناير … ديسمبر, with the Egyptian spellings يونيه/يوليه.
 * - Algerian/Tunisian (French): جانفي, فيفري, مارس, أفريل, ماي, جوان, جويلية, أوت, سبتمبر, أكتوبر,
 *   نوفمبر, ديسمبر.
 * - Moroccan/Mauritanian: يناير, فبراير, مارس, أبريل, ماي, يونيو, يوليوز, غشت, شتنبر, أكتوبر, نونبر, دجنبر;
 *   Mauritanian press also writes أغشت and دجمبر.
 */

import { assertKeyForm } from './key-form.js';

export interface MonthName {
  /** Match-key spelling. */
  readonly key: string;
  /** 1–12. */
  readonly month: number;
  readonly convention: 'levantine' | 'egyptian' | 'maghrebi' | 'moroccan' | 'mauritanian' | 'common';
}

const G: [number, MonthName['convention'], string[]][] = [
  [1, 'levantine', ['كانون الثاني', 'كانون ثاني', 'كانون ثان']],
  [2, 'levantine', ['شباط']],
  [3, 'levantine', ['اذار']],
  [4, 'levantine', ['نيسان']],
  [5, 'levantine', ['ايار']],
  [6, 'levantine', ['حزيران']],
  [7, 'levantine', ['تموز']],
  [8, 'levantine', ['اب']],
  [9, 'levantine', ['ايلول']],
  [10, 'levantine', ['تشرين الاول', 'تشرين اول']],
  [11, 'levantine', ['تشرين الثاني', 'تشرين ثاني', 'تشرين ثان']],
  [12, 'levantine', ['كانون الاول', 'كانون اول']],
  [1, 'egyptian', ['يناير']],
  [2, 'egyptian', ['فبراير', 'فبرائر']],
  [3, 'common', ['مارس']],
  [4, 'egyptian', ['ابريل', 'ابرايل']],
  [5, 'egyptian', ['مايو']],
  [6, 'egyptian', ['يونيو', 'يونيه', 'يونيوه']],
  [7, 'egyptian', ['يوليو', 'يوليه']],
  [8, 'egyptian', ['اغسطس', 'اغسطوس']],
  [9, 'common', ['سبتمبر', 'سيبتمبر']],
  [10, 'common', ['اكتوبر']],
  [11, 'common', ['نوفمبر']],
  [12, 'common', ['ديسمبر']],
  [1, 'maghrebi', ['جانفي', 'جانفييه']],
  [2, 'maghrebi', ['فيفري', 'فيفريي']],
  [4, 'maghrebi', ['افريل']],
  [5, 'maghrebi', ['ماي']],
  [6, 'maghrebi', ['جوان']],
  [7, 'maghrebi', ['جويليه', 'جويلييه']],
  [8, 'maghrebi', ['اوت']],
  [7, 'moroccan', ['يوليوز']],
  [8, 'moroccan', ['غشت']],
  [9, 'moroccan', ['شتنبر']],
  [11, 'moroccan', ['نونبر']],
  [12, 'moroccan', ['دجنبر']],
  [8, 'mauritanian', ['اغشت']],
  [12, 'mauritanian', ['دجمبر']],
];

/** Hijri months (Umm al-Qura naming and common variants), match-key form. */
const H: [number, string[]][] = [
  [1, ['محرم', 'المحرم']],
  [2, ['صفر']],
  [3, ['ربيع الاول', 'ربيع اول']],
  [4, ['ربيع الثاني', 'ربيع الاخر', 'ربيع ثاني']],
  [5, ['جمادي الاولي', 'جمادي الاول', 'جماد الاول']],
  [6, ['جمادي الاخره', 'جمادي الثانيه', 'جمادي الاخر', 'جماد الثاني']],
  [7, ['رجب']],
  [8, ['شعبان']],
  [9, ['رمضان']],
  [10, ['شوال']],
  [11, ['ذو القعده', 'ذي القعده', 'ذا القعده']],
  [12, ['ذو الحجه', 'ذي الحجه', 'ذا الحجه']],
];

function validate<T extends { key: string }>(entries: T[], what: string): readonly T[] {
  assertKeyForm(
    entries.map((e) => e.key),
    what,
  );
  return Object.freeze(entries.map((e) => Object.freeze(e)));
}

export const GREGORIAN_MONTHS: readonly MonthName[] = validate(
  G.flatMap(([month, convention, keys]) => keys.map((key) => ({ key, month, convention }))),
  'Gregorian month',
);

export const HIJRI_MONTHS: readonly { key: string; month: number }[] = validate(
  H.flatMap(([month, keys]) => keys.map((key) => ({ key, month }))),
  'Hijri month',
);

/** Weekday names (match-key form) with ISO weekday numbers (Monday = 1). */
export const WEEKDAYS: readonly { key: string; weekday: number }[] = validate(
  [
    ['الاثنين', 1],
    ['الثلاثاء', 2],
    ['الاربعاء', 3],
    ['الخميس', 4],
    ['الجمعه', 5],
    ['السبت', 6],
    ['الاحد', 7],
  ].map(([key, weekday]) => ({ key: key as string, weekday: weekday as number })),
  'weekday',
);
