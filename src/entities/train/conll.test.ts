import { describe, expect, it } from 'vitest';
import { glueClitics, mapType, parseConll } from './conll.js';

describe('parseConll', () => {
  it('maps ANERcorp tags to IOB2 over the record types', () => {
    const s = parseConll('زار B-PERS\nكوفي B-PERS\nعنان I-PERS\nبيروت B-LOC\n\nقال O\n', 'anercorp');
    expect(s).toEqual([
      { words: ['زار', 'كوفي', 'عنان', 'بيروت'], tags: ['B-PER', 'B-PER', 'I-PER', 'B-LOC'] },
      { words: ['قال'], tags: ['O'] },
    ]);
  });

  it('turns an I- without its B- into B- and maps AQMAR MIS kinds to MISC', () => {
    const s = parseConll('كأس I-MIS1\nالعالم I-MIS1\nفي O\nقطر I--LOC\n', 'aqmar');
    expect(s[0]?.tags).toEqual(['B-MISC', 'I-MISC', 'O', 'B-LOC']);
  });

  it('maps WikiFANE fine classes and drops peoples (Group)', () => {
    expect(mapType('Politician', 'wikifane')).toBe('PER');
    expect(mapType('Population-Center', 'wikifane')).toBe('LOC');
    expect(mapType('Media', 'wikifane')).toBe('ORG');
    expect(mapType('Group', 'wikifane')).toBeNull();
  });

  it('reads tab-separated WikiFANE lines and glues detached clitics', () => {
    const s = parseConll('و\tO\nالحكومة\tB-Government\nل\tO\nالعراق\tB-Nation\nكتاب\tO\nها\tO\n', 'wikifane');
    expect(s[0]?.words).toEqual(['والحكومة', 'للعراق', 'كتابها']);
    expect(s[0]?.tags).toEqual(['B-ORG', 'B-LOC', 'O']);
  });
});

describe('glueClitics', () => {
  it('keeps the host tag when a conjunction joins an entity', () => {
    expect(glueClitics({ words: ['و', 'بغداد'], tags: ['O', 'B-LOC'] })).toEqual({
      words: ['وبغداد'],
      tags: ['B-LOC'],
    });
  });
});
