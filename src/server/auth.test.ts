import { describe, expect, it } from 'vitest';
import { bearerToken, tokenMatches } from './auth.js';
import { safeUploadName, uploadExtension } from './ingest-jobs.js';

describe('tokens', () => {
  it.each([
    ['Bearer abc', 'abc'],
    ['bearer   abc  ', 'abc'],
    ['Basic abc', null],
    ['Bearer', null],
    ['Bearer a b', null],
    [undefined, null],
  ])('reads the bearer token of %j', (header, expected) => {
    expect(bearerToken(header)).toBe(expected);
  });

  it('compares tokens of any length without throwing', () => {
    expect(tokenMatches('secret-0123456789', 'secret-0123456789')).toBe(true);
    expect(tokenMatches('secret', 'secret-0123456789')).toBe(false);
    expect(tokenMatches('', 'x')).toBe(false);
  });
});

describe('upload names', () => {
  it.each([
    ['خبر.txt', 0, '01-خبر.txt'],
    ['../../etc/passwd.json', 1, '02-passwd.json'],
    ['C:\\dump\\feed.jsonl.gz', 2, '03-feed.jsonl.gz'],
    ['.hidden.html', 3, '04-hidden.html'],
    ['a b;rm -rf.htm', 4, '05-a-b-rm-rf.htm'],
    ['.txt', 5, '06-txt.txt'],
    ['!!!.txt', 6, '07-upload.txt'],
  ])('stores %j as a safe name', (name, index, expected) => {
    expect(safeUploadName(name, index)).toBe(expected);
  });

  it.each([
    ['a.TXT', '.txt'],
    ['a.jsonl.gz', '.jsonl.gz'],
    ['a.gz', null],
    ['a.exe', null],
    ['noext', null],
  ])('knows the extension of %s', (name, expected) => {
    expect(uploadExtension(name)).toBe(expected);
  });
});
