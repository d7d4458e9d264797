import { describe, expect, it } from 'vitest';
import { MarsadError, type TimeSpan } from '../../doc/index.js';
import { buildPipeline } from '../../pipeline/index.js';
import { stageContract } from '../../pipeline/stage-contract.js';
import { sentences } from '../sentences/index.js';
import { tokens } from '../tokens/index.js';
import { times } from './index.js';
import { ANCHOR, runTimes } from './test-helpers.js';

const TEXT =
  'الرياض 5 شوال 1436 هـ الموافق 21 يوليو 2015 م (واس)\nالتقى الوزير أمس الاثنين وفدا، ويعود الأسبوع المقبل بعد زيارة استمرت ثلاثة أيام.';

describe('times stage', () => {
  it('declares its name and capabilities', () => {
    expect(times()).toMatchObject({
      name: 'times.v1',
      requires: ['tokens', 'sentences'],
      provides: ['times', 'meta.published', 'meta.publishedSource'],
    });
  });

  it('cannot run without tokens and sentences', () => {
    expect(() => buildPipeline([times()])).toThrow(MarsadError);
    expect(() => buildPipeline([tokens(), times()])).toThrow(MarsadError);
  });

  it('writes spans with exactly the contract fields', () => {
    const doc = runTimes(TEXT);
    const spans = doc.spans<TimeSpan>('times');
    expect(spans.length).toBe(5);
    for (const s of spans)
      expect(Object.keys(s).sort()).toEqual(['calendar', 'end', 'start', 'type', 'value']);
    expect(doc.messages).toEqual([]);
  });

  it('keeps a publication date given with the document', () => {
    const doc = runTimes(TEXT, { published: '2015-07-22', publishedSource: 'input' });
    expect(doc.meta).toMatchObject({ published: '2015-07-22', publishedSource: 'input' });
    expect(
      doc.spans<TimeSpan>('times').find((s) => TEXT.slice(s.start, s.end) === 'أمس الاثنين')?.value,
    ).toBe('2015-07-20');
  });

  it('infers the publication date from a dateline when cleaning found none', () => {
    const doc = runTimes(TEXT, {});
    expect(doc.meta).toMatchObject({ published: '2015-07-21', publishedSource: 'text' });
    const values = doc.spans<TimeSpan>('times').map((s) => s.value);
    expect(values).toContain('2015-07-20');
    expect(values).toContain('2015-W31');
  });

  it('infers it from اليوم followed by a full date anywhere in the text', () => {
    const doc = runTimes('أعلنت الوزارة اليوم الثلاثاء 21 يوليو 2015 أن الامتحانات تبدأ غدا.', {});
    expect(doc.meta.published).toBe('2015-07-21');
    expect(doc.spans<TimeSpan>('times').at(-1)?.value).toBe('2015-07-22');
  });

  it('warns about relatives it cannot anchor and leaves their values underspecified', () => {
    const doc = runTimes('التقى الوزير أمس الاثنين وفدا.', {});
    expect(doc.meta.published).toBeNull();
    expect(doc.spans<TimeSpan>('times')[0]?.value).toBe('XXXX-WXX-1');
    expect(doc.messages).toEqual([
      expect.objectContaining({
        stage: 'times.v1',
        level: 'warning',
        code: 'unanchored-time',
        start: 13,
        end: 24,
      }),
    ]);
  });

  it('reports a weekday that contradicts the date', () => {
    const doc = runTimes('وصل الوفد أمس الأحد إلى جدة.', { published: ANCHOR });
    const [m] = doc.messages;
    expect(m).toMatchObject({ stage: 'times.v1', level: 'warning', code: 'weekday-mismatch' });
    expect(m?.text).toContain('2015-07-20');
    expect(doc.spans<TimeSpan>('times')[0]?.value).toBe('2015-07-19');
  });

  it('reports a weekday that contradicts a written date', () => {
    const doc = runTimes('عقد الاجتماع الأربعاء 21 يوليو 2015.', { published: ANCHOR });
    expect(doc.messages[0]).toMatchObject({ code: 'weekday-mismatch' });
    expect(doc.spans<TimeSpan>('times')[0]?.value).toBe('2015-07-21');
  });

  it('keeps extents exact across diacritics and tatweel', () => {
    const text = 'وَصَلَ الوَفْدُ بِالأَمْسِ وغـداً يَعُودُ';
    const doc = runTimes(text);
    expect(doc.spans<TimeSpan>('times').map((s) => text.slice(s.start, s.end))).toEqual(['الأَمْسِ', 'غـداً']);
  });

  it('handles an empty text', () => {
    expect(runTimes('').spans('times')).toEqual([]);
  });
});

stageContract({
  stage: times,
  before: () => [tokens(), sentences()],
  texts: [
    TEXT,
    'قالت الشرطة اليوم (الثلاثاء) إن الهجوم وقع مساء أمس وإن التحقيق يستغرق نحو عشر دقائق يوميا.',
    'يعقد المؤتمر من 10 إلى 15 أغسطس المقبل في آذار/مارس 2016 وخلال شهر رمضان.',
  ],
  meta: { published: ANCHOR },
});
