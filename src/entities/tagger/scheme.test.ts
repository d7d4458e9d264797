import { describe, expect, it } from 'vitest';
import { allowed, labels, spansOfTags, tagsOfSpans } from './scheme.js';

describe('tag schemes', () => {
  it('lists O first, then each type', () => {
    expect(labels('bio')).toHaveLength(9);
    expect(labels('bilou')).toHaveLength(17);
    expect(labels('bilou')[0]).toBe('O');
  });

  it.each([
    ['bio', null, 'I-PER', false],
    ['bio', 'B-PER', 'I-PER', true],
    ['bio', 'B-PER', 'I-LOC', false],
    ['bilou', 'B-ORG', 'L-ORG', true],
    ['bilou', 'B-ORG', 'O', false],
    ['bilou', 'U-LOC', 'B-LOC', true],
    ['bilou', 'I-LOC', null, false],
  ] as const)('%s: %s → %s allowed = %s', (scheme, a, b, want) => {
    expect(allowed(scheme, a, b)).toBe(want);
  });

  it('round-trips spans through both schemes', () => {
    const spans = [
      { start: 0, end: 1, type: 'PER' as const },
      { start: 2, end: 5, type: 'ORG' as const },
    ];
    for (const scheme of ['bio', 'bilou'] as const)
      expect(spansOfTags(tagsOfSpans(spans, 6, scheme))).toEqual(spans);
  });

  it('reads an I- after O as the start of a span, as conlleval does', () => {
    expect(spansOfTags(['O', 'I-LOC', 'I-LOC'])).toEqual([{ start: 1, end: 3, type: 'LOC' }]);
  });
});
