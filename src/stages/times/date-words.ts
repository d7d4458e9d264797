/**
 * Word lists the date grammar consults around numbers and month names (match-key form): which
 * words make a lone month or year a date, which make a date part of a name, which nouns are
 * counted (a number before them is not a year) and after which nouns عام means "general".
 */
import { isMonthWord } from './calendar-words.js';
import type { Scan } from './scan.js';

/**
 * Name words a title may stand before (الدكتور سعد بن محمد العيد): this many at most — a full Arabic
 * name rarely has more parts between title and family name (calibrated on the news corpus).
 */
const NAME_SPAN = 4;

/** Nouns after which عام/العام is the adjective "general, public" (المدير العام, الراي العام). */
export const TITLE_NOUNS = new Set([
  'مدير',
  'المدير',
  'مديرا',
  'الامين',
  'امين',
  'النائب',
  'المراقب',
  'المفتش',
  'المدعي',
  'المستشار',
  'المنسق',
  'المفوض',
  'القائد',
  'الراي',
  'الشان',
  'القطاع',
  'الصالح',
  'النظام',
  'الادعاء',
  'المؤتمر',
  'الاضراب',
  'العفو',
  'الامن',
  'التعليم',
  'الاتجاه',
  'الطابع',
  'الاطار',
  'الوضع',
  'الذوق',
  'النفع',
  'المال',
  'الدين',
  'الانطباع',
  'المشهد',
  'الموقف',
  'الهدف',
]);

/** Nouns counted after a number: a four-digit number before them is not a year. */
export const COUNTED = new Set([
  'ريال',
  'دولار',
  'جنيه',
  'يورو',
  'درهم',
  'دينار',
  'ليره',
  'شخص',
  'طالب',
  'طالبه',
  'متر',
  'كيلو',
  'كيلومتر',
  'كم',
  'الف',
  'مليون',
  'مليار',
  'حاله',
  'عامل',
  'موظف',
  'وحده',
  'سرير',
  'طن',
  'برميل',
  'سياره',
  'منزل',
  'مشروع',
  'قتيل',
  'جريح',
  'لاجئ',
  'حاج',
  'معتمر',
  'زائر',
  'مستفيد',
  'متدرب',
  'مواطن',
  'نسمه',
  'ساعه',
  'يوم',
  'مره',
]);

/** Words before a date that make it part of a name (ثوره 25 يناير is a revolution). */
export const NAME_HEADS = new Set([
  'ثوره',
  'حركه',
  'انتفاضه',
  'تيار',
  'شارع',
  'ميدان',
  'جسر',
  'كوبري',
  'احداث',
  'حرب',
]);

/** Words before a lone month or year that mark it as a time (في مارس, منذ 2011). */
export const DATE_SIGNALS = new Set([
  'في',
  'خلال',
  'منذ',
  'حتي',
  'قبل',
  'بعد',
  'من',
  'الي',
  'بين',
  'مطلع',
  'بدايه',
  'منتصف',
  'اواسط',
  'اواخر',
  'اوائل',
  'نهايه',
  'مستهل',
  'طوال',
  'طيله',
  'اثناء',
  'ابتداء',
  'اعتبارا',
  'موازنه',
  'ميزانيه',
  'موسم',
  'لعام',
  'عامي',
  'سنتي',
  'غره',
]);

/** True when `key` is a noun after which عام means "general" (المدير العام). */
export function isTitleNoun(key: string | undefined): boolean {
  return key !== undefined && (TITLE_NOUNS.has(key) || (/^[وف]/u.test(key) && TITLE_NOUNS.has(key.slice(1))));
}

/** Words before a name that make the next word a person's name (الرئيس رمضان, بن رجب). */
export const PERSON_HEADS: ReadonlySet<string> = new Set([
  'الامير',
  'الوزير',
  'اللواء',
  'العميد',
  'العقيد',
  'المقدم',
  'الرائد',
  'القاضي',
  'المحامي',
  'الكاتب',
  'الاعلامي',
  'الرئيس',
  'اللاعب',
  'المدرب',
  'الفنان',
  'الممثل',
  'النجم',
  'الشيخ',
  'السيد',
  'الدكتور',
  'المهندس',
  'الاستاذ',
  'الكابتن',
  'الزميل',
  'الحاج',
  'الشاعر',
  'بن',
  'ابن',
  'بنت',
  'ابو',
  'ام',
]);

/** Words that may follow a month name (في رمضان من كل عام, رمضان الماضي, رمضان هذا العام). */
const AFTER_MONTH = new Set([
  'في',
  'من',
  'الي',
  'حتي',
  'علي',
  'عن',
  'مع',
  'او',
  'ثم',
  'بعد',
  'قبل',
  'هذا',
  'هذه',
  'كان',
  'كانت',
  'لكن',
  'حيث',
  'عام',
  'لعام',
  'سنه',
  'هو',
  'هي',
]);

/**
 * True when a one-word month name at `i` (ending before `next`) reads as the month, not a person:
 * not after a title or kinship word (الرئيس رمضان), and followed by punctuation, a number, a
 * definite word, a conjoined word or a function word — a name is followed by another name
 * (رمضان صبحي).
 */
export function readsAsMonth(s: Scan, i: number, next: number): boolean {
  const prev = s.keys[i - 1] ?? '';
  if (PERSON_HEADS.has(prev) || prev === 'ال') return false; // ال = آل: سلمان ال رمضان
  const w = s.words[next];
  if (!w || next >= s.limit || w.kind !== 'word') return true;
  const k = s.keys[next] as string;
  // صالح رجب الزهراني: a family name (nisba) after it makes it a name; رمضان المبارك stays a month.
  if (k.startsWith('ال')) return !/ي$/u.test(k) || MONTH_EPITHETS.has(k);
  // محمد شعبان وخالد: a list of names; رمضان والعيد, رمضان وشوال: months and feasts.
  if (k.startsWith('و')) return isMonthWord(k.slice(1)) || CONJOINED_TIMES.has(k.slice(1));
  return AFTER_MONTH.has(k);
}

/** Epithets after a month that end like a family name (ي) yet keep it a month. */
const MONTH_EPITHETS = new Set(['الماضي', 'الحالي', 'الجاري', 'الاتي', 'الهجري']);

/** Temporal words a month may be conjoined with (رمضان والعيد). */
const CONJOINED_TIMES = new Set(['العيد', 'عيد', 'ايام', 'شهر', 'الصيف', 'الحج']);

/** Verbs of saying (match keys, without و/ف): a name after them is the speaker (واكد العيد ان). */
const SAYING = new Set(['قال', 'اكد', 'اوضح', 'اشار', 'اضاف', 'ذكر', 'بين', 'لفت', 'شدد', 'كشف', 'افاد']);

/** True when word `i` is the subject of a verb of saying (واكد العيد ان …): a person. */
export function isSpeaker(s: Scan, i: number): boolean {
  const prev = (s.keys[i - 1] ?? '').replace(/^[وف]/u, '');
  return SAYING.has(prev) && ['ان', 'انه', 'انها', 'بان'].includes(s.key(i + 1));
}

/**
 * True when word `i` closes a person's name: the indefinite words before it lead back to a title
 * or kinship word (الدكتور سعد العيد, محمد بن سعد العيد).
 */
export function endsPersonName(s: Scan, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - NAME_SPAN); j--) {
    const k = s.keys[j] as string;
    if (PERSON_HEADS.has(k)) return true;
    if (s.words[j]?.kind !== 'word' || k.startsWith('ال') || k.length < 3) return false;
  }
  return false;
}

/** True when word `i-1` makes a lone month or year at `i` a time expression (في مارس, منذ 2011). */
export function signalled(s: Scan, i: number): boolean {
  return s.keys[i - 1] !== undefined && s.follows(i, DATE_SIGNALS);
}
