import { describe, expect, it } from 'vitest';
import { DEFAULT_FEATURES } from '../tagger/features.js';
import { SequenceModel } from '../tagger/model.js';
import { decodeModel, encodeModel } from '../tagger/model-file.js';
import { labels } from '../tagger/scheme.js';
import { type TrainingSentence, trainPerceptron } from './perceptron.js';
import { averageModels } from './train.js';

// A toy language: "mr X" marks a person, "in Y" a place.
const DATA: TrainingSentence[] = [
  {
    features: [['w=mr'], ['w=ali', 'cap'], ['w=went'], ['w=in'], ['w=rome', 'cap']],
    labels: ['O', 'U-PER', 'O', 'O', 'U-LOC'],
  },
  {
    features: [['w=in'], ['w=paris', 'cap'], ['w=mr'], ['w=bob', 'cap'], ['w=smith', 'cap']],
    labels: ['O', 'U-LOC', 'O', 'B-PER', 'L-PER'],
  },
  { features: [['w=mr'], ['w=sam', 'cap'], ['w=slept']], labels: ['O', 'U-PER', 'O'] },
];

function train(seed: number) {
  return trainPerceptron(DATA, 'bilou', DEFAULT_FEATURES, { epochs: 8, seed, minCount: 1 });
}

describe('averaged perceptron', () => {
  it('learns the training data', () => {
    const model = new SequenceModel(train(1));
    const s = DATA[1] as TrainingSentence;
    const out = model.decode(s.features.map((f) => [model.ids(['bias', ...f])]));
    expect(out.map((l) => model.labels[l])).toEqual(s.labels);
  });

  it('is deterministic for a seed', () => {
    expect(Array.from(train(3).weights)).toEqual(Array.from(train(3).weights));
  });

  it('only decodes transitions the scheme allows', () => {
    const model = new SequenceModel(train(1));
    const out = model.decode([[model.ids(['w=bob', 'cap'])]]).map((l) => model.labels[l]);
    expect(out[0]?.startsWith('I-') || out[0]?.startsWith('L-')).toBe(false);
  });

  it('survives the model file round trip with the same decisions', () => {
    const params = train(1);
    const back = decodeModel(encodeModel(params, { trainedOn: 'toy' }));
    expect(back.features).toEqual(params.features);
    expect(back.meta.trainedOn).toBe('toy');
    const a = new SequenceModel(params);
    const b = new SequenceModel(back);
    for (const s of DATA) {
      const feats = s.features.map((f) => f);
      expect(b.decode(feats.map((f) => [b.ids(f)]))).toEqual(a.decode(feats.map((f) => [a.ids(f)])));
    }
    expect(labels('bilou')).toEqual(a.labels);
  });
});

describe('seed averaging', () => {
  it('averages the weights of models, a missing feature counting as 0', () => {
    const a = train(1);
    const b = train(2);
    const mean = averageModels([a, b]);
    const L = labels('bilou').length;
    const row = (p: typeof a, f: string) => {
      const i = p.features.indexOf(f);
      return i < 0 ? new Array<number>(L).fill(0) : Array.from(p.weights.subarray(i * L, i * L + L));
    };
    const ra = row(a, 'w=ali');
    const rb = row(b, 'w=ali');
    row(mean, 'w=ali').forEach((w, l) => {
      expect(w).toBeCloseTo(((ra[l] as number) + (rb[l] as number)) / 2, 5);
    });
    expect(new Set(mean.features)).toEqual(new Set([...a.features, ...b.features]));
    expect(mean.transitions[0]).toBeCloseTo(
      ((a.transitions[0] as number) + (b.transitions[0] as number)) / 2,
      5,
    );
  });
});
