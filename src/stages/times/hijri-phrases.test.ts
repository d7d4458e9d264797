import { describe, expect, it } from 'vitest';
import { found } from './test-helpers.js';

// Anchor: Tuesday 2015-07-21 (5 Shawwal 1436). All sentences are invented.

describe('Hijri dates written in other forms', () => {
  it.each([
    [
      'a month name between slashes',
      'تبدأ الدورة يوم الخميس (14/شوال / 1436هـ ) في الرياض.',
      [['يوم الخميس (14/شوال / 1436هـ )', 'DATE', '2015-07-30', 'hijri']],
    ],
    [
      'a Gregorian month name between slashes',
      'أرسل خطابه بتاريخ 9 / يونيو /2015 م إلى الوزارة.',
      [['9 / يونيو /2015 م', 'DATE', '2015-06-09']],
    ],
    [
      'a day in brackets',
      'تنتهي المهلة يوم (٢٠) شوال القادم.',
      [['يوم (٢٠) شوال القادم', 'DATE', '2015-08-05', 'hijri']],
    ],
    [
      'a spaced year-first numeric date',
      'تقام الأمسية الخميس 1436 / 10 / 7 الموافق 2015 / 7 / 23 م بالنادي.',
      [
        ['الخميس 1436 / 10 / 7', 'DATE', '2015-07-23', 'hijri'],
        ['2015 / 7 / 23 م', 'DATE', '2015-07-23'],
      ],
    ],
    [
      'ربيع ثان (shortened second word)',
      'صرفت المكافأة في ربيع ثان 1436هـ.',
      [['ربيع ثان 1436هـ', 'DATE', '2015-01-21/2015-02-19', 'hijri']],
    ],
    [
      'جمادى الثاني',
      'افتتح المبنى في جمادى الثاني 1436هـ.',
      [['جمادى الثاني 1436هـ', 'DATE', '2015-03-21/2015-04-19', 'hijri']],
    ],
    [
      'ذوالحجة written solid',
      'يبدأ الموسم في ذوالحجة المقبل.',
      [['ذوالحجة المقبل', 'DATE', '2015-09-14/2015-10-13', 'hijri']],
    ],
    [
      'a Hijri month in the current Hijri year',
      'صرفت المستحقات عن رجب من العام الجاري.',
      [['رجب من العام الجاري', 'DATE', '2015-04-20/2015-05-18', 'hijri']],
    ],
    [
      'the first day of a month (غرة)',
      'يعود الموظفون في غرة ذي القعدة.',
      [['غرة ذي القعدة', 'DATE', '2015-08-16', 'hijri']],
    ],
    [
      'the last ten days of Ramadan',
      'يزدحم الحرم في العشر الأواخر من رمضان.',
      [['العشر الأواخر من رمضان', 'DATE', '2015-07-08/2015-07-16', 'hijri']],
    ],
    [
      'the first ten days, counted',
      'نشطت المبيعات في العشرة أيام الأولى من شهر رمضان.',
      [['العشرة أيام الأولى من شهر رمضان', 'DATE', '2015-06-18/2015-06-27', 'hijri']],
    ],
    [
      'Ramadan by its epithet',
      'تطوع الشباب طوال الشهر الفضيل في المخيم.',
      [['الشهر الفضيل', 'DATE', '2015-06-18/2015-07-16', 'hijri']],
    ],
    [
      'the Hijri year named as such',
      'أقرت الخطة في العام الهجري 1435.',
      [['العام الهجري 1435', 'DATE', '2013-11-04/2014-10-24', 'hijri']],
    ],
    [
      'the new Hijri year',
      'تبدأ الميزانية مع العام الهجري الجديد.',
      [['العام الهجري الجديد', 'DATE', '2015-10-14/2016-10-01', 'hijri']],
    ],
    [
      'a three-digit year with its era',
      'نقل المؤرخ (ت310هـ) هذه الرواية.',
      [['310هـ', 'DATE', '0922-05-06/0923-04-25', 'hijri']],
    ],
    [
      'a Hijri century',
      'بني السور في القرن الثامن الهجري.',
      [['القرن الثامن الهجري', 'DATE', '1301-09-14/1398-09-20', 'hijri']],
    ],
    [
      'a dual of years before a range',
      'اعتمدت الميزانية للعامين 1436/1437هـ.',
      [
        ['لعامين 1436', 'DATE', '2014-10-25/2015-10-13', 'hijri'],
        ['1437هـ', 'DATE', '2015-10-14/2016-10-01', 'hijri'],
      ],
    ],
    [
      'a plural of years before a range (not a count)',
      'تغطي الخطة الأعوام 1435-1436هـ كلها.',
      [
        ['1435', 'DATE', '2013-11-04/2014-10-24', 'hijri'],
        ['1436هـ', 'DATE', '2014-10-25/2015-10-13', 'hijri'],
      ],
    ],
  ])('reads %s', (_name, text, want) => {
    expect(found(text)).toEqual(want);
  });

  it('reads a day of "the same month" in the month named last, in its calendar', () => {
    expect(found('يبدأ التسجيل في الأول من شهر ذي القعدة، والدراسة في العاشر من الشهر نفسه.')).toEqual([
      ['الأول من شهر ذي القعدة', 'DATE', '2015-08-16', 'hijri'],
      ['العاشر من الشهر نفسه', 'DATE', '2015-08-25', 'hijri'],
    ]);
  });

  it('gives a weekday joined by الموافق the date it is joined to', () => {
    expect(found('تبدأ الدراسة يوم الأحد الموافق للثامن من شهر ذي القعدة.')).toEqual([
      ['يوم الأحد', 'DATE', '2015-08-23'],
      ['لثامن من شهر ذي القعدة', 'DATE', '2015-08-23', 'hijri'],
    ]);
  });
});

describe('one-word Hijri months without a signal word', () => {
  it.each([
    [
      'before a preposition',
      'زاد الطلب على احتياجات رمضان من التمور.',
      [['رمضان', 'DATE', '2015-06-18/2015-07-16', 'hijri']],
    ],
    [
      'before its epithet',
      'ترتفع الأسعار قبيل رمضان المبارك عادة.',
      [['رمضان', 'DATE', '2015-06-18/2015-07-16', 'hijri']],
    ],
    [
      'conjoined with the feast',
      'تنشط الأسواق طوال رمضان والعيد.',
      [
        ['رمضان', 'DATE', '2015-06-18/2015-07-16', 'hijri'],
        ['العيد', 'DATE', '2015-07-17', 'hijri'],
      ],
    ],
    [
      'after شهر in a plural list',
      'شملت المكافآت أشهر ربيع أول ورجب.',
      [
        ['ربيع أول', 'DATE', '2014-12-23/2015-01-20', 'hijri'],
        ['رجب', 'DATE', '2015-04-20/2015-05-18', 'hijri'],
      ],
    ],
  ])('reads a month %s', (_name, text, want) => {
    expect(found(text)).toEqual(want);
  });

  it.each([
    ['after a title', 'استقبل الوزير الرئيس رمضان قاديروف.'],
    ['after آل', 'أوضح الفلكي خالد آل رمضان أن الطقس معتدل.'],
    ['before a family name', 'حضر الحفل المهندس فهد رجب الغامدي.'],
    ['in a list of names', 'سجل الأهداف أحمد شعبان وخالد سعد.'],
    ['as a score (صفر)', 'انتهت المباراة بنتيجة 3-صفر.'],
  ])('leaves a name or word alone %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});
