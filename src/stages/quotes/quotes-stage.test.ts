import { describe, expect, it } from 'vitest';
import { Doc, type QuoteSpan } from '../../doc/index.js';
import { buildPipeline } from '../../pipeline/index.js';
import { stageContract } from '../../pipeline/stage-contract.js';
import { sentences } from '../sentences/index.js';
import { tokens } from '../tokens/index.js';
import { quotes } from './index.js';
import { type EntityAt, emptyLayerStage, TEST_RESOURCES, testDoc } from './test-docs.js';

interface Expected {
  readonly text: string;
  readonly direct: boolean;
  readonly speaker: string | null;
}

interface Case {
  readonly name: string;
  readonly text: string;
  readonly quotes: readonly Expected[];
  readonly entities?: readonly EntityAt[];
}

function run(text: string, entities?: readonly EntityAt[]) {
  const doc = testDoc(text, { entities });
  const out = quotes({ resources: TEST_RESOURCES }).run(doc);
  const spans = (out.layers?.quotes ?? []) as QuoteSpan[];
  return {
    found: spans.map((q) => ({
      text: text.slice(q.start, q.end),
      direct: q.direct,
      speaker: q.speaker.name,
      q,
    })),
    messages: out.messages ?? [],
  };
}

const CASES: readonly Case[] = [
  {
    name: 'reads a guillemet quote after a colon frame (وقال …: «…»)',
    text: 'وقال الوزير خالد العتيبي: «سنفتح المعبر غدا».',
    quotes: [{ text: 'سنفتح المعبر غدا', direct: true, speaker: 'خالد العتيبي' }],
  },
  {
    name: 'reads curly quotes “…” after the verb and its subject',
    text: 'وأضاف المتحدث سالم الحربي “لن نتراجع عن قرارنا”.',
    quotes: [{ text: 'لن نتراجع عن قرارنا', direct: true, speaker: 'سالم الحربي' }],
  },
  {
    name: 'reads straight quotes "…" and mixtures such as “…"',
    text: 'وأكد فهد القحطاني "الطريق مفتوح أمام الجميع". وأوضح القحطاني “الوضع هادئ الآن".',
    quotes: [
      { text: 'الطريق مفتوح أمام الجميع', direct: true, speaker: 'فهد القحطاني' },
      { text: 'الوضع هادئ الآن', direct: true, speaker: 'فهد القحطاني' },
    ],
  },
  {
    name: 'reads reported speech after قال إن as indirect, without the complementiser',
    text: 'وقال سعيد الزهراني إن الأمطار ستستمر حتى المساء.',
    quotes: [{ text: 'الأمطار ستستمر حتى المساء', direct: false, speaker: 'سعيد الزهراني' }],
  },
  {
    name: 'leaves an attached pronoun out of the quote (أكد أنه …)',
    text: 'أكد ماجد الزهراني أنه سيعود إلى الفريق قريبا.',
    quotes: [{ text: 'سيعود إلى الفريق قريبا', direct: false, speaker: 'ماجد الزهراني' }],
  },
  {
    name: 'ends a reported clause at a new frame (، مشيرا إلى أن …)',
    text: 'وأوضح يوسف القحطاني أن المشروع اكتمل، مشيرا إلى أن الافتتاح سيكون الشهر المقبل.',
    quotes: [
      { text: 'المشروع اكتمل', direct: false, speaker: 'يوسف القحطاني' },
      { text: 'الافتتاح سيكون الشهر المقبل', direct: false, speaker: 'يوسف القحطاني' },
    ],
  },
  {
    name: 'keeps coordinated complements in one quote (… وإن …)',
    text: 'وقال المتحدث سالم الحربي إن الطريق أغلق، وإن الشرطة تحقق في الحادث.',
    quotes: [{ text: 'الطريق أغلق، وإن الشرطة تحقق في الحادث', direct: false, speaker: 'سالم الحربي' }],
  },
  {
    name: 'carries the speaker over to وأضاف and وتابع with no subject',
    text: 'وقال خالد العتيبي إن المباراة صعبة. وأضاف أن اللاعبين جاهزون. وتابع: «سنلعب للفوز».',
    quotes: [
      { text: 'المباراة صعبة', direct: false, speaker: 'خالد العتيبي' },
      { text: 'اللاعبين جاهزون', direct: false, speaker: 'خالد العتيبي' },
      { text: 'سنلعب للفوز', direct: true, speaker: 'خالد العتيبي' },
    ],
  },
  {
    name: 'resolves a surname to the fullest name in the article',
    text: 'وصل الوزير فهد القحطاني إلى المدينة. وقال القحطاني إن الزيارة ناجحة.',
    quotes: [{ text: 'الزيارة ناجحة', direct: false, speaker: 'فهد القحطاني' }],
  },
  {
    name: 'resolves a role to the person the article names for it (apposition)',
    text: 'نشرت الجماعة تسجيلا لسالم الحربي، المتحدث باسم الجماعة. وقال المتحدث باسم الجماعة إن المعركة طويلة.',
    quotes: [{ text: 'المعركة طويلة', direct: false, speaker: 'سالم الحربي' }],
  },
  {
    name: 'resolves a short form of an organisation (الوزارة ← وزارة الصحة)',
    text: 'أعلنت وزارة الصحة عن حملة جديدة. وقالت الوزارة إن الحملة تبدأ غدا.',
    quotes: [{ text: 'الحملة تبدأ غدا', direct: false, speaker: 'وزارة الصحة' }],
  },
  {
    name: 'resolves a feminine pronoun subject to the organisation (وقالت في بيان)',
    text: 'أغلقت وزارة التعليم المدارس أمس. وقالت في بيان إن الدراسة ستستأنف الأحد.',
    quotes: [{ text: 'الدراسة ستستأنف الأحد', direct: false, speaker: 'وزارة التعليم' }],
  },
  {
    name: 'takes the speaker of a participle frame from its clause (قائلا)',
    text: 'ورفض كريم حسن الاتهامات قائلا إن الأدلة مزورة.',
    quotes: [{ text: 'الأدلة مزورة', direct: false, speaker: 'كريم حسن' }],
  },
  {
    name: 'reads a partial quote in marks after دعا … إلى',
    text: 'ودعا الأمين العام سالم الحربي الأطراف إلى "ضبط النفس".',
    quotes: [{ text: 'ضبط النفس', direct: true, speaker: 'سالم الحربي' }],
  },
  {
    name: 'reads partial quotes after طالب، توعد، حذر and خاطب',
    text: 'وطالب فهد القحطاني السكان بـ"الصبر". وتوعد منصور العتيبي خصومه بـ"رد قاس". وحذر خالد العتيبي من "كارثة قادمة". وخاطب ماجد الزهراني الجمهور "أنتم الأمل".',
    quotes: [
      { text: 'الصبر', direct: true, speaker: 'فهد القحطاني' },
      { text: 'رد قاس', direct: true, speaker: 'منصور العتيبي' },
      { text: 'كارثة قادمة', direct: true, speaker: 'خالد العتيبي' },
      { text: 'أنتم الأمل', direct: true, speaker: 'ماجد الزهراني' },
    ],
  },
  {
    name: 'keeps only the marked words when a complement holds a quotation (marks first)',
    text: 'وقال كريم حسن إن الجيش "لن يتراجع" عن قراره.',
    quotes: [{ text: 'لن يتراجع', direct: true, speaker: 'كريم حسن' }],
  },
  {
    name: 'reads صرح and أوضح frames with a complement',
    text: 'صرح يوسف القحطاني بأن المطار سيفتح قريبا.',
    quotes: [{ text: 'المطار سيفتح قريبا', direct: false, speaker: 'يوسف القحطاني' }],
  },
  {
    name: 'reads prepositional frames: بحسب … فإن، وفق، نقلا عن، على لسان',
    text: 'وبحسب وزارة النقل، فإن الطريق سيفتح غدا. ونقلت الصحيفة نقلا عن خالد العتيبي: «الاتفاق قريب».',
    quotes: [
      { text: 'الطريق سيفتح غدا', direct: false, speaker: 'وزارة النقل' },
      { text: 'الاتفاق قريب', direct: true, speaker: 'خالد العتيبي' },
    ],
  },
  {
    name: 'reads a trailing frame after the quotation («…»، قال …)',
    text: '«لن نغادر المدينة»، قال سعيد الزهراني للصحفيين.',
    quotes: [{ text: 'لن نغادر المدينة', direct: true, speaker: 'سعيد الزهراني' }],
  },
  {
    name: 'reads unmarked speech after a saying verb with no complementiser',
    text: 'وقال المدرب يوسف القحطاني، لن نستسلم أبدا.',
    quotes: [{ text: 'لن نستسلم أبدا', direct: true, speaker: 'يوسف القحطاني' }],
  },
  {
    name: 'reads a reproduced text after ما يلي: across paragraphs',
    text: 'أصدرت وزارة الداخلية بيانا جاء فيه ما يلي:\nأولا: تم القبض على المتهمين.\nثانيا: أحيل الملف إلى النيابة.',
    quotes: [
      {
        text: 'أولا: تم القبض على المتهمين.\nثانيا: أحيل الملف إلى النيابة',
        direct: true,
        speaker: 'وزارة الداخلية',
      },
    ],
  },
  {
    name: 'does not read names, titles and slogans in marks as quotations',
    text: 'نظمت جماعة "الأمل" مهرجانا تحت شعار «معا للسلام» في فندق "النخيل".',
    quotes: [],
  },
  {
    name: 'attributes the quotes of a released message to its speaker',
    text: 'بثت جماعة النور تسجيلا صوتيا نسب إلى سالم الحربي. ودعت الجماعة في التسجيل أنصارها إلى "الصمود".',
    quotes: [{ text: 'الصمود', direct: true, speaker: 'سالم الحربي' }],
  },
  {
    name: 'attributes a document subject to the issuer of the statement (وقال البيان)',
    text: 'أصدرت وزارة الداخلية بيانا أمس. وقال البيان إن الأمن مستتب.',
    quotes: [{ text: 'الأمن مستتب', direct: false, speaker: 'وزارة الداخلية' }],
  },
  {
    name: 'resolves an honorific pronoun to the titled person (وأكد سموه)',
    text: 'زار الأمير خالد العتيبي المستشفى. وأكد سموه أن المصابين بخير.',
    quotes: [{ text: 'المصابين بخير', direct: false, speaker: 'خالد العتيبي' }],
  },
  {
    name: 'keeps an unnamed source as the speaker (مصدر أمني)',
    text: 'وقال مصدر أمني إن الهجوم وقع فجرا.',
    quotes: [{ text: 'الهجوم وقع فجرا', direct: false, speaker: 'مصدر أمني' }],
  },
  {
    name: 'reads a subject before the verb after كان … قد',
    text: 'وكانت وزارة المالية قد أعلنت أن الميزانية متوازنة.',
    quotes: [{ text: 'الميزانية متوازنة', direct: false, speaker: 'وزارة المالية' }],
  },
  {
    name: 'ignores يذكر أن and temporal بعد أن (no speaker, no frame)',
    text: 'يذكر أن المدينة شهدت أمطارا. وعاد الفريق بعد أن فاز.',
    quotes: [],
  },
];

describe('quotes stage', () => {
  it('declares its name and capabilities', () => {
    expect(quotes()).toMatchObject({
      name: 'quotes.v1',
      requires: ['tokens', 'sentences', 'entities', 'times'],
      provides: ['quotes'],
    });
  });

  for (const c of CASES) {
    it(c.name, () => {
      const { found } = run(c.text, c.entities);
      expect(found.map(({ text, direct, speaker }) => ({ text, direct, speaker }))).toEqual(c.quotes);
    });
  }

  it('carries the entity key of the entities layer for a speaker', () => {
    const { found } = run('وقال خالد العتيبي إن الاجتماع انتهى.', [
      { text: 'خالد العتيبي', type: 'PER', entity: 'per:khalid-alotaibi' },
    ]);
    expect(found[0]?.q.speaker).toEqual({ name: 'خالد العتيبي', entity: 'per:khalid-alotaibi' });
  });

  it('gives a readable fallback key when there is no entities layer', () => {
    const { found } = run('وقال خالد العتيبي إن الاجتماع انتهى.');
    expect(found[0]?.q.speaker.entity).toBe('per:خالد-العتيبي');
  });

  it('warns about a quotation without a speaker', () => {
    const { found, messages } = run('وقيل إن الاجتماع تأجل.');
    expect(found.map((f) => f.speaker)).toEqual([null]);
    expect(messages).toEqual([
      expect.objectContaining({ stage: 'quotes.v1', level: 'warning', code: 'W_UNATTRIBUTED_QUOTE' }),
    ]);
  });

  it('finds the same quotes through diacritics and tatweel', () => {
    const plain = run('وقال سعيد الزهراني إن الأمطار ستستمر.').found;
    const marked = run('وَقالَ سعيد الزهراني إنَّ الأمـطار ستستمر.').found;
    expect(marked.map((f) => f.speaker)).toEqual(plain.map((f) => f.speaker));
  });

  it('runs in a pipeline after tokens and sentences', () => {
    const pipe = buildPipeline([
      tokens(),
      sentences(),
      emptyLayerStage('entities'),
      emptyLayerStage('times'),
      quotes({ resources: TEST_RESOURCES }),
    ]);
    const doc = pipe.run(
      Doc.create({
        source: { path: null, url: null, encoding: 'utf-8', format: 'text' },
        title: null,
        text: 'وقال سعيد الزهراني إن الأمطار ستستمر.',
      }),
    );
    expect(doc.spans('quotes')).toHaveLength(1);
  });
});

stageContract({
  stage: () => quotes({ resources: TEST_RESOURCES }),
  before: () => [tokens(), sentences(), emptyLayerStage('entities'), emptyLayerStage('times')],
  texts: [
    'وقال الوزير خالد العتيبي: «سنفتح المعبر غدا». وأضاف أن الطريق آمن.',
    'أكد سعيد الزهراني أنه سيعود قريبا، مشيرا إلى أن "الفريق جاهز".',
  ],
});
