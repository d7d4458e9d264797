import { describe, expect, it } from 'vitest';
import { FUNCTION_WORDS, isFunctionWord, loadWordList, NOT_FUTURE_PREFIXES } from './function-words.js';
import { matchKey } from './normalize.js';

describe('function word lists', () => {
  it('holds match keys, so spelling variants are one entry', () => {
    expect(isFunctionWord(matchKey('إلى'))).toBe(true);
    expect(isFunctionWord(matchKey('الى'))).toBe(true);
    expect(isFunctionWord('على')).toBe(false); // not a key: keys fold ى to ي
    expect(isFunctionWord(matchKey('على'))).toBe(true);
    for (const key of [...FUNCTION_WORDS, ...NOT_FUTURE_PREFIXES]) expect(matchKey(key)).toBe(key);
  });

  it.each([
    ['an empty entry', ['']],
    ['a Latin entry', ['and']],
    ['an entry with a space', ['في ما']],
    ['an entry with diacritics', ['فِي']],
    ['a repeated entry', ['في', 'من', 'في']],
  ])('rejects %s when loaded', (_name, words) => {
    expect(() => loadWordList('test', words)).toThrow(/word list test/);
  });
});
