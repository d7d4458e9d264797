import { describe, expect, it } from 'vitest';
import { type CliticAnalysis, cliticAnalyses, stripClitics } from './clitics.js';
import { matchKey } from './normalize.js';

/** Compact form of an analysis: the clitics then the stem, e.g. `و+ب+ال+موصل`. */
function show(a: CliticAnalysis): string {
  return [a.conj, a.prep, a.future ? 'س' : null, a.det ? 'ال' : null, a.stem]
    .filter((x) => x !== null)
    .join('+');
}

const all = (word: string): string[] => cliticAnalyses(word).map(show);

describe('cliticAnalyses: most likely segmentation', () => {
  it.each([
    ['conjunction + article', 'والموصل', 'و+ال+موصل', 3],
    ['conjunction + preposition + article', 'وبالموصل', 'و+ب+ال+موصل', 4],
    ['diacritics inside the word: offsets are into the original word', 'وَبِالمَوْصِلِ', 'و+ب+ال+موصل', 6],
    ['ل + ال writes لل (the alef is elided)', 'للبغدادي', 'ل+ال+بغدادي', 2],
    ['conjunction + ل + ال', 'وللمرة', 'و+ل+ال+مره', 3],
    ['conjunction + future + imperfect verb', 'فسيقاتلون', 'ف+س+يقاتلون', 2],
    ['future before the first-person hamza', 'سأعود', 'س+اعود', 1],
    ['ك + article', 'كالعادة', 'ك+ال+عاده', 3],
    ['ب + article', 'بالموصل', 'ب+ال+موصل', 3],
    ['article alone', 'الموصل', 'ال+موصل', 2],
    ['لله: the stem starts with ل, so the article shares it (ل + الله)', 'لله', 'ل+ال+له', 1],
    ['conjunction + preposition', 'وبغداد', 'و+ب+غداد', 2],
    ['conjunction before a function word', 'وفي', 'و+في', 1],
    ['conjunction before كان', 'وكان', 'و+كان', 1],
    ['ف before إن', 'فإن', 'ف+ان', 1],
    ['a function word after a preposition is not split further', 'بالله', 'ب+الله', 1],
    ['a relative after a conjunction is not split further', 'والتي', 'و+التي', 1],
    ['a short word keeps its first letter: بدر is not ب + در', 'بدر', 'بدر', 0],
    ['tatweel after a proclitic', 'وبـالموصل', 'و+ب+ال+موصل', 5],
  ])('%s: %s', (_name, word, expected, stemOffset) => {
    const first = cliticAnalyses(word)[0] as CliticAnalysis;
    expect(show(first)).toBe(expected);
    expect(first.stemOffset).toBe(stemOffset);
  });

  it('lists the other readings after the first', () => {
    expect(all('وبالموصل')).toEqual(['و+ب+ال+موصل', 'و+ب+الموصل', 'و+بالموصل', 'وبالموصل']);
    expect(all('للبغدادي')).toEqual(['ل+ال+بغدادي', 'ل+ال+لبغدادي', 'ل+لبغدادي', 'للبغدادي']);
    expect(all('فسيقاتلون')).toEqual(['ف+س+يقاتلون', 'ف+سيقاتلون', 'فسيقاتلون']);
    expect(all('لله')).toEqual(['ل+ال+له', 'ل+له', 'لله']);
    // بدر: the unsegmented reading first, ب + در (a two-letter stem) kept as an alternative
    expect(all('بدر')).toEqual(['بدر', 'ب+در']);
  });

  it('reports the stem from the original word with its diacritics', () => {
    const word = 'وَبِالمَوْصِلِ';
    const first = cliticAnalyses(word)[0] as CliticAnalysis;
    expect(word.slice(first.stemOffset)).toBe('مَوْصِلِ');
    expect(first.stem).toBe('موصل');
  });
});

describe('cliticAnalyses: what is never split', () => {
  it.each([
    'ولكن',
    'لكن',
    'بعد',
    'بين',
    'كان',
    'كما',
    'لم',
    'لن',
    'فقط',
    'الذي',
    'التي',
    'الى',
    'إلى',
    'على',
    'عن',
    'في',
    'من',
    'مع',
    'ليس',
    'كل',
    'لدى',
    'الله',
  ])('the function word %s', (word) => {
    expect(all(word)).toEqual([matchKey(word)]);
  });

  it.each([
    ['a stem would have one letter', 'بك'],
    ['a stem would have one letter', 'وه'],
    ['non-Arabic words', 'ISIS'],
    ['the article alef is a bare alef, never أ إ آ (آلام is "pains")', 'آلام'],
  ])('%s: %s', (_name, word) => {
    expect(all(word)).toEqual([matchKey(word)]);
  });

  it('does not split a function word after a conjunction', () => {
    expect(all('وبعد')).toEqual(['و+بعد', 'وبعد']);
  });

  it.each([
    ['a noun in ة', 'سياسة'],
    ['a noun in ة', 'سيارة'],
    ['a plural in ات', 'سنوات'],
    ['a bare alef after س (سالم is a name)', 'سالم'],
    ['a listed number', 'ستون'],
    ['a listed noun', 'سيطرة'],
    ['too short for س + imperfect verb', 'سير'],
    ['no imperfect prefix', 'سمير'],
  ])('no future reading for %s: %s', (_name, word) => {
    expect(cliticAnalyses(word).some((a) => a.future)).toBe(false);
  });
});

describe('cliticAnalyses: invariants', () => {
  const words = [
    'والموصل',
    'وَبِالمَوْصِلِ',
    'للبغدادي',
    'فسيقاتلون',
    'كالعادة',
    'لله',
    'بدر',
    'وفي',
    'وسيعود',
    'فللحكومة',
    'وبـالموصل',
    'بريطانيا',
    'ولد',
  ];

  it.each(words)(
    '%s: one unsegmented reading, stems of two letters or more, stem = key of the suffix',
    (word) => {
      const analyses = cliticAnalyses(word);
      expect(analyses.filter((a) => a.stemOffset === 0 && !a.det).length).toBe(1);
      for (const a of analyses) {
        expect(a.stem.length).toBeGreaterThanOrEqual(2);
        expect(matchKey(word.slice(a.stemOffset))).toBe(a.stem);
        expect(a.future && a.det).toBe(false);
        expect(a.future && a.prep !== null).toBe(false);
        if (a.future) expect(['ي', 'ت', 'ن', 'ا']).toContain(a.stem[0]);
      }
      const ids = analyses.map((a) => `${show(a)}@${a.stemOffset}`);
      expect(new Set(ids).size).toBe(ids.length);
    },
  );

  it('returns frozen, cached results', () => {
    const a = cliticAnalyses('والموصل');
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a[0])).toBe(true);
    expect(cliticAnalyses('والموصل')).toBe(a);
  });
});

describe('stripClitics', () => {
  it.each([
    ['والموصل', 'موصل'],
    ['للبغدادي', 'بغدادي'],
    ['فسيقاتلون', 'يقاتلون'],
    ['وفي', 'في'],
    ['بدر', 'بدر'],
    ['بعد', 'بعد'],
    ['كالعادة', 'عاده'],
  ])('%s → %s', (word, stem) => {
    expect(stripClitics(word)).toBe(stem);
  });
});
