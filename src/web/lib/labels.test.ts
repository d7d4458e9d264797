import { describe, expect, it } from 'vitest';
import { count, date, label, MEDIA, safeUrl } from './labels.js';

describe('labels', () => {
  it.each([
    ['a known value', MEDIA, 'audio', 'تسجيل صوتي'],
    ['an unknown value as itself', MEDIA, 'hologram', 'hologram'],
    ['a missing value as a dash', MEDIA, null, '—'],
  ])('labels %s', (_what, vocabulary, value, expected) => {
    expect(label(vocabulary, value)).toBe(expected);
  });

  it('formats counts with Western digits and dates in Arabic', () => {
    expect(count(12345)).toMatch(/^12.345$/u);
    expect(date('2015-07-06')).toMatch(/يوليو|تموز/u);
    expect(date('2015-07-06')).toMatch(/2015/u);
    expect(date('PAST_REF')).toBe('PAST_REF');
  });

  it.each([
    ['https://news.example/a?b=1', 'https://news.example/a?b=1'],
    ['javascript:alert(1)', null],
    ['data:text/html,x', null],
    ['not a url', null],
  ])('only links http(s): %s', (url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });
});
