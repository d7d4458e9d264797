import { describe, expect, it } from 'vitest';
import { matchKey } from '../text/normalize.js';
import { nameAgreement, Romanizer, romanizeByRules } from './romanize.js';

describe('romanizeByRules', () => {
  it.each([
    ['بغداد', 'baghdad'],
    ['كركوك', 'karkuk'],
    ['قندهار', 'qandahar'],
    ['حلب', 'halab'],
  ])('romanises %s as %s', (word, want) => {
    expect(romanizeByRules(matchKey(word))).toBe(want);
  });
});

describe('Romanizer', () => {
  const r = new Romanizer(
    new Map([
      ['محمد', 'mohamed'],
      ['بغدادي', 'baghdadi'],
    ]),
  );

  it('uses the table for known name tokens', () => {
    expect(r.token('محمد')).toBe('Mohamed');
  });

  it('writes the article as al- before a known stem', () => {
    expect(r.token('البغدادي')).toBe('al-Baghdadi');
  });

  it('falls back to rules and capitalises each part', () => {
    expect(r.name(['محمد', 'حلب'])).toBe('Mohamed Halab');
  });
});

describe('nameAgreement', () => {
  it('agrees for a name and its English spelling', () => {
    expect(nameAgreement(matchKey('البصرة'), 'Al Basrah')).toBeGreaterThan(0.8);
  });

  it('disagrees for a mis-paired row', () => {
    expect(nameAgreement(matchKey('فاموتيدين'), 'Mosul')).toBeLessThan(0.5);
  });
});
