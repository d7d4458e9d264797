import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatOf, type ReadOptions, readInputs } from './inputs.js';
import type { ReadResult } from './raw-doc.js';

const NEWS = 'أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في مدينة الإسكندرية.';
const HTML = `<html><head><title>افتتاح مستشفى جديد</title></head><body><nav>القائمة</nav><p>${NEWS}</p></body></html>`;
const RECORDS = [
  { title: 'خبر أول', content: 'انطلقت اليوم فعاليات المهرجان.', date: '2022-04-01' },
  { title: 'خبر ثان', content: 'عاد المنتخب إلى أرض الوطن.', date: '2022-04-02' },
];

let dir: string;

async function collect(paths: string[], opts: ReadOptions = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(paths, opts)) out.push(r);
  return out;
}

const describeResult = (r: ReadResult): string =>
  r.ok ? `${r.doc.source.path}${r.doc.source.record ? `#${r.doc.source.record}` : ''}` : `! ${r.error.code}`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marsad-read-'));
  await mkdir(join(dir, 'a'));
  await mkdir(join(dir, 'c', 'deep'), { recursive: true });
  await mkdir(join(dir, '.git'));
  await writeFile(join(dir, 'b.txt'), NEWS);
  await writeFile(join(dir, 'README'), 'ملف بلا امتداد يقرأ نصاً.');
  await writeFile(join(dir, 'notes.md'), '# ملاحظات');
  await writeFile(join(dir, '.hidden.txt'), 'مخفي');
  await writeFile(join(dir, '.git', 'x.txt'), 'مخفي');
  await writeFile(join(dir, 'a', 'z.html'), HTML);
  await writeFile(join(dir, 'a', 'm.json'), JSON.stringify(RECORDS));
  await writeFile(join(dir, 'a.jsonl'), RECORDS.map((r) => JSON.stringify(r)).join('\n'));
  await writeFile(
    join(dir, 'c', 'deep', 'd.htm'),
    iconv.encode(HTML.replace('<head>', '<head><meta charset="windows-1256">'), 'windows-1256'),
  );
  await writeFile(
    join(dir, 'c', 'e.ndjson'),
    `${JSON.stringify(RECORDS[0])}\n{bad\n${JSON.stringify(RECORDS[1])}\n`,
  );
  await writeFile(
    join(dir, 'c', 'f.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readInputs: files and directories', () => {
  it('walks directories recursively in sorted order, skipping dot entries and unknown extensions', async () => {
    const results = await collect([dir]);
    const rel = (r: ReadResult): string => describeResult(r).replace(`${dir}/`, '');
    expect(results.map(rel)).toEqual([
      'README',
      'a/m.json#1',
      'a/m.json#2',
      'a/z.html',
      'a.jsonl#1',
      'a.jsonl#2',
      'b.txt',
      'c/deep/d.htm',
      'c/e.ndjson#1',
      '! E_JSON',
      'c/e.ndjson#3',
      '! E_BINARY',
    ]);
  });

  it('reads each format with its reader', async () => {
    const results = await collect([dir]);
    const byPath = new Map(
      results.flatMap((r) => (r.ok ? [[`${r.doc.source.path}#${r.doc.source.record ?? 0}`, r.doc]] : [])),
    );
    const html = byPath.get(`${join(dir, 'a', 'z.html')}#0`);
    expect(html).toMatchObject({
      title: 'افتتاح مستشفى جديد',
      text: NEWS,
      source: { format: 'html', encoding: 'utf-8' },
    });
    const legacy = byPath.get(`${join(dir, 'c', 'deep', 'd.htm')}#0`);
    expect(legacy).toMatchObject({ text: NEWS, source: { encoding: 'windows-1256' } });
    const json = byPath.get(`${join(dir, 'a', 'm.json')}#2`);
    expect(json).toMatchObject({
      title: 'خبر ثان',
      meta: { published: '2022-04-02' },
      source: { format: 'json' },
    });
    const text = byPath.get(`${join(dir, 'b.txt')}#0`);
    expect(text).toEqual({
      source: { path: join(dir, 'b.txt'), url: null, encoding: 'utf-8', format: 'text' },
      text: NEWS,
      title: null,
      meta: {},
      warnings: [],
    });
  });

  it('names the file and line of a bad JSONL line and the offset of a binary file', async () => {
    const failures = (await collect([join(dir, 'c')])).filter((r) => !r.ok);
    expect(failures.map((r) => (r.ok ? '' : r.error.message))).toEqual([
      expect.stringMatching(new RegExp(`^${join(dir, 'c', 'e.ndjson')} line 2: invalid JSON`)),
      `${join(dir, 'c', 'f.txt')} looks binary (PNG signature at offset 0)`,
    ]);
  });

  it('keeps relative paths relative', async () => {
    const rel = relative(process.cwd(), dir);
    const [r] = await collect([join(rel, 'b.txt')]);
    expect(r?.ok && r.doc.source.path).toBe(join(rel, 'b.txt'));
  });

  it('reports a missing path and goes on with the others', async () => {
    const missing = join(dir, 'missing.txt');
    const results = await collect([missing, join(dir, 'b.txt')]);
    expect(results.map((r) => r.ok)).toEqual([false, true]);
    const [bad] = results;
    if (bad?.ok !== false) throw new Error('expected a failure');
    expect(bad.error.code).toBe('E_NOT_FOUND');
    expect(bad.error.message).toContain(missing);
    expect(bad.error.input).toBe(missing);
  });

  it('refuses files over maxBytes, naming file and size', async () => {
    const results = await collect([join(dir, 'b.txt'), join(dir, 'README')], { maxBytes: 60 });
    const [big, small] = results;
    if (big?.ok !== false) throw new Error('expected a failure');
    expect(big.error.code).toBe('E_TOO_LARGE');
    const size = Buffer.byteLength(NEWS);
    expect(big.error.message).toBe(`${join(dir, 'b.txt')} is ${size} bytes, over the 60 bytes limit`);
    expect(small?.ok).toBe(true);
  });

  it('reads an explicitly named file with an unknown extension as text', async () => {
    const [r] = await collect([join(dir, 'notes.md')]);
    expect(r?.ok && r.doc.source.format).toBe('text');
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file with E_READ', async () => {
    const path = join(dir, 'locked.txt');
    await writeFile(path, NEWS);
    await chmod(path, 0o000);
    try {
      const [r] = await collect([path]);
      expect(r?.ok === false && r.error.code).toBe('E_READ');
    } finally {
      await chmod(path, 0o644);
      await rm(path);
    }
  });

  it('reports a path the file system refuses with E_READ', async () => {
    const [r] = await collect(['bad\0name.txt']);
    expect(r?.ok === false && r.error.code).toBe('E_READ');
  });

  it('passes the explicit encoding and field map to the readers', async () => {
    const path = join(dir, 'custom.json');
    await writeFile(path, iconv.encode(JSON.stringify({ head: 'عنوان', story: NEWS }), 'iso-8859-6'));
    try {
      const [r] = await collect([path], {
        encoding: 'iso-8859-6',
        fields: { title: ['head'], text: ['story'] },
      });
      expect(r?.ok && r.doc).toMatchObject({
        title: 'عنوان',
        text: NEWS,
        source: { encoding: 'iso-8859-6' },
      });
    } finally {
      await rm(path);
    }
  });

  it('formatOf maps extensions', () => {
    expect(['a.TXT', 'a.htm', 'a.ndjson', 'a', 'a.pdf'].map(formatOf)).toEqual([
      'text',
      'html',
      'jsonl',
      'text',
      null,
    ]);
  });
});

describe('readInputs: stdin', () => {
  const stdin = (data: string | Uint8Array): Readable => Readable.from([Buffer.from(data)]);

  it.each([
    ['html', HTML, 'html', NEWS],
    ['json', JSON.stringify(RECORDS), 'json', RECORDS[0]?.content],
    ['jsonl', RECORDS.map((r) => JSON.stringify(r)).join('\n'), 'json', RECORDS[0]?.content],
    ['text', `  ${NEWS}`, 'text', `  ${NEWS}`],
  ])('sniffs %s', async (_name, data, format, text) => {
    const results = await collect(['-'], { stdin: stdin(data) });
    const [r] = results;
    expect(r?.ok && r.doc).toMatchObject({ text, source: { path: null, format } });
  });

  it('treats text starting with "[" that is not JSON as text', async () => {
    const [r] = await collect(['-'], { stdin: stdin('[عاجل] انقطاع الكهرباء عن أحياء العاصمة') });
    expect(r?.ok && r.doc.source.format).toBe('text');
  });

  it('honours stdinFormat', async () => {
    const [r] = await collect(['-'], { stdin: stdin(HTML), stdinFormat: 'text' });
    expect(r?.ok && r.doc.text).toBe(HTML);
  });

  it('honours <meta charset> on stdin', async () => {
    const bytes = iconv.encode(HTML.replace('<head>', '<head><meta charset="windows-1256">'), 'windows-1256');
    const [r] = await collect(['-'], { stdin: stdin(bytes) });
    expect(r?.ok && r.doc).toMatchObject({ text: NEWS, source: { encoding: 'windows-1256' } });
  });

  it('caps stdin at maxBytes', async () => {
    const [r] = await collect(['-'], {
      stdin: Readable.from([Buffer.from(NEWS), Buffer.from(NEWS)]),
      maxBytes: 100,
    });
    if (r?.ok !== false) throw new Error('expected a failure');
    expect(r.error.code).toBe('E_TOO_LARGE');
    expect(r.error.message).toBe('stdin is larger than 100 bytes');
    expect(r.error.input).toBe('-');
  });

  it('names stdin in decode failures', async () => {
    const [r] = await collect(['-'], { stdin: stdin(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2])) });
    if (r?.ok !== false) throw new Error('expected a failure');
    expect(r.error.message).toBe('stdin looks binary (PNG signature at offset 0)');
    expect(r.error.input).toBe('-');
  });
});
