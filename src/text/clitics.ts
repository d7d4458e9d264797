/**
 * Arabic proclitic analysis. Arabic writes several short words attached to the next word:
 * - conjunctions و "and", ف "so/then";
 * - prepositions ب "with/in", ك "like", ل "for/to", or the future particle س "will" (only before
 *   an imperfect verb, which starts with ي ت ن أ: سيقول "he will say");
 * - the definite article ال "the".
 * They come in that order: و + ب + ال + موصل = وبالموصل "and in Mosul". After ل the article
 * loses its alef (ل + البغدادي = للبغدادي), and when the stem itself begins with ل only two lams
 * are written (ل + الله = لله). The text is never changed: analyses report where the stem starts.
 *
 * Without a stem lexicon a word like بريطانيا cannot be told from ب + ريطانيا, so every
 * grammatical segmentation is listed, the unsegmented reading included, and ordered by simple
 * rules (see `cliticAnalyses`).
 */
import { FUNCTION_WORDS, NOT_FUTURE_PREFIXES, NOT_FUTURE_WORDS } from './function-words.js';
import { normalizeWithMap } from './normalize.js';

/** One segmentation of a word into proclitics and stem. */
export interface CliticAnalysis {
  readonly conj: 'و' | 'ف' | null;
  readonly prep: 'ب' | 'ك' | 'ل' | null;
  /** The future particle س. */
  readonly future: boolean;
  /** The definite article ال (possibly with elided alef, as in لل). */
  readonly det: boolean;
  /** Code units into the word where the stem begins. */
  readonly stemOffset: number;
  /** Match key of the stem. */
  readonly stem: string;
}

const ARABIC_KEY = /^[\p{Script=Arabic}&&\p{L}]+$/v;
const BARE_ALEF = new Set(['ا', 'ٱ']); // the article's alef is hamzat wasl: never written أ إ آ
const IMPERFECT = new Set(['ي', 'ت', 'ن', 'ا']);
const HAMZA_ALEF = new Set(['أ', 'آ']); // first-person imperfect: سأعود, سآخذ
const MIN_STEM = 2;

interface Candidate extends CliticAnalysis {
  /** Key letters consumed by the clitics. */
  readonly consumed: number;
  readonly clitics: number;
  readonly tier: number;
}

function unsegmented(key: string): CliticAnalysis {
  return Object.freeze({ conj: null, prep: null, future: false, det: false, stemOffset: 0, stem: key });
}

/** Can `rest` (key from س on) be the future particle plus an imperfect verb? */
function futureOk(word: string, key: string, map: Int32Array, at: number): boolean {
  const stem = key.slice(at + 1);
  if (stem.length < 3) return false; // an imperfect verb is its prefix plus at least two root letters
  const prefix = key[at + 1] as string;
  if (!IMPERFECT.has(prefix)) return false;
  // The first-person prefix is a hamza on alef (سأعود); a bare alef after س is a noun (سالم).
  if (prefix === 'ا' && !HAMZA_ALEF.has(word[map[at + 1] as number] as string)) return false;
  // Ta marbuta and the -ات plural are noun endings; verbs do not take them (سياسة, سنوات).
  if (word.slice(map[key.length - 1] as number).startsWith('ة') || stem.endsWith('ات')) return false;
  const rest = key.slice(at);
  if (NOT_FUTURE_WORDS.has(rest) || NOT_FUTURE_PREFIXES.some((p) => rest.startsWith(p))) return false;
  return true;
}

function tierOf(stem: string, det: boolean): number {
  if (stem.length < MIN_STEM) return 3;
  // A known function word as stem (و + في, ل + الله): the best evidence we have.
  if (det ? FUNCTION_WORDS.has(`ال${stem}`) : FUNCTION_WORDS.has(stem)) return 0;
  return stem.length >= 3 ? 1 : 2;
}

function rank(a: Candidate, b: Candidate): number {
  if (a.tier !== b.tier) return a.tier - b.tier;
  // Longest segmentation first, except among 2-letter stems, where stripping less is safer.
  const byConsumed = a.tier === 2 ? a.consumed - b.consumed : b.consumed - a.consumed;
  return byConsumed || b.clitics - a.clitics;
}

function analyse(word: string): readonly CliticAnalysis[] {
  const { key, map } = normalizeWithMap(word);
  if (!ARABIC_KEY.test(key) || FUNCTION_WORDS.has(key)) return Object.freeze([unsegmented(key)]);

  const out: Candidate[] = [];
  const add = (
    conj: CliticAnalysis['conj'],
    prep: CliticAnalysis['prep'],
    future: boolean,
    det: boolean,
    at: number,
  ): void => {
    const stem = key.slice(at);
    if (stem.length < MIN_STEM) return;
    const clitics = (conj ? 1 : 0) + (prep ? 1 : 0) + (future ? 1 : 0) + (det ? 1 : 0);
    const stemOffset = map[at] as number;
    out.push({ conj, prep, future, det, stemOffset, stem, consumed: at, clitics, tier: tierOf(stem, det) });
  };
  const conjs: CliticAnalysis['conj'][] = [null];
  if (key[0] === 'و' || key[0] === 'ف') conjs.push(key[0]);

  for (const conj of conjs) {
    const p1 = conj ? 1 : 0;
    // A function word after the conjunction is not split further: وبعد = و + بعد.
    if (p1 > 0 && FUNCTION_WORDS.has(key.slice(p1))) {
      add(conj, null, false, false, p1);
      continue;
    }
    if (p1 > 0) add(conj, null, false, false, p1);
    const c = key[p1];
    const articleAt = (p: number): boolean =>
      key[p] === 'ا' && key[p + 1] === 'ل' && BARE_ALEF.has(word[map[p] as number] as string);
    // ال directly after the conjunction (or word start): والموصل, الموصل.
    if (articleAt(p1) && !FUNCTION_WORDS.has(key.slice(p1))) add(conj, null, false, true, p1 + 2);
    if (c === 'ب' || c === 'ك' || c === 'ل') {
      const p2 = p1 + 1;
      add(conj, c, false, false, p2);
      if (c !== 'ل') {
        // بال, كال — unless what follows the preposition is a function word (بالذي = ب + الذي).
        if (articleAt(p2) && !FUNCTION_WORDS.has(key.slice(p2))) add(conj, c, false, true, p2 + 2);
      } else if (key[p2] === 'ل') {
        // لل = ل + ال with the alef elided: للبغدادي = ل + ال + بغدادي; and when the stem
        // itself begins with ل only two lams are written: لله = ل + ال + له (الله).
        add(conj, c, false, true, p2 + 1);
        add(conj, c, false, true, p2);
      }
    } else if (c === 'س' && futureOk(word, key, map, p1)) {
      add(conj, null, true, false, p1 + 1);
    }
  }

  out.push({ ...unsegmented(key), consumed: 0, clitics: 0, tier: tierOf(key, false) });
  // Array.prototype.sort is stable: generation order breaks the remaining ties.
  const result = out
    .sort(rank)
    .map(({ conj, prep, future, det, stemOffset, stem }) =>
      Object.freeze({ conj, prep, future, det, stemOffset, stem }),
    );
  return Object.freeze(result);
}

const CACHE_LIMIT = 20000;
const cache = new Map<string, readonly CliticAnalysis[]>();

/**
 * Every grammatical proclitic segmentation of `word` (conjunction? preposition-or-future?
 * article?), the unsegmented reading included, most likely first:
 * 1. a stem that is a known function word (و + في);
 * 2. stems of three letters or more, longest clitic chain first (و + ب + ال + موصل);
 * 3. two-letter stems, shortest clitic chain first (بدر before ب + در).
 * Constraints: stems have at least two letters; function words are never split; the article's
 * alef is a bare ا; future س needs an imperfect prefix, never takes ال, and is not read into
 * nouns ending in ة or ات. Offsets are into `word`, so diacritics and tatweel are allowed.
 */
export function cliticAnalyses(word: string): readonly CliticAnalysis[] {
  let result = cache.get(word);
  if (!result) {
    result = analyse(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, result);
  }
  return result;
}

/** Match key of the stem of the most likely analysis of `word`. */
export function stripClitics(word: string): string {
  return (cliticAnalyses(word)[0] as CliticAnalysis).stem;
}
