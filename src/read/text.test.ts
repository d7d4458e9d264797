import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readText } from './text.js';

describe('readText', () => {
  it('decodes plain text into one RawDoc with no title or metadata', () => {
    const text = 'هطلت أمطار غزيرة على العاصمة ليلة أمس.\r\nوأغلقت السلطات عدة طرق.';
    const doc = readText(new Uint8Array(iconv.encode(text, 'windows-1256')), {
      path: 'a.txt',
      input: 'a.txt',
    });
    expect(doc).toEqual({
      source: { path: 'a.txt', url: null, encoding: 'windows-1256', format: 'text' },
      text: 'هطلت أمطار غزيرة على العاصمة ليلة أمس.\nوأغلقت السلطات عدة طرق.',
      title: null,
      meta: {},
      warnings: [],
    });
  });

  it('warns about an empty input', () => {
    expect(readText(new Uint8Array(), { path: null, input: 'stdin' }).warnings).toEqual([
      'stdin holds no text',
    ]);
  });
});
