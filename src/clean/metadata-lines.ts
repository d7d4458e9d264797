import { keySpanToBase, matchKey } from '../text/normalize.js';
import { arabicShare, type Block } from './blocks.js';
import { findDates } from './dates.js';
import { AUTHOR_CUES, agencyOf, CATEGORY_HEADS, DATE_LINE_WORDS, OUTLET_CUES } from './meta-lexicon.js';

/** What a short metadata line says. */
export type MetaLine =
  | { kind: 'date'; published: string | null; author: string | null }
  | { kind: 'author'; author: string }
  | { kind: 'category'; category: string }
  | { kind: 'outlet'; outlet: string }
  | { kind: 'agency'; agency: string };

/** Longest line read as a byline, category or outlet label. */
const MAX_LABEL_WORDS = 5;
/** Words a date line may carry besides the date (weekday, time, "نشر في", a glued name). */
const MAX_DATE_LINE_EXTRA_WORDS = 5;

const KEY_WORD = /[\p{L}\p{N}]+/gu;
const TIME = /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)/gu;
const CREDIT = /^(?:المصدر|مصدر|نقلا عن|عن|source|via)\s*[:：\-–]\s*(.+)$/u;
const BREADCRUMB = /\s[>»›/|]\s|\s[>»›]|[>»›]\s/u;

function keyWords(key: string): string[] {
  return key.match(KEY_WORD) ?? [];
}

/** Text of the block between two key offsets, trimmed of punctuation and spaces. */
function sliceText(b: Block, keyStart: number, keyEnd: number): string {
  const { start, end } = keySpanToBase(b.map, keyStart, keyEnd);
  return b.text.slice(start, end).replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
}

/** A date line: a date with nothing but weekday/time/labels around it, or glued to a byline name. */
export function readDateLine(b: Block): MetaLine | null {
  const dates = findDates(b.key);
  const first = dates[0];
  if (!first) return readRelativeTimeLine(b);
  const before = b.key.slice(0, first.start);
  const rest = `${before} ${b.key.slice(first.end)}`.replace(TIME, ' ');
  const extra = keyWords(rest).filter((w) => !DATE_LINE_WORDS.has(w) && !/^\d+$/u.test(w));
  if (extra.length > MAX_DATE_LINE_EXTRA_WORDS) return null;
  // Words before the date that are not date vocabulary are a byline name glued to the date
  // ("عمر الديبه13 يونيو 2017"), possibly behind a cue ("بقلم").
  const beforeWords = keyWords(before);
  const nameWords = beforeWords.filter(
    (w) => !DATE_LINE_WORDS.has(w) && !AUTHOR_CUES.has(w) && !/^\d+$/u.test(w),
  );
  let author: string | null = null;
  if (nameWords.length >= 1 && nameWords.length <= 4 && nameWords.length === extra.length) {
    const firstName = before.indexOf(nameWords[0] as string);
    const lastWord = nameWords.at(-1) as string;
    const lastEnd = before.lastIndexOf(lastWord) + lastWord.length;
    author = sliceText(b, firstName, lastEnd) || null;
  }
  return { kind: 'date', published: first.value, author };
}

// "منذ 3 ساعات", "اخر تحديث: منذ 5 ساعات", "قبل يومين": a page's relative time stamp.
const RELATIVE_STAMP =
  /^(?:[\p{L} ]{0,20}:\s*)?(?:منذ|قبل) (?:\d+ )?(?:ثانيه|ثوان|دقيقه|دقيقتين|دقائق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر)$/u;

/** A relative time stamp line: a date line whose date needs the crawl time to resolve. */
function readRelativeTimeLine(b: Block): MetaLine | null {
  return b.words <= 7 &&
    RELATIVE_STAMP.test(
      b.key
        .replace(/[^\p{L}\p{N}: ]/gu, ' ')
        .replace(/\s+/gu, ' ')
        .trim(),
    )
    ? { kind: 'date', published: null, author: null }
    : null;
}

/** A credit line naming a wire agency: "المصدر: فرانس برس", "(رويترز)", "أ ف ب". */
export function readAgencyLine(b: Block): MetaLine | null {
  if (b.words > 6) return null;
  const credit = CREDIT.exec(b.key);
  const target = credit ? (credit[1] as string) : b.key;
  const agency = agencyOf(target);
  if (agency) return { kind: 'agency', agency };
  if (credit && keyWords(target).length <= 4) {
    // A credited source that is not a known agency is still the page's credit line.
    const text = sliceText(b, b.key.length - target.length, b.key.length);
    if (text) return { kind: 'agency', agency: text };
  }
  return null;
}

/** An outlet label: a short line carrying an outlet cue ("بلدي نيوز", "Nobles News"). */
export function readOutletLine(b: Block): MetaLine | null {
  if (b.words === 0 || b.words > MAX_LABEL_WORDS || b.terminal) return null;
  const words = keyWords(b.key);
  if (!words.some((w) => OUTLET_CUES.has(w) || /^[\p{L}]+(?:24|21|\d{1,2})$/u.test(w))) return null;
  if (findDates(b.key).length > 0) return null;
  return { kind: 'outlet', outlet: b.text.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '') };
}

/** A category or breadcrumb line ("اخبار عالمية", "الرئيسية » سياسة"). */
export function readCategoryLine(b: Block): MetaLine | null {
  if (b.words === 0 || b.terminal || arabicShare(b) < 0.5) return null;
  if (BREADCRUMB.test(b.text)) {
    const parts = b.text
      .split(/[>»›/|]/u)
      .map((p) => p.trim())
      .filter(Boolean);
    const last = parts.at(-1);
    if (parts.length >= 2 && last && keyWords(last).length <= MAX_LABEL_WORDS)
      return { kind: 'category', category: last };
    return null;
  }
  if (b.words > 4) return null;
  // "الوطني - اقتصاد": a section path; the last part is the section.
  const path = b.text.split(/\s[-–—]\s/u);
  if (path.length > 1) {
    const last = path.at(-1) as string;
    const lastWords = keyWords(matchKey(last));
    return CATEGORY_HEADS.has(lastWords[0] as string) ? { kind: 'category', category: last.trim() } : null;
  }
  const words = keyWords(b.key);
  const head = words[0] as string;
  const two = words.slice(0, 2).join(' ');
  if (CATEGORY_HEADS.has(head) || CATEGORY_HEADS.has(two) || CATEGORY_HEADS.has(b.key.trim())) {
    return { kind: 'category', category: b.text.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '') };
  }
  return null;
}

/** A byline with a cue ("بقلم: سامي يوسف", "كتب - سامي يوسف"). */
export function readCuedAuthor(b: Block): MetaLine | null {
  if (b.words < 2 || b.words > MAX_LABEL_WORDS + 1 || b.terminal) return null;
  const words = keyWords(b.key);
  if (!AUTHOR_CUES.has(words[0] as string)) return null;
  const cueEnd = b.key.indexOf(words[0] as string) + (words[0] as string).length;
  const name = sliceText(b, cueEnd, b.key.length);
  return name ? { kind: 'author', author: name } : null;
}

/**
 * A bare name line (2–4 Arabic words, no digits, no punctuation): a byline only when other
 * evidence agrees, which the caller supplies.
 */
export function nameShaped(b: Block): boolean {
  return (
    b.words >= 2 &&
    b.words <= 4 &&
    arabicShare(b) === 1 &&
    !/[\p{N}\p{P}]/u.test(b.text.replace(/[.'’-]/gu, '')) &&
    !b.terminal
  );
}

/** Reads a metadata line of any kind, most specific first. */
export function readMetaLine(b: Block): MetaLine | null {
  return (
    readDateLine(b) ?? readAgencyLine(b) ?? readCuedAuthor(b) ?? readOutletLine(b) ?? readCategoryLine(b)
  );
}

const COPYRIGHT_NOISE =
  /©|\(c\)|copyright|all rights reserved|(?:جميع|كافة|كافه|كل) الحقوق محفوظ[ةه]?|الحقوق محفوظ[ةه]?|حقوق (?:النشر|الطبع)(?: والتوزيع)? محفوظ[ةه]?|(?<!\d)(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?!\d)/giu;

/** The holder named in a copyright line ("© 2020 الرقيب نيوز | كافة الحقوق محفوظة") — the outlet. */
export function copyrightHolder(b: Block): string | null {
  const parts = b.text
    .replace(COPYRIGHT_NOISE, ' ')
    .split(/[|•·\-–—.،,:]/u)
    .map((p) => p.replace(/^[\s\p{P}\p{S}]*(?:ل|لـ|لصالح|ل\s)?\s*|[\s\p{P}\p{S}]+$/gu, '').trim())
    .filter((p) => /\p{L}/u.test(p));
  const holder = parts[0];
  if (!holder) return null;
  const words = holder.split(/\s+/u).length;
  return words <= MAX_LABEL_WORDS && !/يمنع|النسخ|اعاده|إعادة|النشر|الموقع غير/u.test(holder) ? holder : null;
}
