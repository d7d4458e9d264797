/**
 * Speaker phrases: the noun phrase that is the subject of a reporting verb (وقال وزير الخارجية
 * الأميركي جون كيري …), read token by token up to the first word that starts an adjunct or a new
 * clause, then classified: a person (with the name inside a role phrase: جون كيري), an
 * organisation (وزارة الصحة، داعش), a bare role (المتحدث باسم التنظيم), an unnamed source (مصدر
 * أمني), a document that speaks for its issuer (البيان، الرسالة) or an honorific pronoun (سموه).
 */

import type { Span } from '../../doc/index.js';
import { isComplementizer, reportingVerbForm } from '../../lexicon/reporting-verbs.js';
import { DOCUMENT_NOUNS, HONORIFIC_PRONOUNS } from '../../lexicon/speaker-words.js';
import { FUNCTION_WORDS } from '../../text/function-words.js';
import { classify } from './classify.js';
import type { KnownActor, NameResources } from './resources.js';
import { isPunct, type TextView, type Tok } from './view.js';
import {
  actorAt,
  documentNoun,
  isOrgHead,
  isPhraseBreak,
  isProclitic,
  isRole,
  isSource,
  isTitle,
  KUNYA,
  NAME_LINKS,
  nameLike,
  noAl,
  POSSESSIVE,
  personNext,
  possessed,
  possessedRole,
  TIME_NAMES,
} from './words.js';

export { actorAt, documentNoun, isPhraseBreak, noAl, nounBases } from './words.js';

/** What a speaker phrase names. */
export type PhraseKind = 'person' | 'org' | 'role' | 'source' | 'document' | 'pronoun' | 'other';

/** A speaker phrase. */
export interface Phrase {
  /** Token range `[first, last)`. */
  readonly first: number;
  readonly last: number;
  /** The mention: from the first token's stem (proclitics left out) to the last token's end. */
  readonly span: Span;
  readonly kind: PhraseKind;
  /** The person's name inside the phrase, or the organisation's name (without a leading title). */
  readonly name: Span;
  /** Stem of the head token without the article (وزاره، تنظيم، بيان). */
  readonly head: string;
  readonly definite: boolean;
  readonly feminine: boolean;
  /** The role part of a person phrase (وزير الخارجية الأميركي before جون كيري), if any. */
  readonly role: Span | null;
  /** A curated actor the phrase names, if any. */
  readonly actor: KnownActor | null;
}

/** Longest speaker phrase read, in tokens. */
const MAX_PHRASE_TOKENS = 16;
/** Longest name in quotation marks accepted inside a phrase (تنظيم "داعش"), in words. */
const MAX_MARKED_NAME_WORDS = 4;
/** Time words that are also given names (صباح النعمان). */
const ADDRESSEE_STEMS = new Set([
  'وكاله',
  'صحيفه',
  'قناه',
  'تلفزيون',
  'اذاعه',
  'محطه',
  'موقع',
  'شبكه',
  'مراسل',
  'صحفيين',
  'صحافيين',
  'صحافه',
  'اعلام',
  'مجموعه',
  'وسائل',
  'بي',
  'سي',
  'رويترز',
  'فرانس',
  'الجزيره',
  'العربيه',
  'الشرق',
  'الحياه',
  'هم',
  'ه',
  'ها',
  'نا',
  'كم',
]);
const PARTITIVE = new Set([
  'مقرب',
  'مقربه',
  'مقربين',
  'مقربون',
  'قريب',
  'قريبه',
  'العديد',
  'عدد',
  'بعض',
  'كثير',
  'احد',
  'عدد',
  'المقربه',
  'المقرب',
  'المقربين',
  'القريبه',
  'القريب',
  'الاخري',
]);
const COMM_NOUNS = new Set([
  'بيان',
  'تصريح',
  'تصريحات',
  'حديث',
  'مؤتمر',
  'كلمه',
  'رساله',
  'تسجيل',
  'لقاء',
  'مقابله',
  'اتصال',
  'خطاب',
  'تغريده',
  'حوار',
  'ندوه',
  'اجتماع',
]);
/** A preposition with a pronoun (عليه، إليها، منهم): never part of a name. */

/** The quotation-mark pair opening at token `i` when it holds a short name, with the token after it. */
function markedNameAt(v: TextView, i: number, end: number): number | null {
  const t = v.toks[i] as Tok;
  // شركة (سيبرين): a name in parentheses, words only (not an age: سايروس (22 عاما)).
  const paren = isPunct(v, t, '(');
  if (!paren && !isPunct(v, t, '«“"”„')) return null;
  let words = 0;
  const first = v.toks[i + 1] as Tok | undefined;
  if (first && !paren && (/^(لن|لم|لا|لقد|قد|سوف)$/u.test(first.key) || /^س[يتنا]\S{3,}$/u.test(first.key)))
    return null;
  for (let j = i + 1; j < Math.min(end, i + MAX_MARKED_NAME_WORDS + 2); j++) {
    const u = v.toks[j] as Tok;
    if (isPunct(v, u, paren ? ')' : '»”“"')) return words > 0 ? j + 1 : null;
    if (u.kind === 'punct' || (paren && u.kind !== 'word')) return null;
    words++;
  }
  return null;
}

/** How far a role's object (المشرف العام على …) may run before the holder's title, in tokens. */
const ROLE_REACH = 12;

/** Whether a title word (الدكتور، المهندس) stands in tokens `[from, to)`, with no sentence end between. */
function titledWithin(v: TextView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = v.toks[k] as Tok | undefined;
    if (!t || (t.kind === 'punct' && !isPunct(v, t, '"«»“”'))) return false;
    // (المشرف على فرق الفنون هذال العتيبي: or a name the entities layer finds.)
    if (t.kind === 'word' && (isTitle(t) || personStartsAt(v, t)) && k > from) return true;
  }
  return false;
}

/** Whether the entities layer has a person's name starting at a token. */
function personStartsAt(v: TextView, t: Tok): boolean {
  return (
    v.entities?.some((e) => e.type === 'PER' && (e.start === t.start || e.start === t.wordStart)) ?? false
  );
}

/** Adjectives that follow a definite noun in names of bodies and roles. */
const ADJECTIVES = new Set([
  'العام',
  'العامه',
  'الاعلي',
  'العليا',
  'الكبري',
  'الكبير',
  'الجديد',
  'الجديده',
  'الاول',
  'الاولي',
  'الثاني',
  'الثانيه',
  'الخاصه',
]);

/** Whether a definite word reads as an adjective: a nisba (السعودي)، فاعل/أفعل (الطائرة، الأبيض)، مُفعَلة (المتحدة). */
export function adjectiveLike(t: Tok): boolean {
  const k = noAl(t.stem);
  if (ADJECTIVES.has(t.stem)) return true;
  if (/(ي|يه|يين|يون|يان)$/u.test(k) && !t.maqsura) return true;
  if (/^.ا[^ا]{1,2}$/u.test(k) || /^.ا[^ا]{2}ه$/u.test(k)) return true;
  if (/^ا[^ا]{3}$/u.test(k)) return true;
  return /^م\S{3,}ه$/u.test(k);
}

/**
 * Reads the phrase starting at token `from` (before `end`); null when the first token cannot
 * start one. `addressee` tells the verb takes an addressee object, so a noun phrase that cannot be
 * an actor is no subject.
 */
export function readPhrase(v: TextView, from: number, end: number, res: NameResources): Phrase | null {
  const toks: number[] = [];
  let j = from;
  let headRole = false;
  // A curated actor's alias at the start ends the phrase unless a longer name goes on (داعش أتباعه).
  const actor = actorAt(v, from, end, res);
  const actorEnd = actor ? actor.next : -1;
  while (j < end && toks.length < MAX_PHRASE_TOKENS) {
    const t = v.toks[j] as Tok;
    const prev = toks.length > 0 ? (v.toks[toks.at(-1) as number] as Tok) : null;
    if (t.kind === 'punct') {
      // د. ريان: the dot of an abbreviated title.
      if (
        prev &&
        isTitle(prev) &&
        prev.key.length <= 2 &&
        v.text.slice(t.start, t.end) === '.' &&
        j + 1 < end
      ) {
        toks.push(j);
        j++;
        continue;
      }
      const after = markedNameAt(v, j, end);
      // المتحدث باسم حركة طالبان “ذبيح الله مجاهد”: the name of a role that has none yet.
      const unnamed = headRole && !toks.some((k) => nameLike(v.toks[k] as Tok, res));
      const firstWord = v.toks[j + 1] as Tok | undefined;
      const nameShaped = firstWord !== undefined && !FUNCTION_WORDS.has(firstWord.key);
      // التنظيم الإرهابي "داعش": the name of a body described by adjectives.
      const head0 = toks.length > 0 ? (v.toks[toks[0] as number] as Tok) : null;
      const describedBody = head0 !== null && isOrgHead(head0) && !!prev?.det && adjectiveLike(prev);
      // كشفت البريطانية «لويز براون»: a nisba opening the phrase describes the name in marks.
      // (Not a family name shaped like one: وأوضح القحطاني "…".)
      const nisbaOnly =
        prev !== null && toks.length === 1 && prev.det && adjectiveLike(prev) && !nameLike(prev, res);
      if (
        after !== null &&
        (prev === null ||
          isRole(prev) ||
          isTitle(prev) ||
          isOrgHead(prev) ||
          describedBody ||
          nisbaOnly ||
          (unnamed && nameShaped))
      ) {
        for (let k = j; k < after; k++) toks.push(k);
        j = after;
        // The name in marks closes a described body's name (… السعودية "معادن" المؤتمر: the object).
        if ((describedBody && !isRole(prev) && !isOrgHead(prev)) || nisbaOnly) break;
        continue;
      }
      break;
    }
    // آية الله: a title of two words, the name follows.
    if (t.key === 'ايه' && v.toks[j + 1]?.key === 'الله' && j + 2 < end) {
      if (toks.length === 0) headRole = true;
      toks.push(j, j + 1);
      j += 2;
      continue;
    }
    // صباح، مساء are also names (صباح النعمان): a break only inside a phrase.
    const after = v.toks[j + 1];
    if (
      TIME_NAMES.has(t.key) &&
      res.personNames.has(t.key) &&
      after &&
      j + 1 < end &&
      !isPhraseBreak(after) &&
      after.kind === 'word'
    ) {
      toks.push(j);
      j++;
      continue;
    }
    if (isPhraseBreak(t)) {
      // مدير المنظمة في الشرق الأوسط بيتر سلامة: a place in the role, then the name.
      // السفير لدى الأمم المتحدة إبراهيم الدباشي: لدى too.
      const inPlace = t.key === 'في' || t.bare === 'في' || t.key === 'لدي';
      // المشرف العام على إدارة الإعلام … الدكتور سمير: a role's object, then the holder's title.
      const onTitled = t.key === 'علي' && headRole && titledWithin(v, j + 1, Math.min(end, j + ROLE_REACH));
      if (prev && headRole && (inPlace || onTitled) && j + 1 < end) {
        let k = j + 1;
        while (
          k < Math.min(end, j + (onTitled ? ROLE_REACH : 7)) &&
          // (في قرى مركز «الوادي» سامي: a place's name in marks on the way.)
          ((v.toks[k] as Tok).kind === 'word' || isPunct(v, v.toks[k], '«»“”"')) &&
          !isPhraseBreak(v.toks[k] as Tok) &&
          !nameLike(v.toks[k] as Tok, res) &&
          // أستاذ العلوم في الجامعة د. سامي: a title starts the name too.
          !(k > j + 1 && (isTitle(v.toks[k] as Tok) || personStartsAt(v, v.toks[k] as Tok)))
        )
          k++;
        const n = v.toks[k] as Tok | undefined;
        if (
          k < end &&
          n &&
          (nameLike(n, res) || (k > j + 1 && (isTitle(n) || personStartsAt(v, n)))) &&
          !COMM_NOUNS.has(noAl((v.toks[j + 1] as Tok).stem))
        ) {
          for (let x = j; x < k; x++) toks.push(x);
          j = k;
          continue;
        }
      }
      if (prev && inPlace && (isRole(prev) || isSource(prev)) && j + 1 < end) {
        const n = v.toks[j + 1] as Tok;
        if (n.kind === 'word' && !COMM_NOUNS.has(noAl(n.stem)) && !isPhraseBreak(n)) {
          toks.push(j);
          j++;
          continue;
        }
      }
      if (prev && t.key === 'من' && PARTITIVE.has(prev.stem) && j + 1 < end) {
        toks.push(j);
        j++;
        continue;
      }
      break;
    }
    if (prev && t.kind === 'word') {
      if (j === actorEnd && !t.stem.startsWith('ال') && !nameLike(t, res) && !isProclitic(t)) break;
      // النادي برئاسة محمود طاهر: who leads a body is no part of its name (a role's unit is: المتحدث
      // بقيادة حرس الحدود).
      if (/^(برئاسه|بقياده|بزعامه)$/u.test(t.key) && isOrgHead(v.toks[toks[0] as number] as Tok)) break;
      // هشام جمال حسب الإعلام الرسمي: حسب before a definite noun attributes, it names no one.
      if (/^(حسب|بحسب)$/u.test(t.key) && v.toks[j + 1]?.det) break;
      // لوكالة، للصحفيين، لهم: the addressee, not part of the subject.
      if (isProclitic(t) && t.key.startsWith('ل') && ADDRESSEE_STEMS.has(noAl(t.stem))) break;
      if (/^(له|لها|لهم|لنا|لي|لك|لكم)$/u.test(t.key)) break;
      // After a definite word, an indefinite one starts a new phrase (the object: التنظيم دول
      // التحالف), unless it is a name (وزير الخارجية الأميركي جون كيري), follows a role, or is a
      // prepositional phrase of the name (مدير مكتب العمل بخيبر).
      const definitePrev = prev.stem.startsWith('ال') && !NAME_LINKS.has(prev.key);
      if (
        definitePrev &&
        !t.stem.startsWith('ال') &&
        !headRole &&
        // أبو محمد المتحدث باسم التنظيم: a role after the name goes on with its باسم.
        !(t.key === 'باسم' && isRole(prev)) &&
        !isProclitic(t) &&
        !isTitle(t) &&
        !actorAt(v, j, end, res) &&
        // المهاجم الإسباني الدولي دييغو كوستا: the entities layer names the person after the description.
        !personStartsAt(v, t)
      )
        break;
      // Two definite words in a row: the second is an adjective (الأمن الوطني، الأمم المتحدة) or
      // the object (أغلقت وزارة التعليم المدارس).
      // إدارة التوجيه والإرشاد، وزارة الشؤون البلدية والقروية: coordination inside a name.
      const head0 = v.toks[toks[0] as number] as Tok;
      const coordinated = /^وال/u.test(t.key) && t.det && (isRole(head0) || isOrgHead(head0));
      if (
        definitePrev &&
        t.det &&
        !coordinated &&
        !isProclitic(t) &&
        !isTitle(t) &&
        !isRole(t) &&
        !adjectiveLike(t) &&
        !(headRole && personNext(v, j, toks))
      )
        break;
      // نفت جامعة حائل صحة الخبر: after an organisation's proper name, a common noun in construct
      // with a definite one is the verb's object.
      const named =
        prev.kind === 'word' &&
        (res.places.has(prev.key) ||
          nameLike(prev, res) ||
          !!actorAt(v, j - 1, j, res) ||
          // (اللواء البلوي: a family name after a title.)
          (prev.det && toks.length === 2 && isTitle(head0)));
      const next = v.toks[j + 1] as Tok | undefined;
      if (
        named &&
        // (وقدم اللواء البلوي تعازي القيادة: after a titled name too.)
        (isOrgHead(head0) || isRole(head0) || isTitle(head0)) &&
        !t.det &&
        !isProclitic(t) &&
        !nameLike(t, res) &&
        !res.places.has(t.key) &&
        !isRole(t) &&
        !isTitle(t) &&
        !isOrgHead(t) &&
        next !== undefined &&
        j + 1 < end &&
        ((next.det && !isProclitic(next) && next.key.startsWith('ال') && !adjectiveLike(next)) ||
          /^(هذا|هذه|ذلك|تلك|هذين|هاتين)$/u.test(next.key))
      )
        break;
      // A possessed noun after the first word is an object (داعش أتباعه، التنظيم عناصره).
      const raw = v.text.slice(t.start, t.end).replace(/[\u064B-\u065F\u0670\u0640]/gu, '');
      // الله ends in a ha that is no pronoun: حزب الله، ذبيح الله مجاهد.
      // المتحدث باسمها: "in its name" goes on the role.
      const inName = /^باسم(ه|ها|هم)$/u.test(t.key) && isRole(prev);
      if (
        /(ه|ها|هم)$/u.test(raw) &&
        // A word with the article carries no pronoun (التوجيه، النزيه).
        !t.det &&
        t.key !== 'الله' &&
        !inName &&
        !nameLike(t, res) &&
        !HONORIFIC_PRONOUNS.has(t.key) &&
        // مدير فنون أبها: a place that ends like a pronoun.
        !res.places.has(t.key)
      )
        break;
      // عقد حاكم المنطقة اجتماعا أمنيا: an indefinite noun in the accusative (tanwin written, or an
      // accusative adjective after it) is the verb's object.
      const written = v.text.slice(t.start, t.end);
      const nextWord = v.toks[j + 1] as Tok | undefined;
      const accusative =
        !t.det &&
        /[^ا]ا$/u.test(t.key) &&
        !nameLike(t, res) &&
        !personStartsAt(v, t) &&
        (/\u064B/u.test(written) ||
          (nextWord !== undefined && j + 1 < end && !nextWord.det && /يا$/u.test(nextWord.key)));
      if (accusative) break;
      // An artifact noun in the accusative is the verb's object (نشر أحمد الحربي بيانا، بث تسجيلا).
      if (!t.det && /ا$/u.test(t.key) && t.key.length > 4 && DOCUMENT_NOUNS.get(t.key.slice(0, -1))?.message)
        break;
      // كتبت الوزيرة هيلين كارفر مقالة: an indefinite document noun after a name is the verb's object.
      if (
        !t.det &&
        !isProclitic(t) &&
        documentNoun(t.stem) !== null &&
        !nameLike(t, res) &&
        toks.some((k) => nameLike(v.toks[k] as Tok, res))
      )
        break;
      // مسؤول طلب عدم نشر اسمه، مصدر فضل عدم الكشف عن هويته: a relative clause, not the name.
      if (/^(طلب|رفض|فضل|اشترط)$/u.test(t.key) && /^(عدم|الكشف|ذكر)$/u.test(v.toks[j + 1]?.key ?? '')) break;
      // After a name, a word written with a pronoun ending is the object even when its folded key
      // is a name too (سامي العتيبي نظيره: نظيرة "Nazira" folds to the same key); عبده، طه stay.
      if (
        !NAME_LINKS.has(prev.key) &&
        toks.some((k) => nameLike(v.toks[k] as Tok, res)) &&
        possessed(raw, res)
      )
        break;
    }
    if (toks.length === 0 && /^(هو|هي|هم|انا|نحن)$/u.test(t.key)) return null;
    // بـ«…»: a lone letter is a detached preposition, no phrase.
    if (toks.length === 0 && t.kind === 'word' && t.key.length < 2 && !isTitle(t)) return null;
    // لـ «سبق»: a lone letter is a detached preposition.
    if (prev && t.kind === 'word' && t.key.length < 2 && !(headRole && isTitle(t))) break;
    if (toks.length === 0 && isProclitic(t) && t.key.startsWith('ل') && ADDRESSEE_STEMS.has(noAl(t.stem)))
      return null;
    if (toks.length === 0) headRole = isRole(t) || isTitle(t);
    toks.push(j);
    j++;
    // رئيسها: a role whose possessor is a pronoun is a whole phrase.
    // (زعيمها سالم الحربي: the name goes on.)
    const following = v.toks[j] as Tok | undefined;
    if (
      toks.length === 1 &&
      possessedRole(noAl(t.stem)) !== null &&
      !(
        following &&
        j < end &&
        (nameLike(following, res) ||
          KUNYA.has(following.key) ||
          personStartsAt(v, following) ||
          // والدته "هند الحربي": the holder's name in marks.
          (isPunct(v, following, '«“"') && markedNameAt(v, j, end) !== null))
      )
    )
      break;
  }
  if (toks.length === 0) return null;
  // مهندس متطوع يدعى علي مطر، الوالدة وتدعى …: the name after "called".
  const called = v.toks[j] as Tok | undefined;
  if (
    called &&
    j < end &&
    ((/^و?(يدعي|تدعي|يسمي|تسمي)$/u.test(called.key) && called.maqsura) ||
      /^و?(اسمه|اسمها)$|^(المدعو|المدعوه)$/u.test(called.key))
  ) {
    const named = readPhrase(v, j + 1, end, res);
    if (named && named.kind === 'person')
      return {
        ...named,
        first: toks[0] as number,
        span: { start: (v.toks[toks[0] as number] as Tok).wordStart, end: named.span.end },
      };
  }
  return classify(v, toks, res);
}

/**
 * Reads the phrase ending just before token `endBefore` (going left, at most back to `from`):
 * the antecedent of a relative pronoun or the subject before a verb.
 */
export function readPhraseBefore(
  v: TextView,
  endBefore: number,
  from: number,
  res: NameResources,
): Phrase | null {
  let j = endBefore - 1;
  // A closing quotation mark around a name (المتحدث “ذبيح الله مجاهد”).
  let first = endBefore;
  let count = 0;
  while (j >= from && count < MAX_PHRASE_TOKENS) {
    const t = v.toks[j] as Tok;
    if (t.kind === 'punct') {
      if (isPunct(v, t, '»”"“')) {
        let k = j - 1;
        while (k >= from && (v.toks[k] as Tok).kind !== 'punct') k--;
        if (k >= from && isPunct(v, v.toks[k], '«“"”„') && j - k - 1 <= MAX_MARKED_NAME_WORDS && j - k > 1) {
          first = k;
          j = k - 1;
          count += 2;
          continue;
        }
      }
      break;
    }
    if (isPhraseBreak(t) && !(t.key === 'في' && j + 1 < endBefore)) break;
    const f = reportingVerbForm(t.key);
    if (f) break;
    first = j;
    j--;
    count++;
  }
  if (first >= endBefore) return null;
  // A person's name right before the end (… تسجيلا لسالم الحربي،) is the phrase.
  let k = endBefore - 1;
  while (k >= first && (nameLike(v.toks[k] as Tok, res) || NAME_LINKS.has((v.toks[k] as Tok).key))) k--;
  if (k + 1 < endBefore && k + 1 > first && nameLike(v.toks[k + 1] as Tok, res)) {
    const start = k >= first && isTitle(v.toks[k] as Tok) ? k : k + 1;
    const named: number[] = [];
    for (let n = start; n < endBefore; n++) named.push(n);
    return classify(v, named, res);
  }
  // Start at a plausible head: a title, role, organisation, source, document or name.
  let s = first;
  while (s < endBefore - 1) {
    const t = v.toks[s] as Tok;
    if (isTitle(t) || isRole(t) || isOrgHead(t) || isSource(t) || documentNoun(t.stem) || nameLike(t, res))
      break;
    if (actorAt(v, s, endBefore, res)) break;
    s++;
  }
  const toks: number[] = [];
  for (let k = s; k < endBefore; k++) toks.push(k);
  return classify(v, toks, res);
}

/**
 * Whether a phrase right after a verb can be its subject: an actor, a source, a document, a name,
 * or a definite noun; an indefinite common noun or a possessed noun (أنصاره) is its object.
 */
export function plausibleSubject(v: TextView, p: Phrase, res: NameResources): boolean {
  if (p.kind !== 'other') return true;
  const head = v.toks[p.first] as Tok;
  // وقالت «فيسبوك» إن …: a name in marks right before the complement, a colon or an adjunct.
  const after = v.toks[p.last] as Tok | undefined;
  if (
    isPunct(v, head, '«“"„') &&
    after !== undefined &&
    (isComplementizer(after.key) || isPunct(v, after, ':،,') || after.key === 'في')
  )
    return true;
  if (p.actor) return true;
  // قال باحثون، يقول مختصون: a plural of people is a subject.
  if (/(ون)$/u.test(head.key)) return true;
  if (res.places.has(head.stem) || res.places.has(head.key)) return true;
  if (!p.definite) return false;
  // الشبكة المصرفية العالمية: a definite noun described by a definite adjective carries no pronoun.
  const second = v.toks[p.first + 1] as Tok | undefined;
  if (p.last - p.first >= 2 && second?.det && adjectiveLike(second)) return true;
  return !POSSESSIVE.test(noAl(head.stem)) || head.stem.length > 6;
}
