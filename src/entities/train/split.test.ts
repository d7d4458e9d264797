import { describe, expect, it } from 'vitest';
import type { TaggedSentence } from './conll.js';
import { BLOCKS, portionOfBlock, splitAnercorp } from './split.js';

function corpus(n: number): TaggedSentence[] {
  return Array.from({ length: n }, (_, i) => ({ words: [`w${i}`, 'x', 'y'], tags: ['O', 'O', 'O'] }));
}

describe('ANERcorp split', () => {
  it('deals contiguous blocks out to dev, tune and train', () => {
    expect([0, 1, 2, 3, 4, 5].map(portionOfBlock)).toEqual([
      'train',
      'train',
      'tune',
      'train',
      'train',
      'dev',
    ]);
  });

  it('puts about a sixth of the words in dev and keeps every sentence once', () => {
    const sentences = corpus(600);
    const { dev, tune, rest } = splitAnercorp(sentences);
    expect(dev.length + tune.length + rest.length).toBe(600);
    expect(dev.length).toBe(100);
    expect(tune.length).toBe(100);
    expect(new Set([...dev, ...tune, ...rest]).size).toBe(600);
  });

  it('keeps a dev block contiguous', () => {
    const sentences = corpus(BLOCKS * 10);
    const { dev } = splitAnercorp(sentences);
    const first = sentences.indexOf(dev[0] as TaggedSentence);
    expect(dev.slice(0, 10)).toEqual(sentences.slice(first, first + 10));
  });
});
