import { describe, expect, it } from 'vitest';
import type { QuoteSpan } from '../../doc/index.js';
import { stageContract } from '../../pipeline/stage-contract.js';
import { quotes } from '../quotes/index.js';
import { emptyLayerStage, TEST_RESOURCES, type TimeAt, testDoc } from '../quotes/test-docs.js';
import { sentences } from '../sentences/index.js';
import { tokens } from '../tokens/index.js';
import { events, type StatementSpan } from './index.js';

function run(text: string, times: readonly TimeAt[] = [], published: string | null = null) {
  let doc = testDoc(text, { times, published });
  const q = quotes({ resources: TEST_RESOURCES }).run(doc);
  doc = doc.withLayer('quotes', (q.layers?.quotes ?? []) as QuoteSpan[]);
  const out = events({ resources: TEST_RESOURCES }).run(doc);
  const spans = (out.layers?.events ?? []) as StatementSpan[];
  return {
    doc,
    events: spans.map((e) => ({
      ...e,
      evidenceText: e.evidence.map((s) => text.slice(s.start, s.end)),
    })),
    messages: out.messages ?? [],
  };
}

function only(text: string, times: readonly TimeAt[] = [], published: string | null = null) {
  const r = run(text, times, published);
  expect(r.events).toHaveLength(1);
  return r.events[0] as (typeof r.events)[number];
}

describe('events stage: statements', () => {
  it('declares its name and capabilities', () => {
    expect(events()).toMatchObject({
      name: 'events.v1',
      requires: ['tokens', 'sentences', 'entities', 'times', 'quotes'],
      provides: ['events'],
    });
  });

  const MEDIA: readonly [string, string, StatementSpan['medium']][] = [
    ['تسجيل صوتي', 'بثت جماعة النور تسجيلا صوتيا جديدا.', 'audio'],
    ['رسالة صوتية', 'نشرت حركة الفجر رسالة صوتية أمس.', 'audio'],
    ['كلمة صوتية', 'بثت جماعة النور كلمة صوتية لقائدها.', 'audio'],
    ['تسجيل مصور', 'بثت جماعة النور تسجيلا مصورا جديدا.', 'video'],
    ['شريط مصور', 'نشرت حركة الفجر شريطا مصورا.', 'video'],
    ['شريط فيديو', 'بثت جماعة النور شريط فيديو يتحدث فيه قائدها.', 'video'],
    ['مقطع فيديو', 'نشرت حركة الفجر مقطع فيديو قالت فيه إن المعركة مستمرة.', 'video'],
    ['إصدار مرئي', 'بثت جماعة النور إصدارا مرئيا جديدا.', 'video'],
    ['بيان', 'أصدرت وزارة الصحة بيانا حول الحملة.', 'text'],
    ['تسجيل with nothing saying which', 'بثت جماعة النور تسجيلا جديدا لقائدها سالم الحربي.', 'unknown'],
  ];
  for (const [name, text, medium] of MEDIA) {
    it(`tells the medium of a ${name}: ${medium}`, () => {
      expect(only(text).medium).toBe(medium);
    });
  }

  const CHANNELS: readonly [string, string][] = [
    ['بثت جماعة النور تسجيلا صوتيا على تطبيق تلجرام.', 'Telegram'],
    ['بثت جماعة النور تسجيلا صوتيا عبر تلغرام.', 'Telegram'],
    ['بثت جماعة النور تسجيلا صوتيا على قناتها في تيليغرام.', 'Telegram'],
    ['نشرت حركة الفجر بيانا على تويتر.', 'Twitter'],
    ['نشرت حركة الفجر شريطا مصورا على يوتيوب.', 'YouTube'],
    ['نشرت حركة الفجر بيانا على موقعها الإلكتروني الرسمي.', 'website'],
    ['وأكدت حركة الفجر في بيان على موقعها أن المعركة مستمرة.', 'website'],
    ['بثت جماعة النور تسجيلا مصورا عبر وكالة أعماق.', 'Amaq'],
    ['نشرت حركة الفجر بيانا على مواقع التواصل الاجتماعي.', 'social-media'],
    ['وأفاد بيان نشر على موقع وزارة الصحة أن الحملة تبدأ غدا.', 'website'],
    ['وكتب سالم الحربي في بيان نشره موقع صحيفة الفجر أن المعركة طويلة.', 'صحيفة الفجر'],
    ['ودعت جماعة النور في بيان نشرته وكالات الأنباء المحلية إلى التهدئة.', 'وكالات الأنباء المحلية'],
  ];
  for (const [text, channel] of CHANNELS) {
    it(`normalises the channel to ${channel}: ${text}`, () => {
      expect(only(text).channel).toBe(channel);
    });
  }

  it('takes the body on whose own site a statement was published for its issuer', () => {
    const e = only('وأفاد بيان نشر على موقع وزارة الصحة أن الحملة تبدأ غدا.');
    expect(e.organization.name).toBe('وزارة الصحة');
  });

  it('gives a minister’s statement his country for organisation, not a former office holder’s', () => {
    const minister = only('وقال وزير الخارجية الكويتي سالم الحربي في بيان إن الحوار مستمر.');
    expect(minister.organization.name).toBe('الكويت');
    const former = only('وقال وزير الخارجية الكويتي السابق سالم الحربي في بيان إن الحوار مستمر.');
    expect(former.organization.name).toBeNull();
  });

  it('finds the issuing organisation from the release verb', () => {
    const e = only('أصدرت وزارة الصحة بيانا حول الحملة.');
    expect(e.organization.name).toBe('وزارة الصحة');
    expect(e.speaker.name).toBeNull();
  });

  const SPEAKERS: readonly [string, string, string][] = [
    ['بصوت', 'بثت حركة الفجر رسالة صوتية بصوت خالد العتيبي.', 'خالد العتيبي'],
    ['نسب إلى', 'بثت حركة الفجر تسجيلا صوتيا، ونسب التسجيل إلى خالد العتيبي.', 'خالد العتيبي'],
    ['لزعيمه', 'بثت جماعة النور تسجيلا صوتيا لزعيمها سالم الحربي.', 'سالم الحربي'],
    ['قال X في كلمته', 'وقال سالم الحربي في تسجيل مصور إن المعركة طويلة.', 'سالم الحربي'],
  ];
  for (const [name, text, speaker] of SPEAKERS) {
    it(`finds the voice of a release from ${name}`, () => {
      expect(only(text).speaker.name).toBe(speaker);
    });
  }

  it('gives a spokesman named before his role his group as the organisation', () => {
    const e = only('وقال أبو عمر الحربي المتحدث باسم جماعة النور في تسجيل صوتي إن المعركة طويلة.');
    expect(e.speaker.name).toBe('أبو عمر الحربي');
    expect(e.organization.name).toBe('جماعة النور');
  });

  it('ends the group of a spokesman where his titles begin (باسم الجماعة العميد ركن …)', () => {
    const e = only('ونشر المتحدث باسم جماعة النور العميد ركن سالم الحربي بيانا على تويتر.');
    expect(e.speaker.name).toBe('سالم الحربي');
    expect(e.organization.name).toBe('جماعة النور');
  });

  it('gives an unnamed spokesman the body he speaks for as the organisation (الناطق باسم …)', () => {
    const e = only('وقال الناطق باسم جماعة النور في بيان على موقع فيسبوك إن المعركة طويلة.');
    expect(e.speaker.name).toBe('الناطق باسم جماعة النور');
    expect(e.organization.name).toBe('جماعة النور');
  });

  it('does not take a channel that carried a statement for its voice (بيان نشرته "واس")', () => {
    const e = only('وقالت وزارة الصحة في بيان نشرته "واس" أمس إن الحملة تبدأ غدا.');
    expect(e.speaker.name).toBeNull();
    expect(e.organization.name).toBe('وزارة الصحة');
    expect(e.channel).toBe('SPA');
  });

  it('gives a statement issued by a short form the fullest name of the body (الوزارة ← وزارة الداخلية)', () => {
    const e = only(
      'أعلنت وزارة الداخلية أمس إحباط محاولة تهريب. وقالت الوزارة إن المحتجزين اعترفا. وذكر بيان نشرته وكالة الأنباء الرسمية إن التحقيق مستمر.',
    );
    expect(e.organization.name).toBe('وزارة الداخلية');
  });

  it('reads a noun phrase between the release verb and the artifact as the issuer (وأصدرت صحة الشمال بيانا)', () => {
    const e = only('ونقلت سيارات الإسعاف المصابين إلى المستشفى. وأصدرت صحة الشمال بيانا حول الحادث.');
    expect(e.speaker.name).toBeNull();
    expect(e.organization.name).toBe('صحة الشمال');
  });

  it('gives a director the body he directs as the organisation (مدير مركز النور … في بيان)', () => {
    const e = only('وقال مدير مركز النور للأبحاث سالم الحربي في بيان أمس إن الدراسة دقيقة.');
    expect(e.speaker.name).toBe('سالم الحربي');
    expect(e.organization.name).toBe('مركز النور للأبحاث');
  });

  it('finds the voice after a partitive (ظهر فيه أحد قادته X) and gives him the quote of his participle', () => {
    const text =
      'بثت جماعة النور تسجيلا مصورا ظهر فيه أحد قادتها سالم الحربي الذي اعتبر أن القتال واجب، قائلا: "لن نتراجع".';
    const r = run(text);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]?.speaker.name).toBe('سالم الحربي');
    const doc = r.doc;
    const q = quotes({ resources: TEST_RESOURCES }).run(doc).layers?.quotes as QuoteSpan[];
    expect(q.map((x) => x.speaker.name)).toEqual(['سالم الحربي', 'سالم الحربي']);
  });

  it('does not take a news agency that carried a statement for its issuer', () => {
    const e = only(
      'ذكرت وكالة الأنباء الرسمية أمس أن الحكومة وافقت على الخطة. وقال البيان الذي نشرته الوكالة إن التنفيذ سيبدأ.',
    );
    expect(e.organization.name).toBeNull();
  });

  it('reads the issuer before a pluperfect release verb (وكان … قد أصدر)', () => {
    const e = only('وكانت وزارة الصحة قد أصدرت أمس بيانا حول الحملة.');
    expect(e.organization.name).toBe('وزارة الصحة');
  });

  it('reads the issuer past a time after the release verb (بيان أصدرته أمس …)', () => {
    const e = only('ووفقا لبيان أصدرته أمس وزارة الصحة فإن الحملة انطلقت.', [
      { text: 'أمس', type: 'DATE', value: '2015-07-19' },
    ]);
    expect(e.organization.name).toBe('وزارة الصحة');
  });

  it('reads the antecedent of a relative pronoun as the issuer (الذي وزع)', () => {
    const e = only('وأعلن سلاح الجو الذي وزع مقاطع فيديو للعملية أن الأهداف دمرت.');
    expect(e.organization.name).toBe('سلاح الجو');
  });

  it('does not take a release that did not happen (لم يصدر أي بيان)', () => {
    expect(run('ولم يصدر أي بيان رسمي من الوزارة حول الحادث.').events).toHaveLength(0);
  });

  it('gives a post on an organisation’s site to the organisation (تغريدة لموقع وزارة الصحة)', () => {
    const e = only('نقل لي زميل تغريدة لموقع وزارة الصحة توضح موعد الحملة.');
    expect(e.organization.name).toBe('وزارة الصحة');
    expect(e.channel).toBe('Twitter');
  });

  it('gives a post its writer as the voice (تغريدة كتبها د. …)', () => {
    const e = only('أعجبتني تغريدة كتبها د. سالم الحربي في تويتر قال فيها: «لا تقفله».');
    expect(e.speaker.name).toBe('سالم الحربي');
  });

  it('takes a release the news comes after for an earlier one (بعد أن نشرت)', () => {
    const e = only('وتأتي الهجمات بعد أن نشرت جماعة النور شريط فيديو توعدت فيه خصومها.');
    expect(e.current).toBe(false);
  });

  it('gives a leader his group as the organisation', () => {
    const e = only('بثت جماعة النور تسجيلا صوتيا لزعيمها سالم الحربي.');
    expect(e.organization.name).toBe('جماعة النور');
  });

  const HEDGES: readonly [string, string, StatementSpan['attribution']][] = [
    ['ما قال إنه', 'نشرت جماعة النور ما قالت إنه تسجيل صوتي لقائدها.', 'claimed'],
    ['يقول إنها من', 'نشرت حركة الفجر رسالة صوتية تقول إنها من قائدها سالم الحربي.', 'claimed'],
    ['نسب إلى', 'بثت جماعة النور تسجيلا صوتيا نسب إلى سالم الحربي.', 'claimed'],
    ['لم يتسن التحقق', 'بثت جماعة النور تسجيلا صوتيا. ولم يتسن التحقق من صحة التسجيل.', 'unverified'],
    ['لم تتأكد', 'بثت جماعة النور تسجيلا صوتيا، ولم تتأكد صحة التسجيل من مصدر مستقل.', 'unverified'],
    [
      'إذا تأكدت صحة',
      'بثت جماعة النور تسجيلا صوتيا، وإذا تأكدت صحة التسجيل فهو الأول منذ عام.',
      'unverified',
    ],
    ['تحققت من صحة', 'بثت جماعة النور تسجيلا صوتيا. وتحققت الوكالة من صحة التسجيل.', 'confirmed'],
    ['نفى', 'نشر بيان باسم حركة الفجر، ونفت الحركة صحة البيان.', 'denied'],
    ['none', 'أصدرت وزارة الصحة بيانا حول الحملة.', 'asserted'],
  ];
  for (const [name, text, attribution] of HEDGES) {
    it(`reads the attribution hedge ${name} as ${attribution}`, () => {
      expect(only(text).attribution).toBe(attribution);
    });
  }

  it('takes the strongest hedge (unverified over claimed)', () => {
    const e = only('نشرت جماعة النور رسالة صوتية تقول إنها من قائدها. ولم يتسن التحقق من صحة الرسالة.');
    expect(e.attribution).toBe('unverified');
  });

  it('dates the release from the times layer, not the report date', () => {
    const e = only(
      'قالت الصحيفة اليوم إن جماعة النور بثت أمس تسجيلا صوتيا.',
      [
        { text: 'اليوم', type: 'DATE', value: '2015-07-20' },
        { text: 'أمس', type: 'DATE', value: '2015-07-19' },
      ],
      '2015-07-20',
    );
    expect(e.date).toEqual({ value: '2015-07-19', text: 'أمس' });
  });

  it('reads the title and the duration of a release', () => {
    const e = only('بثت جماعة النور تسجيلا مصورا مدته عشر دقائق حمل عنوان "صبر وثبات".', [
      { text: 'عشر دقائق', type: 'DURATION', value: 'PT10M' },
    ]);
    expect(e.title).toBe('صبر وثبات');
    expect(e.duration?.value).toBe('PT10M');
  });

  it('tells an earlier release mentioned in passing from the current one', () => {
    const r = run(
      'بثت جماعة النور تسجيلا صوتيا جديدا لزعيمها سالم الحربي. ويعود آخر تسجيل صوتي للحربي إلى أيلول 2017.',
      [{ text: 'أيلول 2017', type: 'DATE', value: '2017-09' }],
      '2018-08-23',
    );
    expect(r.events.map((e) => [e.current, e.date.value])).toEqual([
      [true, null],
      [false, '2017-09'],
    ]);
  });

  it('does not take السابق describing another noun for an earlier release', () => {
    expect(only('وأكد الجيش في بيان أن قواته عادت إلى موقعها السابق.').current).toBe(true);
    expect(only('وقال الحزب في بيان سابق إن الانتخابات مزورة.').current).toBe(false);
  });

  it.each([
    ['في بيان after any verb', 'ونددت وزارة الخارجية في بيان بالهجوم.'],
    ['بحسب بيان', 'وبحسب بيان لوزارة الصحة، ارتفع عدد الحالات.'],
    ['وفقا لبيان', 'ووفقا لبيان وزارة الصحة فإن الحالات ارتفعت.'],
  ])('takes a written statement framed by %s for a release', (_, text) => {
    expect(only(text).medium).toBe('text');
  });

  it('treats a pluperfect release (وكان … قد أصدر) as earlier', () => {
    const e = only('وكان الحزب قد أصدر بيانا حول الانتخابات.');
    expect(e.current).toBe(false);
  });

  it('does not take footage for a statement', () => {
    expect(run('نشر ناشطون فيديو يظهر دبابات تعبر الجسر.').events).toEqual([]);
  });

  it('groups every mention of one release into one event', () => {
    const e = only(
      'بثت جماعة النور تسجيلا صوتيا. وقال سالم الحربي في التسجيل إن المعركة طويلة. ولم يتسن التحقق من التسجيل.',
    );
    expect(e.evidenceText).toEqual(['تسجيلا صوتيا', 'التسجيل', 'التسجيل']);
  });

  it('links the quotes that render the release and lists its places', () => {
    const r = run('بثت جماعة النور تسجيلا صوتيا لزعيمها سالم الحربي، دعا فيه سكان الموصل إلى "الصمود".');
    const e = r.events[0] as (typeof r.events)[number];
    expect(e.quotes).toEqual([0]);
    expect(e.places).toEqual(['الموصل']);
  });

  it('notes a statement whose authenticity the article leaves open', () => {
    const { messages } = run('بثت جماعة النور تسجيلا صوتيا. ولم يتسن التحقق من صحة التسجيل.');
    expect(messages).toEqual([
      expect.objectContaining({ stage: 'events.v1', level: 'info', code: 'I_HEDGED_STATEMENT' }),
    ]);
  });

  it.each([
    [
      'a hedge in a sentence naming no release',
      'بثت جماعة النور تسجيلا صوتيا. ولم يتسن التحقق من صحة الأرقام.',
      'I_UNPLACED_HEDGE',
    ],
    [
      'hedges that disagree on one release',
      'بثت جماعة النور تسجيلا صوتيا تحققت الوكالة من صحته، ولم يتسن التحقق من تاريخه.',
      'W_CONFLICTING_HEDGES',
    ],
    [
      'hedges that disagree across sentences',
      'بثت جماعة النور تسجيلا صوتيا. وتحققت الوكالة من صحة التسجيل، ولم يتسن التحقق من تاريخ التسجيل.',
      'W_CONFLICTING_HEDGES',
    ],
  ])('notes %s', (_, text, code) => {
    expect(run(text).messages).toContainEqual(expect.objectContaining({ stage: 'events.v1', code }));
  });
});

stageContract({
  stage: () => events({ resources: TEST_RESOURCES }),
  before: () => [
    tokens(),
    sentences(),
    emptyLayerStage('entities'),
    emptyLayerStage('times'),
    quotes({ resources: TEST_RESOURCES }),
  ],
  texts: [
    'بثت جماعة النور تسجيلا صوتيا لزعيمها سالم الحربي على تلغرام، وقال فيه إن "المعركة طويلة".',
    'أصدرت وزارة الصحة بيانا قالت فيه إن الحملة تبدأ غدا. ولم يتسن التحقق من صحة البيان.',
  ],
});
