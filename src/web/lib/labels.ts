/** Arabic labels of the UI's closed vocabularies, and number and date formatting. */

export const ENTITY_TYPES: Readonly<Record<string, string>> = {
  PER: 'شخص',
  ORG: 'منظمة',
  LOC: 'مكان',
  MISC: 'أخرى',
};

export const MEDIA: Readonly<Record<string, string>> = {
  audio: 'تسجيل صوتي',
  video: 'تسجيل مرئي',
  text: 'بيان مكتوب',
  unknown: 'غير معروف',
};

export const ATTRIBUTIONS: Readonly<Record<string, string>> = {
  asserted: 'مؤكَّد في الخبر',
  claimed: 'منسوب إلى الجهة',
  unverified: 'لم يُتحقق منه',
  confirmed: 'تأكد من مصدر مستقل',
  denied: 'نفي',
};

export const EVENT_TYPES: Readonly<Record<string, string>> = {
  statement: 'بيان أو كلمة',
  attack: 'هجوم',
};

export const MESSAGE_LEVELS: Readonly<Record<string, string>> = {
  info: 'معلومة',
  warning: 'تنبيه',
  error: 'خطأ',
};

/** Why cleaning dropped a block (the reasons of src/clean/reasons.ts). */
export const REMOVAL_REASONS: Readonly<Record<string, string>> = {
  title: 'العنوان',
  'repeated-title': 'عنوان مكرر',
  'title-site-name': 'اسم الموقع في العنوان',
  byline: 'سطر الكاتب',
  'date-line': 'سطر التاريخ',
  category: 'التصنيف',
  outlet: 'اسم الموقع',
  dateline: 'مكان الخبر وتاريخه',
  'agency-credit': 'نسبة إلى وكالة',
  'comment-form': 'نموذج التعليقات',
  'comment-rules': 'شروط التعليق',
  'share-prompt': 'دعوة للمشاركة',
  aggregator: 'مجمّع أخبار',
  'related-header': 'عنوان أخبار ذات صلة',
  'related-list': 'قائمة أخبار ذات صلة',
  'short-link': 'رابط مختصر',
  copyright: 'حقوق النشر',
  tags: 'الوسوم',
  advertisement: 'إعلان',
  newsletter: 'النشرة البريدية',
  'cookie-notice': 'تنبيه ملفات تعريف الارتباط',
  navigation: 'روابط التصفح',
  'image-debris': 'بقايا صور',
  'url-fragment': 'بقايا روابط',
  'latin-debris': 'بقايا نص لاتيني',
  'symbol-debris': 'بقايا رموز',
};

/** The label of a value in a vocabulary, or the value itself. */
export function label(
  vocabulary: Readonly<Record<string, string>>,
  value: string | null | undefined,
): string {
  if (value === null || value === undefined || value === '') return '—';
  return vocabulary[value] ?? value;
}

const numbers = new Intl.NumberFormat('ar-u-nu-latn');

/** A count with Arabic grouping and Western digits (as Arab newsrooms print figures). */
export function count(n: number): string {
  return numbers.format(n);
}

const days = new Intl.DateTimeFormat('ar-u-nu-latn', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const months = new Intl.DateTimeFormat('ar-u-nu-latn', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A TIMEX3-style date (`2015-07-06`, `2015-07`, `2015-07-06T10:00`) in Arabic; other values as given. */
export function date(value: string | null | undefined): string {
  if (!value) return '—';
  const day = /^(\d{4})-(\d{2})-(\d{2})/u.exec(value);
  if (day) return days.format(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  const month = /^(\d{4})-(\d{2})$/u.exec(value);
  if (month) return months.format(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
  return value;
}

/** Bytes as KiB/MiB for upload sizes. */
export function bytes(n: number): string {
  if (n < 1024) return `${count(n)} بايت`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} ك.ب`;
  return `${(n / (1024 * 1024)).toFixed(1)} م.ب`;
}

/** Only http(s) URLs become links; anything else (javascript:, data:) is shown as text. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
