import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { MarsadError, RECORD_FIELDS } from '../doc/index.js';
import { syntheticArticle } from '../ingest/synthetic.js';
import { type CliIO, ingestCommand, showCommand, statsCommand } from './archive.js';
import { csvCell } from './csv.js';
import { PLAIN } from './format-text.js';
import { exportCommand, searchCommand } from './search.js';

function io(tty = false) {
  const out = new PassThrough();
  const err = new PassThrough();
  let o = '';
  let e = '';
  out.on('data', (d: Buffer) => (o += d.toString('utf8')));
  err.on('data', (d: Buffer) => (e += d.toString('utf8')));
  const stdout = Object.assign(out, { isTTY: tty });
  const value: CliIO = { stdout, stderr: err, style: PLAIN };
  return { io: value, out: () => o, err: () => e };
}

const WIRE =
  'أعلنت الشرطة في مدينة الموصل أنها أوقفت خلية كانت تخطط لهجمات، وقال المتحدث باسمها إن التحقيقات مستمرة مع الموقوفين لمعرفة ارتباطاتهم.';

describe('archive commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-archive-'));
  const db = join(dir, 'archive.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const lines = [
    {
      title: 'توقيف خلية في الموصل',
      text: WIRE,
      url: 'https://a.example/1',
      source: 'وكالة أ',
      date: '2015-07-02',
    },
    // The same wire story from another outlet with diacritics: an exact duplicate once normalised.
    {
      title: 'خلية الموصل',
      text: WIRE.replace('أعلنت', 'أَعْلَنَت'),
      url: 'https://b.example/9',
      source: 'صحيفة ب',
      date: '2015-07-01',
    },
    { ...syntheticArticle(7), url: 'https://c.example/3', source: 'صحيفة ب', date: '2015-08-10' },
    { title: 'فارغ', text: '   ', url: 'https://c.example/empty', source: 'صحيفة ب' },
  ];
  const input = join(dir, 'dump.jsonl.gz');
  writeFileSync(input, gzipSync(lines.map((l) => JSON.stringify(l)).join('\n')));

  it('ingests a gzipped JSON Lines dump, reports duplicates and refusals, and is idempotent', async () => {
    const a = io();
    const first = await ingestCommand([input], { db, workers: 0, json: true }, a.io);
    expect(first).toMatchObject({ stored: 2, duplicates: 1, failed: 1, skipped: 0 });
    expect(first.failures[0]?.message).toMatch(/record 4/u);
    const again = await ingestCommand([input], { db, workers: 0, json: true }, io().io);
    expect(again).toMatchObject({ stored: 0, duplicates: 0, skipped: 3, failed: 1 });
  });

  it('searches across clitics and letter variants, collapsing duplicates, as JSON', async () => {
    const a = io();
    await searchCommand(['بالموصل'], { db }, a.io);
    const res = JSON.parse(a.out()) as {
      total: number;
      hits: { id: string; duplicates: number; snippet: { highlights: unknown[] } }[];
    };
    expect(res.total).toBe(2);
    expect(res.hits).toHaveLength(1);
    expect(res.hits[0]?.duplicates).toBe(1);
    expect(res.hits[0]?.snippet.highlights.length).toBeGreaterThan(0);
    const b = io();
    await searchCommand(['outlet:"صحيفة ب"', 'from:2015-08'], { db }, b.io);
    expect(JSON.parse(b.out()).total).toBe(1);
  });

  it('prints readable results on a terminal and refuses a malformed query with its position', async () => {
    const a = io(true);
    await searchCommand(['الموصل'], { db, expand: true }, a.io);
    expect(a.out()).toMatch(/2 document\(s\)/u);
    expect(a.out()).toContain('الموصل');
    await expect(searchCommand(['(الموصل'], { db }, io().io)).rejects.toThrow(/character 1/u);
    await expect(searchCommand(['nosuch:x'], { db }, io().io)).rejects.toBeInstanceOf(MarsadError);
  });

  it('shows a stored record with every contract field and its duplicates', async () => {
    const s = io();
    await searchCommand(['الموصل'], { db, expand: true }, s.io);
    const id = (JSON.parse(s.out()) as { hits: { id: string }[] }).hits[0]?.id as string;
    const a = io();
    expect(await showCommand(id.slice(0, 8), { db }, a.io)).toBe(true);
    const record = JSON.parse(a.out()) as Record<string, unknown>;
    for (const f of RECORD_FIELDS) expect(record).toHaveProperty(f);
    expect((record.duplicates as { members: unknown[] }).members).toHaveLength(2);
    expect(await showCommand('ffffffffffffffff', { db }, io().io)).toBe(false);
  });

  it('exports JSON Lines and CSV, and reports stats', async () => {
    const a = io();
    expect(await exportCommand([], { db, format: 'jsonl' }, a.io)).toBe(3);
    expect(a.out().trim().split('\n')).toHaveLength(3);
    const csvFile = join(dir, 'out.csv');
    expect(await exportCommand(['الموصل'], { db, format: 'csv', out: csvFile }, io().io)).toBe(2);
    const csv = readFileSync(csvFile, 'utf8');
    expect(csv.startsWith('\uFEFFid,url')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
    const st = io();
    await statsCommand({ db }, st.io);
    expect(JSON.parse(st.out())).toMatchObject({
      documents: 3,
      duplicateGroups: 1,
      duplicates: 1,
      sources: 3,
    });
  });

  it('refuses to search an archive that does not exist', async () => {
    await expect(searchCommand(['x'], { db: join(dir, 'none.db') }, io().io)).rejects.toThrow(/no archive/u);
  });
});

describe('csv cells', () => {
  it('quotes separators and neutralises spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('قال "نعم"')).toBe('"قال ""نعم"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(null)).toBe('');
  });
});
