import { assertKeyForm } from '../lexicon/key-form.js';

/**
 * Vocabulary for recovering metadata from byline, dateline and credit lines, in match-key form
 * (see `matchKey`). Validated when loaded.
 */

/** Wire agencies: match-key spellings (incl. initials with dots/spaces removed) → display name. */
const AGENCY_TABLE: [string, string[]][] = [
  ['رويترز', ['رويترز', 'رويتر', 'reuters']],
  [
    'فرانس برس',
    ['فرانس برس', 'فرانس بريس', 'وكاله فرانس برس', 'وكاله الصحافه الفرنسيه', 'الفرنسيه', 'افب', 'afp'],
  ],
  ['أسوشيتد برس', ['اسوشيتد برس', 'اسوشيتدبرس', 'اسوشييتد برس', 'اسوشيتيد برس', 'associated press']],
  ['الأناضول', ['الاناضول', 'وكاله الاناضول', 'anadolu']],
  ['د ب أ', ['دبا', 'الالمانيه', 'وكاله الانباء الالمانيه', 'dpa']],
  ['أ ش أ', ['اشا', 'وكاله انباء الشرق الاوسط']],
  ['سانا', ['سانا', 'وكاله سانا']],
  ['واس', ['واس', 'وكاله الانباء السعوديه']],
  ['وام', ['وام', 'وكاله انباء الامارات']],
  ['قنا', ['قنا', 'وكاله الانباء القطريه']],
  ['كونا', ['كونا', 'وكاله الانباء الكويتيه']],
  ['بنا', ['بنا', 'وكاله انباء البحرين']],
  ['بترا', ['بترا', 'وكاله الانباء الاردنيه']],
  ['وفا', ['وفا', 'وكاله الانباء الفلسطينيه']],
  ['واع', ['واع', 'وكاله الانباء العراقيه']],
  ['سبأ', ['سبا', 'وكاله سبا']],
  ['لانا', ['لانا']],
  ['ومع', ['ومع', 'وكاله المغرب العربي للانباء']],
  ['واج', ['واج', 'وكاله الانباء الجزائريه']],
  ['تاب', ['وكاله تونس افريقيا للانباء']],
  ['شينخوا', ['شينخوا', 'شينخوا', 'xinhua']],
  ['سبوتنيك', ['سبوتنيك', 'sputnik']],
  ['نوفوستي', ['نوفوستي', 'ريا نوفوستي']],
  ['تاس', ['تاس', 'tass']],
  ['إرنا', ['ارنا', 'irna']],
  ['يونايتد برس', ['يونايتد برس', 'يو بي اي', 'upi']],
  ['كيودو', ['كيودو']],
  ['وكالات', ['وكالات', 'وكالات الانباء', 'agencies']],
];

/** Initials that are agencies only when written as separate letters (أ ف ب, أ.ب). */
const INITIALS_ONLY: Record<string, string> = {
  اب: 'أسوشيتد برس',
  افب: 'فرانس برس',
  دبا: 'د ب أ',
  اشا: 'أ ش أ',
};

export const AGENCIES: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [display, keys] of AGENCY_TABLE) {
    assertKeyForm(keys, 'agency');
    for (const k of keys) m.set(k, display);
  }
  return m;
})();

/**
 * The agency named by a short credit text in key form ("فرانس برس", "ا ف ب", "ا.ف.ب", "رويترز"),
 * or null.
 */
export function agencyOf(key: string): string | null {
  const k = key
    .replace(/[()[\]«»"“”'\-–—:.،,]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  if (k.length === 0) return null;
  const direct = AGENCIES.get(k);
  if (direct) return direct;
  // Initials: single letters separated by spaces or dots, e.g. "ا ف ب", "ا.ف.ب".
  if (/^(?:\p{L} )+\p{L}$/u.test(k)) {
    const compact = k.replace(/ /gu, '');
    return INITIALS_ONLY[compact] ?? AGENCIES.get(compact) ?? null;
  }
  return null;
}

function keySet(name: string, words: string[]): ReadonlySet<string> {
  assertKeyForm(words, name);
  return new Set(words);
}

/** Words that mark a short line as the name of an outlet (site, channel, paper). */
export const OUTLET_CUES: ReadonlySet<string> = keySet('outlet cue', [
  'نيوز',
  'ميديا',
  'نت',
  'برس',
  'اونلاين',
  'تايمز',
  'بوست',
  'بوابه',
  'انفو',
  'تي في',
  'تيفي',
  'اف ام',
  'قناه',
  'صحيفه',
  'جريده',
  'موقع',
  'شبكه',
  'وكاله',
  'مجله',
  'راديو',
  'اذاعه',
  'الاخباريه',
  'الاخباري',
  'منصه',
  'مرصد',
  'المرصد',
  'بوابه',
  'نشره',
  'news',
  'media',
  'net',
  'press',
  'online',
  'times',
  'post',
  'tv',
  'info',
  'today',
  'daily',
  'network',
  'fm',
  'com',
  'org',
]);

/** First words of category/section lines ("اخبار عالميه", "شؤون عربيه"). */
export const CATEGORY_HEADS: ReadonlySet<string> = keySet('category head', [
  'اخبار',
  'الاخبار',
  'شؤون',
  'قسم',
  'تقارير',
  'ملفات',
  'مقالات',
  'سياسه',
  'السياسه',
  'اقتصاد',
  'الاقتصاد',
  'رياضه',
  'الرياضه',
  'منوعات',
  'ثقافه',
  'الثقافه',
  'فن',
  'فنون',
  'صحه',
  'الصحه',
  'تكنولوجيا',
  'علوم',
  'محليات',
  'دوليات',
  'عربيات',
  'العالم',
  'حوادث',
  'مجتمع',
  'راي',
  'اراء',
  'تحقيقات',
  'عربي',
  'دولي',
  'عربي ودولي',
  'الشرق الاوسط',
  'خليجي',
  'المغرب العربي',
  'ملف',
  'متابعات',
  'تقرير',
  'حصاد',
  'اقليمي',
  'سياسيه',
  'عالمي',
  'محلي',
  'الشان',
  'شان',
  'الشؤون',
]);

/** Words that introduce a byline ("بقلم", "كتب"). */
export const AUTHOR_CUES: ReadonlySet<string> = keySet('author cue', [
  'بقلم',
  'كتب',
  'كتبت',
  'الكاتب',
  'الكاتبه',
  'اعداد',
  'تحرير',
  'مراسل',
  'مراسله',
  'مراسلنا',
  'المحرر',
  'by',
  'author',
  'الصحفي',
  'الصحفيه',
  'تقرير',
  'متابعه',
  'ترجمه',
]);

/** Words around a date in a date line that carry no content ("نشر في", "اخر تحديث"). */
export const DATE_LINE_WORDS: ReadonlySet<string> = keySet('date line word', [
  'نشر',
  'نشرت',
  'في',
  'بتاريخ',
  'تاريخ',
  'النشر',
  'اخر',
  'تحديث',
  'التحديث',
  'محدث',
  'منذ',
  'الساعه',
  'صباحا',
  'مساء',
  'ص',
  'م',
  'الموافق',
  'يوم',
  'published',
  'updated',
  'on',
  'at',
  'am',
  'pm',
  'gmt',
  'utc',
  'بتوقيت',
  'مكه',
  'غرينتش',
  'جرينتش',
  'القدس',
  'بغداد',
  'دمشق',
  'القاهره',
  'الرياض',
  'ه',
  'ميلادي',
  'هجري',
  'الاثنين',
  'الثلاثاء',
  'الاربعاء',
  'الخميس',
  'الجمعه',
  'السبت',
  'الاحد',
  'دقيقه',
  'دقائق',
  'ساعه',
  'ساعات',
  'قراءه',
  'للقراءه',
  'مشاهده',
  'مشاهدات',
  'زياره',
  'زيارات',
]);
