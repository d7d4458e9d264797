/**
 * Words that shape a speaker phrase, in match-key form (validated when loaded):
 * - titles and honorifics left out of a person's name (الدكتور، الأمير، الملا، سمو);
 * - role nouns heading a phrase that describes a person (وزير الخارجية، المتحدث باسم الوزارة);
 * - organisation heads (وزارة، حركة، تنظيم): a phrase they head names an organisation, and their
 *   bare definite form (الوزارة، التنظيم) is a short form of one named earlier;
 * - document nouns that speak for their issuer (وقال البيان إن …);
 * - honorific pronouns (سموه "His Highness", معاليه "His Excellency") that refer back to a person;
 * - nouns of unnamed sources (مصادر، شهود، مسؤولون), a speaker in their own right.
 */
import { assertKeyForm } from './key-form.js';

/** A set of match-key words from a space-separated list, validated. */
function keySet(name: string, list: string): ReadonlySet<string> {
  const words = list.trim().split(/\s+/u);
  assertKeyForm(words, name);
  return new Set(words);
}

/** Titles and honorifics, never part of a speaker's name. */
export const TITLES = keySet(
  'title',
  'السيد السيده الدكتور الدكتوره دكتور دكتوره د م ا الامير الاميره امير الشيخ الشيخه شيخ الملا ملا سمو ' +
    'صاحب السمو الملكي معالي فخامه جلاله سعاده سماحه فضيله دوله المهندس المهندسه اللواء ' +
    'العميد العقيد المقدم الرائد النقيب الملازم الرقيب العريف الفريق اول الركن المشير ' +
    'الاستاذ الاستاذه البروفيسور بروفيسور بروفسور الحاج الامام القاضي المحامي الاب البابا الملك الملكه ' +
    'الرئيس الرئيسه المستشار المستشاره الداعيه الداهيه مولوي قاري الراحل خادم الحرمين ' +
    'الشريفين ركن الكابتن الجنرال الادميرال الكولونيل الميجور الميجر السيناتور اللفتنانت ' +
    'المارشال اللورد لورد السير البارونه البروفسور المطران الكاردينال الحاخام ',
);

/** Honorific pronouns that refer back to a person already named (سموه، معاليه). */
export const HONORIFIC_PRONOUNS = keySet(
  'honorific',
  'سموه معاليه فخامته جلالته سعادته سماحته فضيلته دولته سيادته ' + 'سموها معاليها فخامتها جلالتها سعادتها ',
);

/** Role nouns (without the article) that head a phrase describing a person. */
export const ROLE_HEADS = keySet(
  'role',
  'وزير وزيره رئيس رئيسه نائب مساعد مستشار مدير مديره متحدث ناطق امين وكيل قائد زعيم ' +
    'امير جنرال محافظ سفير مندوب ممثل مسؤول مسئول عضو مشرف مدرب لاعب صانع مفتي خطيب امام مراسل ' +
    'كاتب محلل خبير باحث استاذ مبتعث مشجع مواطن والد والده شقيق شقيقه ابن نجل ملك ولي عم خال ' +
    'حاكم قاضي محامي طبيب مهندس رسام رسامه شاعر شاعره فنان مؤسس منسق مبعوث مفوض نقيب عميد ' +
    'مراقب قيادي مسؤوله متحدثه ناطقه الشاهد شاهد رجل سيده خليفه مرشد منظم مهاجم مدافع حارس ',
);

/** Organisation heads (without the article). */
export const ORG_HEADS = keySet(
  'organisation',
  'وزاره هيئه مديريه جامعه تنظيم حركه جبهه جماعه اتحاد جيش حكومه ديوان امانه قوات قوه ' +
    'مجلس حزب شركه وكاله منظمه مركز مؤسسه لجنه رئاسه سفاره شرطه محكمه بلديه اماره اداره ' +
    'قياده مصرف بنك نادي صحيفه جريده مجله شبكه قناه محطه اذاعه مرصد تحالف ائتلاف سلطات سلطه اجهزه جهاز مكتب ' +
    'دائره فرقه كتائب كتيبه لواء فيلق ميليشيا مليشيا ميليشيات برلمان كونغرس بعثه مفوضيه ' +
    'صندوق منتدي رابطه نقابه جمعيه وحدات ولايه دوله الخارجيه الداخليه البيت الكرملين ' +
    'البنتاغون الامم المرصد الاستخبارات المخابرات الاتحاد الجيش الحكومه التحالف مقاومه ' +
    'المقاومه مجموعه معهد كليه مستشفي نيابه مصلحه سلاح برنامج فرع جماعات مجموعات فصائل ' +
    'منظمات حركات تنظيمات اذاعه تلفزيون محافظه شؤون مطار ',
);

/**
 * Document nouns that stand for their issuer as subject of a reporting verb (وقال البيان إن …,
 * أشارت الخطة إلى أن …); `message` marks those that render a released message.
 */
export const DOCUMENT_NOUNS: ReadonlyMap<string, { readonly message: boolean }> = (() => {
  const entries: [string, boolean][] = [
    ['بيان', true],
    ['رساله', true],
    ['تسجيل', true],
    ['شريط', true],
    ['فيديو', true],
    ['خطاب', true],
    ['كلمه', true],
    ['صوت', true],
    ['تغريده', true],
    ['منشور', true],
    ['بلاغ', true],
    ['تقرير', false],
    ['خطه', false],
    ['دراسه', false],
    ['تحليل', false],
    ['وثيقه', false],
    ['مذكره', false],
    ['قرار', false],
    ['اشاعات', false],
    ['شائعات', false],
    ['شهادات', false],
    ['تقارير', false],
    ['ارقام', false],
    ['احصاءات', false],
    ['نتائج', false],
    ['نشره', false],
    ['احصائيه', false],
    ['احصائيات', false],
    ['استطلاع', false],
    ['مسح', false],
    ['ورقه', false],
    ['لائحه', false],
    ['مقال', false],
    ['مقاله', false],
    ['افتتاحيه', false],
  ];
  assertKeyForm(
    entries.map(([k]) => k),
    'document',
  );
  return new Map(entries.map(([k, message]) => [k, Object.freeze({ message })]));
})();

/** Nouns of unnamed sources and groups: a speaker as they stand (مصدر أمني، شهود عيان). */
export const SOURCE_NOUNS = keySet(
  'source',
  'مصدر مصادر شهود مسؤولون مسؤولين مسئولون ناشطون ناشطين سكان مراقبون محللون خبراء ' +
    'مسؤول متحدث ناطق اوساط دوائر تقارير وسائل المسؤولون العديد بعض احد ذوو ذوي اهالي ' +
    'عائله اسره مشاركون متظاهرون نشطاء مختصون مختصين محللين باحثون باحثين علماء مراقبين ' +
    'مواطنون مواطنين دبلوماسيون دبلوماسيين اقتصاديون اقتصاديين خبير محلل مختص ' +
    'اعضاء نواب قاده وزراء ممثلو ممثلون ممثلين مسؤولو مسؤولي شخصيه مصدران عدد صحف وكالات ' +
    // In the accusative after لكن or إن (لكن مسؤولا رفيعا قال).
    'مسؤولا مصدرا متحدثا ناطقا خبيرا محللا مختصا دبلوماسيا ' +
    // Reporters of wire copy (وأفاد مصور لفرانس برس، قال مراسل الوكالة).
    'مصور مراسل مصورو مراسلو ',
);

/** Words that end a speaker phrase: a clause, time or adjunct begins (في تصريح، أمس، لوكالة). */
export const PHRASE_BREAKS = keySet(
  'phrase-break',
  'في علي عبر خلال امام عن الي من امس اليوم غدا مساء صباح ظهر الليله الاحد الاثنين ' +
    'الثلاثاء الاربعاء الخميس الجمعه السبت ايضا كذلك بدوره بدورها بدورهم لاحقا سابقا ' +
    'مؤخرا حينها الذي التي الذين اللذين اللتين وهو وهي وهم قد لقد لم لن لا ما حيث بعد قبل ' +
    'اثناء بينما فيما حين عندما بعدما كما ان انه انها بان بانه فان لدي منذ مع تعليقا ردا ' +
    'تعقيبا بشان حول مشيرا قائلا مضيفا مؤكدا يوم ليله الاسبوع الشهر الماضي الماضيه المقبل ' +
    'المقبله الجاري الحالي لاول للمره لاخر مجددا بزعامه ',
);
