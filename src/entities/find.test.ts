import { describe, expect, it } from 'vitest';
import { propagate, trimFunctionWords } from './find.js';
import type { TagToken } from './tagger/features.js';

const tokens = (words: readonly string[]): TagToken[] =>
  words.map((text) => ({ text, key: text, kind: 'word', script: 'arabic' }));

describe('trimFunctionWords', () => {
  it('cuts prepositions from the edges of a span', () => {
    // "حصل رامي نصار على الجائزة": the name ends before على.
    const t = tokens(['حصل', 'رامي', 'نصار', 'على', 'الجائزة']);
    expect(trimFunctionWords([{ start: 1, end: 4, type: 'PER' }], t)).toEqual([
      { start: 1, end: 3, type: 'PER' },
    ]);
  });

  it('drops a span made of a preposition only and keeps the name علي', () => {
    const t = tokens(['وقف', 'على', 'الباب', 'مع', 'علي']);
    expect(
      trimFunctionWords(
        [
          { start: 1, end: 2, type: 'PER' },
          { start: 4, end: 5, type: 'PER' },
        ],
        t,
      ),
    ).toEqual([{ start: 4, end: 5, type: 'PER' }]);
  });
});

describe('propagate', () => {
  const word = (unit: string) => ({ own: [], context: [], form: unit, starts: [unit], unit });
  const sentence = (
    units: readonly string[],
    spans: { start: number; end: number; type: 'PER' | 'LOC' }[],
  ) => ({
    tokens: tokens(units),
    result: { spans, words: units.map(word) },
  });

  it('marks a surname found elsewhere, joining it to a person span right before it', () => {
    const doc = [
      sentence(['قال', 'محمد', 'سامر', 'الخطيب', 'امس'], [{ start: 1, end: 4, type: 'PER' }]),
      // The tagger found only the first name here: the propagated surname joins it.
      sentence(['واضاف', 'سامر', 'الخطيب', 'ان'], [{ start: 1, end: 2, type: 'PER' }]),
      sentence(['ورد', 'الخطيب'], []),
    ];
    propagate(doc);
    expect(doc[1]?.result.spans).toEqual([{ start: 1, end: 3, type: 'PER' }]);
    expect(doc[2]?.result.spans).toEqual([{ start: 1, end: 2, type: 'PER' }]);
  });

  it('propagates neither ordinals of regnal names nor prepositions', () => {
    const doc = [
      sentence(['الملك', 'جيمس', 'الاول'], [{ start: 1, end: 3, type: 'PER' }]),
      sentence(['الفصل', 'الاول'], []),
      sentence(['رامي', 'على'], [{ start: 0, end: 2, type: 'PER' }]),
      sentence(['على', 'الطاولة'], []),
    ];
    propagate(doc);
    expect(doc[1]?.result.spans).toEqual([]);
    expect(doc[3]?.result.spans).toEqual([]);
  });
});
