import { describe, expect, it } from 'vitest';
import { documentFeatures } from './document.js';
import type { WordFeatures } from './features.js';
import type { TokenSpan } from './scheme.js';

/** A word's features as `documentFeatures` reads them (only its match units matter). */
function word(unit: string, stripped = unit): WordFeatures {
  return { own: [], context: [], form: stripped, starts: [stripped, unit], unit };
}

function punct(unit: string): WordFeatures {
  return { own: [], context: [], form: unit, starts: [], unit };
}

const sentence = (units: readonly string[], spans: readonly TokenSpan[] = []) => ({
  words: units.map((u) => (u === '.' ? punct(u) : word(u))),
  spans,
});

describe('documentFeatures', () => {
  it('gives each token its first-stage label', () => {
    const [s] = documentFeatures([sentence(['قال', 'سامر', 'نداف'], [{ start: 1, end: 3, type: 'PER' }])]);
    expect(s?.map((f) => f[0])).toEqual(['s1=O', 's1=B-PER', 's1=I-PER']);
  });

  it('reports how a word was labelled in the other sentences only', () => {
    const out = documentFeatures([
      sentence(['زار', 'كفرنبل', 'امس'], [{ start: 1, end: 2, type: 'LOC' }]),
      sentence(['في', 'كفرنبل', '.']),
    ]);
    // Second sentence: كفرنبل was a place in the first one; في was never seen elsewhere.
    expect(out[1]?.[1]).toContain('dt=LOC');
    expect(out[1]?.[1]).toContain('dr=LOC4');
    expect(out[1]?.[0]).toEqual(['s1=O']);
    // First sentence: the other use of كفرنبل was outside any entity.
    expect(out[0]?.[1]).toContain('dt=O');
    expect(out[0]?.[1]).not.toContain('dt=LOC');
  });

  it('marks word sequences and surnames found as entities elsewhere', () => {
    const out = documentFeatures([
      sentence(['قال', 'سامر', 'نداف'], [{ start: 1, end: 3, type: 'PER' }]),
      sentence(['واضاف', 'سامر', 'نداف', 'ان']),
      sentence(['ورد', 'نداف']),
    ]);
    expect(out[1]?.[1]).toContain('dp=B-PER');
    expect(out[1]?.[2]).toContain('dp=I-PER');
    expect(out[2]?.[1]).toContain('dp=S-PER');
    // Its own sentence's span is not evidence for itself.
    expect(out[0]?.[1]?.some((f) => f.startsWith('dp='))).toBe(false);
  });
});
