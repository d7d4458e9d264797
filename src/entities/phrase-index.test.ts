import { describe, expect, it } from 'vitest';
import { PhraseIndex } from './phrase-index.js';

describe('PhraseIndex', () => {
  const index = new PhraseIndex<string>();
  index.add(['حزب', 'الله'], 'hezbollah');
  index.add(['كتائب', 'حزب', 'الله'], 'kataib');
  index.add(['حزب'], 'party');

  it('finds the longest match at each position', () => {
    const words = ['قال', 'كتائب', 'حزب', 'الله', 'و', 'حزب', 'الله'];
    const found = index.scan(
      words.length,
      (i) => [words[i] as string],
      (i) => words[i] as string,
    );
    expect(found.map((m) => [m.start, m.end, m.values[0]])).toEqual([
      [1, 4, 'kataib'],
      [5, 7, 'hezbollah'],
    ]);
  });

  it('tries every reading of the first word', () => {
    const m = index.longestAt(
      0,
      2,
      () => ['لحزب', 'حزب'],
      () => 'الله',
    );
    expect(m?.values).toEqual(['hezbollah']);
  });

  it('returns exact sequences with get', () => {
    expect(index.get(['حزب'])).toEqual(['party']);
    expect(index.get(['الله'])).toEqual([]);
  });
});
