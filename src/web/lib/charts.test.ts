import { describe, expect, it } from 'vitest';
import { dateX, daysBetween, radialGraph, timelineBars } from './charts.js';

describe('charts', () => {
  it('fills missing days with empty bars and scales to the highest', () => {
    const bars = timelineBars(
      [
        { period: '2015-07-30', value: 2 },
        { period: '2015-08-02', value: 4 },
      ],
      40,
      100,
    );
    expect(bars.map((b) => [b.period, b.value, b.height])).toEqual([
      ['2015-07-30', 2, 50],
      ['2015-07-31', 0, 0],
      ['2015-08-01', 0, 0],
      ['2015-08-02', 4, 100],
    ]);
    expect(bars[1]?.x).toBe(10.5);
    expect(bars[1]?.width).toBe(9);
  });

  it('keeps month buckets as given', () => {
    expect(timelineBars([{ period: '2015-07', value: 1 }], 10, 10)).toHaveLength(1);
    expect(daysBetween('2015-12-31', '2016-01-01')).toEqual(['2015-12-31', '2016-01-01']);
  });

  it('places dates on an axis and the centre of a radial graph in the middle', () => {
    expect(dateX('2015-07-16', '2015-07-01', '2015-07-31', 300)).toBe(150);
    const g = radialGraph(
      { key: 'a', name: 'a', type: 'PER', documents: 3 },
      [
        { key: 'b', name: 'b', type: 'LOC', documents: 3 },
        { key: 'c', name: 'c', type: 'ORG', documents: 1 },
      ],
      200,
    );
    expect([g.center.x, g.center.y]).toEqual([100, 100]);
    expect(g.nodes[0]?.y).toBeLessThan(100);
    expect(g.nodes[0]?.r).toBeGreaterThan(g.nodes[1]?.r ?? 0);
  });
});
