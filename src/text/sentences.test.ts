import { describe, expect, it } from 'vitest';
import type { Span } from '../doc/index.js';
import { splitParagraphs, splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

/** Spans are ordered, trimmed, non-empty, disjoint, within one line, and cover every non-space character. */
function expectPartition(text: string, spans: readonly Span[]): void {
  const covered = new Uint8Array(text.length);
  let last = 0;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    const slice = text.slice(s.start, s.end);
    expect(slice.trim()).toBe(slice);
    expect(slice).not.toMatch(/[\n\r\u2028\u2029]/);
    covered.fill(1, s.start, s.end);
    last = s.end;
  }
  for (let i = 0; i < text.length; i++) if (!covered[i]) expect(text[i]).toMatch(/^\s$/u);
}

describe('splitSentences', () => {
  it.each([
    [
      'terminal marks end sentences',
      'وصل الوفد. هل انتهى؟ نعم! حقا?',
      ['وصل الوفد.', 'هل انتهى؟', 'نعم!', 'حقا?'],
    ],
    ['a run of marks stays together', 'هل هذا معقول؟! لا!! ثم', ['هل هذا معقول؟!', 'لا!!', 'ثم']],
    ['the ellipsis character ends a sentence', 'ثم صمت… وبعد ذلك غادر', ['ثم صمت…', 'وبعد ذلك غادر']],
    ['three dots end a sentence', 'ثم صمت... وبعد ذلك غادر', ['ثم صمت...', 'وبعد ذلك غادر']],
    [
      'a closing guillemet stays with its sentence',
      'قال: «انتهت المعركة.» ثم غادر.',
      ['قال: «انتهت المعركة.»', 'ثم غادر.'],
    ],
    [
      'closing quotes and brackets stay with the sentence',
      'قال "انتهى." ثم (صمت.) وقال “نعم.” بعدها',
      ['قال "انتهى."', 'ثم (صمت.)', 'وقال “نعم.”', 'بعدها'],
    ],
    [
      'a newline always ends a sentence',
      'عنوان الخبر\nنص الخبر بلا نقطة\n\nفقرة أخرى',
      ['عنوان الخبر', 'نص الخبر بلا نقطة', 'فقرة أخرى'],
    ],
    [
      'decimals do not end a sentence',
      'نما الاقتصاد 1.2 بالمئة و١٫٥ في المئة.',
      ['نما الاقتصاد 1.2 بالمئة و١٫٥ في المئة.'],
    ],
    [
      'dotted dates do not end a sentence',
      'وقع الهجوم في 12.06.2017 صباحا. ثم',
      ['وقع الهجوم في 12.06.2017 صباحا.', 'ثم'],
    ],
    [
      'Arabic agency initials do not end a sentence',
      'نقلت وكالة أ. ف. ب عن مصدر. ثم',
      ['نقلت وكالة أ. ف. ب عن مصدر.', 'ثم'],
    ],
    [
      'an Arabic title abbreviation does not end a sentence',
      'قال د. محمد إن الوضع صعب.',
      ['قال د. محمد إن الوضع صعب.'],
    ],
    [
      'Latin initials and abbreviations do not end a sentence',
      'قالت صحيفة U.S. News إن Mr. Smith وصل. ثم',
      ['قالت صحيفة U.S. News إن Mr. Smith وصل.', 'ثم'],
    ],
    [
      'e.g. does not end a sentence',
      'Some groups, e.g. ISIS, were named. Then',
      ['Some groups, e.g. ISIS, were named.', 'Then'],
    ],
    [
      'a dot before lower-case Latin does not end a sentence',
      'It uses Node. it works.',
      ['It uses Node. it works.'],
    ],
    [
      'URLs do not end a sentence',
      'زوروا www.example.com/ar للمزيد. شكرا',
      ['زوروا www.example.com/ar للمزيد.', 'شكرا'],
    ],
    [
      'a dot after a URL ends the sentence',
      'زوروا www.example.com. شكرا',
      ['زوروا www.example.com.', 'شكرا'],
    ],
    [
      'the era of a date after a year can end a sentence',
      'ولد عام 1950 م. وتوفي عام 2017 م.',
      ['ولد عام 1950 م.', 'وتوفي عام 2017 م.'],
    ],
    [
      'a list number at the start of a line does not end a sentence',
      '1. البند الأول\n2. البند الثاني',
      ['1. البند الأول', '2. البند الثاني'],
    ],
    [
      'an ellipsis before lower-case Latin does not end a sentence',
      'He waited... and left.',
      ['He waited... and left.'],
    ],
    [
      'an ellipsis inside a quotation does not end it',
      'قال: «سنعود... وسننتصر» ثم خرج.',
      ['قال: «سنعود... وسننتصر» ثم خرج.'],
    ],
    ['an ellipsis glued to the next word does not end a sentence', 'انتظر...ثم تكلم.', ['انتظر...ثم تكلم.']],
    ['a bracketed ellipsis marks an omission', 'قال إن (...) الوضع صعب.', ['قال إن (...) الوضع صعب.']],
    ['punctuation alone does not make a sentence', '... وقال إنه باق.', ['... وقال إنه باق.']],
    ['an Urdu full stop ends a sentence', 'یہ ہے۔ وہ', ['یہ ہے۔', 'وہ']],
    [
      'a missing space after a dot still ends a sentence',
      'انتهت الحرب.وقال الرئيس',
      ['انتهت الحرب.', 'وقال الرئيس'],
    ],
    ['emoji closing a line stay with the last sentence', 'فاز الفريق! 😀🎉\nثم', ['فاز الفريق! 😀🎉', 'ثم']],
    [
      'emoji before more text start the next sentence',
      'فاز الفريق! 😀 وفرح الجميع.',
      ['فاز الفريق!', '😀 وفرح الجميع.'],
    ],
    ['text without terminal marks is one sentence', '  خبر عاجل  ', ['خبر عاجل']],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
    expectPartition(text, splitSentences(text));
  });

  it('gives the same spans with precomputed tokens', () => {
    const text = 'قال د. محمد: «لن نتراجع...» ثم غادر!\nوفي 12.06.2017 وقع الهجوم.';
    expect(splitSentences(text, tokenize(text))).toEqual(splitSentences(text));
  });

  it('keeps offsets exact around diacritics, tatweel and emoji', () => {
    const text = 'وَصَلَ الوَفْدُ 😀. ثُمَّ غـادَرَ!';
    expect(sentences(text)).toEqual(['وَصَلَ الوَفْدُ 😀.', 'ثُمَّ غـادَرَ!']);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n \n')).toEqual([]);
  });
});

describe('splitParagraphs', () => {
  it.each([
    ['lines are paragraphs', 'الأول\nالثاني', ['الأول', 'الثاني']],
    ['blank lines are skipped and lines trimmed', '  الأول  \r\n\r\n \t \nالثاني\n', ['الأول', 'الثاني']],
    ['Unicode line and paragraph separators break lines', 'أ\u2028ب\u2029ج', ['أ', 'ب', 'ج']],
    ['one line is one paragraph', 'خبر. وخبر آخر.', ['خبر. وخبر آخر.']],
    ['blank text has none', ' \n\n ', []],
  ])('%s', (_name, text, expected) => {
    const spans = splitParagraphs(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(expected);
    expectPartition(text, spans);
  });

  it('contains every sentence in exactly one paragraph', () => {
    const text = 'عنوان\n\nقال د. محمد إنه وصل. ثم غادر!\n  سطر أخير؟ نعم  ';
    const paragraphs = splitParagraphs(text);
    for (const s of splitSentences(text)) {
      expect(paragraphs.filter((p) => p.start <= s.start && s.end <= p.end)).toHaveLength(1);
    }
  });
});
