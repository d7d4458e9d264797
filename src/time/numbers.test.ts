import { describe, expect, it } from 'vitest';
import { matchKey } from '../text/normalize.js';
import { digitValue, readNumber, readOrdinal } from './numbers.js';

const keys = (s: string) => s.split(' ').map((w) => matchKey(w));

describe('Arabic numbers', () => {
  it.each([
    ['ثلاثة أيام', 3, 1],
    ['ثلاث ساعات', 3, 1],
    ['عشر دقائق', 10, 1],
    ['أحد عشر شهرا', 11, 2],
    ['اثنا عشر عاما', 12, 2],
    ['خمس وعشرين سنة', 25, 2],
    ['أربع وعشرين ساعة', 24, 2],
    ['عشرين عاما', 20, 1],
    ['مئة عام', 100, 1],
    ['ثلاث مئة يوم', 300, 2],
    ['ثلاثمائة يوم', 300, 1],
    ['مائة وخمسين عاما', 150, 2],
    ['ألفي عام', 2000, 1],
    ['٢٤ ساعة', 24, 1],
    ['۱۵ دقیقه', 15, 1],
  ])('reads "%s" as %i over %i word(s)', (text, value, words) => {
    const n = readNumber(keys(text), 0);
    expect(n?.value).toBe(value);
    expect(n?.next).toBe(words);
  });

  it('reads numbers with the article after a plural (الايام الثلاثه)', () => {
    expect(readNumber(keys('الثلاثة'), 0, true)?.value).toBe(3);
    expect(readNumber(keys('الثلاثة'), 0)).toBeNull();
  });

  it.each([
    ['العاشرة صباحا', 10],
    ['الحادية عشرة', 11],
    ['الثانية عشرة', 12],
    ['الحادي والعشرين', 21],
    ['العشرين', 20],
    ['الخامس', 5],
  ])('reads the ordinal "%s" as %i', (text, value) => {
    expect(readOrdinal(keys(text), 0)?.value).toBe(value);
  });

  it('reads digit groups and refuses other strings', () => {
    expect(digitValue('20,000')).toBe(20000);
    expect(digitValue('1.5')).toBe(1.5);
    expect(digitValue('12,5')).toBeNull();
    expect(readNumber(keys('الرئيس'), 0)).toBeNull();
  });
});
