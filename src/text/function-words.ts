/**
 * Word lists for clitic analysis. Function words begin with letters that are also proclitics
 * (و ف ب ك ل س, ال) but are whole words: بعد is "after", not ب + عد; ليس is "is not", not ل + يس.
 * They are never split, and a clitic chain stops when what remains is one of them (وبعد = و + بعد).
 *
 * Entries are written as they appear in text (with hamza where standard); they are compared by
 * match key, so إلى and الى are the same entry. The lists are checked when the module loads.
 */
import { matchKey } from './normalize.js';

const FUNCTION_WORD_LIST: readonly string[] = [
  // conjunctions and particles
  'ولكن',
  'لكن',
  'لكنه',
  'لكنها',
  'لكنهم',
  'بل',
  'ثم',
  'أو',
  'أم',
  'إن',
  'أن',
  'إنه',
  'أنه',
  'أنها',
  'إنها',
  'لأن',
  'لأنه',
  'كي',
  'لكي',
  'لقد',
  'قد',
  'لا',
  'لم',
  'لن',
  'ليس',
  'ليست',
  'ما',
  'ماذا',
  'لماذا',
  'كيف',
  'فقط',
  'إلا',
  'حتى',
  'كما',
  'كلما',
  'بينما',
  'عندما',
  'لما',
  'لو',
  'لولا',
  'بلى',
  'إذا',
  'إذ',
  'سوف',
  'أيضا',
  // prepositions and adverbs of place and time
  'في',
  'فيه',
  'فيها',
  'فيما',
  'من',
  'منذ',
  'مع',
  'عن',
  'على',
  'إلى',
  'الى',
  'لدى',
  'لدي',
  'له',
  'لها',
  'لهم',
  'به',
  'بها',
  'بهم',
  'بعد',
  'بين',
  'بدون',
  'بلا',
  'قبل',
  'خلال',
  'حول',
  'عند',
  'ضد',
  'نحو',
  'تحت',
  'فوق',
  'غير',
  'سوى',
  'كل',
  'بعض',
  'الآن',
  // relatives and demonstratives
  'الذي',
  'التي',
  'الذين',
  'اللذين',
  'اللتين',
  'اللواتي',
  'اللاتي',
  'هذا',
  'هذه',
  'ذلك',
  'تلك',
  'هؤلاء',
  'أولئك',
  'هنا',
  'هناك',
  // pronouns
  'هو',
  'هي',
  'هم',
  'هما',
  'هن',
  'نحن',
  'أنا',
  'أنت',
  'أنتم',
  // كان and its sisters
  'كان',
  'كانت',
  'كانوا',
  'يكون',
  'تكون',
  'ليسوا',
  'الله',
];

/**
 * Words starting with سي/ست/سن/سأ that are not a future س + imperfect verb (سياسة is "politics",
 * not س + *ياسة). Only consulted for the future reading; matched as whole stems or prefixes.
 */
const NOT_FUTURE_WORD_LIST: readonly string[] = [
  'سيد',
  'سيدة',
  'سيدات',
  'ستة',
  'ستين',
  'ستون',
  'ستار',
  'سيف',
  'سيول',
  'سيناء',
  'سينما',
  'سنة',
];
const NOT_FUTURE_PREFIX_LIST: readonly string[] = ['سياس', 'سيار', 'سيطر', 'سنو'];

const ARABIC_WORD = /^[\p{Script=Arabic}&&\p{L}]+$/v;

/** Checks a word list (non-empty Arabic words, no repeated entry) and returns its match keys. */
export function loadWordList(name: string, words: readonly string[]): ReadonlySet<string> {
  const seen = new Set<string>();
  const keys = new Set<string>();
  for (const w of words) {
    if (!ARABIC_WORD.test(w))
      throw new Error(`word list ${name}: ${JSON.stringify(w)} is not an Arabic word`);
    if (seen.has(w)) throw new Error(`word list ${name}: ${JSON.stringify(w)} is listed twice`);
    seen.add(w);
    keys.add(matchKey(w));
  }
  return keys;
}

/** Match keys of function words that are never split into clitics. */
export const FUNCTION_WORDS: ReadonlySet<string> = loadWordList('function words', FUNCTION_WORD_LIST);

/** Match keys of words that look like future س + imperfect verb but are not. */
export const NOT_FUTURE_WORDS: ReadonlySet<string> = loadWordList('not-future words', NOT_FUTURE_WORD_LIST);

/** Match-key prefixes of words that look like future س + imperfect verb but are not. */
export const NOT_FUTURE_PREFIXES: readonly string[] = [
  ...loadWordList('not-future prefixes', NOT_FUTURE_PREFIX_LIST),
];

/** True when `key` (a match key) is a function word. */
export function isFunctionWord(key: string): boolean {
  return FUNCTION_WORDS.has(key);
}
