/**
 * Word classes of speaker phrases: titles, role and organisation heads, source and document nouns,
 * person-name parts, curated actors, and the words that end a phrase (prepositions, time words,
 * complementisers, verbs of speech and release). All compare match keys of tokens of a `TextView`.
 */
import type { Span } from '../../doc/index.js';
import { RELEASE_VERBS } from '../../lexicon/media.js';
import { isComplementizer, reportingVerbForm } from '../../lexicon/reporting-verbs.js';
import {
  DOCUMENT_NOUNS,
  ORG_HEADS,
  PHRASE_BREAKS,
  ROLE_HEADS,
  SOURCE_NOUNS,
  TITLES,
} from '../../lexicon/speaker-words.js';
import { FUNCTION_WORDS } from '../../text/function-words.js';
import { matchKey } from '../../text/normalize.js';
import type { KnownActor, NameResources } from './resources.js';
import { isPunct, type TextView, type Tok } from './view.js';

export const TIME_NAMES = new Set(['صباح', 'مساء']);
export const KUNYA = new Set(['ابو', 'ابي', 'ابا', 'ام']);
export const NAME_LINKS = new Set(['بن', 'ابن', 'بنت', 'ابو', 'ابي', 'ابا', 'ام', 'عبد', 'ال', 'اب', 'ولد']);
export const POSSESSIVE = /(ه|ها|هم|هما|هن|ي|نا|كم)$/u;
const PREP_PRONOUN = /^(علي|الي|من|عن|في|مع|ب|ل|لدي|عند|امام|بين|حول)(ه|ها|هم|هما|ي|نا|كم|يه|يها|يهم)$/u;

/** The key without a leading article. */
export function noAl(k: string): string {
  return k.startsWith('ال') && k.length > 3 ? k.slice(2) : k;
}

/** Base forms of a noun key: without article, without a possessive suffix (رسالته → رساله). */
export function nounBases(k: string): string[] {
  const a = noAl(k);
  const out = [a];
  const m = POSSESSIVE.exec(a);
  if (m && a.length - m[0].length >= 3) {
    const b = a.slice(0, a.length - m[0].length);
    out.push(b);
    if (b.endsWith('ت')) out.push(`${b.slice(0, -1)}ه`);
  }
  return out;
}

/** The document noun a key names (بيان for البيان، بيانها), or null. */
export function documentNoun(k: string): string | null {
  for (const b of nounBases(k)) if (DOCUMENT_NOUNS.has(b)) return b;
  return null;
}

export function isTitle(t: Tok): boolean {
  return TITLES.has(t.stem) || TITLES.has(t.key);
}
export function isRole(t: Tok): boolean {
  const s = noAl(t.stem);
  // مؤسسة "institution" is no feminine مؤسس "founder".
  if (ROLE_HEADS.has(s) || (s.endsWith('ه') && ROLE_HEADS.has(s.slice(0, -1)) && !ORG_HEADS.has(s)))
    return true;
  // رئيسها، زعيمهم: a role with its possessor as a pronoun.
  return possessedRole(s) !== null;
}

/** The role noun of a role with a possessive pronoun (رئيسها → رئيس), or null. */
export function possessedRole(k: string): string | null {
  const m = /^(.{3,}?)(ها|هم|هما)$/u.exec(k);
  if (!m) return null;
  const base = m[1] as string;
  if (ROLE_HEADS.has(base)) return base;
  // وزيرتها، متحدثتها: the feminine ة written ت before the pronoun.
  if (base.endsWith('ت') && ROLE_HEADS.has(`${base.slice(0, -1)}ه`)) return `${base.slice(0, -1)}ة`;
  return null;
}
export function isOrgHead(t: Tok): boolean {
  return ORG_HEADS.has(noAl(t.stem)) || ORG_HEADS.has(t.stem);
}
export function isSource(t: Tok): boolean {
  return SOURCE_NOUNS.has(noAl(t.stem)) || SOURCE_NOUNS.has(t.stem);
}

/** Whether a token ends a phrase wherever it stands: a clause or adjunct word, a verb of speech or release. */
export function isPhraseBreak(t: Tok): boolean {
  if (t.kind !== 'word' && t.kind !== 'number') return true;
  // علي is both على "on" and the name Ali; only the spelling tells them apart.
  if (t.key === 'علي' && !t.maqsura) return false;
  if (PREP_PRONOUN.test(t.key) || PREP_PRONOUN.test(t.bare)) return true;
  if (PHRASE_BREAKS.has(t.key) || PHRASE_BREAKS.has(t.bare) || isComplementizer(t.key)) return true;
  const f = reportingVerbForm(t.key);
  if (f && f.shape !== 'masdar' && !f.ambiguous) return true;
  return RELEASE_VERBS.has(t.key) || RELEASE_VERBS.has(t.bare);
}

/** Words listed as names that are function words in a speaker phrase (باسم "on behalf of"). */
const NOT_NAMES = new Set([
  // تم، يتم: the auxiliary of the impersonal passive (تم التنسيق), never a name in news prose.
  'تم',
  'يتم',
  // دول "states" (حث ديل روساريو دول المنطقة): a plural noun that is also a rare given name.
  'دول',
  // أي "any" (وجود أي خلاف).
  'اي',
  // كان and its forms are verbs in news prose (كان قد قال), however often they are also names.
  'كان',
  'كانت',
  'يكون',
  'تكون',
  'سعي',
  'تمت',
  'وتم',
  'باسم',
  'اما',
  'واما',
  'اليوم',
  'امس',
  'ايضا',
  'عام',
  'العام',
  'رسمي',
  'الرسمي',
  'الجديد',
  'جديد',
  'السابق',
  'الاول',
  'الثاني',
  'احدي',
  'احد',
  'بعض',
  'كل',
  'جميع',
  'عدد',
  // أشاد بدور رجال الأمن "praised the role of": ب + دور far more often than the given name بدور.
  'بدور',
  // قال ومضى "he said and went on": a verb.
  'مضي',
]);

/** Whether a token could be part of a person's name. */
export function nameLike(t: Tok, res: NameResources): boolean {
  if (t.kind === 'word' && TIME_NAMES.has(t.key)) return res.personNames.has(t.key);
  if (t.kind === 'word' && t.key === 'علي' && !t.maqsura) return true;
  if (t.kind !== 'word' || isTitle(t) || isRole(t) || isOrgHead(t) || isPhraseBreak(t)) return false;
  if (NOT_NAMES.has(t.key) || FUNCTION_WORDS.has(t.key) || FUNCTION_WORDS.has(t.stem)) return false;
  // عبدالله، عبدالرحمن، أبوبكر: a joined name part.
  if (/^(عبد(ال|ر)|ابو)\S{2,}$/u.test(t.key)) return true;
  return res.personNames.has(t.stem) || res.personNames.has(t.key);
}

/** The actor whose alias starts at token `i` (longest), with the token after it. */
export function actorAt(
  v: TextView,
  i: number,
  end: number,
  res: NameResources,
): { actor: KnownActor; next: number } | null {
  let best: { actor: KnownActor; next: number } | null = null;
  let key = '';
  for (let j = i; j < Math.min(end, i + res.maxActorTokens); j++) {
    const t = v.toks[j] as Tok;
    if (t.kind !== 'word' && t.kind !== 'number') break;
    key = j === i ? t.stem : `${key} ${t.key}`;
    const hit = res.actors.get(key) ?? (j === i ? res.actors.get(noAl(t.stem)) : undefined);
    if (hit) best = { actor: hit, next: j + 1 };
  }
  return best;
}

/** Whether a token carries a preposition proclitic (بخيبر، لقوى، للأنباء). */
export function isProclitic(t: Tok): boolean {
  return t.stemStart > t.start && /^[بلك]/u.test(t.key) && !/^[وف]/u.test(t.key);
}

export function spanOf(v: TextView, a: number, b: number): Span {
  const first = v.toks[a] as Tok;
  const last = v.toks[b - 1] as Tok;
  const start = isPunct(v, first, '«“"”„') && b - a > 1 ? (v.toks[a + 1] as Tok).wordStart : first.wordStart;
  const end = isPunct(v, last, '»”"“') && b - a > 1 ? (v.toks[b - 2] as Tok).end : last.end;
  return { start, end };
}

/** Whether a word as written carries a possessive pronoun on a noun that is no name (نظيره، رفاقهم). */
export function possessed(raw: string, res: NameResources): boolean {
  const m = /(ها|هم|ه)$/u.exec(raw);
  if (!m) return false;
  const base = matchKey(raw.slice(0, raw.length - m[0].length));
  return base.length >= 3 && !res.personNames.has(base) && !/الل$/u.test(base);
}

/**
 * Whether the entities layer names a person at token `j` or right after it (a title the lexicon
 * lacks: الكابتن جيف ديفيس), while the phrase read so far has no person in it.
 */
export function personNext(v: TextView, j: number, toks: readonly number[]): boolean {
  if (!v.entities) return false;
  const from = toks.length > 0 ? (v.toks[toks[0] as number] as Tok).start : 0;
  const at = (v.toks[j] as Tok).start;
  const after = v.toks[j + 1] as Tok | undefined;
  return v.entities.some(
    (e) =>
      e.type === 'PER' &&
      !(e.start >= from && e.start < at) &&
      (e.start === at || (after !== undefined && e.start === after.start)),
  );
}

/** A word written with the accusative tanwin (علنًا، مجددًا): an adverb, never the subject. */
export function accusativeAdverb(v: TextView, t: Tok): boolean {
  return t.kind === 'word' && /(\u064Bا?|ا\u064B)$/u.test(v.text.slice(t.start, t.end));
}

/** Kinship words that join two people in one phrase (براد بيت زوج جولي): no part of either's name. */
export const KIN_WORDS: ReadonlySet<string> = new Set([
  'زوج',
  'زوجه',
  'شقيق',
  'شقيقه',
  'والد',
  'والده',
  'نجل',
  'ابنه',
  'زوجها',
]);

/** Kin nouns that, in construct, name a relative of the person after them (والدة X، ابن X). */
export const KIN_NOUNS: ReadonlySet<string> = new Set([
  ...KIN_WORDS,
  'ابن',
  'نجله',
  'اخ',
  'اخت',
  'عم',
  'خال',
  'ام',
  'اب',
]);

/** Adverbs that may open a sentence before its verb (بدورها، كما، ثم، وقد). */
const OPENING_ADVERBS = /^(بدوره|بدورها|بدورهم|كذلك|ايضا|كما|ثم|قد|لقد|وقد|فقد)$/u;

/**
 * How many tokens from `at` an opening adjunct takes before the sentence's verb: an adverb
 * (بدورها، كما، وقد) or من جانبه / من جهته, with the comma after it; 0 when none.
 */
export function leadingAdjunct(v: TextView, at: number): number {
  const a0 = v.toks[at] as Tok | undefined;
  let n = 0;
  if (a0 && /^(من|ومن|في|وفي)$/u.test(a0.key) && /^(جانب|جهت|ناحيت)/u.test(v.toks[at + 1]?.key ?? '')) n = 2;
  else if (a0 && OPENING_ADVERBS.test(a0.key)) n = 1;
  if (n > 0 && isPunct(v, v.toks[at + n], '،,')) n++;
  return n;
}
