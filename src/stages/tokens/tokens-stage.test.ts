import { describe, expect, it } from 'vitest';
import { Doc } from '../../doc/index.js';
import { buildPipeline } from '../../pipeline/index.js';
import { stageContract } from '../../pipeline/stage-contract.js';
import { type TokenSpan, tokens } from './index.js';

const TEXT =
  'وَقالَ المُتَحَدِّثُ بـ1.2 مليون 😀 إنّ الـقـوات دخلت الموصل في ١٢٫٠٦٫٢٠١٧.\nوأضاف: «سنواصل...» 👨‍👩‍👧 ISIS!';

function makeDoc(text: string): Doc {
  return Doc.create({
    source: { path: null, url: null, encoding: 'utf-8', format: 'text' },
    title: null,
    text,
  });
}

describe('tokens stage', () => {
  const pipeline = buildPipeline([tokens()]);

  it('declares its name and capabilities', () => {
    expect(tokens()).toMatchObject({ name: 'tokens.v1', requires: ['text'], provides: ['tokens'] });
  });

  it('writes only the tokens layer and leaves the base text unchanged', () => {
    const doc = makeDoc(TEXT);
    const out = pipeline.run(doc);
    expect(out.text).toBe(TEXT);
    expect(out.id).toBe(doc.id);
    expect(out.layerNames).toEqual(['tokens']);
    expect(out.messages).toEqual([]);
  });

  it('writes spans inside the text whose slices are the tokens', () => {
    const out = pipeline.run(makeDoc(TEXT));
    const spans = out.spans<TokenSpan>('tokens');
    expect(spans.length).toBeGreaterThan(10);
    for (const t of spans) {
      expect(t.start).toBeGreaterThanOrEqual(0);
      expect(t.end).toBeLessThanOrEqual(TEXT.length);
      expect(t.end).toBeGreaterThan(t.start);
    }
    const slices = spans.map((t) => TEXT.slice(t.start, t.end));
    expect(slices).toContain('وَقالَ');
    expect(slices).toContain('المُتَحَدِّثُ');
    expect(slices).toContain('الـقـوات');
    expect(slices).toContain('بـ');
    expect(slices).toContain('😀');
    expect(slices).toContain('👨‍👩‍👧');
    expect(slices).toContain('١٢٫٠٦٫٢٠١٧');
    const forces = spans.find((t) => t.key === 'القوات');
    expect(forces?.clitics?.[0]).toMatchObject({ det: true, stem: 'قوات' });
  });

  it('is deterministic', () => {
    const a = pipeline.run(makeDoc(TEXT)).toJSON();
    const b = pipeline.run(makeDoc(TEXT)).toJSON();
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('round-trips through JSON', () => {
    const json = pipeline.run(makeDoc(TEXT)).toJSON();
    expect(Doc.fromJSON(JSON.parse(JSON.stringify(json))).spans('tokens')).toEqual(json.layers.tokens?.spans);
  });

  it('handles an empty text', () => {
    expect(pipeline.run(makeDoc('')).spans('tokens')).toEqual([]);
  });
});

stageContract({ stage: tokens, texts: [TEXT, 'قال المتحدث باسم الجيش إن القوات دخلت الموصل.'] });
