import { describe, expect, it } from 'vitest';
import { trainingDocuments } from './train.js';

describe('trainingDocuments', () => {
  it('cuts runs of consecutive sentences, never across corpora', () => {
    const domains = ['news', 'news', 'news', 'news', 'news', 'wiki', 'wiki'];
    expect(trainingDocuments(7, 2, domains)).toEqual([[0, 1], [2, 3], [4], [5, 6]]);
  });

  it('cuts by size alone without domains', () => {
    expect(trainingDocuments(5, 3)).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
  });
});
