/**
 * Character classes for Arabic text. Regexes use Unicode properties: Arabic punctuation
 * (، ؛ ؟) and Arabic-Indic digits are not ASCII.
 */

export const ARABIC_LETTER = /[\p{Script=Arabic}&&\p{L}]/v;
export const LATIN_LETTER = /\p{Script=Latin}/u;
const ARABIC_LETTER_G = /[\p{Script=Arabic}&&\p{L}]/gv;
const LATIN_LETTER_G = /\p{Script=Latin}/gu;
const LETTER_G = /\p{L}/gu;

/** Counts of letters by script in `s`. */
export function letterCounts(s: string): { arabic: number; latin: number; letters: number } {
  return {
    arabic: s.match(ARABIC_LETTER_G)?.length ?? 0,
    latin: s.match(LATIN_LETTER_G)?.length ?? 0,
    letters: s.match(LETTER_G)?.length ?? 0,
  };
}

/** Share of letters that are Arabic (0 when there are no letters). */
export function arabicRatio(s: string): number {
  const c = letterCounts(s);
  return c.letters === 0 ? 0 : c.arabic / c.letters;
}

export function hasArabic(s: string): boolean {
  return ARABIC_LETTER.test(s);
}
