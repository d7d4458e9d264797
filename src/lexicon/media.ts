/**
 * Statement media: the artifact nouns that name a released message (بيان، تسجيل، شريط …), the
 * adjectives that tell its medium (صوتي، مصور، متلفز …), and the verbs that release one (بث، نشر،
 * أصدر). Match-key form, validated when loaded.
 *
 * Several artifact nouns are everyday words too: تسجيل is also "registration", شريط a "strip"
 * (الشريط الحدودي), كلمة a "word", رسالة a "letter" or an SMS, بيان a verbal noun ("to clarify":
 * بيان ما يلي). `needsContext` marks them: they name a release only with a medium adjective, a
 * release verb or a speech frame around them.
 */
import { assertKeyForm } from './key-form.js';

/** Medium of a statement (contract v1). */
export type Medium = 'audio' | 'video' | 'text' | 'unknown';

/** An artifact noun (its stem, without article, case ending or possessive). */
export interface ArtifactNoun {
  readonly stem: string;
  /** Medium when no adjective says otherwise. */
  readonly medium: Medium;
  /** Whether the bare noun needs a medium adjective, release verb or speech frame to count. */
  readonly needsContext: boolean;
  /** Whether it is footage by default (a video may just show things): it needs a speaker. */
  readonly footage: boolean;
  /** Grammatical gender, for pronoun agreement (رسالته ← رسالة is feminine). */
  readonly feminine: boolean;
}

const NOUNS: readonly ArtifactNoun[] = [
  { stem: 'بيان', medium: 'text', needsContext: true, footage: false, feminine: false },
  { stem: 'بلاغ', medium: 'text', needsContext: true, footage: false, feminine: false },
  { stem: 'تغريده', medium: 'text', needsContext: false, footage: false, feminine: true },
  { stem: 'تغريدات', medium: 'text', needsContext: false, footage: false, feminine: true },
  { stem: 'تدوينه', medium: 'text', needsContext: false, footage: false, feminine: true },
  { stem: 'منشور', medium: 'text', needsContext: true, footage: false, feminine: false },
  { stem: 'رساله', medium: 'unknown', needsContext: true, footage: false, feminine: true },
  { stem: 'تسجيل', medium: 'unknown', needsContext: true, footage: false, feminine: false },
  { stem: 'شريط', medium: 'video', needsContext: true, footage: true, feminine: false },
  { stem: 'فيديو', medium: 'video', needsContext: true, footage: true, feminine: false },
  { stem: 'مقطع', medium: 'video', needsContext: true, footage: true, feminine: false },
  { stem: 'كلمه', medium: 'unknown', needsContext: true, footage: false, feminine: true },
  { stem: 'خطاب', medium: 'unknown', needsContext: true, footage: false, feminine: false },
  { stem: 'اصدار', medium: 'unknown', needsContext: true, footage: false, feminine: false },
];
assertKeyForm(
  NOUNS.map((n) => n.stem),
  'artifact',
);

/** Artifact nouns by stem. */
export const ARTIFACT_NOUNS: ReadonlyMap<string, ArtifactNoun> = new Map(NOUNS.map((n) => [n.stem, n]));

/** Case endings and possessive suffixes an artifact noun takes (بيانا، رسالته، بيانها، بيانين). */
export const ARTIFACT_SUFFIXES: readonly string[] = [
  '',
  'ا',
  'ه',
  'ها',
  'هم',
  'هما',
  'ين',
  'ان',
  'نا',
  'ي',
  'ته',
  'تها',
  'تهم',
];

/** Medium adjectives and modifiers (and their inflections), with the medium they fix. */
export const MEDIUM_WORDS: ReadonlyMap<string, Medium> = (() => {
  const entries: [string, Medium][] = [];
  const inflect = (stem: string, medium: Medium): void => {
    for (const s of ['', 'ا', 'ه', 'ين', 'ات']) entries.push([stem + s, medium]);
  };
  inflect('صوتي', 'audio');
  entries.push(['صوت', 'audio'], ['بصوت', 'audio']);
  inflect('مصور', 'video');
  inflect('مرئي', 'video');
  inflect('متلفز', 'video');
  inflect('مسجل', 'unknown');
  inflect('مكتوب', 'text');
  inflect('كتابي', 'text');
  inflect('مقروء', 'text');
  entries.push(['فيديو', 'video'], ['الفيديو', 'video']);
  const keys = entries.map(([k]) => k);
  assertKeyForm(keys, 'medium');
  const out = new Map<string, Medium>();
  for (const [k, m] of entries) {
    out.set(k, m);
    if (!k.startsWith('ال') && !k.startsWith('ب')) out.set(`ال${k}`, m);
  }
  return out;
})();

/** Other adjectives an artifact phrase may carry (بيان صحفي، بيانا رسميا، رسالة جديدة). */
export const ARTIFACT_ADJECTIVES: ReadonlySet<string> = (() => {
  const stems = [
    'صحفي',
    'صحافي',
    'اعلامي',
    'رسمي',
    'توضيحي',
    'مشترك',
    'مقتضب',
    'منفصل',
    'جديد',
    'اخير',
    'مطول',
    'قصير',
    'يائس',
    'تحريضي',
    'دعائي',
    'توعوي',
    'ختامي',
    'اول',
    'ثاني',
  ];
  assertKeyForm(stems, 'artifact-adjective');
  const out = new Set<string>();
  for (const s of stems)
    for (const e of ['', 'ا', 'ه', 'ين', 'ان', 'تين']) {
      out.add(s + e);
      out.add(`ال${s}${e}`);
    }
  return out;
})();

/** Release verbs (all forms in match-key form): a subject releases an artifact. */
export const RELEASE_VERBS: ReadonlySet<string> = (() => {
  const forms = [
    ...['بث', 'بثت', 'بثوا', 'يبث', 'تبث', 'بثه', 'بثها', 'بثته', 'بثتها', 'وبث', 'وبثت'],
    ...['نشر', 'نشرت', 'نشروا', 'ينشر', 'تنشر', 'نشره', 'نشرها', 'نشرته', 'نشرتها'],
    ...[
      'اصدر',
      'اصدرت',
      'اصدروا',
      'يصدر',
      'تصدر',
      'اصدره',
      'اصدرها',
      'اصدرته',
      'اصدرتها',
      'صدر',
      'صادر',
      'صادرا',
      'صادره',
      'صدور',
      'اصدار',
    ],
    ...['وزع', 'وزعت', 'يوزع', 'توزع', 'وزعته', 'وزعه'],
    // اذاعه is left out: written without diacritics it is mostly إذاعة "radio" (إذاعة وتلفزيون …).
    ...['اذاع', 'اذاعت', 'يذيع', 'تذيع', 'اذاعته', 'اذاعها'],
    ...['اطلق', 'اطلقت'],
    // تغريدة كتبها فلان، كتب تغريدة: writing a post releases it.
    ...['كتب', 'كتبت', 'كتبه', 'كتبها', 'كتبته', 'كتبتها', 'غرد', 'غردت'],
    ...['تناقلت', 'تداولت', 'تداول', 'تناقل'],
    // وجّه خطابا إلى الشعب; ألقى كلمة is a speech at an event, not a release.
    ...['وجه', 'وجهه', 'وجهها', 'وجهته'],
  ];
  assertKeyForm(forms, 'release-verb');
  return new Set(forms);
})();

/** Verbs and nouns that mark footage, not a message (فيديو يظهر دبابات): appearance, not speech. */
export const FOOTAGE_WORDS: ReadonlySet<string> = (() => {
  const w = [
    'يظهر',
    'تظهر',
    'يبين',
    'تبين',
    'يوثق',
    'توثق',
    'يصور',
    'تصور',
    'مسرب',
    'مسربا',
    'المسرب',
    'انتشر',
    'ينتشر',
    'متداول',
  ];
  // Footage nouns a video word may modify (لقطات فيديو، صور): pictures, not a message.
  w.push('لقطات', 'ولقطات', 'لقطه', 'صور', 'وصور', 'صوره', 'مشاهد', 'ومشاهد');
  assertKeyForm(w, 'footage');
  return new Set(w);
})();
