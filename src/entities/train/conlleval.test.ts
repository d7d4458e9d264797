import { describe, expect, it } from 'vitest';
import { conllScore } from './conlleval.js';

describe('conllScore', () => {
  it('counts an entity only with exact boundaries and type', () => {
    const s = conllScore([
      {
        gold: ['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'B-ORG'],
        predicted: ['B-PER', 'I-PER', 'O', 'B-ORG', 'O', 'B-ORG'],
      },
      { gold: ['B-LOC', 'I-LOC'], predicted: ['B-LOC', 'O'] },
    ]);
    expect(s.overall).toMatchObject({ correct: 2, predicted: 4, gold: 4 });
    expect(s.overall.precision).toBeCloseTo(0.5);
    expect(s.overall.recall).toBeCloseTo(0.5);
    expect(s.types.PER?.f1).toBe(1);
    expect(s.types.LOC?.f1).toBe(0);
  });

  it('scores zero without predictions', () => {
    expect(conllScore([{ gold: ['B-PER'], predicted: ['O'] }]).overall.f1).toBe(0);
  });
});
