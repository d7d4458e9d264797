import { describe, expect, it } from 'vitest';
import type { QuoteSpan } from '../../doc/index.js';
import { speakerExamples } from '../events/analyse.js';
import { quotes } from './index.js';
import { viewInput } from './quotes-stage.js';
import { chooseSpeaker, type RankerModel, type SpeakerCandidate } from './ranker.js';
import { TEST_RESOURCES, testDoc } from './test-docs.js';

const TEXT =
  'وصل سالم الحربي إلى الرياض أمس والتقى فهد العتيبي. وقال الحربي إن المحادثات مثمرة. وأضاف أن الزيارة ناجحة.';
const ENTITIES = [
  { text: 'سالم الحربي', type: 'PER', entity: 'per:salem' },
  { text: 'فهد العتيبي', type: 'PER', entity: 'per:fahd' },
] as const;

function examples() {
  return speakerExamples(viewInput(testDoc(TEXT, { entities: ENTITIES })), TEST_RESOURCES);
}

function names(cands: readonly SpeakerCandidate[]): string[] {
  return cands.map((c) => c.actor.name);
}

describe('speaker ranker', () => {
  it('offers the rules’ speaker and the other actors near the quote as candidates', () => {
    const [first, second] = examples();
    expect(first?.rule?.name).toBe('سالم الحربي');
    expect(names(first?.candidates ?? [])).toEqual(expect.arrayContaining(['سالم الحربي', 'فهد العتيبي']));
    const rule = first?.candidates.find((c) => c.actor.name === 'سالم الحربي');
    expect(rule?.features.get('rule')).toBe(1);
    expect(rule?.features.get('rule|how=subject')).toBe(1);
    // The carried-over frame sees the previous quote's speaker as such.
    const prev = second?.candidates.find((c) => c.actor.name === 'سالم الحربي');
    expect(prev?.features.get('prev')).toBe(1);
    expect(prev?.features.get('prev|how=pronoun')).toBe(1);
  });

  it('picks the candidate the weights favour, and the rules’ speaker on ties', () => {
    const cands = examples()[0]?.candidates ?? [];
    const none: RankerModel = { version: 1, weights: {} };
    expect(chooseSpeaker(none, cands)?.name).toBe('سالم الحربي');
    const skewed: RankerModel = { version: 1, weights: { rule: -5, 'kind=person': 1 } };
    expect(chooseSpeaker(skewed, cands)?.name).toBe('فهد العتيبي');
    expect(chooseSpeaker(none, [])).toBeNull();
  });

  it('lets the stage run the rules alone or with a given ranker', () => {
    const doc = testDoc(TEXT, { entities: ENTITIES });
    const speakers = (ranker: RankerModel | null) =>
      ((quotes({ resources: TEST_RESOURCES, ranker }).run(doc).layers?.quotes ?? []) as QuoteSpan[]).map(
        (q) => q.speaker.name,
      );
    expect(speakers(null)).toEqual(['سالم الحربي', 'سالم الحربي']);
    // (The second quote's previous speaker is then فهد: the chain follows the ranker's choice.)
    expect(speakers({ version: 1, weights: { rule: -5, 'kind=person': 1 } })).toEqual([
      'فهد العتيبي',
      'فهد العتيبي',
    ]);
  });
});
