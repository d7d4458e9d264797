import { describe, expect, it } from 'vitest';
import { Doc } from '../doc/index.js';
import { buildPipeline } from './pipeline.js';
import type { Stage } from './stage.js';

const source = { path: null, url: null, encoding: 'utf-8', format: 'text' as const };
const doc = () => Doc.create({ source, title: null, text: 'نص قصير للاختبار.' });

const stage = (
  name: string,
  requires: string[],
  provides: string[],
  run: Stage['run'] = () => ({}),
): Stage => ({
  name,
  requires,
  provides,
  run,
});

describe('buildPipeline', () => {
  it('reports every unmet requirement in one error', () => {
    expect(() =>
      buildPipeline([stage('a.v1', ['tokens', 'entities'], ['x']), stage('b.v1', ['times'], ['y'])]),
    ).toThrow(/a\.v1 requires "tokens"[\s\S]*a\.v1 requires "entities"[\s\S]*b\.v1 requires "times"/);
  });

  it('accepts requirements met by earlier stages in the explicit order, not later ones', () => {
    const t = stage('t.v1', ['text'], ['tokens'], () => ({ layers: { tokens: [] } }));
    const s = stage('s.v1', ['tokens'], ['sentences'], () => ({ layers: { sentences: [] } }));
    expect(() => buildPipeline([t, s])).not.toThrow();
    expect(() => buildPipeline([s, t])).toThrow(/s\.v1 requires "tokens"/);
  });

  it('refuses a capability provided twice', () => {
    const t = stage('t.v1', ['text'], ['tokens']);
    expect(() => buildPipeline([t, stage('t2.v1', ['text'], ['tokens'])])).toThrow(/already provided/);
  });

  it('refuses a layer or metadata field the stage did not declare', () => {
    const sneaky = stage('x.v1', ['text'], ['tokens'], () => ({ layers: { tokens: [], entities: [] } }));
    expect(() => buildPipeline([sneaky]).run(doc())).toThrow(/does not declare/);
    const meta = stage('m.v1', ['text'], [], () => ({ meta: { published: '2020-01-01' } }));
    expect(() => buildPipeline([meta]).run(doc())).toThrow(/meta\.published/);
  });

  it('writes declared layers, metadata and messages onto a new document', () => {
    const s = stage('s.v1', ['text'], ['sentences', 'meta.published'], (d) => ({
      layers: { sentences: [{ start: 0, end: d.text.length }] },
      meta: { published: '2020-01-01', publishedSource: 'text' } as never,
      messages: [{ stage: '', level: 'info', text: 'ok' }],
    }));
    const p = buildPipeline([{ ...s, provides: ['sentences', 'meta.published', 'meta.publishedSource'] }]);
    const input = doc();
    const out = p.run(input);
    expect(input.hasLayer('sentences')).toBe(false);
    expect(out.spans('sentences')).toHaveLength(1);
    expect(out.meta.published).toBe('2020-01-01');
    expect(out.messages[0]?.stage).toBe('s.v1');
  });

  it('throws a failing stage in tests and records it as a message in batch mode', () => {
    const boom = stage('boom.v1', ['text'], [], () => {
      throw new Error('kaput');
    });
    expect(() => buildPipeline([boom]).run(doc())).toThrow(/boom\.v1 failed/);
    const out = buildPipeline([boom], { onStageError: 'record' }).run(doc());
    expect(out.messages).toEqual([
      { stage: 'boom.v1', level: 'error', code: 'E_STAGE', text: 'stage failed: kaput' },
    ]);
  });
});
