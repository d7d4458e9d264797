import { describe, expect, it } from 'vitest';
import { keySpanToBase, matchKey, normalizeWithMap } from './normalize.js';

describe('matchKey', () => {
  it.each([
    // presentation forms and ligatures (NFKC)
    ['positional presentation forms become base letters', '\uFE91\uFED0\uFEAA\uFE8D\uFEA9', 'بغداد'],
    ['presentation forms inside a phrase', 'مدينة \uFEE3\uFEA4\uFEE4\uFEAA', 'مدينه محمد'],
    ['lam-alef ligature expands', '\uFEFB', 'لا'],
    ['lam-alef-hamza ligature expands and folds the alef', '\uFEF7', 'لا'],
    ['the Allah ligature expands', 'حزب \uFDF2', 'حزب الله'],
    ['the salawat ligature expands to words', 'النبي \uFDFA', 'النبي صلي الله عليه وسلم'],
    ['spacing forms of harakat are dropped, not turned into spaces', 'كتاب\uFE70 جديد\uFC5E', 'كتاب جديد'],
    // marks
    ['harakat, tanwin and shadda are removed', 'مُحَمَّدٌ رَسُولٌ', 'محمد رسول'],
    ['sukun and kasra are removed', 'بِسْمِ', 'بسم'],
    ['superscript alef is removed', 'هٰذا', 'هذا'],
    ['Quranic annotation marks are removed', 'الرَّحِيمِ ۝ ذَٰلِكَ ۖ', 'الرحيم ذلك'],
    ['tatweel is removed', 'كـــتـاب', 'كتاب'],
    // letters
    ['alef forms are unified', 'أحمد إبراهيم آمن ٱلكتاب', 'احمد ابراهيم امن الكتاب'],
    ['decomposed alef + madda is unified too', 'ا\u0653من', 'امن'],
    ['alef maqsura folds to ya', 'مصطفى على', 'مصطفي علي'],
    ['ta marbuta folds to ha', 'مدرسة الجامعة', 'مدرسه الجامعه'],
    ['Persian kaf and ya fold to Arabic', 'کتاب ایران', 'كتاب ايران'],
    ['Persian heh with hamza folds to ha', 'خانۀ', 'خانه'],
    ['hamza on waw and ya is kept', 'سؤال رئيس مسؤول', 'سؤال رئيس مسؤول'],
    ['decomposed waw + hamza above composes to ؤ', 'سو\u0654ال', 'سؤال'],
    ['decomposed ya + hamza above composes to ئ', 'ري\u0654يس', 'رئيس'],
    // digits and separators
    ['Arabic-Indic digits become ASCII', '٢٠١٧', '2017'],
    ['Persian digits become ASCII', '۱۳۹۶', '1396'],
    ['the Arabic decimal separator becomes a dot', '١٫٥', '1.5'],
    ['the Arabic thousands separator becomes a comma', '٢٠٬٠٠٠', '20,000'],
    ['the Arabic percent sign becomes %', '٪٥٠', '%50'],
    // invisible controls
    ['bidi marks are removed', '\u200Fبغداد\u200E', 'بغداد'],
    ['bidi embeddings and isolates are removed', '\u202Bنص\u202C \u2067نص\u2069', 'نص نص'],
    ['zero-width characters, ALM and BOM are removed', '\uFEFFمي\u200Cخواهم\u061C\u200B', 'ميخواهم'],
    // Latin and whitespace
    ['Latin is lower-cased', 'ISIS Mosul', 'isis mosul'],
    ['full-width Latin becomes ASCII', 'ＵＮ', 'un'],
    ['Latin accents stay', 'Café', 'café'],
    ['decomposed Latin accents compose', 'Cafe\u0301', 'café'],
    ['whitespace runs collapse to one space', 'قال \t\n  إن\u00A0\u2003الحرب', 'قال ان الحرب'],
    ['edges are trimmed', '  \n بغداد \u200F ', 'بغداد'],
    ['a run broken by an invisible control is still one space', 'ا \u200F ب', 'ا ب'],
    ['emoji are kept', 'بغداد 😀', 'بغداد 😀'],
    ['empty stays empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(matchKey(input)).toBe(expected);
  });

  it('can keep ta marbuta and alef maqsura', () => {
    expect(matchKey('مدرسة على', { taMarbuta: false })).toBe('مدرسة علي');
    expect(matchKey('مدرسة على', { alefMaqsura: false })).toBe('مدرسه على');
    expect(matchKey('مدرسة على', { taMarbuta: false, alefMaqsura: false })).toBe('مدرسة على');
    // the default tables are not affected by the stricter ones
    expect(matchKey('مدرسة على')).toBe('مدرسه علي');
  });

  it('is idempotent', () => {
    const s = 'وَقالَ الـرئيسُ ﷲ ١٢٣ \uFEFBISIS  ';
    expect(matchKey(matchKey(s))).toBe(matchKey(s));
  });

  it('is linear on a 1 MB text', () => {
    const unit = 'وَقالَ الـرئيسُ ﷲ ١٢٣ سؤالٌ 😀 ISIS ';
    const n = Math.ceil(1_000_000 / unit.length);
    const big = unit.repeat(n);
    const expected = Array(n).fill(matchKey(unit)).join(' ');
    expect(matchKey(big)).toBe(expected);
    const { key, map } = normalizeWithMap(big);
    expect(key.trim()).toBe(expected);
    expect(map.length).toBe(key.length + 1);
  });
});

/** Finds `needle` (a match key) in the key of `text` and maps it back to the base text. */
function findInBase(text: string, needle: string, from = 0): string {
  const { key, map } = normalizeWithMap(text);
  const at = key.indexOf(needle, from);
  expect(at).toBeGreaterThanOrEqual(0);
  const { start, end } = keySpanToBase(map, at, at + needle.length);
  return text.slice(start, end);
}

describe('normalizeWithMap', () => {
  it.each([
    ['diacritics after the last letter are included', 'قالَ الرَّئِيسُ: بِسْمِ', 'الرئيس', 'الرَّئِيسُ'],
    ['tatweel inside and after the word is included', 'في الـمـوصـلـ اليوم', 'الموصل', 'الـمـوصـلـ'],
    ['a joiner tatweel after a one-letter word is included', 'بـ1.2', 'ب', 'بـ'],
    ['leading invisible controls are not included', '\u200Fبغداد', 'بغداد', 'بغداد'],
    ['a word after an emoji maps exactly', 'قال 😀 بغداد', 'بغداد', 'بغداد'],
    ['an emoji maps to both code units', 'قال 😀 بغداد', '😀', '😀'],
    ['an expanding ligature maps to the ligature', 'حزب \uFDF2 اليوم', 'الله', '\uFDF2'],
    ['part of a ligature maps to the whole ligature', 'ﻻ', 'ل', 'ﻻ'],
    ['a word inside an expanded ligature maps to the ligature', 'قال \uFDFA ثم', 'عليه', '\uFDFA'],
    [
      'presentation forms map one to one',
      'مدينة \uFEE3\uFEA4\uFEE4\uFEAA',
      'محمد',
      '\uFEE3\uFEA4\uFEE4\uFEAA',
    ],
    ['a collapsed space maps to the whole whitespace run', 'ا  \n  ب', 'ا ب', 'ا  \n  ب'],
    ['a word before a whitespace run excludes the run', 'ا  \n  ب', 'ا', 'ا'],
    ['Arabic-Indic digits map back', 'عام ٢٠١٧م', '2017', '٢٠١٧'],
    ['a composed hamza maps to the letter and its mark', 'سو\u0654ال', 'سؤ', 'سو\u0654'],
  ])('%s', (_name, text, needle, expected) => {
    expect(findInBase(text, needle)).toBe(expected);
  });

  it('maps every key unit to the start of the character producing it', () => {
    const s = 'بِسْمِ \uFDF2';
    const { key, map } = normalizeWithMap(s);
    expect(key).toBe('بسم الله');
    expect([...map]).toEqual([0, 2, 4, 6, 7, 7, 7, 7, 8]);
  });

  it('ends the map with the source length and never decreases', () => {
    for (const s of ['', '  ', 'ـــ', 'a😀b', ' قالَ  ﷺ ٫ \u200F', 'x\u0301\u0301y']) {
      const { key, map } = normalizeWithMap(s);
      expect(map.length).toBe(key.length + 1);
      expect(map[key.length]).toBe(s.length);
      for (let i = 1; i < map.length; i++) expect(map[i]).toBeGreaterThanOrEqual(map[i - 1] as number);
    }
  });

  it('keeps edge whitespace as one space, so the trimmed key is the match key', () => {
    const s = '  قال \u200F ';
    const { key, map } = normalizeWithMap(s);
    expect(key).toBe(' قال ');
    expect(key.trim()).toBe(matchKey(s));
    expect(map[0]).toBe(0);
    expect(keySpanToBase(map, 1, 4)).toEqual({ start: 2, end: 5 });
  });

  it('maps a range inside a surrogate pair to the whole pair', () => {
    const s = 'a😀b';
    const { key, map } = normalizeWithMap(s);
    expect(key).toBe('a😀b');
    expect(keySpanToBase(map, 1, 2)).toEqual({ start: 1, end: 3 });
    expect(keySpanToBase(map, 2, 3)).toEqual({ start: 1, end: 3 });
  });

  it('maps an empty range to an empty span and rejects ranges outside the key', () => {
    const { map } = normalizeWithMap('بغداد');
    expect(keySpanToBase(map, 2, 2)).toEqual({ start: 2, end: 2 });
    expect(() => keySpanToBase(map, 0, 6)).toThrow(RangeError);
    expect(() => keySpanToBase(map, -1, 2)).toThrow(RangeError);
    expect(() => keySpanToBase(map, 3, 2)).toThrow(RangeError);
  });

  it('gives the same key as matchKey on every word of a diacritised text', () => {
    const text = 'وَقالَ المُتَحَدِّثُ بِاسْمِ الحُكُومَةِ إِنَّ القُوّاتِ دَخَلَتْ ﻻ شَيْءَ';
    const { key, map } = normalizeWithMap(text);
    let at = 0;
    for (const word of matchKey(text).split(' ')) {
      const k = key.indexOf(word, at);
      const { start, end } = keySpanToBase(map, k, k + word.length);
      expect(matchKey(text.slice(start, end))).toBe(word);
      expect(text.slice(start, end).trim()).toBe(text.slice(start, end));
      at = k + word.length;
    }
  });
});
