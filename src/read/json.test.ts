import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ReadContext } from './context.js';
import {
  jsonErrorOffset,
  jsonlToResults,
  jsonToResults,
  parseFieldMap,
  readJson,
  readJsonl,
} from './json.js';
import type { RawDoc, ReadResult } from './raw-doc.js';

const ctx: ReadContext = { path: 'data/news.json', input: 'data/news.json' };
const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));

function docs(results: Iterable<ReadResult>): RawDoc[] {
  return [...results].map((r) => {
    if (!r.ok) throw r.error;
    return r.doc;
  });
}

const A = {
  title: 'ارتفاع أسعار النفط',
  content: 'ارتفعت أسعار النفط اليوم بنسبة اثنين في المئة.',
  url: 'https://example.com/1',
  date: 'Tue, 21 Jul 2015 02:51:32 GMT',
  author: 'أحمد سمير',
  source: 'وكالة الأنباء',
};
const B = {
  headline: 'افتتاح جسر جديد',
  body: ['افتتح المحافظ جسراً جديداً.', 'ويربط الجسر ضفتي النهر.'],
  link: 'https://example.com/2',
  published_at: 1437447092,
  byline: [{ name: 'منى فؤاد' }, 'علي حسن'],
  site: { name: 'الصباح' },
  section: 'محليات',
};

describe('jsonToResults', () => {
  it('maps an array of records with the default field names', () => {
    const [a, b] = docs(jsonToResults(JSON.stringify([A, B]), ctx, 'utf-8'));
    expect(a).toEqual({
      source: {
        path: 'data/news.json',
        url: 'https://example.com/1',
        encoding: 'utf-8',
        format: 'json',
        record: 1,
      },
      text: A.content,
      title: A.title,
      meta: {
        published: '2015-07-21',
        publishedSource: 'input',
        author: 'أحمد سمير',
        outlet: 'وكالة الأنباء',
      },
      warnings: [],
    });
    expect(b?.text).toBe('افتتح المحافظ جسراً جديداً.\nويربط الجسر ضفتي النهر.');
    expect(b?.title).toBe('افتتاح جسر جديد');
    expect(b?.source.record).toBe(2);
    expect(b?.meta).toEqual({
      published: '2015-07-21',
      publishedSource: 'input',
      author: 'منى فؤاد، علي حسن',
      outlet: 'الصباح',
      category: 'محليات',
    });
  });

  it('reads a single object without a record number', () => {
    const [d] = docs(jsonToResults(JSON.stringify(A), ctx, 'utf-8'));
    expect(d?.source.record).toBeUndefined();
    expect(d?.title).toBe(A.title);
  });

  it.each(['articles', 'items', 'data'])('reads records under "%s"', (key) => {
    const out = docs(jsonToResults(JSON.stringify({ count: 2, [key]: [A, B] }), ctx, 'utf-8'));
    expect(out.map((d) => d.source.record)).toEqual([1, 2]);
  });

  it('fails a record without text, naming file and record, and keeps going', () => {
    const results = [...jsonToResults(JSON.stringify([A, { title: 'بلا نص' }, 'نص', B]), ctx, 'utf-8')];
    expect(results.map((r) => r.ok)).toEqual([true, false, false, true]);
    const bad = results[1];
    if (bad?.ok !== false) throw new Error('expected a failure');
    expect(bad.error.code).toBe('E_FORMAT');
    expect(bad.error.message).toBe(
      'data/news.json record 2: no text (looked for content, text, body, article)',
    );
    expect(bad.error.input).toBe('data/news.json');
  });

  it('fails invalid JSON with E_JSON and a position', () => {
    const [r] = [...jsonToResults('[{"title": "خبر",\n "content": }]', ctx, 'utf-8')];
    expect(r?.ok).toBe(false);
    if (r?.ok !== false) return;
    expect(r.error.code).toBe('E_JSON');
    expect(r.error.message).toMatch(/^data\/news\.json: invalid JSON at line 2, column \d+/);
  });

  it('warns about an unparseable date and keeps the record', () => {
    const [d] = docs(jsonToResults(JSON.stringify({ ...A, date: 'منذ ساعة' }), ctx, 'utf-8'));
    expect(d?.meta.published).toBeUndefined();
    expect(d?.warnings).toEqual(['unparseable date "منذ ساعة" in field "date"']);
  });

  it('applies a custom field map over the defaults', () => {
    const rec = {
      name: 'عنوان مخصص',
      story: { full: 'نص القصة الكاملة.' },
      when: '2020-01-05',
      content: 'لا يستخدم',
    };
    const fields = parseFieldMap(['title=headline,name', 'text=story.full', 'published=when']);
    const [d] = docs(jsonToResults(JSON.stringify(rec), { ...ctx, fields }, 'utf-8'));
    expect(d?.title).toBe('عنوان مخصص');
    expect(d?.text).toBe('نص القصة الكاملة.');
    expect(d?.meta.published).toBe('2020-01-05');
  });

  it('reads a .json file that holds JSON Lines', () => {
    const out = docs(jsonToResults(`${JSON.stringify(A)}\n${JSON.stringify(B)}\n`, ctx, 'utf-8'));
    expect(out).toHaveLength(2);
    expect(out[0]?.warnings[0]).toContain('read as JSON Lines');
  });
});

describe('jsonlToResults', () => {
  it('yields one doc per line; a bad line fails alone with its line number', () => {
    const text = [JSON.stringify(A), '', '{"title": "مكسور", ', JSON.stringify(B), ''].join('\n');
    const results = [...jsonlToResults(text, { path: 'x.jsonl', input: 'x.jsonl' }, 'utf-8')];
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    const bad = results[1];
    if (bad?.ok !== false) throw new Error('expected a failure');
    expect(bad.error.code).toBe('E_JSON');
    expect(bad.error.message).toMatch(/^x\.jsonl line 3: invalid JSON/);
    const last = results[2];
    expect(last?.ok && last.doc.source.record).toBe(3);
  });

  it('is lazy: records come out as lines are parsed', () => {
    const gen = jsonlToResults(`${JSON.stringify(A)}\nnot json\n`, ctx, 'utf-8');
    expect(gen.next().value?.ok).toBe(true);
    expect(gen.next().value?.ok).toBe(false);
    expect(gen.next().done).toBe(true);
  });
});

describe('readJson / readJsonl', () => {
  it('decode bytes first, carrying the encoding', () => {
    const raw = new Uint8Array(iconv.encode(JSON.stringify([A]), 'windows-1256'));
    const [d] = docs(readJson(raw, ctx));
    expect(d?.source.encoding).toBe('windows-1256');
    expect(d?.text).toBe(A.content);
    const [e] = docs(readJsonl(bytes(`${JSON.stringify(B)}\r\n`), ctx));
    expect(e?.source).toMatchObject({ encoding: 'utf-8', record: 1 });
  });
});

describe('parseFieldMap', () => {
  it('parses field=key lists and merges repeats', () => {
    expect(parseFieldMap(['title=headline,name', 'author = writer', 'title=h'])).toEqual({
      title: ['headline', 'name', 'h'],
      author: ['writer'],
    });
  });

  it.each([['title'], ['=x'], ['colour=x'], ['title='], ['title=a,,b']])(
    'rejects %j with E_USAGE',
    (spec) => {
      expect(() => parseFieldMap([spec])).toThrowError(expect.objectContaining({ code: 'E_USAGE' }));
    },
  );
});

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": 1}', -1],
    ['[1, 2, {"b": [true, null, "x\\"y"]}]', -1],
    ['[1,', 3],
    ['{"a" 1}', 5],
    ['[{"t": "x",\n "c": }]', 18],
    ['[1] 2', 4],
    ['"\\q"', 2],
  ])('%j → %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});
