import { describe, expect, it } from 'vitest';
import { Doc, type DocJSON } from './document.js';
import { MarsadError } from './errors.js';
import { Layer } from './layer.js';
import { RECORD_FIELDS, toRecord } from './record.js';

const source = { path: 'fixture.txt', url: null, encoding: 'utf-8', format: 'text' as const };
const text = 'قال المتحدثُ باسم الوزارة إن الهجوم وقع أمس.';

describe('Doc', () => {
  it('derives a content id from the base text', () => {
    const a = Doc.create({ source, title: null, text });
    const b = Doc.create({ source: { ...source, path: 'other.txt' }, title: 'عنوان', text });
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
    expect(a.id).toBe(b.id);
  });

  it('is immutable: with… returns a new document and freezes spans', () => {
    const doc = Doc.create({ source, title: null, text });
    const next = doc.withLayer('sentences', [{ start: 0, end: text.length }]);
    expect(doc.hasLayer('sentences')).toBe(false);
    expect(next.hasLayer('sentences')).toBe(true);
    expect(Object.isFrozen(next.spans('sentences')[0])).toBe(true);
    expect(() => {
      (next as unknown as { text: string }).text = 'x';
    }).toThrow();
  });

  it('refuses a span outside the text', () => {
    const doc = Doc.create({ source, title: null, text });
    expect(() => doc.withLayer('sentences', [{ start: 0, end: text.length + 1 }])).toThrow(
      /not inside the text/,
    );
    expect(() => doc.withLayer('sentences', [{ start: 5, end: 5 }])).toThrow(MarsadError);
  });

  it('names both spans when a non-overlapping layer gets overlapping spans', () => {
    const doc = Doc.create({ source, title: null, text });
    const err = (() => {
      try {
        doc.withLayer('entities', [
          { start: 0, end: 12 },
          { start: 4, end: 20 },
        ]);
      } catch (e) {
        return e as MarsadError;
      }
      return null;
    })();
    expect(err?.code).toBe('E_OVERLAP');
    expect(err?.message).toContain('[0,12)');
    expect(err?.message).toContain('[4,20)');
  });

  it('lets quotes overlap and nested layers nest but not cross', () => {
    const doc = Doc.create({ source, title: null, text });
    expect(() =>
      doc.withLayer('quotes', [
        { start: 0, end: 12 },
        { start: 4, end: 20 },
      ]),
    ).not.toThrow();
    expect(() =>
      Layer.create(
        'constituents',
        'nested',
        [
          { start: 0, end: 20 },
          { start: 4, end: 10 },
        ],
        text,
      ),
    ).not.toThrow();
    expect(() =>
      Layer.create(
        'constituents',
        'nested',
        [
          { start: 0, end: 10 },
          { start: 4, end: 20 },
        ],
        text,
      ),
    ).toThrow(/crossing/);
  });

  it('refuses a layer with no overlap rule and a second write of a layer', () => {
    const doc = Doc.create({ source, title: null, text });
    expect(() => doc.withLayer('mystery', [])).toThrow(/no overlap rule/);
    const once = doc.withLayer('sentences', []);
    expect(() => once.withLayer('sentences', [])).toThrow(/already has/);
  });

  it('round-trips through JSON', () => {
    const doc = Doc.create({
      source,
      title: 'عنوان الخبر',
      text,
      meta: { author: 'سامي يوسف', published: '2020-01-02', publishedSource: 'text' },
      removed: [{ text: 'اترك تعليقاً', reason: 'comment-form', inputStart: 50, inputEnd: 62 }],
      messages: [{ stage: 'clean.v1', level: 'info', text: 'ملاحظة' }],
    })
      .withLayer('sentences', [{ start: 0, end: text.length }])
      .withLayer('entities', [{ start: 4, end: 12, type: 'PER', entity: 'x', name: 'x', latin: null }]);
    const json = JSON.parse(JSON.stringify(doc.toJSON())) as DocJSON;
    const back = Doc.fromJSON(json);
    expect(back.toJSON()).toEqual(doc.toJSON());
  });

  it('refuses JSON whose id does not match its text', () => {
    const json = Doc.create({ source, title: null, text }).toJSON();
    expect(() => Doc.fromJSON({ ...json, text: `${text} ` })).toThrow(/does not match/);
  });
});

describe('toRecord', () => {
  it('has every contract field, empty layers as []', () => {
    const r = toRecord(Doc.create({ source, title: null, text }));
    expect(Object.keys(r)).toEqual([...RECORD_FIELDS]);
    expect(Object.keys(r.meta)).toEqual([
      'author',
      'outlet',
      'agency',
      'category',
      'published',
      'publishedSource',
    ]);
    expect(r.entities).toEqual([]);
    expect(r.events).toEqual([]);
  });

  it('adds each span text so that text.slice(start, end) equals it', () => {
    const doc = Doc.create({ source, title: null, text }).withLayer('times', [
      { start: 40, end: 43, type: 'DATE', value: null, calendar: 'gregorian' },
    ]);
    const r = toRecord(doc);
    const t = r.times[0];
    expect(t?.text).toBe(text.slice(40, 43));
    expect(t?.text).toBe('أمس');
  });
});
