import { describe, expect, it } from 'vitest';
import type { QuoteSpan } from '../../doc/index.js';
import { quotes } from './index.js';
import { testResources } from './resources.js';
import { type EntityAt, testDoc } from './test-docs.js';

/** A small gazetteer for these cases; نظيرة is a given name whose key equals نظيره "his counterpart". */
const RESOURCES = testResources([
  'سامي',
  'العتيبي',
  'هند',
  'السالم',
  'خالد',
  'الحربي',
  'علي',
  'محمد',
  'نظيرة',
  'فجر',
  'عيد',
  'عبد',
  'الله',
]);

interface Case {
  readonly name: string;
  readonly text: string;
  readonly quotes: readonly { text: string; direct: boolean; speaker: string | null }[];
  readonly entities?: readonly EntityAt[];
}

function run(text: string, entities?: readonly EntityAt[]) {
  const out = quotes({ resources: RESOURCES }).run(testDoc(text, { entities }));
  return ((out.layers?.quotes ?? []) as QuoteSpan[]).map((q) => ({
    text: text.slice(q.start, q.end),
    direct: q.direct,
    speaker: q.speaker.name,
  }));
}

const CASES: readonly Case[] = [
  {
    name: 'gives a relayed report to its source (نقلت الصحيفة عن مصادر أن)',
    text: 'ونقلت الصحيفة عن مصادر مقربة من الحكومة أن الوزير سيستقيل.',
    quotes: [{ text: 'الوزير سيستقيل', direct: false, speaker: 'مصادر مقربة من الحكومة' }],
  },
  {
    name: 'gives a report relayed after the verb to its source (ذكرت الصحيفة نقلا عن مصادر)',
    text: 'وذكرت الصحيفة نقلا عن مصادر رسمية أن الخلاف قديم.',
    quotes: [{ text: 'الخلاف قديم', direct: false, speaker: 'مصادر رسمية' }],
  },
  {
    name: 'does not take نقل without عن for a frame (نقل الجرحى)',
    text: 'ونقل الجرحى عن طريق البر إلى المستشفى.',
    quotes: [],
  },
  {
    name: 'takes the person of the clause a verbal noun with ب hangs on (اكتفى … بالقول)',
    text: 'وغادر الفريق أمس، في حين اكتفى سامي العتيبي وهو يهم بالمغادرة بالقول: إن الطموحات كبيرة.',
    quotes: [{ text: 'إن الطموحات كبيرة', direct: true, speaker: 'سامي العتيبي' }],
  },
  {
    name: 'takes the person of the clause for قال فيها after its antecedent',
    text: 'وأفادت الوكالة أن خالد الحربي أجرى اتصالات هاتفية بمناسبة عيد الفطر، قال فيها "إننا مستمرون".',
    quotes: [
      { text: 'خالد الحربي أجرى اتصالات هاتفية بمناسبة عيد الفطر', direct: false, speaker: 'الوكالة' },
      { text: 'إننا مستمرون', direct: true, speaker: 'خالد الحربي' },
    ],
  },
  {
    name: 'names the speaker after وتدعى',
    text: 'وقالت الوالدة وتدعى هند السالم «كنت أرى كل شيء». وأضافت «لن نستسلم».',
    quotes: [
      { text: 'كنت أرى كل شيء', direct: true, speaker: 'هند السالم' },
      { text: 'لن نستسلم', direct: true, speaker: 'هند السالم' },
    ],
  },
  {
    name: 'reads marks before a colon frame as the name in the speaker phrase',
    text: 'وقال سامي العتيبي، المدير العام لدى «نجوم الطعام»: «نحن نؤمن بالجودة».',
    quotes: [{ text: 'نحن نؤمن بالجودة', direct: true, speaker: 'سامي العتيبي' }],
  },
  {
    name: 'passes over an outlet addressed between the verb and its subject',
    text: 'وأبلغت «صوت المدينة» مصادر أمنية أن الوضع خطير. وقال لـ«صوت المدينة» مصدر عسكري إن الحرب ستطول.',
    quotes: [
      { text: 'الوضع خطير', direct: false, speaker: 'مصادر أمنية' },
      { text: 'الحرب ستطول', direct: false, speaker: 'مصدر عسكري' },
    ],
  },
  {
    name: 'does not nest a frame found inside a quotation',
    text: 'وقال سامي العتيبي: «الوضع يزداد سوءا ويهدد بأن ينهار كل شيء».',
    quotes: [{ text: 'الوضع يزداد سوءا ويهدد بأن ينهار كل شيء', direct: true, speaker: 'سامي العتيبي' }],
  },
  {
    name: 'resolves a feminine honorific pronoun (وأضافت سموها)',
    text: 'وأوضحت الأميرة هند السالم أن المشروع جاهز. وأضافت سموها أن الافتتاح قريب.',
    quotes: [
      { text: 'المشروع جاهز', direct: false, speaker: 'هند السالم' },
      { text: 'الافتتاح قريب', direct: false, speaker: 'هند السالم' },
    ],
  },
  {
    name: 'resolves a role to the person named before it (وصل سامي العتيبي وزير الخارجية)',
    text: 'وصل سامي العتيبي وزير الخارجية إلى باريس. وقال الوزير إن المحادثات مثمرة.',
    quotes: [{ text: 'المحادثات مثمرة', direct: false, speaker: 'سامي العتيبي' }],
  },
  {
    name: 'ends a name before a possessed object even when its key is a name (نظيره)',
    text: 'التقى وزير الخارجية سامي العتيبي نظيره الفرنسي. وقال وزير الخارجية إن المحادثات مثمرة.',
    quotes: [{ text: 'المحادثات مثمرة', direct: false, speaker: 'سامي العتيبي' }],
  },
  {
    name: 'takes آية الله for a title',
    text: 'وقال آية الله علي السالم إن الاتفاق لن يغير شيئا.',
    quotes: [{ text: 'الاتفاق لن يغير شيئا', direct: false, speaker: 'علي السالم' }],
  },
  {
    name: 'keeps a source with its nisba adjective (مصدر مسؤول، مصادر أمنية) and takes it up (المصدر)',
    text: 'وقال مصدر مسؤول بوزارة الصحة إن الوباء انحسر. وأضاف المصدر أن الحالات قليلة.',
    quotes: [
      { text: 'الوباء انحسر', direct: false, speaker: 'مصدر مسؤول بوزارة الصحة' },
      { text: 'الحالات قليلة', direct: false, speaker: 'مصدر مسؤول بوزارة الصحة' },
    ],
  },
  {
    name: 'does not take an adverb in the accusative (علنًا) for the subject',
    text: 'وقال سامي العتيبي إن الخطأ وارد. ويقول علنًا «آسف».',
    quotes: [
      { text: 'الخطأ وارد', direct: false, speaker: 'سامي العتيبي' },
      { text: 'آسف', direct: true, speaker: 'سامي العتيبي' },
    ],
  },
  {
    name: 'takes a document with no author for the speaker (وأوضحت النشرة)',
    text: 'وأوضحت النشرة أن عدد البطاقات ارتفع.',
    quotes: [{ text: 'عدد البطاقات ارتفع', direct: false, speaker: 'النشرة' }],
  },
  {
    name: 'reads a name part spelled like بأن as a name when the entities layer says so',
    text: 'وقال الأمين العام بان كي مون إن الوضع خطير. وحذر بان من أن الحرب ستطول.',
    entities: [{ text: 'بان كي مون', type: 'PER', entity: 'per:ban-ki-moon' }],
    quotes: [
      { text: 'الوضع خطير', direct: false, speaker: 'بان كي مون' },
      { text: 'الحرب ستطول', direct: false, speaker: 'بان كي مون' },
    ],
  },
];

describe('quotes stage: speakers', () => {
  for (const c of CASES)
    it(c.name, () => {
      expect(run(c.text, c.entities)).toEqual(c.quotes);
    });
});
