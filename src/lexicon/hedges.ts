/**
 * Hedges on a release's authorship and authenticity, and markers of an earlier release mentioned
 * in passing. Patterns are token sequences in match-key form; `*` matches any one token and a
 * `|`-separated entry any of its alternatives. Validated when loaded.
 *
 * - claimed: the release is presented as attributed (نشر ما قال إنه تسجيل …، رسالة يقول إنها من
 *   قائده، نُسب إلى، منسوب);
 * - unverified: the article says it could not be checked or makes it conditional (لم يتسن
 *   التحقق، لم تتأكد، إذا تأكدت صحة);
 * - confirmed: its authenticity was verified (تحققت من صحة التسجيل);
 * - denied: the purported author denies it (نفى … أن يكون البيان صادرا عنه).
 * Strongest wins: denied > confirmed > unverified > claimed > asserted.
 */
import { assertKeyForm } from './key-form.js';

/** Attribution of a statement (contract v1), strongest first. */
export const ATTRIBUTION_ORDER = ['denied', 'confirmed', 'unverified', 'claimed', 'asserted'] as const;
export type Attribution = (typeof ATTRIBUTION_ORDER)[number];

/** One hedge pattern. */
export interface HedgePattern {
  readonly attribution: Exclude<Attribution, 'asserted'>;
  /** Token alternatives, one set per position; an empty set matches any token. */
  readonly tokens: readonly ReadonlySet<string>[];
}

const SAY = 'قال|قالت|يقول|تقول|يقال|قيل|قالوا|يقولون';
const THAT = 'انه|انها|انهم|انهما';
// نسبة "ratio" shares its letters with نسبه "attributed it": the noun forms are left out.
const ATTRIB = 'نسب|نسبت|ينسب|تنسب|منسوب|منسوبه|المنسوب|المنسوبه|منسوبا|ونسب|ونسبت|ينسبه|ينسبها';
const VERIFY = 'التحقق|التاكد|التثبت';
const TRUTH = 'صحه|صحته|صحتها';

const SPECS: readonly [HedgePattern['attribution'], string][] = [
  ['claimed', `ما ${SAY} ${THAT}`],
  ['claimed', `${SAY} ${THAT} من`],
  ['claimed', `${SAY} ${THAT} ل`],
  ['claimed', ATTRIB],
  ['claimed', `يعتقد|ويعتقد|يرجح ${THAT} ل|من`],
  ['unverified', 'لم يتسن|يتسني'],
  ['unverified', 'لم تتاكد|يتاكد|نتاكد|تتمكن|يتمكن|نتمكن'],
  ['unverified', `لم يتم ${VERIFY}`],
  ['unverified', `لا يمكن ${VERIFY}`],
  ['unverified', `تعذر|يتعذر ${VERIFY}`],
  ['unverified', 'اذا|ان|وان|واذا|ولو|لو تاكدت|تاكد|صحت|ثبتت|ثبت صحه'],
  ['unverified', 'ان|اذا صح|صحت'],
  ['unverified', 'غير مؤكد|مؤكده|موثق|موثقه'],
  ['unverified', `دون|بدون ${VERIFY}`],
  ['unverified', `يجري|تجري|يجري ${VERIFY}`],
  ['confirmed', `تحققت|تحقق|تاكدت|تاكد|تثبتت من ${TRUTH}`],
  ['confirmed', `تحققت|تحقق|تاكدت|تاكد|تثبتت * من ${TRUTH}`],
  ['confirmed', `اكدت|اكد|واكدت|واكد ${TRUTH}`],
  ['confirmed', 'ثبتت|وثبتت صحه'],
  ['denied', 'نفي|نفت|نفوا|ينفي|تنفي|ونفي|ونفت * صحه|صدور|نسبه|علاقته|علاقتها|صلته|صلتها'],
  ['denied', 'نفي|نفت|نفوا|ينفي|تنفي|ونفي|ونفت ان يكون|تكون'],
  ['denied', 'نفي|نفت|نفوا|ينفي|تنفي|ونفي|ونفت صحه|صدور|نسبه|علاقته|علاقتها|صلته|صلتها'],
  ['denied', 'كذب|كذبت|وكذب|وكذبت'],
  ['denied', 'مزور|مزوره|مفبرك|مفبركه|ملفق|ملفقه'],
];

/** Every hedge pattern. */
export const HEDGES: readonly HedgePattern[] = Object.freeze(
  SPECS.map(([attribution, spec]) => ({
    attribution,
    tokens: spec.split(' ').map((alts) => (alts === '*' ? new Set<string>() : new Set(alts.split('|')))),
  })),
);
assertKeyForm(
  HEDGES.flatMap((h) => h.tokens.flatMap((t) => [...t])),
  'hedge',
);

/**
 * Words that mark an earlier release mentioned in passing (current: false): كان قد بث، سبق أن،
 * آنذاك، آخر تسجيل له يعود إلى …
 */
export const BACKGROUND_WORDS: ReadonlySet<string> = new Set([
  'انذاك',
  'حينها',
  'حينذاك',
  'وقتها',
  'وقتذاك',
  'سابقا',
  'السابق',
  'السابقه',
  'سابق',
  'سابقه',
  'سبق',
  'وسبق',
  'يعود',
  'ويعود',
  'تعود',
  'وتعود',
]);
/** Words that, right before an artifact noun, make it an earlier one (آخر تسجيل). */
export const LAST_WORDS: ReadonlySet<string> = new Set(['اخر', 'واخر']);
/** Past auxiliaries of a pluperfect (وكان … قد أصدر): the release is background. */
export const PLUPERFECT_WORDS: ReadonlySet<string> = new Set([
  'كان',
  'كانت',
  'وكان',
  'وكانت',
  'فكان',
  'فكانت',
]);
assertKeyForm([...BACKGROUND_WORDS, ...PLUPERFECT_WORDS, ...LAST_WORDS], 'background');
