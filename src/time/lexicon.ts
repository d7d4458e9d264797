/**
 * Temporal vocabulary (match-key form: alef forms folded to ا, ة to ه, ى to ي, no diacritics),
 * validated when loaded. Month and weekday names live in `src/lexicon/months.ts`.
 */
import { assertKeyForm } from '../lexicon/key-form.js';

/** A calendar or clock unit, as in TIMEX3 durations (MIN = minute, DE = decade, CE = century). */
export type TimeUnit = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'M' | 'Y' | 'DE' | 'CE';

/** A form of a unit noun: singular, dual (يومين) or plural (ايام), with or without the article. */
export interface UnitForm {
  readonly unit: TimeUnit;
  readonly number: 'sg' | 'du' | 'pl';
  readonly article: boolean;
}

// Singular forms include the accusative of counted nouns (15 عاما, 20 يوما); dual forms both
// cases (يومان/يومين). ثانيه and سنه are also "second (ordinal)" and "Sunnah": the grammar only
// takes their singular with a number.
const UNIT_WORDS: [TimeUnit, string[], string[], string[]][] = [
  ['S', ['ثانيه'], ['ثانيتين', 'ثانيتان'], ['ثوان', 'ثواني']],
  ['MIN', ['دقيقه'], ['دقيقتين', 'دقيقتان'], ['دقائق']],
  ['H', ['ساعه'], ['ساعتين', 'ساعتان'], ['ساعات', 'سويعات']],
  ['D', ['يوم', 'يوما'], ['يومين', 'يومان'], ['ايام']],
  ['W', ['اسبوع', 'اسبوعا'], ['اسبوعين', 'اسبوعان'], ['اسابيع']],
  ['M', ['شهر', 'شهرا'], ['شهرين', 'شهران'], ['اشهر', 'شهور']],
  ['Y', ['عام', 'عاما', 'سنه'], ['عامين', 'عامان', 'سنتين', 'سنتان'], ['اعوام', 'سنوات', 'سنين']],
  ['DE', ['عقد', 'عقدا'], ['عقدين', 'عقدان'], ['عقود']],
  ['CE', ['قرن', 'قرنا'], ['قرنين', 'قرنان'], ['قرون']],
];

function unitTable(): Map<string, UnitForm> {
  const out = new Map<string, UnitForm>();
  for (const [unit, sg, du, pl] of UNIT_WORDS) {
    for (const [number, forms] of [
      ['sg', sg],
      ['du', du],
      ['pl', pl],
    ] as const) {
      for (const f of forms) {
        out.set(f, { unit, number, article: false });
        // The accusative -ا never takes the article: no اليوما.
        if (!f.endsWith('ا') || number !== 'sg') out.set(`ال${f}`, { unit, number, article: true });
      }
    }
  }
  return out;
}

/** Unit nouns by match key. */
export const UNIT_FORMS: ReadonlyMap<string, UnitForm> = unitTable();

/** Which way a modifier points: الماضي (past), المقبل (future), الحالي (current). */
export type Direction = 'past' | 'future' | 'current';

const MODIFIER_WORDS: Record<Direction, string[]> = {
  past: [
    'الماضي',
    'الماضيه',
    'الماضيين',
    'الماضيتين',
    'المنصرم',
    'المنصرمه',
    'المنصرمين',
    'الفائت',
    'الفائته',
    'السابق',
    'السابقه',
    'السابقين',
    'المنقضي',
    'المنقضيه',
    'الفارط',
    'الفارطه',
    'الاخير',
    'الاخيره',
    'الاخيرين',
    'الاخيرتين',
  ],
  future: [
    'المقبل',
    'المقبله',
    'المقبلين',
    'المقبلتين',
    'القادم',
    'القادمه',
    'القادمين',
    'القادمتين',
    'الاتي',
    'الاتيه',
  ],
  current: ['الحالي', 'الحاليه', 'الجاري', 'الجاريه', 'الراهن', 'الراهنه'],
};

/** Modifiers of periods (الاسبوع الماضي, العام المقبل, الشهر الجاري) by match key. */
export const MODIFIERS: ReadonlyMap<string, Direction> = new Map(
  (Object.entries(MODIFIER_WORDS) as [Direction, string[]][]).flatMap(([d, ws]) =>
    ws.map((w) => [w, d] as [string, Direction]),
  ),
);

/** Demonstratives before a period meaning "this": هذا العام, هذه السنه. */
export const THIS_WORDS: ReadonlySet<string> = new Set(['هذا', 'هذه']);

/** Day offsets of the relative day words (امس −1, اليوم 0, غدا +1). */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['امس', -1],
  ['الامس', -1],
  ['البارحه', -1],
  ['اليوم', 0],
  ['غدا', 1],
  ['غد', 1],
  ['الغد', 1],
]);

/** TIMEX3 parts of day. */
export type DayPart = 'MO' | 'AF' | 'EV' | 'NI';

/** Day-part nouns heading a day (صباح اليوم, مساء الجمعه) and their TIMEX3 part. */
export const DAY_PART_NOUNS: ReadonlyMap<string, DayPart> = new Map([
  ['صباح', 'MO'],
  ['صبيحه', 'MO'],
  ['ضحي', 'MO'],
  ['ظهر', 'AF'],
  ['ظهيره', 'AF'],
  ['عصر', 'AF'],
  ['مساء', 'EV'],
  ['ليله', 'NI'],
  ['ليل', 'NI'],
  ['فجر', 'NI'],
]);

/** Day-part adverbs after a clock time (العاشره صباحا, 8 مساء) and their part. */
export const DAY_PART_ADVERBS: ReadonlyMap<string, DayPart> = new Map([
  ['صباحا', 'MO'],
  ['صباح', 'MO'],
  ['ضحي', 'MO'],
  ['ظهرا', 'AF'],
  ['عصرا', 'AF'],
  ['مساء', 'EV'],
  ['مساءا', 'EV'],
  ['ليلا', 'NI'],
  ['فجرا', 'NI'],
]);

/** Position words: the period keeps its value (مطلع الشهر المقبل → the month). */
export const POSITION_WORDS: ReadonlySet<string> = new Set([
  'مطلع',
  'بدايه',
  'بدء',
  'اوائل',
  'منتصف',
  'اواسط',
  'اواخر',
  'نهايه',
  'مستهل',
]);

/** Approximators included in the extent (نحو عام, اكثر من 20 عاما), as key sequences. */
export const APPROXIMATORS: readonly (readonly string[])[] = [
  ['نحو'],
  ['حوالي'],
  ['قرابه'],
  ['زهاء'],
  ['اكثر', 'من'],
  ['اقل', 'من'],
  ['ما', 'يقرب', 'من'],
  ['ما', 'يزيد', 'علي'],
  ['ما', 'يزيد', 'عن'],
  ['ما', 'لا', 'يقل', 'عن'],
  ['ما', 'يناهز'],
  ['اكثر', 'قليلا', 'من'],
  ['اقل', 'قليلا', 'من'],
];

/** Vague quantities before a plural unit (عده ايام, بضعه اشهر): the amount is unknown (X). */
export const VAGUE_QUANTITIES: ReadonlySet<string> = new Set(['عده', 'بضعه', 'بضع']);

/** One-word references to the present, past and future. */
export const REFERENCE_WORDS: ReadonlyMap<string, Reference> = new Map([
  ['الان', 'PRESENT_REF'],
  ['حاليا', 'PRESENT_REF'],
  ['راهنا', 'PRESENT_REF'],
  ['مؤخرا', 'PAST_REF'],
  ['اخيرا', 'PAST_REF'],
  ['حديثا', 'PAST_REF'],
  ['سابقا', 'PAST_REF'],
  ['قديما', 'PAST_REF'],
  ['قريبا', 'FUTURE_REF'],
  ['مستقبلا', 'FUTURE_REF'],
  ['لاحقا', 'FUTURE_REF'],
]);

/** A TIMEX3 reference value. */
export type Reference = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';

/** Multi-word references: الوقت الحالي, الاونه الاخيره, هذه الايام, وقت سابق … */
export const REFERENCE_PHRASES: readonly (readonly [readonly string[], Reference])[] = [
  [['الوقت', 'الحالي'], 'PRESENT_REF'],
  [['الوقت', 'الراهن'], 'PRESENT_REF'],
  [['الوقت', 'الحاضر'], 'PRESENT_REF'],
  [['هذه', 'الايام'], 'PRESENT_REF'],
  [['ايامنا', 'هذه'], 'PRESENT_REF'],
  [['يومنا', 'هذا'], 'PRESENT_REF'],
  [['هذه', 'الفتره'], 'PRESENT_REF'],
  [['هذه', 'المرحله'], 'PRESENT_REF'],
  [['الاونه', 'الاخيره'], 'PAST_REF'],
  [['وقت', 'سابق'], 'PAST_REF'],
  [['وقت', 'لاحق'], 'FUTURE_REF'],
  [['اوقات', 'سابقه'], 'PAST_REF'],
  [['اوقات', 'لاحقه'], 'FUTURE_REF'],
  [['قبل', 'قليل'], 'PAST_REF'],
  [['منذ', 'قليل'], 'PAST_REF'],
  [['بعد', 'قليل'], 'FUTURE_REF'],
  [['المستقبل', 'القريب'], 'FUTURE_REF'],
  [['المستقبل', 'المنظور'], 'FUTURE_REF'],
  [['المدي', 'القريب'], 'FUTURE_REF'],
  [['المدي', 'المنظور'], 'FUTURE_REF'],
  [['الامد', 'القريب'], 'FUTURE_REF'],
];

/** Periods without a calendar unit: with a modifier they are references (الفتره المقبله → FUTURE_REF). */
export const VAGUE_PERIODS: ReadonlySet<string> = new Set(['الفتره', 'المرحله', 'الحقبه']);

/**
 * Sports seasons and school years or terms (no calendar unit): with a modifier they are
 * references (الموسم المقبل → FUTURE_REF), with a year they take it (العام الدراسي 1436).
 */
export const SEASON_PERIODS: readonly (readonly string[])[] = [
  ['الموسم', 'الرياضي'],
  ['الموسم'],
  ['موسم'],
  ['العام', 'الدراسي'],
  ['العام', 'التدريبي'],
  ['العام', 'الجامعي'],
  ['العام', 'المالي'],
  ['السنه', 'الدراسيه'],
  ['السنه', 'الماليه'],
  ['الفصل', 'الدراسي'],
  ['الفصل'],
];

/** Sports seasons counted: موسمين → P2Y, ثلاثه مواسم → P3Y. */
export const SEASON_COUNTS: ReadonlyMap<string, 'sg' | 'du' | 'pl'> = new Map([
  ['موسم', 'sg'],
  ['موسما', 'sg'],
  ['موسمين', 'du'],
  ['موسمان', 'du'],
  ['الموسمين', 'du'],
  ['مواسم', 'pl'],
  ['المواسم', 'pl'],
]);

/** Adverbs of frequency: يوميا → P1D. */
export const SET_ADVERBS: ReadonlyMap<string, string> = new Map([
  ['يوميا', 'P1D'],
  ['اسبوعيا', 'P1W'],
  ['شهريا', 'P1M'],
  ['سنويا', 'P1Y'],
  ['ساعيا', 'PT1H'],
]);

/** Seasons (TIMEX3 SP, SU, FA, WI). */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['الربيع', 'SP'],
  ['ربيع', 'SP'],
  ['الصيف', 'SU'],
  ['صيف', 'SU'],
  ['الخريف', 'FA'],
  ['خريف', 'FA'],
  ['الشتاء', 'WI'],
  ['شتاء', 'WI'],
]);

/** Decade names (الثمانينات, تسعينيات) → the decade's first year within its century (80). */
export const DECADES: ReadonlyMap<string, number> = new Map(
  (
    [
      ['عشرين', 20],
      ['ثلاثين', 30],
      ['اربعين', 40],
      ['خمسين', 50],
      ['ستين', 60],
      ['سبعين', 70],
      ['ثمانين', 80],
      ['تسعين', 90],
    ] as [string, number][]
  ).flatMap(([stem, n]) =>
    ['ات', 'يات'].flatMap((suffix) => [
      [`${stem}${suffix}`, n] as [string, number],
      [`ال${stem}${suffix}`, n] as [string, number],
    ]),
  ),
);

/** Hijri holidays as key sequences, with their Hijri month and day. */
export const HIJRI_HOLIDAYS: readonly {
  keys: readonly string[];
  month: number;
  day: number;
  days?: number;
}[] = [
  { keys: ['عيد', 'الفطر'], month: 10, day: 1 },
  { keys: ['العيد', 'الصغير'], month: 10, day: 1 },
  { keys: ['العيد', 'الكبير'], month: 12, day: 10 },
  { keys: ['ايام', 'التشريق'], month: 12, day: 11, days: 3 },
  { keys: ['عيد', 'الاضحي'], month: 12, day: 10 },
  { keys: ['يوم', 'الترويه'], month: 12, day: 8 },
  { keys: ['يوم', 'عرفه'], month: 12, day: 9 },
  { keys: ['يوم', 'عرفات'], month: 12, day: 9 },
  { keys: ['المولد', 'النبوي'], month: 3, day: 12 },
  { keys: ['يوم', 'عاشوراء'], month: 1, day: 10 },
  { keys: ['راس', 'السنه', 'الهجريه'], month: 1, day: 1 },
];

/** Epithets after a holiday or Hijri month, left out of the extent (عيد الاضحي المبارك). */
export const EPITHETS: ReadonlySet<string> = new Set(['المبارك', 'الكريم', 'المعظم', 'السعيد', 'الفضيل']);

/** Time-zone words after a clock time, kept in the extent (الساعه الثامنه بتوقيت مكه). */
export const TIME_ZONE_HEADS: ReadonlySet<string> = new Set(['بتوقيت', 'توقيت']);

/** Era markers after a year: هـ, هجري … (Hijri) and م, ميلادي … (Gregorian). */
export const ERA_WORDS: ReadonlyMap<string, 'hijri' | 'gregorian'> = new Map([
  ['ه', 'hijri'],
  ['هجري', 'hijri'],
  ['هجريه', 'hijri'],
  ['للهجره', 'hijri'],
  ['م', 'gregorian'],
  ['ميلادي', 'gregorian'],
  ['ميلاديه', 'gregorian'],
  ['للميلاد', 'gregorian'],
]);

assertKeyForm(UNIT_FORMS.keys(), 'time unit');
assertKeyForm(MODIFIERS.keys(), 'period modifier');
assertKeyForm(RELATIVE_DAYS.keys(), 'relative day');
assertKeyForm(DAY_PART_NOUNS.keys(), 'day part');
assertKeyForm(DAY_PART_ADVERBS.keys(), 'day-part adverb');
assertKeyForm(POSITION_WORDS, 'position word');
assertKeyForm(APPROXIMATORS.flat(), 'approximator');
assertKeyForm(VAGUE_QUANTITIES, 'vague quantity');
assertKeyForm(REFERENCE_WORDS.keys(), 'reference word');
assertKeyForm(
  REFERENCE_PHRASES.flatMap(([k]) => k),
  'reference phrase',
);
assertKeyForm(VAGUE_PERIODS, 'vague period');
assertKeyForm(SEASON_PERIODS.flat(), 'season period');
assertKeyForm(SEASON_COUNTS.keys(), 'season count');
assertKeyForm(EPITHETS, 'epithet');
assertKeyForm(TIME_ZONE_HEADS, 'time zone');
assertKeyForm(SET_ADVERBS.keys(), 'frequency adverb');
assertKeyForm(SEASONS.keys(), 'season');
assertKeyForm(DECADES.keys(), 'decade');
assertKeyForm(
  HIJRI_HOLIDAYS.flatMap((h) => h.keys),
  'Hijri holiday',
);
assertKeyForm(ERA_WORDS.keys(), 'era');
