/**
 * Folding of name tokens, so that the spellings of one name give one key. Works on match keys
 * (alef forms, ta marbuta, alef maqsura and diacritics are already folded by `matchKey`):
 * - the kunya أبو "father of" is declined in Classical Arabic: أبو (nominative), أبي
 *   (genitive: عن أبي بكر), أبا (accusative: إن أبا بكر); all are one name part, keyed ابو;
 * - ابن "son of" is written ابن or بن inside a name (محمد بن سلمان); keyed بن;
 * - spelling variants of borrowed words that news sites mix (`VARIANTS`): الديموقراطية /
 *   الديمقراطية, أميركا / أمريكا, and a final ية / يا on unarticled names (سورية / سوريا).
 * Joined kunya and عبد names (أبوبكر, عبدالله) are split by `splitJoined`.
 */

const KUNYA = new Set(['ابو', 'ابي', 'ابا']);

/**
 * Spelling alternations of borrowed words, applied to a match key in order. Each pair was seen
 * in the news corpus with both spellings in common use; extend with care (both sides of every
 * comparison go through the same rules, so a rule can only merge, never split, names).
 */
const VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/ديموقراط/gu, 'ديمقراط'],
  [/اميرك/gu, 'امريك'],
  [/فيدرال/gu, 'فدرال'],
  [/اوروب/gu, 'اورب'],
];

/** Folds one token's match key (see the module comment). */
export function foldToken(key: string): string {
  if (KUNYA.has(key)) return 'ابو';
  if (key === 'ابن') return 'بن';
  let k = key;
  for (const [re, to] of VARIANTS) k = k.replace(re, to);
  // سورية / سوريا, ليبية / ليبيا: only for names without the article (السورية is an adjective).
  if (k.length >= 5 && !k.startsWith('ال') && k.endsWith('يه')) k = `${k.slice(0, -2)}يا`;
  return k;
}

const JOINED = /^(ابو|ابي|ابا|عبد)(.{3,})$/u;

/**
 * Splits a joined kunya or عبد name into its parts: ابوبكر → [ابو, بكر], عبدالله → [عبد, الله].
 * Only when the rest has three letters or more (ابواب "doors" is not ابو + اب), and for عبد
 * only before the article or a divine name (عبدالله, عبدالرحمن) — عبدة is not عبد + ة.
 */
export function splitJoined(key: string): readonly string[] {
  const m = JOINED.exec(key);
  if (!m) return [key];
  const head = m[1] as string;
  const rest = m[2] as string;
  if (head === 'عبد' && !rest.startsWith('ال')) return [key];
  return [head, rest];
}
