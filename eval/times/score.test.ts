import { describe, expect, it } from 'vitest';
import { compareArticle, emptyCounts, type GoldTimex, type PredictedTimex, scoresOf } from './score.js';

const g = (start: number, end: number, value: string, type: GoldTimex['type'] = 'DATE'): GoldTimex => ({
  start,
  end,
  type,
  value,
  calendar: 'gregorian',
});
const p = (
  start: number,
  end: number,
  value: string,
  type: PredictedTimex['type'] = 'DATE',
): PredictedTimex => ({
  start,
  end,
  type,
  value,
  calendar: 'gregorian',
});

describe('times scorer', () => {
  it('scores a perfect article as 1 everywhere', () => {
    const counts = emptyCounts();
    compareArticle(
      [g(0, 3, '2015-07-20'), g(10, 15, 'P3D', 'DURATION')],
      [p(0, 3, '2015-07-20'), p(10, 15, 'P3D', 'DURATION')],
      counts,
    );
    const s = scoresOf(counts, 1);
    expect(s).toMatchObject({ strictF1: 1, overlapF1: 1, typeAccuracy: 1, valueAccuracy: 1 });
  });

  it('counts a shifted extent as an overlap match but not a strict one', () => {
    const counts = emptyCounts();
    const { pairs, spurious } = compareArticle([g(5, 15, '2015-W31')], [p(3, 15, '2015-W31')], counts);
    expect(pairs[0]?.predicted).not.toBeNull();
    expect(spurious).toEqual([]);
    const s = scoresOf(counts, 1);
    expect(s.strictF1).toBe(0);
    expect(s.overlapF1).toBe(1);
    expect(s.valueAccuracy).toBe(1);
  });

  it('matches one to one, largest overlap first', () => {
    const counts = emptyCounts();
    const { pairs, spurious } = compareArticle(
      [g(0, 10, 'A'), g(12, 20, 'B')],
      [p(5, 14, 'A'), p(14, 20, 'B')],
      counts,
    );
    expect(pairs.map((x) => x.predicted?.value)).toEqual(['A', 'B']);
    expect(spurious).toEqual([]);
  });

  it('computes precision, recall and value accuracy over overlap matches', () => {
    const counts = emptyCounts();
    compareArticle(
      [g(0, 3, '2015-07-20'), g(10, 15, '2015-06'), g(30, 35, 'P1Y', 'DURATION')],
      [p(0, 3, '2015-07-19'), p(10, 15, '2015-06'), p(40, 44, 'X')],
      counts,
    );
    const s = scoresOf(counts, 1);
    expect(s.strictPrecision).toBeCloseTo(2 / 3);
    expect(s.strictRecall).toBeCloseTo(2 / 3);
    expect(s.overlapF1).toBeCloseTo(2 / 3);
    expect(s.valueAccuracy).toBe(0.5);
    expect(s.typeAccuracy).toBe(1);
  });

  it('gives zeros, not NaN, when nothing was found', () => {
    const counts = emptyCounts();
    compareArticle([g(0, 3, 'x')], [], counts);
    expect(scoresOf(counts, 1)).toMatchObject({
      strictF1: 0,
      overlapF1: 0,
      valueAccuracy: 0,
      typeAccuracy: 0,
    });
  });
});
