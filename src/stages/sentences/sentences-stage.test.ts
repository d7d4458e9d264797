import { describe, expect, it } from 'vitest';
import { Doc, MarsadError } from '../../doc/index.js';
import { buildPipeline } from '../../pipeline/index.js';
import { stageContract } from '../../pipeline/stage-contract.js';
import { tokens } from '../tokens/index.js';
import { sentences } from './index.js';

const TEXT =
  'عاجل\n\nوَقالَ د. المُتَحَدِّثُ 😀 إنّ الـقـوات دخلت الموصل في ١٢٫٠٦٫٢٠١٧. وأضاف: «سنواصل...» 👨‍👩‍👧\n  هل انتهى؟ نعم!  ';

function makeDoc(text: string): Doc {
  return Doc.create({
    source: { path: null, url: null, encoding: 'utf-8', format: 'text' },
    title: null,
    text,
  });
}

describe('sentences stage', () => {
  const pipeline = buildPipeline([tokens(), sentences()]);

  it('declares its name and capabilities', () => {
    expect(sentences()).toMatchObject({
      name: 'sentences.v1',
      requires: ['tokens'],
      provides: ['sentences', 'paragraphs'],
    });
  });

  it('cannot run without the tokens stage', () => {
    expect(() => buildPipeline([sentences()])).toThrow(MarsadError);
  });

  it('writes only its declared layers and leaves the base text unchanged', () => {
    const doc = makeDoc(TEXT);
    const out = pipeline.run(doc);
    expect(out.text).toBe(TEXT);
    expect(out.id).toBe(doc.id);
    expect(out.layerNames).toEqual(['tokens', 'sentences', 'paragraphs']);
    expect(out.messages).toEqual([]);
  });

  it('writes sentences and paragraphs with exact offsets across diacritics, tatweel and emoji', () => {
    const out = pipeline.run(makeDoc(TEXT));
    const slice = (name: string): string[] => out.spans(name).map((s) => TEXT.slice(s.start, s.end));
    expect(slice('sentences')).toEqual([
      'عاجل',
      'وَقالَ د. المُتَحَدِّثُ 😀 إنّ الـقـوات دخلت الموصل في ١٢٫٠٦٫٢٠١٧.',
      'وأضاف: «سنواصل...» 👨‍👩‍👧',
      'هل انتهى؟',
      'نعم!',
    ]);
    expect(slice('paragraphs')).toEqual([
      'عاجل',
      'وَقالَ د. المُتَحَدِّثُ 😀 إنّ الـقـوات دخلت الموصل في ١٢٫٠٦٫٢٠١٧. وأضاف: «سنواصل...» 👨‍👩‍👧',
      'هل انتهى؟ نعم!',
    ]);
    for (const name of ['sentences', 'paragraphs']) {
      for (const s of out.spans(name)) {
        expect(Object.keys(s).sort()).toEqual(['end', 'start']);
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(TEXT.length);
      }
    }
  });

  it('puts every token in exactly one sentence', () => {
    const out = pipeline.run(makeDoc(TEXT));
    const sents = out.spans('sentences');
    for (const t of out.spans('tokens')) {
      expect(sents.filter((s) => s.start <= t.start && t.end <= s.end)).toHaveLength(1);
    }
  });

  it('is deterministic', () => {
    const a = pipeline.run(makeDoc(TEXT)).toJSON();
    const b = pipeline.run(makeDoc(TEXT)).toJSON();
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('handles an empty text', () => {
    const out = pipeline.run(makeDoc(''));
    expect(out.spans('sentences')).toEqual([]);
    expect(out.spans('paragraphs')).toEqual([]);
  });
});

stageContract({
  stage: sentences,
  before: () => [tokens()],
  texts: [TEXT, 'قال المتحدث. وأضاف: «سنواصل».\n\nفقرة ثانية؟ نعم.'],
});
