import { describe, expect, it } from 'vitest';
import { toIsoDate } from './dates.js';

describe('toIsoDate', () => {
  it.each([
    ['2015-07-21', '2015-07-21'],
    ['2015-07-21T23:30:00+03:00', '2015-07-21'],
    ['2015-07-21T02:51:32Z', '2015-07-21'],
    ['2015-07-21 02:51:32', '2015-07-21'],
    ['2015/7/1', '2015-07-01'],
    ['20150721', '2015-07-21'],
    ['Tue, 21 Jul 2015 02:51:32 GMT', '2015-07-21'],
    ['21 July 2015', '2015-07-21'],
    ['July 21, 2015', '2015-07-21'],
    ['21/07/2015', '2015-07-21'],
    ['1437447092', '2015-07-21'],
    ['1437447092000', '2015-07-21'],
  ])('parses %s', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });

  it('parses epoch numbers in seconds and milliseconds', () => {
    expect(toIsoDate(1437447092)).toBe('2015-07-21');
    expect(toIsoDate(1437447092000)).toBe('2015-07-21');
  });

  it.each([['أمس'], [''], ['2015-13-01'], ['2015-02-30'], ['05/07/2015'], ['soon'], [null], [{}], [-5]])(
    'refuses %j',
    (input) => {
      expect(toIsoDate(input)).toBeNull();
    },
  );
});
