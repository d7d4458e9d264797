import { describe, expect, it } from 'vitest';
import { Doc, type EntitySpan, toRecord } from '../../doc/index.js';
import { buildPipeline } from '../../pipeline/index.js';
import { stageContract } from '../../pipeline/stage-contract.js';
import { sentences } from '../sentences/index.js';
import { tokens } from '../tokens/index.js';
import { entities } from './index.js';

// Invented news text: actors by acronym and description, a place with clitics, a person named in
// full and then by surname.
const TEXT =
  'قال المتحدث باسم قوات سوريا الديمقراطية إن مقاتلي قسد صدوا هجوما لتنظيم الدولة الإسلامية قرب الرقة.\n' +
  'وأعلن داعش في بيان أن زعيمه أبو بكر البغدادي سيلقي كلمة، وقال مصدر إن البغدادي غادر الموصل إلى بغداد.\n' +
  'وأكد الأمين العام للأمم المتحدة أن مجلس الأمن سيجتمع في نيويورك يوم الاثنين.';

function run(text: string): { doc: Doc; spans: readonly EntitySpan[] } {
  const doc = buildPipeline([tokens(), sentences(), entities()]).run(
    Doc.create({ source: { path: null, url: null, encoding: 'utf-8', format: 'text' }, title: null, text }),
  );
  return { doc, spans: doc.spans<EntitySpan>('entities') };
}

function byText(text: string, spans: readonly EntitySpan[]): Map<string, EntitySpan> {
  return new Map(spans.map((s) => [text.slice(s.start, s.end), s]));
}

describe('entities stage', () => {
  it('declares its name and capabilities', () => {
    expect(entities()).toMatchObject({
      name: 'entities.v1',
      requires: ['tokens', 'sentences'],
      provides: ['entities'],
    });
  });

  it('writes spans with the record fields only', () => {
    const { spans } = run(TEXT);
    expect(spans.length).toBeGreaterThan(5);
    for (const s of spans) {
      expect(Object.keys(s).sort()).toEqual(['end', 'entity', 'latin', 'name', 'start', 'type']);
      expect(['PER', 'ORG', 'LOC', 'MISC']).toContain(s.type);
      expect(s.entity).toMatch(/^(per|org|loc|misc):\S+$/u);
    }
  });

  it.each([
    ['an acronym', 'قسد', 'org:sdf'],
    ['the full name', 'قوات سوريا الديمقراطية', 'org:sdf'],
    ['another acronym', 'وأعلن داعش', 'org:islamic-state'],
    ['a gazetteer place', 'الرقة', 'loc:sy-raqqa'],
    ['a place after a conjunction', 'الموصل', 'loc:iq-mosul'],
    ['an organisation after a preposition', 'للأمم المتحدة', 'org:united-nations'],
  ])('gives %s its canonical key', (_, mention, key) => {
    const { spans } = run(TEXT);
    const hit = spans.find(
      (s) => TEXT.slice(s.start, s.end).endsWith(mention) || mention.endsWith(TEXT.slice(s.start, s.end)),
    );
    expect(hit?.entity).toBe(key);
  });

  it('resolves a description of a known actor whatever its span', () => {
    const { spans } = run(TEXT);
    const at = TEXT.indexOf('الدولة الإسلامية');
    const hit = spans.find((s) => s.start <= at && at < s.end);
    expect(hit?.entity).toBe('org:islamic-state');
  });

  it('gives a surname the key of the full name mentioned earlier', () => {
    const { spans } = run(TEXT);
    const m = byText(TEXT, spans);
    const full = [...m.entries()].find(([t]) => t.includes('بكر'))?.[1];
    const short = m.get('البغدادي');
    expect(full?.type).toBe('PER');
    expect(short?.entity).toBe(full?.entity);
    expect(short?.name).toBe('أبو بكر البغدادي');
  });

  it('gives places their coordinates through entityInfo', async () => {
    const { entityInfo } = await import('../../entities/index.js');
    expect(entityInfo('loc:iq-mosul')).toMatchObject({ name: 'الموصل', type: 'LOC', latin: 'Mosul' });
    expect(entityInfo('loc:iq-mosul')?.lat).toBeCloseTo(36.34, 1);
    expect(entityInfo('org:sdf')?.aliases).toContain('قسد');
    expect(entityInfo('per:nobody')).toBeNull();
  });

  it('gives search the key of a name a user types', async () => {
    const { entityKeyFor } = await import('../../entities/index.js');
    expect(entityKeyFor('داعش', 'ORG')).toBe('org:islamic-state');
    expect(entityKeyFor('وبالموصل', 'LOC')).toBe('loc:iq-mosul');
    expect(entityKeyFor('لأبي بكر البغدادي', 'PER')).toBe('per:ابو-بكر-البغدادي');
  });

  it('projects onto the analysis record with the span text', () => {
    const record = toRecord(run(TEXT).doc);
    for (const e of record.entities) expect(e.text).toBe(TEXT.slice(e.start, e.end));
  });

  it('handles a text without entities', () => {
    expect(run('كان الجو جميلا.').spans).toEqual([]);
  });
});

stageContract({
  stage: entities,
  before: () => [tokens(), sentences()],
  texts: [TEXT, 'أعلن حزب الله اللبناني أن مقاتليه قصفوا مواقع في شمال إسرائيل.'],
});
