import { describe, expect, it } from 'vitest';
import { matchKey } from '../text/normalize.js';
import { foldToken, splitJoined } from './fold.js';

describe('foldToken', () => {
  it.each([
    ['folds the genitive kunya أبي to ابو', 'أبي', 'ابو'],
    ['folds the accusative kunya أبا to ابو', 'أبا', 'ابو'],
    ['keeps the nominative kunya', 'أبو', 'ابو'],
    ['folds ابن inside names to بن', 'ابن', 'بن'],
    ['folds الديموقراطية to الديمقراطية', 'الديموقراطية', 'الديمقراطيه'],
    ['folds أميركا to أمريكا', 'أميركا', 'امريكا'],
    ['folds الفيدرالية to الفدرالية', 'الفيدرالية', 'الفدراليه'],
    ['folds a final ية of an unarticled name to يا', 'سورية', 'سوريا'],
    ['leaves an articled adjective alone', 'السورية', 'السوريه'],
    ['leaves ordinary words alone', 'الموصل', 'الموصل'],
  ])('%s', (_, word, want) => {
    expect(foldToken(matchKey(word))).toBe(want);
  });
});

describe('splitJoined', () => {
  it.each([
    ['splits a joined kunya', 'أبوبكر', ['ابو', 'بكر']],
    ['splits a joined genitive kunya', 'أبيبكر', ['ابي', 'بكر']],
    ['splits عبد before the article', 'عبدالله', ['عبد', 'الله']],
    ['does not split ابواب (doors)', 'أبواب', ['ابواب']],
    ['does not split عبد before other letters', 'عبدة', ['عبده']],
    ['leaves a spaced part alone', 'أبو', ['ابو']],
  ])('%s', (_, word, want) => {
    expect(splitJoined(matchKey(word))).toEqual(want);
  });
});
