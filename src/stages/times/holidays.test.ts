import { describe, expect, it } from 'vitest';
import { found } from './test-helpers.js';

// Anchor: Tuesday 2015-07-21 (5 Shawwal 1436); Eid al-Fitr 1436 fell on 2015-07-17. Invented sentences.

const EID = '2015-07-17';

describe('the Eid, named or bare', () => {
  it.each([
    ['a generic bare العيد', 'تبقى فرحة العيد في قلوب الصغار.', [['العيد', 'DATE', EID, 'hijri']]],
    ['العيد as a subject', 'قال الشيخ إن العيد مناسبة للتسامح.', [['العيد', 'DATE', EID, 'hijri']]],
    ['يوم العيد', 'زار الأمير المرضى يوم العيد.', [['يوم العيد', 'DATE', EID, 'hijri']]],
    ['هذا العيد', 'تميز هذا العيد بكثرة الفعاليات.', [['هذا العيد', 'DATE', EID, 'hijri']]],
    ['صباح العيد', 'وزعت الهدايا صباح العيد على الأطفال.', [['صباح العيد', 'TIME', `${EID}TMO`, 'hijri']]],
    [
      'the eve (ليلة العيد)',
      'ازدحمت الأسواق ليلة العيد.',
      [['ليلة العيد', 'TIME', '2015-07-16TNI', 'hijri']],
    ],
    ['أول يوم العيد', 'صلى الناس في أول يوم العيد.', [['أول يوم العيد', 'DATE', EID, 'hijri']]],
    [
      'خامس أيام العيد',
      'اختتم المهرجان في خامس أيام العيد.',
      [['خامس أيام العيد', 'DATE', '2015-07-21', 'hijri']],
    ],
    ['العيد الكبير', 'يستعد المربون لموسم العيد الكبير.', [['العيد الكبير', 'DATE', '2015-09-23', 'hijri']]],
    ['يوم التروية', 'تبدأ الخطة مع يوم التروية.', [['يوم التروية', 'DATE', '2015-09-21', 'hijri']]],
  ])('reads %s', (_name, text, want) => {
    expect(found(text)).toEqual(want);
  });

  it.each([
    ['a family name after a title and given name', 'وصرح الدكتور خالد العيد بأن النتائج جيدة.'],
    ['a family name right after a title', 'وأوضح المهندس العيد أن العمل مستمر.'],
    ['a speaker', 'وأكد العيد أن الفريق جاهز.'],
    ['a hashtag', 'انتشر وسم #مبادرة_العيد بين الشباب.'],
    ['another feast', 'احتفلت المدارس بالعيد الوطني.'],
  ])('leaves alone %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});
