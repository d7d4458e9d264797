import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FEATURES,
  FeatureExtractor,
  type FeatureResources,
  listFeatures,
  type TagToken,
} from './features.js';

const tokens = (words: readonly string[]): TagToken[] =>
  words.map((text) => ({ text, key: text, kind: 'word', script: 'arabic' }));

/** Resources with no corpus, no gazetteer, and a name list holding one club name. */
const RESOURCES: FeatureResources = {
  countOf: () => 0,
  clustersOf: () => null,
  personNameCount: () => 0,
  phraseTags: (words) => words.map(() => ''),
  listTags: (words) =>
    words.map((w, i) =>
      w.unit === 'النجم' ? 'B-ORG' : i > 0 && words[i - 1]?.unit === 'النجم' ? 'I-ORG' : '',
    ),
};

describe('name-list features', () => {
  it('gives a token its own list tag and its neighbours', () => {
    expect(listFeatures(['', 'B-ORG', 'I-ORG'], 1)).toEqual(['lt=B-ORG', '1:lt=I-ORG']);
    expect(listFeatures(['', 'B-ORG', 'I-ORG'], 0)).toEqual(['1:lt=B-ORG']);
  });

  it('are extracted only when the configuration asks for them', () => {
    const words = tokens(['فاز', 'النجم', 'الساحلي']);
    const on = new FeatureExtractor({ ...DEFAULT_FEATURES, lists: true }, RESOURCES).sentence(words);
    const off = new FeatureExtractor(DEFAULT_FEATURES, RESOURCES).sentence(words);
    expect(on[1]).toContain('lt=B-ORG');
    expect(on[2]).toContain('-1:lt=B-ORG');
    expect(off.flat().some((f) => f.includes('lt='))).toBe(false);
  });
});
