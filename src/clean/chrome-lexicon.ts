import type { RemovalReason } from './reasons.js';

/**
 * Vocabulary of site chrome: phrases that sites use around an article (comment forms, share
 * prompts, aggregator greetings, related-article headers …). Patterns are written in match-key
 * form (see `matchKey`: أ/إ/آ → ا, ة → ه, ى → ي, no diacritics, Latin lower-cased) and are
 * matched as whole words with an optional و/ف conjunction in front. A hit is evidence, not a
 * verdict: `classify-lines.ts` weighs hits against the block's length and shape, so a news
 * sentence that mentions sharing or Telegram is not taken for a share button.
 */
export interface ChromeEntry {
  readonly reason: RemovalReason;
  /** Regex source over the match key; alternatives allowed. */
  readonly pattern: string;
  /** strong: a site speaking about itself or its page furniture; weak: supporting evidence. */
  readonly strength: 'strong' | 'weak';
  /** True when what follows on the page is the same furniture (comment zones run to the end). */
  readonly opensZone?: 'comments' | 'related' | 'end';
  /** Only counts when the pattern covers the whole block (form labels, bare headers). */
  readonly wholeBlock?: boolean;
}

const SOCIAL =
  '(?:فيسبوك|فيس بوك|facebook|تويتر|twitter|اكس|واتساب|واتس اب|whatsapp|تلغرام|تليغرام|تيليغرام|تلجرام|telegram|انستغرام|انستجرام|instagram|يوتيوب|youtube|لينكد ان|linkedin|تيك توك|tiktok|جوجل نيوز|google news)';

export const CHROME_LEXICON: readonly ChromeEntry[] = [
  // Comment forms and rules: the comment zone runs to the end of the page.
  {
    reason: 'comment-form',
    strength: 'strong',
    opensZone: 'comments',
    pattern: '(?:اترك|اتركي|اضف|اضيفي|اكتب|ارسل)(?: لنا)? (?:تعليقا|تعليق|تعليقك|ردا|رد|رايك)',
  },
  {
    reason: 'comment-form',
    strength: 'strong',
    opensZone: 'comments',
    pattern: '(?:لن|لا) (?:يتم|يظهر|يجري|نقوم ب) ?(?:نشر|اظهار)? ?(?:عنوان )?(?:بريدك|البريد)',
  },
  {
    reason: 'comment-form',
    strength: 'strong',
    opensZone: 'comments',
    pattern: 'بريدك الالكتروني|الحقول (?:الالزاميه|المطلوبه|الاجباريه)|حقول مطلوبه',
  },
  {
    reason: 'comment-form',
    strength: 'strong',
    opensZone: 'comments',
    pattern:
      '(?:ارسال|نشر|اضافه) (?:ال)?تعليق|التعليقات مغلقه|لا توجد تعليقات|كن (?:اول|اول من) (?:من )?يعلق|شاركنا رايك|شارك برايك|رايك يهمنا|عدد التعليقات|حفظ اسمي',
  },
  {
    reason: 'comment-form',
    strength: 'strong',
    opensZone: 'comments',
    wholeBlock: true,
    pattern:
      '(?:الاسم|الاسم الكامل|البريد الالكتروني|الموقع الالكتروني|الموقع|التعليق|تعليقك|التعليقات|name|email|website|comment|comments)\\s*[*:]?\\s*\\*?',
  },
  {
    reason: 'comment-rules',
    strength: 'strong',
    opensZone: 'comments',
    pattern:
      '(?:شروط|قواعد|سياسه|ضوابط) (?:ال)?(?:تعليق|تعليقات|نشر)|التعليقات (?:المنشوره )?(?:لا )?تعبر عن|(?:يرجي|نرجو) (?:الالتزام|عدم)|عدم الاساءه',
  },

  // Share / follow / like / subscribe prompts.
  {
    reason: 'share-prompt',
    strength: 'strong',
    pattern:
      '(?:شارك|شاركوا|شاركي|انشر|انشروا)(?: هذا| هذه)? (?:ال)?(?:خبر|مقال|موضوع|منشور|صفحه|قصه|فيديو)|مشاركه (?:ال)?(?:خبر|مقال|موضوع)',
  },
  {
    reason: 'share-prompt',
    strength: 'strong',
    pattern: `(?:تابعونا|تابعنا|تابعوا|تابع|تابعي)(?: (?:صفحتنا|صفحاتنا|حسابنا|حساباتنا|قناتنا|موقعنا)(?: الرسميه)?)? (?:علي|عبر|في|من خلال)(?: (?:صفحتنا|حسابنا|قناتنا|موقع))?(?: [\\p{L} ]{0,20})? ?${SOCIAL}?`,
  },
  {
    reason: 'share-prompt',
    strength: 'strong',
    pattern:
      '(?:اضغط|اضغطوا|انقر|انقروا|اعمل|اعملوا)(?: علي)? (?:لايك|like|اعجاب|زر)|(?:اشترك|اشتركوا|انضم|انضموا)(?: الان)? (?:في|الي|ل|ب|مجانا)? ?(?:قناتنا|قناه|مجموعتنا|نشرتنا|صفحتنا|حسابنا|خدمه)',
  },
  {
    reason: 'share-prompt',
    strength: 'strong',
    pattern: '(?:حمل|حملوا|نزل|نزلوا|حملي) (?:تطبيق|التطبيق)|(?:شارك|مشاركه) (?:عبر|علي)',
  },
  { reason: 'share-prompt', strength: 'weak', pattern: SOCIAL },
  {
    reason: 'share-prompt',
    strength: 'weak',
    pattern: 'شارك|مشاركه|طباعه|تكبير الخط|تصغير الخط|ارسل لصديق|ارسال لصديق|نسخ الرابط|share|tweet|print',
  },

  // Aggregator intros and outros: a site greeting its visitors and talking about itself.
  {
    reason: 'aggregator',
    strength: 'strong',
    pattern:
      '(?:زوار|زوارنا|متابعي|متابعينا|قراء|قراءنا|قرائنا|قارئ|قارئنا|اعزاءنا) (?:موقعنا |موقع )?(?:الكرام|الاعزاء|الاوفياء)',
  },
  {
    reason: 'aggregator',
    strength: 'strong',
    pattern:
      '(?:نقدم|نعرض|نقلنا|ننقل|نوافيكم|نوفر|نستعرض) (?:لكم|اليكم|لحضراتكم)|نشكركم (?:علي|لحسن)|حسن ظنكم|لحظه نشر الخبر|(?:كما|مثلما) ورد (?:من|في) المصدر|المصدر الاصلي|(?:اقرا|تابع|شاهد) (?:الخبر|التفاصيل|المزيد) (?:من|في) (?:المصدر|موقعه)',
  },
  { reason: 'aggregator', strength: 'weak', pattern: 'موقعنا|نرجو|حصريا|لحظه بلحظه|اول باول|اخبارنا' },
  // A site addressing its readers in the second person plural ("لكم", "متابعتكم", "ليصلكم"): news
  // prose rarely does outside quotations, so it supports other evidence.
  {
    reason: 'aggregator',
    strength: 'weak',
    pattern: '[\\p{L}]*(?:لكم|يكم|تكم|منكم|عنكم|بكم|نكم)|لك|يصلك|لتصلك|ليصلك',
  },

  // Related / read-also / most-read headers: the lines under them are headlines.
  {
    reason: 'related-header',
    strength: 'strong',
    opensZone: 'related',
    pattern:
      '(?:اقرا|اقرئي|اقراي|شاهد|شاهدي|طالع|طالعي|تابع)(?: ايضا| كذلك| المزيد|: )|(?:مقالات|اخبار|مواضيع|مواد|قصص|تقارير|فيديوهات|روابط)(?: [\\p{L}]+)? (?:ذات صله|متعلقه|مشابهه|مرتبطه|مقترحه|اخري)',
  },
  {
    reason: 'related-header',
    strength: 'strong',
    opensZone: 'related',
    pattern:
      'الاكثر (?:قراءه|مشاهده|تداولا|تعليقا|شعبيه|انتشارا)|قد (?:يهمك|يعجبك|يهمكم)|يهمك ايضا|ننصحك (?:بقراءه|ب)|اخترنا (?:لك|لكم)|المزيد من (?:الاخبار|المقالات|الاخبار)|(?:اخر|احدث|اهم) (?:الاخبار|المقالات|المواضيع)|ذات صله|ايضا في (?:هذا القسم|الموقع)',
  },

  // Page furniture that ends the article.
  {
    reason: 'short-link',
    strength: 'strong',
    opensZone: 'end',
    pattern: '(?:ال)?رابط (?:ال)?مختصر|رابط (?:الخبر|المقال|دائم)|short ?link|permalink|انسخ الرابط',
  },
  {
    reason: 'copyright',
    strength: 'strong',
    opensZone: 'end',
    pattern:
      '(?:جميع |كافه )?الحقوق محفوظه|حقوق (?:النشر|الطبع)(?: والتوزيع)? محفوظه|©|all rights reserved|copyright',
  },
  {
    reason: 'tags',
    strength: 'strong',
    pattern:
      '^(?:الكلمات المفتاحيه|كلمات مفتاحيه|كلمات دلاليه|الوسوم|وسوم|الاوسمه|tags|هاشتاج|هاشتاغ|مواضيع)\\s*:',
  },
  {
    reason: 'advertisement',
    strength: 'strong',
    wholeBlock: true,
    pattern:
      '(?:اعلان|اعلانات|مساحه اعلانيه|advertisement|advertising|ads?|sponsored|محتوي (?:مدفوع|ممول|برعايه)|برعايه)',
  },
  {
    reason: 'newsletter',
    strength: 'strong',
    pattern: 'النشره (?:البريديه|الاخباريه)|(?:اشترك|سجل) (?:الان|في النشره|بريدك)|newsletter|subscribe',
  },
  {
    reason: 'cookie-notice',
    strength: 'strong',
    pattern:
      '(?:ملفات )?تعريف الارتباط|الكوكيز|cookies?|سياسه الخصوصيه|شروط الاستخدام|اتفاقيه الاستخدام|privacy policy',
  },
  {
    reason: 'navigation',
    strength: 'strong',
    pattern:
      '^(?:الرئيسيه|الصفحه الرئيسيه|home)\\s*(?:[>»/›|]|$)|العوده (?:الي|للاعلي)|الي الاعلي|اتصل بنا|من نحن|خريطه الموقع',
  },
];

/** Letters that match keys never contain: a pattern holding one was not written in key form. */
const UNFOLDED = /[أإآٱةىA-Z\u064B-\u065F\u0640]/u;

export interface CompiledChrome extends ChromeEntry {
  readonly regex: RegExp;
}

function compile(entries: readonly ChromeEntry[]): readonly CompiledChrome[] {
  return Object.freeze(
    entries.map((e) => {
      if (UNFOLDED.test(e.pattern.replace(/\\[pP]\{[^}]*\}/gu, '')))
        throw new Error(`chrome lexicon pattern is not in match-key form: ${e.pattern}`);
      const body = e.wholeBlock
        ? `^[\\s\\p{P}\\p{S}]*(?:${e.pattern})[\\s\\p{P}\\p{S}]*$`
        : `(?:${e.pattern})`;
      // Whole-word match with an optional conjunction و/ف glued in front.
      const source = e.wholeBlock || e.pattern.startsWith('^') ? body : `(?<!\\p{L})[وف]?${body}(?!\\p{L})`;
      let regex: RegExp;
      try {
        regex = new RegExp(source, 'gu');
      } catch (cause) {
        throw new Error(`chrome lexicon pattern does not compile: ${e.pattern}`, { cause });
      }
      return Object.freeze({ ...e, regex });
    }),
  );
}

export const COMPILED_CHROME: readonly CompiledChrome[] = compile(CHROME_LEXICON);

export interface ChromeHit {
  readonly entry: CompiledChrome;
  /** Offsets into the match key. */
  readonly start: number;
  readonly end: number;
}

/** All chrome hits in a block's match key, longest first where they overlap. */
export function chromeHits(key: string): ChromeHit[] {
  const hits: ChromeHit[] = [];
  for (const entry of COMPILED_CHROME) {
    entry.regex.lastIndex = 0;
    for (const m of key.matchAll(entry.regex)) {
      if (m[0].trim().length === 0) continue;
      hits.push({ entry, start: m.index, end: m.index + m[0].length });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  // Keep non-overlapping hits, preferring strong and longer ones.
  const kept: ChromeHit[] = [];
  for (const h of hits) {
    const clash = kept.findIndex((k) => h.start < k.end && k.start < h.end);
    if (clash < 0) kept.push(h);
    else {
      const k = kept[clash] as ChromeHit;
      const better =
        (h.entry.strength === 'strong' && k.entry.strength === 'weak') ||
        (h.entry.strength === k.entry.strength && h.end - h.start > k.end - k.start);
      if (better) kept[clash] = h;
    }
  }
  return kept;
}
