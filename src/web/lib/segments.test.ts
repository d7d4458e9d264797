import { describe, expect, it } from 'vitest';
import { clip, type Mark, paragraphs, segmentText } from './segments.js';

const m = (kind: Mark['kind'], start: number, end: number, index = 0): Mark => ({ kind, start, end, index });

describe('segmentText', () => {
  it.each([
    ['no marks: one run', 'قال الوزير', [], [['قال الوزير', []]]],
    [
      'an entity inside a quote: nested runs, outer mark first',
      'قال «إن الموصل آمنة»',
      [m('quote', 5, 19), m('entity', 8, 14)],
      [
        ['قال «', []],
        ['إن ', ['quote']],
        ['الموصل', ['quote', 'entity']],
        [' آمنة', ['quote']],
        ['»', []],
      ],
    ],
    [
      'overlapping marks cut at every boundary',
      'abcdef',
      [m('event', 0, 4), m('match', 2, 6)],
      [
        ['ab', ['event']],
        ['cd', ['event', 'match']],
        ['ef', ['match']],
      ],
    ],
    [
      'marks outside the text or empty are ignored',
      'abc',
      [m('entity', 2, 9), m('time', 1, 1)],
      [['abc', []]],
    ],
  ])('%s', (_what, text, marks, expected) => {
    const runs = segmentText(text, marks as Mark[]);
    expect(runs.map((r) => [r.text, r.marks.map((x) => x.kind)])).toEqual(expected);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('keeps markup in the text as text', () => {
    const runs = segmentText('<script>x</script>', [m('entity', 8, 9)]);
    expect(runs.map((r) => r.text)).toEqual(['<script>', 'x', '</script>']);
  });
});

describe('paragraphs and clip', () => {
  it('splits at line breaks, skipping blank lines, and clips marks to a paragraph', () => {
    const text = 'أول\n\nثان طويل';
    expect(paragraphs(text)).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 13 },
    ]);
    expect(clip([m('entity', 2, 9), m('time', 0, 2)], 5, 13)).toEqual([m('entity', 0, 4)]);
  });
});
