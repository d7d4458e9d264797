/**
 * Reporting verbs: the communication verbs that frame a quotation (قال، أكد، أشار إلى أن …), with
 * every surface form a news text uses, in match-key form (alef forms folded to ا, ة to ه, ى to ي,
 * no diacritics) so they compare against token keys. Validated when loaded.
 *
 * Arabic conjugates the frame verb for its subject, and news prose uses four shapes of it:
 * - the past (قال، قالت "she/it said", قالوا "they said") opening a verb-first clause;
 * - the imperfect (يقول، تقول) in present-tense narration and relative clauses;
 * - the active participle in the accusative (قائلا، مضيفا، مشيرا) for a second frame of the same
 *   subject after a comma ("…, adding that …");
 * - the verbal noun (القول، قوله) after خاطب … بالقول or نقل عن X قوله.
 * A feminine form (ت- prefix or suffix, ـة participle) tells the subject is feminine: an
 * organisation (الوزارة، الحركة), a document (الرسالة) or a woman.
 */
import { assertKeyForm } from './key-form.js';

/** Shape of a form: which conjugation it is. */
export type VerbShape = 'past' | 'imperfect' | 'participle' | 'masdar' | 'passive';

/** One reporting verb. */
export interface ReportingVerb {
  /** Lemma as written in cues: past, third person masculine singular (أكد، أشار). */
  readonly lemma: string;
  /** Prepositions that may stand between the verb and its complement clause (أشار إلى أن). */
  readonly preps: readonly string[];
  /** Whether it may introduce speech without a complementiser (قال، أضاف، تابع، كتب). */
  readonly direct: boolean;
  /** Whether its object is the addressee (دعا، طالب، حث): a noun after it is not its subject. */
  readonly addressee: boolean;
  /**
   * Whether its bare past form is a common non-verb word too (بين "between", كتب "books", طالب
   * "student", تابع "affiliated"): then that form frames a quote only at the start of a clause and
   * when a complement, colon or mark follows closely.
   */
  readonly ambiguous: boolean;
  /**
   * Whether it relays someone else's words (نقلت الصحيفة عن مصادر أن …): the speaker is the source
   * after عن, not the verb's subject, and without عن it is no frame (نقل الجرحى "moved the wounded").
   */
  readonly relay: boolean;
  /**
   * Whether it frames speech only before a colon or an opening mark (فرد عليه: «…»، سألته: …):
   * verbs of dialogue whose forms are common words too (ورد "came", سال "flowed").
   */
  readonly marked: boolean;
  readonly forms: readonly {
    readonly key: string;
    readonly shape: VerbShape;
    readonly feminine: boolean;
    readonly ambiguous: boolean;
  }[];
}

interface Spec {
  readonly lemma: string;
  /** Past 3ms key, or an explicit list of past forms (defective verbs). */
  readonly past?: string | readonly string[];
  /** Imperfect stem after the ي/ت prefix, or an explicit list of full forms. */
  readonly imp?: string | readonly string[];
  /** Participle stem without case ending, or an explicit list of full forms. */
  readonly part?: string | readonly string[];
  readonly masdar?: readonly string[];
  /** Passive forms (قيل، يقال): a frame with no speaker. */
  readonly passive?: readonly string[];
  readonly preps?: readonly string[];
  readonly direct?: boolean;
  readonly addressee?: boolean;
  readonly ambiguous?: boolean;
  readonly relay?: boolean;
  readonly marked?: boolean;
  /** Other forms that are common non-verb words (يقر "approves", مبلغ "amount"). */
  readonly ambiguousForms?: readonly string[];
}

const SPECS: readonly Spec[] = [
  {
    lemma: 'قال',
    past: ['قال', 'قالت', 'قالوا', 'قالا', 'قالتا', 'قلن'],
    imp: ['يقول', 'تقول', 'يقولون', 'يقولان', 'تقولان', 'يقلن'],
    part: 'قائل',
    masdar: ['القول', 'بالقول', 'قوله', 'قولها', 'قولهم', 'قولهما', 'لقوله', 'لقولها', 'بقوله', 'بقولها'],
    passive: ['قيل', 'يقال'],
    direct: true,
  },
  { lemma: 'أضاف', past: 'اضاف', imp: 'ضيف', part: 'مضيف', direct: true },
  { lemma: 'تابع', past: 'تابع', imp: 'تابع', part: 'متابع', direct: true, ambiguous: true },
  { lemma: 'أردف', past: 'اردف', imp: 'ردف', part: 'مردف', direct: true },
  { lemma: 'استطرد', past: 'استطرد', imp: 'ستطرد', part: 'مستطرد', direct: true },
  { lemma: 'استدرك', past: 'استدرك', imp: 'ستدرك', part: 'مستدرك', direct: true },
  { lemma: 'تساءل', past: 'تساءل', imp: 'تساءل', part: 'متسائل', direct: true },
  { lemma: 'أجاب', past: 'اجاب', imp: 'جيب', part: 'مجيب', direct: true },
  // The writer's own turns (فقلت له: «…»، قلنا: …), only before a colon or a mark (قلّت "decreased").
  { lemma: 'قال', past: ['قلت', 'قلنا'], direct: true, marked: true },
  { lemma: 'أجاب', past: ['اجبت', 'اجبنا'], direct: true, marked: true },
  { lemma: 'رد', past: ['رددت', 'رددنا'], direct: true, marked: true },
  // Turns of a dialogue (فرد عليه فهد: «…»، سأل: …، صاحت: …), only before a colon or a mark.
  { lemma: 'رد', past: ['رد', 'ردت', 'ردوا'], direct: true, marked: true },
  { lemma: 'سأل', past: ['سال', 'سالت', 'سالوا'], direct: true, marked: true },
  { lemma: 'صاح', past: ['صاح', 'صاحت', 'صاحوا'], direct: true, marked: true },
  { lemma: 'همس', past: ['همس', 'همست'], direct: true, marked: true },
  {
    lemma: 'كتب',
    past: 'كتب',
    imp: 'كتب',
    direct: true,
    ambiguous: true,
    ambiguousForms: ['يكتب', 'تكتب', 'يكتبون'],
  },
  { lemma: 'خاطب', past: 'خاطب', imp: 'خاطب', part: 'مخاطب', direct: true, addressee: true },
  {
    lemma: 'نادى',
    past: ['نادي', 'نادت', 'نادوا'],
    imp: ['ينادي', 'تنادي', 'ينادون'],
    direct: true,
    addressee: true,
    ambiguousForms: ['نادي'], // نادي "club" in match-key form
  },
  { lemma: 'هتف', past: 'هتف', imp: 'هتف', part: 'هاتف', direct: true, ambiguous: true },
  {
    lemma: 'أكد',
    past: 'اكد',
    imp: 'ؤكد',
    part: 'مؤكد',
    preps: ['علي'],
    masdar: ['تاكيد', 'تاكيده', 'تاكيدها'],
  },
  { lemma: 'أوضح', past: 'اوضح', imp: 'وضح', part: 'موضح' },
  { lemma: 'صرح', past: 'صرح', imp: 'صرح', part: 'مصرح', preps: ['ب'] },
  {
    lemma: 'دعا',
    past: ['دعا', 'دعت', 'دعوا', 'دعتا'],
    imp: ['يدعو', 'تدعو', 'يدعون'],
    part: ['داعيا', 'داعيه', 'داعين', 'داعي'],
    preps: ['الي'],
    addressee: true,
  },
  { lemma: 'طالب', past: 'طالب', imp: 'طالب', part: 'مطالب', preps: ['ب'], addressee: true, ambiguous: true },
  { lemma: 'ناشد', past: 'ناشد', imp: 'ناشد', part: 'مناشد', addressee: true },
  { lemma: 'حث', past: 'حث', imp: 'حث', part: 'حاث', preps: ['علي'], addressee: true },
  { lemma: 'توعد', past: 'توعد', imp: 'توعد', part: 'متوعد', preps: ['ب'] },
  { lemma: 'هدد', past: 'هدد', imp: 'هدد', part: 'مهدد', preps: ['ب'] },
  { lemma: 'حذر', past: 'حذر', imp: 'حذر', part: 'محذر', preps: ['من'], addressee: true },
  { lemma: 'أشار', past: 'اشار', imp: 'شير', part: 'مشير', preps: ['الي', 'ب'] },
  { lemma: 'لفت', past: 'لفت', imp: 'لفت', part: 'لافت', preps: ['الي'] },
  { lemma: 'نوه', past: 'نوه', imp: 'نوه', part: 'منوه', preps: ['الي', 'ب'] },
  { lemma: 'نبه', past: 'نبه', imp: 'نبه', part: 'منبه', preps: ['الي'] },
  { lemma: 'شدد', past: 'شدد', imp: 'شدد', part: 'مشدد', preps: ['علي'] },
  { lemma: 'أعلن', past: 'اعلن', imp: 'علن', part: 'معلن', masdar: ['اعلان', 'واعلان'] },
  { lemma: 'كشف', past: 'كشف', imp: 'كشف', part: 'كاشف', preps: ['عن'] },
  {
    lemma: 'نفى',
    past: ['نفي', 'نفت', 'نفوا', 'نفيا'],
    imp: ['ينفي', 'تنفي', 'ينفون'],
    part: ['نافيا', 'نافيه', 'نافين'],
  },
  { lemma: 'زعم', past: 'زعم', imp: 'زعم', part: 'زاعم' },
  {
    lemma: 'ادعى',
    past: ['ادعي', 'ادعت', 'ادعوا'],
    imp: ['يدعي', 'تدعي'],
    part: ['مدعيا', 'مدعيه'],
  },
  { lemma: 'اعتبر', past: 'اعتبر', imp: 'عتبر', part: 'معتبر' },
  { lemma: 'رأى', past: ['راي', 'رات', 'راوا'], imp: ['يري', 'تري', 'يرون'], part: ['رائيا'] },
  { lemma: 'أفاد', past: 'افاد', imp: ['يفيد', 'تفيد'], part: ['مفيدا', 'مفيده'], preps: ['ب'] },
  { lemma: 'أبلغ', past: 'ابلغ', imp: 'بلغ', ambiguousForms: ['يبلغ', 'تبلغ'] }, // يبلغ "amounts to"
  { lemma: 'أخبر', past: 'اخبر', imp: 'خبر' },
  { lemma: 'ذكر', past: 'ذكر', imp: ['يذكرون'], part: 'ذاكر' },
  { lemma: 'بين', past: 'بين', part: 'مبين', ambiguous: true },
  { lemma: 'أبان', past: 'ابان', part: 'مبين' },
  { lemma: 'أعرب', past: 'اعرب', imp: 'عرب', part: 'معرب', preps: ['عن'] },
  { lemma: 'وصف', past: 'وصف', imp: ['يصف', 'تصف', 'يصفون'], part: 'واصف', preps: ['ب'] },
  { lemma: 'اتهم', past: 'اتهم', imp: 'تهم', part: 'متهم', preps: ['ب'], addressee: true },
  { lemma: 'روى', past: ['روي', 'روت', 'رووا'] },
  { lemma: 'أورد', past: 'اورد', imp: 'ورد' },
  { lemma: 'نقل', past: 'نقل', imp: 'نقل', part: 'ناقل', relay: true },
  { lemma: 'تضمن', past: 'تضمن', imp: 'تضمن', ambiguous: true, ambiguousForms: ['تضمنت', 'يتضمن', 'تتضمن'] },
  { lemma: 'اعترف', past: 'اعترف', imp: 'عترف', part: 'معترف', preps: ['ب'] },
  { lemma: 'أقر', past: 'اقر', imp: 'قر', preps: ['ب'], ambiguousForms: ['يقر', 'تقر'] },
  { lemma: 'تعهد', past: 'تعهد', imp: 'تعهد', preps: ['ب'] },
  { lemma: 'وعد', past: 'وعد', part: 'واعد', preps: ['ب'] },
  { lemma: 'توقع', past: 'توقع', imp: 'توقع', part: 'متوقع' },
  { lemma: 'رجح', past: 'رجح', imp: 'رجح', part: 'مرجح' },
  { lemma: 'استبعد', past: 'استبعد', imp: 'ستبعد', part: 'مستبعد' },
  { lemma: 'جزم', past: 'جزم', imp: 'جزم', part: 'جازم', preps: ['ب'] },
  { lemma: 'أوصى', past: ['اوصي', 'اوصت'], imp: ['يوصي', 'توصي'] },
  { lemma: 'علق', past: 'علق', imp: 'علق', part: 'معلق', preps: ['علي'], ambiguous: true },
  { lemma: 'اختتم', past: 'اختتم', imp: 'ختتم', part: 'مختتم', direct: true },
  { lemma: 'ختم', past: 'ختم', part: 'خاتم', direct: true, ambiguous: true },
  { lemma: 'أشاد', past: 'اشاد', imp: 'شيد', part: 'مشيد', preps: ['ب'] },
  { lemma: 'استنكر', past: 'استنكر', imp: 'ستنكر', part: 'مستنكر' },
];

function build(spec: Spec): ReportingVerb {
  const forms: { key: string; shape: VerbShape; feminine: boolean; ambiguous: boolean }[] = [];
  const bareAmbiguous = new Set([
    ...(spec.ambiguous ? [typeof spec.past === 'string' ? spec.past : (spec.past?.[0] ?? '')] : []),
    ...(spec.ambiguousForms ?? []),
  ]);
  const add = (key: string, shape: VerbShape, feminine: boolean): void => {
    if (!forms.some((f) => f.key === key))
      forms.push({ key, shape, feminine, ambiguous: bareAmbiguous.has(key) });
  };
  if (typeof spec.past === 'string') {
    for (const [suffix, fem] of [
      ['', false],
      ['ت', true],
      ['وا', false],
      ['ا', false],
      ['تا', true],
    ] as const)
      add(spec.past + suffix, 'past', fem);
  } else for (const k of spec.past ?? []) add(k, 'past', /تا?$/u.test(k));
  if (typeof spec.imp === 'string') {
    for (const [form, fem] of [
      [`ي${spec.imp}`, false],
      [`ي${spec.imp}ون`, false],
      [`ي${spec.imp}ان`, false],
      [`ت${spec.imp}`, true],
      [`ت${spec.imp}ان`, true],
    ] as const)
      add(form, 'imperfect', fem);
  } else for (const k of spec.imp ?? []) add(k, 'imperfect', k.startsWith('ت'));
  if (typeof spec.part === 'string') {
    for (const [suffix, fem] of [
      ['ا', false],
      ['ه', true],
      ['ين', false],
      ['ون', false],
      ['تين', true],
      ['ات', true],
    ] as const)
      add(spec.part + suffix, 'participle', fem);
  } else for (const k of spec.part ?? []) add(k, 'participle', /(ه|تين|ات)$/u.test(k));
  for (const k of spec.masdar ?? []) add(k, 'masdar', false);
  for (const k of spec.passive ?? []) add(k, 'passive', false);
  return Object.freeze({
    lemma: spec.lemma,
    preps: spec.preps ?? [],
    direct: spec.direct ?? false,
    addressee: spec.addressee ?? false,
    ambiguous: spec.ambiguous ?? false,
    relay: spec.relay ?? false,
    marked: spec.marked ?? false,
    forms: Object.freeze(forms),
  });
}

/** Every reporting verb of the lexicon. */
export const REPORTING_VERBS: readonly ReportingVerb[] = Object.freeze(SPECS.map(build));

/** A form found for a token key. */
export interface VerbForm {
  readonly verb: ReportingVerb;
  readonly shape: VerbShape;
  readonly feminine: boolean;
  /** Whether this form is a common non-verb word too (see `ReportingVerb.ambiguous`). */
  readonly ambiguous: boolean;
  /** Whether the token carries an object pronoun (ينادونها، أعلنها). */
  readonly object?: boolean;
}

const BY_FORM = new Map<string, VerbForm>();
for (const verb of REPORTING_VERBS) {
  for (const f of verb.forms) {
    // The first verb listed wins a form two verbs share (مبين: بيّن before أبان).
    if (!BY_FORM.has(f.key))
      BY_FORM.set(f.key, { verb, shape: f.shape, feminine: f.feminine, ambiguous: f.ambiguous });
  }
}
assertKeyForm(BY_FORM.keys(), 'reporting-verb');

// A bare ـه is left out: in match keys it is also the folded ta marbuta (إضافة → اضافه).
const OBJECT_SUFFIX = /(ها|هم|هما|ني|نا|كم)$/u;

function lookup(key: string): VerbForm | null {
  const hit = BY_FORM.get(key);
  if (hit) return hit;
  // An object pronoun on a finite verb (ينادونها، يصفها، أبلغهم).
  const m = OBJECT_SUFFIX.exec(key);
  if (m && key.length - m[0].length >= 3) {
    const f = BY_FORM.get(key.slice(0, key.length - m[0].length));
    if (f && (f.shape === 'past' || f.shape === 'imperfect')) return { ...f, object: true };
  }
  return null;
}

/** Whether a key is a reporting verb form as it stands (no conjunction set aside). */
export function isReportingForm(key: string): boolean {
  return lookup(key) !== null;
}

/** The reporting verb form a token key spells, with or without a leading و/ف; null when none. */
export function reportingVerbForm(key: string): VerbForm | null {
  const hit = lookup(key);
  if (hit) return hit;
  if ((key.startsWith('و') || key.startsWith('ف')) && key.length > 2) return lookup(key.slice(1));
  return null;
}

/**
 * Prepositional frames that attribute what follows or precedes (بحسب الوزارة فإن …), in match-key
 * form, as token sequences; the cue written in quotes is the frame as written without clitics.
 */
export const PREPOSITIONAL_FRAMES: readonly { readonly keys: readonly string[]; readonly cue: string }[] =
  Object.freeze([
    { keys: ['بحسب'], cue: 'بحسب' },
    { keys: ['وبحسب'], cue: 'بحسب' },
    { keys: ['حسب'], cue: 'حسب' },
    { keys: ['وحسب'], cue: 'حسب' },
    { keys: ['حسبما'], cue: 'حسب' },
    { keys: ['وفق'], cue: 'وفق' },
    { keys: ['ووفق'], cue: 'وفق' },
    { keys: ['وفقا'], cue: 'وفق' },
    { keys: ['ووفقا'], cue: 'وفق' },
    { keys: ['طبقا'], cue: 'طبقا' },
    { keys: ['وطبقا'], cue: 'طبقا' },
    { keys: ['نقلا', 'عن'], cue: 'نقلا عن' },
    { keys: ['نقلا', 'عنه'], cue: 'نقلا عن' },
    { keys: ['نقلا', 'عنها'], cue: 'نقلا عن' },
    { keys: ['علي', 'لسان'], cue: 'على لسان' },
  ]);
assertKeyForm(
  PREPOSITIONAL_FRAMES.flatMap((f) => f.keys),
  'prepositional-frame',
);

/**
 * Complementisers that open a reported clause (أن، إن، بأن، فإن, also with an attached pronoun:
 * إنه، أنها، بأنهم). Returned: whether `key` is one, and whether it carries a pronoun (the clause
 * then starts after it either way).
 */
export function isComplementizer(key: string): boolean {
  return COMPLEMENTIZER.test(key);
}
const COMPLEMENTIZER = /^[بفو]?ان(ه|ها|هم|هما|هن|ني|نا|ك|كم)?$/u;

/**
 * Words right before أن that govern it themselves, so it is no complement of a reporting verb
 * further back: conjunctions (بعد أن، إلا أن، كما أن), modals (يجب أن، يمكن أن، أود أن), nouns
 * taking a clause (الاتهامات بأن، إمكانية أن، أمله أن) and connectives (لذلك فإن).
 */
export const NOT_COMPLEMENT_BEFORE: ReadonlySet<string> = (() => {
  const words = (
    'بعد قبل منذ الا غير رغم برغم بما حتي كما لو بيد علما مع يجب ينبغي يمكن لابد بد ' +
    'يجدر اراد يريد تريد ارادت حاول يحاول تحاول يستطيع استطاع بدل بدلا شرط بشرط مجرد ' +
    'لمجرد سبق وسبق الله يسعي تسعي يعقل يتوقع يعتقد ويعتقد يبدو ويبدو يذكر ويذكر يروي ' +
    'ويروي حيث اذ لدرجه درجه اما فيما حين وحين اتهامات الاتهامات انباء الانباء مزاعم ' +
    'المزاعم ادعاءات الادعاءات شائعات الشائعات اشاعات الاشاعات فكره الفكره احتمال ' +
    'احتمالات امل امله املها استطيع نستطيع يستطيع تستطيع اريد نريد اود نود يود تود ' +
    'احب نحب يحب اتمني نتمني يتمني تتمني اخشي نخشي يخشي عليه عليها عليك علينا عليهم ' +
    'المقرر المفترض يفترض المتوقع الممكن المهم الضروري بامكان بوسع يعني معناه مفاده ' +
    'ذلك لذلك بذلك بالتالي وبالتالي امكانيه ضروره اهميه حقيقه الحقيقه '
  )
    .trim()
    .split(/\s+/u);
  assertKeyForm(words, 'not-complement');
  return new Set(words);
})();
