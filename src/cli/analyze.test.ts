import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { RECORD_FIELDS } from '../doc/index.js';
import { analyze } from './analyze.js';

const TITLE = 'الجيش يعلن استعادة السيطرة على بلدة حدودية';
const BODY =
  'أعلن الجيش، اليوم الأحد، استعادة السيطرة الكاملة على بلدة حدودية بعد اشتباكات استمرت ثلاثة أيام، وفق بيان رسمي.\n' +
  'وقال المتحدث العسكري إن القوات "أمّنت الطرق المؤدية إلى البلدة"، مضيفاً أن عمليات التمشيط مستمرة.';
const PAGE = `${TITLE}\n\n${BODY}\nاترك تعليقاً\nلن يتم نشر عنوان بريدك الإلكتروني.`;

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (d: Buffer) => {
    text += d.toString('utf8');
  });
  return { stream, text: () => text };
}

function fixtureDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-cli-'));
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'a.txt'), PAGE, 'utf8');
  writeFileSync(join(dir, 'nested', 'b-cp1256.txt'), iconv.encode(PAGE, 'windows-1256'));
  writeFileSync(
    join(dir, 'c.png'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  );
  writeFileSync(
    join(dir, 'd.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  );
  return dir;
}

describe('marsad analyze', () => {
  it('prints one JSONL record per document with every contract field, and goes on past a bad file', async () => {
    const dir = fixtureDir();
    const out = capture();
    const err = capture();
    const summary = await analyze([dir], { format: 'jsonl' }, { stdout: out.stream, stderr: err.stream });
    expect(summary).toEqual({ documents: 2, failed: 1 });
    const records = out
      .text()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(2);
    for (const r of records) {
      expect(Object.keys(r)).toEqual([...RECORD_FIELDS]);
      expect(r.title).toBe(TITLE);
      expect(r.text).toBe(BODY);
    }
    expect(records.map((r) => r.source.encoding)).toEqual(['utf-8', 'windows-1256']);
    expect(records[0].id).toBe(records[1].id);
    expect(err.text()).toMatch(/d\.txt.*binary/);
  });

  it('reads standard input', async () => {
    const out = capture();
    const err = capture();
    const stdin = Readable.from([Buffer.from(PAGE, 'utf8')]);
    const summary = await analyze(
      ['-'],
      { format: 'jsonl' },
      { stdout: out.stream, stderr: err.stream, stdin },
    );
    expect(summary.documents).toBe(1);
    const r = JSON.parse(out.text());
    expect(r.source.path).toBeNull();
    expect(r.removed.map((x: { reason: string }) => x.reason)).toEqual([
      'title',
      'comment-form',
      'comment-form',
    ]);
  });

  it('prints a readable view on a terminal and a JSON array with --format json', async () => {
    const dir = fixtureDir();
    const text = capture();
    await analyze(
      [join(dir, 'a.txt')],
      { format: 'text' },
      { stdout: text.stream, stderr: capture().stream },
    );
    expect(text.text()).toContain(`title     ${TITLE}`);
    expect(text.text()).toContain('comment-form');
    const json = capture();
    await analyze(
      [join(dir, 'a.txt'), join(dir, 'nested')],
      { format: 'json' },
      { stdout: json.stream, stderr: capture().stream },
    );
    expect(JSON.parse(json.text())).toHaveLength(2);
  });

  it('strips terminal control sequences from untrusted text in the readable view', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-cli-'));
    writeFileSync(join(dir, 'evil.txt'), `${TITLE}\x1b[31m\n${BODY}`, 'utf8');
    const out = capture();
    await analyze(
      [join(dir, 'evil.txt')],
      { format: 'text' },
      { stdout: out.stream, stderr: capture().stream },
    );
    expect(out.text()).not.toContain('\x1b[31m');
  });
});
