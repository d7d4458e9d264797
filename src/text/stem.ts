/**
 * A light Arabic stemmer for search (after Lucene's ArabicStemmer and Larkey's Light10): it strips
 * one group of proclitics and then a few inflectional suffixes, so الموصل, بالموصل, والموصل and
 * للموصل share the stem موصل, and مسلح, المسلحين, مسلحون share مسلح. It works on match keys
 * (`matchKey`: alef forms folded to ا, ة → ه, ى → ي, no diacritics or tatweel), never looks a
 * word up in a lexicon, and leaves Latin, digits and anything not purely Arabic untouched.
 *
 * Light stemming over-cuts some names (لبنان → لبن) and cannot tell the conjunction و from a
 * root و (وزير "minister" becomes زير while الوزير becomes وزير). Search therefore matches every
 * query word on all of `stemVariants` and on the exact match key as well.
 */
import { isFunctionWord } from './function-words.js';

/** The rules of a light stemmer; `LIGHT_STEM_RULES` are the tuned ones. */
export interface StemRules {
  /** Proclitic groups, at most one stripped (the longest that leaves `minAfterPrefix` letters). */
  readonly prefixes: readonly string[];
  readonly minAfterPrefix: number;
  /** Single-letter conjunctions stripped when no group was, leaving at least `minAfterConjunction`. */
  readonly conjunctions: readonly string[];
  readonly minAfterConjunction: number;
  /** Suffixes tried in order, each stripped at most once, while `minAfterSuffix` letters remain. */
  readonly suffixes: readonly string[];
  readonly minAfterSuffix: number;
}

/**
 * Tuned on the SaudiNewsNet dev corpus (209,554 Arabic word types; rules compared by how many
 * types they join and by reading samples of the joined classes):
 * - conjunction و only. Of the types of four letters or more that begin with و, 26,322 (280k
 *   tokens) have a remainder that is itself a corpus word (وقال/قال), against 11,321 (109k
 *   tokens) that do not (وزير, وزارة); for ف it is the reverse, 3,526 (16k tokens) against
 *   2,520 (47k tokens: فريق, فترة, فرنسا, فيصل), so ف + word is left whole;
 * - a 2-letter minimum after the article: الحج → حج, اليد → يد are real words;
 * - a 3-letter minimum after suffixes: Lucene's 2 makes 662 more cuts among types seen 30 times
 *   or more, nearly all wrong (مليون → مل, مكة → مك, بيان → بي, حسين → حس).
 */
export const LIGHT_STEM_RULES: StemRules = Object.freeze({
  // Longest first: وبال before وال before ال. لل is ل + ال with the article's alef elided.
  prefixes: Object.freeze([
    'وبال',
    'وكال',
    'فبال',
    'فكال',
    'ولل',
    'فلل',
    'وال',
    'بال',
    'كال',
    'فال',
    'لل',
    'ال',
  ]),
  minAfterPrefix: 2,
  conjunctions: Object.freeze(['و']),
  minAfterConjunction: 3,
  // Lucene's order with ة already folded to ه: pronoun ها, dual ان, plurals ات ون ين, nisba
  // feminine يه, pronoun or feminine ه, nisba ي. Applying them in order lets السعوديين lose ين
  // and then ي, so it meets السعودي and السعودية on سعود.
  suffixes: Object.freeze(['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي']),
  minAfterSuffix: 3,
});

/** Arabic letters as they appear in match keys (hamza to yeh, plus the extended letters). */
function isArabicKey(key: string): boolean {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (!((c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5)) return false;
  }
  return true;
}

/** A stemmer and its variant generator for a set of rules. */
export interface LightStemmer {
  /** The stem of a match key. */
  stem(key: string): string;
  /** The key with the longest matching prefix group removed (the key itself when none applies). */
  stripPrefixGroup(key: string): string;
  /** The key without a single conjunction (the key itself when none applies). */
  stripConjunction(key: string): string;
  /** The key with its suffixes removed (no prefix handling). */
  stripSuffixes(key: string): string;
}

/** Builds a light stemmer from explicit rules (the tuned one is `lightStem`; this is for measurement). */
export function makeLightStemmer(rules: StemRules): LightStemmer {
  const prefixes = [...rules.prefixes].sort((a, b) => b.length - a.length);

  const stripPrefixGroup = (key: string): string => {
    for (const p of prefixes) {
      if (key.length - p.length >= rules.minAfterPrefix && key.startsWith(p)) {
        const rest = key.slice(p.length);
        // The article belongs to a function word: بالذي is ب + الذي, not بال + ذي.
        if ((p.endsWith('ال') || p.endsWith('لل')) && isFunctionWord(`ال${rest}`)) return `ال${rest}`;
        return rest;
      }
    }
    return key;
  };

  const stripSuffixes = (key: string): string => {
    let s = key;
    for (const suffix of rules.suffixes) {
      if (s.length - suffix.length >= rules.minAfterSuffix && s.endsWith(suffix)) {
        const cut = s.slice(0, s.length - suffix.length);
        // Never cut a content word down to a function word: كانون is not كان + ون, الآليات not إلى.
        if (!isFunctionWord(cut)) s = cut;
      }
    }
    return s;
  };

  const stripConjunction = (key: string): string => {
    for (const c of rules.conjunctions) {
      const after = key.slice(c.length);
      // و before a function word is always the conjunction, however short the word: وفي, ولا.
      const long = after.length >= rules.minAfterConjunction || isFunctionWord(after);
      if (long && after.length > 0 && key.startsWith(c)) return after;
    }
    return key;
  };

  const stem = (key: string): string => {
    if (!isArabicKey(key) || isFunctionWord(key)) return key;
    let rest = stripPrefixGroup(key);
    if (rest === key) rest = stripConjunction(key);
    // A function word after a clitic (وبعد, بالذي) is kept whole, like the word itself.
    if (isFunctionWord(rest)) return rest;
    return stripSuffixes(rest);
  };

  return { stem, stripPrefixGroup, stripConjunction, stripSuffixes };
}

const STEMMER = makeLightStemmer(LIGHT_STEM_RULES);
const CACHE_LIMIT = 50_000;
const cache = new Map<string, string>();

/**
 * The light stem of a match key: one proclitic group (وال بال كال فال لل وبال … ال, or a single
 * و when three letters or a function word remain) and then the suffixes ها ان ات ون ين يه ه ي,
 * in that order, while three letters remain and never down to a function word. Function words, Latin, digits and mixed keys are returned unchanged.
 * `lightStem(matchKey('بالموصل')) === 'موصل'`.
 */
export function lightStem(key: string): string {
  let s = cache.get(key);
  if (s === undefined) {
    s = STEMMER.stem(key);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, s);
  }
  return s;
}

/**
 * Every stem the word of a query key may have in the index, `lightStem(key)` first. In practice
 * only words whose stem starts with و get more than one: for وزير, الوزير and ووزير both زير
 * (how bare وزير is indexed, read as و + زير) and وزير (how الوزير and ووزير are) are returned,
 * so a query finds the word with and without clitics.
 */
export function stemVariants(key: string): readonly string[] {
  const out = [lightStem(key)];
  if (!isArabicKey(key) || isFunctionWord(key)) return out;
  const add = (s: string): void => {
    if (!out.includes(s)) out.push(s);
  };
  // Readings of the word inside the key: the key itself (ألعاب, إلكتروني and بالغ begin with
  // what looks like a clitic group), the key after the group, or after the conjunction. Each word
  // is indexed bare (lightStem) or, behind a clitic, with its suffixes stripped only.
  const rest = STEMMER.stripPrefixGroup(key);
  const words = [key, rest === key ? STEMMER.stripConjunction(key) : rest];
  for (const w of words) {
    add(lightStem(w));
    add(isFunctionWord(w) ? w : STEMMER.stripSuffixes(w));
  }
  return out;
}
