import { describe, expect, it } from 'vitest';
import { found } from './test-helpers.js';

// Anchor: Tuesday 2015-07-21. All sentences are invented.

describe('durations written in other forms', () => {
  it.each([
    [
      'a cardinal with the article',
      'استمر الاجتماع الخمس ساعات كاملة.',
      [['الخمس ساعات كاملة', 'DURATION', 'PT5H']],
    ],
    ['a number in brackets', 'تمتد الإجازة (سبعة) أيام.', [['(سبعة) أيام', 'DURATION', 'P7D']]],
    ['a trailing كامل', 'بقي المعسكر مغلقا لشهر كامل.', [['شهر كامل', 'DURATION', 'P1M']]],
    ['a trailing آخرين', 'مدد العقد لعامين آخرين.', [['عامين آخرين', 'DURATION', 'P2Y']]],
    [
      'the article on both',
      'ستكون الـ24 الساعة المقبلة حاسمة.',
      [['الـ24 الساعة المقبلة', 'DURATION', 'PT24H']],
    ],
    ['a bare plural after منذ', 'بدأ المشروع منذ سنوات للتوثيق.', [['سنوات', 'DURATION', 'PXY']]],
  ])('reads %s', (_name, text, want) => {
    expect(found(text)).toEqual(want);
  });

  it.each([['a plural in construct with a noun', 'يستمر المعرض طيلة أيام ملتقى الكتاب.']])(
    'leaves alone %s',
    (_name, text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe('rates and frequencies', () => {
  it.each([
    ['a count per day', 'يزور المعرض ثلاثة آلاف شخص في اليوم.', [['اليوم', 'SET', 'P1D']]],
    ['a speed per hour', 'تسير القطارات بسرعة 300 كيلومتر في الساعة.', [['الساعة', 'SET', 'PT1H']]],
    ['every calendar year', 'يتكرر الموعد في كل عام ميلادي.', [['كل عام ميلادي', 'SET', 'P1Y']]],
  ])('reads %s', (_name, text, want) => {
    expect(found(text)).toEqual(want);
  });

  it('keeps في اليوم التالي a day', () => {
    expect(found('وصل 20 مسافرا في اليوم التالي.')).toEqual([['اليوم التالي', 'DATE', 'XXXX-XX-XX']]);
  });
});

describe('periods, seasons and quarters', () => {
  it.each([
    ['a bare winter', 'تزداد الأمراض الشتاء عادة.', [['الشتاء', 'DATE', '2015-WI']]],
    [
      'a season adjective on الفترة',
      'يتعاقد النادي خلال الفترة الصيفية.',
      [['الفترة الصيفية', 'DATE', '2015-SU']],
    ],
    [
      'a bare الربع after a named quarter',
      'تراجعت الأرباح في الربع الثاني 2015، وارتفعت المبيعات في الربع نفسه تقريبا.',
      [
        ['الربع الثاني 2015', 'DATE', '2015-Q2'],
        ['الربع', 'DATE', '2015-Q2'],
      ],
    ],
    ['the next quarter', 'تتوقع الشركة نموا في الربع المقبل.', [['الربع المقبل', 'DATE', '2015-Q4']]],
    [
      'a short period to come',
      'سيصدر القرار خلال الفترة القليلة المقبلة.',
      [['الفترة القليلة المقبلة', 'DATE', 'FUTURE_REF']],
    ],
    [
      'the next sports season',
      'يستعد الفريق للموسم الرياضي المقبل.',
      [['لموسم الرياضي المقبل', 'DATE', 'FUTURE_REF']],
    ],
    [
      'the year after one told',
      'افتتح المتحف عام 2010 وتوسع في العام التالي.',
      [
        ['عام 2010', 'DATE', '2010'],
        ['العام التالي', 'DATE', '2011'],
      ],
    ],
    ['قديما', 'كان الناس قديما يسافرون على الجمال.', [['قديما', 'DATE', 'PAST_REF']]],
    ['أوقات سابقة', 'كانت الأسعار أقل في أوقات سابقة.', [['أوقات سابقة', 'DATE', 'PAST_REF']]],
  ])('reads %s', (_name, text, want) => {
    expect(found(text)).toEqual(want);
  });

  it.each([
    ['the Empty Quarter', 'عبرت القافلة الربع الخالي.'],
    ['a festival name', 'زار الأطفال مهرجان الصيف.'],
  ])('leaves alone %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('weekdays', () => {
  it.each([
    [
      'the one after the next',
      'تقام المباراة الأحد بعد المقبل.',
      [['الأحد بعد المقبل', 'DATE', '2015-08-02']],
    ],
    [
      'a bare weekday naming a day already dated',
      'تبدأ الهدنة يوم الأحد 26 يوليو 2015. وأعلنت القيادة بدء الهدنة من مساء الأحد.',
      [
        ['يوم الأحد 26 يوليو 2015', 'DATE', '2015-07-26'],
        ['مساء الأحد', 'TIME', '2015-07-26TEV'],
      ],
    ],
  ])('reads %s', (_name, text, want) => {
    expect(found(text)).toEqual(want);
  });
});
