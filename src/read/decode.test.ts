import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MarsadError } from '../doc/index.js';
import { canonicalEncoding, decodeBytes, scanUtf8 } from './decode.js';

const NEWS =
  'قال وزير الخارجية إن المفاوضات ستستأنف الأسبوع المقبل في القاهرة، وأضاف أن الحل السياسي هو الخيار الوحيد.\n' +
  'وأكد المتحدث باسم الحكومة أن الوفد سيصل صباح الخميس؟';
const SHORT = 'وصل الوفد إلى عمّان مساء أمس.';

const enc = (text: string, encoding: string): Uint8Array => new Uint8Array(iconv.encode(text, encoding));
const cat = (...parts: (Uint8Array | number[])[]): Uint8Array =>
  new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));

function decodeError(bytes: Uint8Array, input = 'examples/x.bin'): MarsadError {
  try {
    decodeBytes(bytes, { input });
  } catch (e) {
    expect(e).toBeInstanceOf(MarsadError);
    return e as MarsadError;
  }
  throw new Error('expected decodeBytes to throw');
}

/** Deterministic pseudo-random bytes (LCG), so failures reproduce. */
function randomBytes(n: number, seed: number, lo = 0, span = 256): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = lo + ((x >>> 16) % span);
  }
  return out;
}

describe('decodeBytes: detection', () => {
  it.each([
    ['UTF-8', 'utf8', 'utf-8'],
    ['UTF-16LE', 'utf16le', 'utf-16le'],
    ['UTF-16BE', 'utf16be', 'utf-16be'],
    ['windows-1256', 'windows-1256', 'windows-1256'],
    ['ISO-8859-6', 'iso-8859-6', 'iso-8859-6'],
  ])('detects BOM-less %s', (_name, label, expected) => {
    for (const text of [NEWS, SHORT]) {
      const r = decodeBytes(enc(text, label), { input: 'a.txt' });
      expect(r.encoding).toBe(expected);
      expect(r.text).toBe(text);
      expect(r.warnings).toEqual([]);
    }
  });

  it.each([
    ['UTF-8', [0xef, 0xbb, 0xbf], 'utf8', 'utf-8'],
    ['UTF-16LE', [0xff, 0xfe], 'utf16le', 'utf-16le'],
    ['UTF-16BE', [0xfe, 0xff], 'utf16be', 'utf-16be'],
  ])('detects and strips a %s BOM', (_name, bom, label, expected) => {
    const r = decodeBytes(cat(bom, enc(NEWS, label)), { input: 'a.txt' });
    expect(r.encoding).toBe(expected);
    expect(r.text).toBe(NEWS);
  });

  it('decodes windows-1256 with typographic quotes and a Latin accented letter', () => {
    const text = 'قال صاحب المقهى “سنفتتح فرعاً جديداً باسم café الشرق” في وسط المدينة.';
    const r = decodeBytes(enc(text, 'windows-1256'), { input: 'q.txt' });
    expect(r.encoding).toBe('windows-1256');
    expect(r.text).toBe(text);
  });

  it('tells ISO-8859-6 from windows-1256 on a short headline', () => {
    const text = 'الرئيس يلتقي وفد البرلمان';
    expect(decodeBytes(enc(text, 'iso-8859-6'), { input: 'h.txt' }).encoding).toBe('iso-8859-6');
    expect(decodeBytes(enc(text, 'windows-1256'), { input: 'h.txt' }).encoding).toBe('windows-1256');
  });

  it('reads pure ASCII as UTF-8', () => {
    expect(decodeBytes(enc('Reuters, Cairo', 'utf8'), { input: 'a.txt' })).toEqual({
      text: 'Reuters, Cairo',
      encoding: 'utf-8',
      warnings: [],
    });
  });

  it('detects BOM-less UTF-16 without any ASCII', () => {
    expect(decodeBytes(enc('خبر', 'utf16le'), { input: 'a.txt' })).toEqual({
      text: 'خبر',
      encoding: 'utf-16le',
      warnings: [],
    });
    expect(decodeBytes(enc('خبر', 'utf16be'), { input: 'a.txt' }).encoding).toBe('utf-16be');
  });

  it('decodes an empty input as empty UTF-8 text', () => {
    expect(decodeBytes(new Uint8Array(), { input: 'e.txt' }).text).toBe('');
  });

  it('normalises CRLF and CR line endings', () => {
    const r = decodeBytes(enc('السطر الأول\r\nالسطر الثاني\rالسطر الثالث', 'windows-1256'), {
      input: 'a.txt',
    });
    expect(r.text).toBe('السطر الأول\nالسطر الثاني\nالسطر الثالث');
    expect(decodeBytes(enc('أ\r\nب', 'utf16le'), { input: 'a.txt' }).text).toBe('أ\nب');
  });
});

describe('decodeBytes: damaged UTF-8', () => {
  it('decodes clearly-UTF-8 text with one truncated character, warning with the offset', () => {
    const good = enc(NEWS, 'utf8');
    const bytes = cat(good, [0xd8]);
    const r = decodeBytes(bytes, { input: 'cut.txt' });
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(`${NEWS}\uFFFD`);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain(`offset ${good.length}`);
    expect(r.warnings[0]).toContain('0xD8');
  });

  it('does not silently replace text that is only partly UTF-8', () => {
    // Half UTF-8, half windows-1256: too many bad bytes to call it damaged UTF-8, and not a code page either.
    const bytes = cat(enc(SHORT, 'utf8'), enc(SHORT, 'windows-1256'));
    const e = decodeError(bytes, 'examples/mixed.txt');
    expect(e.code).toBe('E_DECODE');
    const offset = enc(SHORT, 'utf8').length;
    expect(e.message).toContain('cannot decode examples/mixed.txt');
    expect(e.message).toContain(`at offset ${offset}`);
  });

  it('sends UTF-8 with many bad bytes to the code-page candidates', () => {
    // A windows-1256 text with one accidental valid UTF-8 pair is still windows-1256.
    const bytes = cat(enc(NEWS, 'windows-1256'), enc('ب', 'utf8'));
    const r = decodeBytes(bytes, { input: 'a.txt' });
    expect(r.encoding).toBe('windows-1256');
    expect(r.text.startsWith(NEWS)).toBe(true);
  });

  it('accepts a damaged UTF-8 text behind a BOM, with a warning', () => {
    const r = decodeBytes(cat([0xef, 0xbb, 0xbf], enc(SHORT, 'utf8'), [0xff]), { input: 'a.txt' });
    expect(r.encoding).toBe('utf-8');
    expect(r.warnings[0]).toContain(`0xFF at offset ${3 + enc(SHORT, 'utf8').length}`);
  });

  it('scanUtf8 finds bad sequences and counts good multibyte ones', () => {
    expect(scanUtf8(cat(enc('أب', 'utf8'), [0xc0, 0x41, 0xe2, 0x80]))).toEqual({
      badCount: 2,
      bad: [4, 6],
      goodMultibyte: 2,
    });
  });
});

describe('decodeBytes: binary refusal', () => {
  it('refuses a PNG header', () => {
    const e = decodeError(cat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], enc(SHORT, 'utf8')));
    expect(e.code).toBe('E_BINARY');
    expect(e.message).toBe('examples/x.bin looks binary (PNG signature at offset 0)');
  });

  it.each([
    ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
    ['GIF', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0]],
  ])('refuses a %s header', (name, magic) => {
    const e = decodeError(cat(magic, enc(SHORT, 'utf8')));
    expect(e.code).toBe('E_BINARY');
    expect(e.message).toContain(`${name} signature`);
  });

  it('refuses NUL bytes outside UTF-16, naming the offset', () => {
    const text = enc(NEWS, 'utf8');
    const bytes = cat(text.subarray(0, 17), [0], text.subarray(17));
    const e = decodeError(bytes);
    expect(e.code).toBe('E_BINARY');
    expect(e.message).toBe('examples/x.bin looks binary (NUL byte at offset 17)');
    expect(e.input).toBe('examples/x.bin');
  });

  it('refuses random bytes, naming the offset', () => {
    const bytes = randomBytes(4096, 7);
    const e = decodeError(bytes);
    expect(e.code).toBe('E_BINARY');
    expect(e.message).toMatch(/looks binary \(.* at offset \d+/);
  });

  it('refuses random bytes without NULs by their control bytes', () => {
    const bytes = randomBytes(4096, 11, 1, 255);
    const e = decodeError(bytes);
    expect(e.code).toBe('E_BINARY');
    expect(e.message).toMatch(/control byte 0x[0-9A-F]{2} at offset \d+/);
  });

  it('refuses random high bytes as undecodable', () => {
    const bytes = randomBytes(4096, 3, 0x80, 128);
    const e = decodeError(bytes, 'examples/x.txt');
    expect(e.code).toBe('E_DECODE');
    expect(e.message).toMatch(
      /^cannot decode examples\/x\.txt: not UTF-8, UTF-16, Windows-1256 or ISO-8859-6 \(byte 0x[0-9A-F]{2} at offset \d+\)$/,
    );
  });

  it('tolerates a stray control character with a warning', () => {
    const r = decodeBytes(cat(enc(SHORT, 'utf8'), [0x07]), { input: 'a.txt' });
    expect(r.encoding).toBe('utf-8');
    expect(r.warnings[0]).toContain('control character');
  });
});

describe('decodeBytes: explicit and declared encodings', () => {
  it('uses an explicit label, skipping detection', () => {
    const bytes = enc(SHORT, 'iso-8859-6');
    const r = decodeBytes(bytes, { input: 'a.txt', encoding: 'cp1256' });
    expect(r.encoding).toBe('windows-1256');
    expect(r.text).not.toBe(SHORT);
    expect(decodeBytes(bytes, { input: 'a.txt', encoding: 'ISO-8859-6' })).toEqual({
      text: SHORT,
      encoding: 'iso-8859-6',
      warnings: [],
    });
  });

  it('warns about replaced bytes under an explicit UTF-8', () => {
    const r = decodeBytes(enc(SHORT, 'windows-1256'), { input: 'a.txt', encoding: 'utf-8' });
    expect(r.warnings[0]).toMatch(/replaced with U\+FFFD/);
  });

  it('rejects an unknown label with E_USAGE', () => {
    expect(() => decodeBytes(enc(SHORT, 'utf8'), { input: 'a.txt', encoding: 'klingon-8' })).toThrowError(
      expect.objectContaining({ code: 'E_USAGE' }),
    );
  });

  it('uses a declared charset that fits the bytes', () => {
    const text = 'Le ministre a déclaré à la presse que les négociations reprendront à Genève.';
    expect(decodeBytes(enc(text, 'latin1'), { input: 'p.html', declared: 'iso-8859-1' })).toEqual({
      text,
      encoding: 'iso-8859-1',
      warnings: [],
    });
  });

  it('overrides a declared charset the Arabic bytes plainly do not fit', () => {
    const r = decodeBytes(enc(NEWS, 'windows-1256'), { input: 'p.html', declared: 'iso-8859-1' });
    expect(r.encoding).toBe('windows-1256');
    expect(r.text).toBe(NEWS);
    expect(r.warnings[0]).toContain('declares charset iso-8859-1');
  });

  it('ignores a declared charset when the bytes are UTF-8', () => {
    expect(decodeBytes(enc(NEWS, 'utf8'), { input: 'p.html', declared: 'windows-1256' }).encoding).toBe(
      'utf-8',
    );
  });

  it('canonicalEncoding reports the five names', () => {
    expect(
      ['UTF8', 'cp1256', 'Windows-1256', 'arabic', 'ISO_8859-6', 'ucs2', 'UTF-16BE'].map(canonicalEncoding),
    ).toEqual(['utf-8', 'windows-1256', 'windows-1256', 'iso-8859-6', 'iso-8859-6', 'utf-16le', 'utf-16be']);
  });
});
