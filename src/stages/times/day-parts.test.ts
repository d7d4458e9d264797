import { describe, expect, it } from 'vitest';
import { found } from './test-helpers.js';

// Anchor: Tuesday 2015-07-21. All sentences are invented.

describe('parts of days', () => {
  it.each([
    ['a day-part adverb alone', 'تفتح الحديقة أبوابها صباحا للعائلات.', [['صباحا', 'TIME', 'XXXX-XX-XXTMO']]],
    ['مساء used as an adverb', 'تبدأ العروض مساء في الساحة.', [['مساء', 'TIME', 'XXXX-XX-XXTEV']]],
    [
      'two periods by their adjectives',
      'تدرب الفريق أمس على فترتين صباحية ومسائية.',
      [
        ['أمس', 'DATE', '2015-07-20'],
        ['فترتين صباحية', 'TIME', '2015-07-20TMO'],
        ['مسائية', 'TIME', '2015-07-20TEV'],
      ],
    ],
    [
      'a late hour of an evening',
      'عاد الوفد في ساعة متأخرة من مساء أمس.',
      [['ساعة متأخرة من مساء أمس', 'TIME', '2015-07-20TEV']],
    ],
    [
      'the first hours of a morning',
      'اندلع الحريق في الساعات الأولى من صباح اليوم.',
      [['الساعات الأولى من صباح اليوم', 'TIME', '2015-07-21TMO']],
    ],
    ['بعد الظهر alone', 'يغلق المكتب بعد الظهر أبوابه.', [['بعد الظهر', 'TIME', 'XXXX-XX-XXTAF']]],
    ['صباح هذا اليوم', 'هطلت الأمطار صباح هذا اليوم.', [['صباح هذا اليوم', 'TIME', '2015-07-21TMO']]],
    ['صبيحة + day', 'وقع الحادث صبيحة يوم الأحد.', [['صبيحة يوم الأحد', 'TIME', '2015-07-19TMO']]],
    [
      'a weekday in brackets',
      'لعب الفريق مساء (الجمعة) مباراته الأولى.',
      [['مساء (الجمعة)', 'TIME', '2015-07-17TEV']],
    ],
    [
      'a clock time after الـ',
      'يبدأ المران عند الـ6.30 صباحا يوميا.',
      [
        ['الـ6.30 صباحا', 'TIME', 'XXXX-XX-XXT06:30'],
        ['يوميا', 'SET', 'P1D'],
      ],
    ],
    [
      'a clock time in brackets',
      'تبدأ الهدنة الساعة (11:45) مساءً بتوقيت عدن.',
      [['الساعة (11:45) مساءً بتوقيت عدن', 'TIME', 'XXXX-XX-XXT23:45']],
    ],
    [
      'a clock time with its day after the time zone',
      'تبدأ الهدنة الساعة 11 مساء بتوقيت مكة يوم الأحد 26 يوليو.',
      [
        ['الساعة 11 مساء بتوقيت مكة', 'TIME', '2015-07-26T23:00'],
        ['يوم الأحد 26 يوليو', 'DATE', '2015-07-26'],
      ],
    ],
    ['midnight, habitual', 'تستمر العروض حتى منتصف الليل.', [['منتصف الليل', 'TIME', 'XXXX-XX-XXT24:00']]],
  ])('reads %s', (_name, text, want) => {
    expect(found(text)).toEqual(want);
  });

  it.each([
    ['the idiom ليلا ونهارا', 'يعمل الحراس ليلا ونهارا.'],
    ['the greeting مساء الخير', 'مساء الخير يا أصدقاء.'],
    ['the dual verb ظهرا', 'واللذان ظهرا في المقطع اعتذرا.'],
    ['part adjectives on other nouns', 'أدى الفريق تمارين صباحية ومسائية.'],
  ])('leaves alone %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('does not read a count before صباح as an hour', () => {
    expect(found('أسفر القصف عن مقتل 20 صباح هذا اليوم.')).toEqual([
      ['صباح هذا اليوم', 'TIME', '2015-07-21TMO'],
    ]);
  });
});
