import { describe, expect, it } from 'vitest';
import { filterToken, hasFilter, monthBounds, setDateRange, toggleFilter, tokens } from './query.js';

describe('query editing', () => {
  it.each([
    ['a plain value', 'medium', 'audio', 'medium:audio'],
    ['a value with spaces is quoted', 'outlet', 'صحيفة الشرق', 'outlet:"صحيفة الشرق"'],
    ['a value with a colon is quoted', 'entity', 'loc:iq-mosul', 'entity:"loc:iq-mosul"'],
    ['quotes inside a value are dropped', 'outlet', 'a "b"', 'outlet:"a b"'],
  ])('writes %s', (_what, field, value, expected) => {
    expect(filterToken(field, value)).toBe(expected);
  });

  it('adds a filter, then removes it again', () => {
    const q = toggleFilter('الموصل', 'outlet', 'صحيفة الشرق');
    expect(q).toBe('الموصل outlet:"صحيفة الشرق"');
    expect(hasFilter(q, 'outlet', 'صحيفة الشرق')).toBe(true);
    expect(toggleFilter(q, 'outlet', 'صحيفة الشرق')).toBe('الموصل');
  });

  it('keeps quoted phrases whole when splitting', () => {
    expect(tokens('"مجلس الأمن" -نفط outlet:"a b"')).toEqual(['"مجلس الأمن"', '-نفط', 'outlet:"a b"']);
  });
});

describe('date ranges', () => {
  it('replaces from: and to: with a month', () => {
    const { from, to } = monthBounds('2016-02');
    expect([from, to]).toEqual(['2016-02-01', '2016-02-29']);
    expect(setDateRange('الموصل from:2015-01-01 to:2015-02-01', from, to)).toBe(
      'الموصل from:2016-02-01 to:2016-02-29',
    );
    expect(setDateRange('الموصل from:2015-01-01', null, null)).toBe('الموصل');
  });
});
