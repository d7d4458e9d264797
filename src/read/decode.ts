/**
 * Byte decoding with encoding detection for Arabic news inputs: BOM, BOM-less UTF-16, UTF-8,
 * then the single-byte Arabic code pages windows-1256 and ISO-8859-6 chosen by a text score.
 * Binary inputs are refused, never decoded into garbage.
 */
import iconv from 'iconv-lite';
import { MarsadError } from '../doc/index.js';

/**
 * Bytes inspected for the BOM-less UTF-16 sniff. 8 KiB holds a few thousand characters, far more
 * than the pattern needs; reading the whole file would only slow large inputs down.
 */
const UTF16_SNIFF_BYTES = 8192;
/**
 * Share of code units whose high byte is 0x00 (ASCII, spaces, newlines) or 0x06 (Arabic block)
 * needed to call BOM-less bytes UTF-16. Arabic news text sits at ~0.97–1.0 (the rest are
 * typographic quotes, ZWNJ, presentation forms); single-byte text cannot get near it because
 * 0x00 and 0x06 are control bytes there.
 */
const UTF16_MIN_HIGH_SHARE = 0.8;
/** Largest share of code units whose *low* byte is 0x00 that still counts as UTF-16 (U+0100, U+0600 … are rare). */
const UTF16_MAX_LOW_ZERO_SHARE = 0.1;
/**
 * C0 control bytes (other than \t \n \v \f \r and the DOS end-of-file 0x1A) tolerated before an
 * input counts as binary: at least this many AND at least CONTROL_MIN_SHARE of all bytes. Scraped
 * text sometimes carries a stray control character; binary formats have them at ~10 % of bytes.
 */
const CONTROL_MIN_COUNT = 4;
const CONTROL_MIN_SHARE = 0.005;
/**
 * Mostly-valid UTF-8 is accepted with U+FFFD replacements only when it has at most this many bad
 * sequences and at least UTF8_GOOD_PER_BAD valid multibyte sequences per bad one: a truncated
 * character at the end of a scraped file or a few corrupted bytes. Anything worse goes to the
 * code-page candidates (a windows-1256 file has almost no valid multibyte sequences at all).
 */
const UTF8_MAX_BAD = 8;
const UTF8_GOOD_PER_BAD = 20;
/**
 * Lowest plausibility (good / (good + bad) over non-ASCII characters, see `scoreCodePage`) at
 * which a code-page decoding is accepted. Genuine Arabic text scores ≥ 0.98; random high bytes
 * score ~0.5–0.6 and UTF-8 Arabic misread as windows-1256 ~0.7.
 */
const CODEPAGE_MIN_PLAUSIBILITY = 0.9;
/**
 * Weight of one word-initial definite article "ال" in the code-page score. The article is the
 * most frequent Arabic bigram and its bytes differ between the two code pages (C7 E1 vs C7 E4),
 * so it breaks ties when both decodings look like Arabic letters.
 */
const ARTICLE_BONUS = 0.5;
/** Penalty weight of an implausible character relative to a plausible one in the code-page score. */
const BAD_WEIGHT = 2;
/** Most offsets of replaced bytes listed in one warning. */
const MAX_LISTED_OFFSETS = 5;

/** Options for `decodeBytes`. */
export interface DecodeOptions {
  /** Name of the input in messages and errors (a path, or `stdin`). */
  input: string;
  /** Explicit encoding label (any iconv-lite label); skips detection. */
  encoding?: string;
  /**
   * Charset declared by the container (e.g. HTML `<meta charset>`). Used when the bytes carry no
   * BOM and are not valid UTF-8; ignored when it does not fit the bytes (with a warning).
   */
  declared?: string;
}

/** Decoded text with the encoding used and any content warnings. */
export interface Decoded {
  text: string;
  /** utf-8, utf-16le, utf-16be, windows-1256, iso-8859-6 (or the explicit label, lower-cased). */
  encoding: string;
  warnings: string[];
}

const MAGIC: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'PDF signature', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'ZIP signature', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'PNG signature', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'GIF signature', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'JPEG signature', bytes: [0xff, 0xd8, 0xff] },
  { name: 'gzip signature', bytes: [0x1f, 0x8b, 0x08] },
];

const CANONICAL: Readonly<Record<string, string>> = {
  utf8: 'utf-8',
  unicode11utf8: 'utf-8',
  utf16le: 'utf-16le',
  ucs2: 'utf-16le',
  utf16be: 'utf-16be',
  windows1256: 'windows-1256',
  cp1256: 'windows-1256',
  win1256: 'windows-1256',
  iso88596: 'iso-8859-6',
  arabic: 'iso-8859-6',
  asmo708: 'iso-8859-6',
  ecma114: 'iso-8859-6',
  isoir127: 'iso-8859-6',
  csisolatinarabic: 'iso-8859-6',
  iso885961987: 'iso-8859-6',
};

/** The reported name of an encoding label: one of the five canonical names, else the label lower-cased. */
export function canonicalEncoding(label: string): string {
  const key = label.toLowerCase().replace(/[^a-z0-9]/g, '');
  return CANONICAL[key] ?? label.trim().toLowerCase();
}

const hex = (b: number): string => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function done(text: string, encoding: string, warnings: string[]): Decoded {
  return { text: normaliseNewlines(text), encoding, warnings };
}

/**
 * Decodes `bytes` to text, detecting the encoding unless `opts.encoding` is given: BOM, BOM-less
 * UTF-16, strict UTF-8 (or UTF-8 with a handful of bad bytes, replaced and warned about), then
 * windows-1256 vs ISO-8859-6 by score. Line endings become `\n`. Throws E_BINARY for binary
 * input, E_DECODE when no candidate is plausible, E_USAGE for an unknown explicit label.
 */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions): Decoded {
  const { input } = opts;
  if (opts.encoding !== undefined) return decodeExplicit(bytes, opts.encoding, input);

  // 1. Byte order marks.
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8Lenient(bytes.subarray(3), 3, input);
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), 'utf-16le', 2, input);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), 'utf-16be', 2, input);

  checkMagic(bytes, input);

  // 2. BOM-less UTF-16.
  const utf16 = sniffUtf16(bytes);
  if (utf16) return decodeUtf16(bytes, utf16, 0, input);

  // 3. Binary content in a would-be 8-bit text.
  checkBinary(bytes, input);

  // 4. UTF-8.
  const scan = scanUtf8(bytes);
  if (scan.badCount === 0) {
    return done(new TextDecoder('utf-8').decode(bytes), 'utf-8', controlWarnings(bytes));
  }
  const nBad = scan.badCount;
  if (nBad <= UTF8_MAX_BAD && scan.goodMultibyte >= UTF8_GOOD_PER_BAD * nBad) {
    return decodeUtf8Lenient(bytes, 0, input);
  }

  // 5. The declared charset (HTML) and the single-byte Arabic code pages, by score. The declared
  // charset wins ties, windows-1256 (far more common on the web) wins ties with ISO-8859-6.
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const labels: { label: string; encoding: string }[] = [];
  const declared = opts.declared === undefined ? null : canonicalEncoding(opts.declared);
  if (opts.declared !== undefined && declared !== 'utf-8' && iconv.encodingExists(opts.declared)) {
    labels.push({ label: opts.declared, encoding: declared as string });
  }
  for (const encoding of ['windows-1256', 'iso-8859-6']) {
    if (encoding !== declared) labels.push({ label: encoding, encoding });
  }
  let best: { encoding: string; text: string; score: number } | null = null;
  for (const { label, encoding } of labels) {
    const text = iconv.decode(buf, label);
    const s = scoreCodePage(text);
    if (s.plausibility < CODEPAGE_MIN_PLAUSIBILITY) continue;
    if (!best || s.score > best.score) best = { encoding, text, score: s.score };
  }
  if (best) {
    const warnings = controlWarnings(bytes);
    if (declared !== null && best.encoding !== declared) {
      warnings.unshift(`${input} declares charset ${opts.declared} but reads as ${best.encoding}`);
    }
    return done(best.text, best.encoding, warnings);
  }

  const first = scan.bad[0] as number;
  throw new MarsadError(
    'E_DECODE',
    `cannot decode ${input}: not UTF-8, UTF-16, Windows-1256 or ISO-8859-6 (byte ${hex(bytes[first] as number)} at offset ${first})`,
    { input },
  );
}

function decodeExplicit(bytes: Uint8Array, label: string, input: string): Decoded {
  if (!iconv.encodingExists(label)) {
    throw new MarsadError('E_USAGE', `unknown encoding "${label}" for ${input}`, { input });
  }
  checkMagic(bytes, input);
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), label);
  const warnings: string[] = [];
  let replaced = 0;
  let firstAt = -1;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) {
    if (firstAt < 0) firstAt = i;
    replaced++;
  }
  if (replaced > 0) {
    warnings.push(
      `${replaced} undecodable byte sequence(s) in ${label} replaced with U+FFFD (first at character ${firstAt})`,
    );
  }
  return done(text, canonicalEncoding(label), warnings);
}

function checkMagic(bytes: Uint8Array, input: string): void {
  for (const m of MAGIC) {
    if (startsWith(bytes, m.bytes)) {
      throw new MarsadError('E_BINARY', `${input} looks binary (${m.name} at offset 0)`, { input });
    }
  }
}

function isControl(b: number): boolean {
  return (
    (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1a) ||
    b === 0x7f
  );
}

/** Throws E_BINARY on a NUL byte or many C0 control bytes. */
function checkBinary(bytes: Uint8Array, input: string): void {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new MarsadError('E_BINARY', `${input} looks binary (NUL byte at offset ${nul})`, { input });
  }
  const { count, first } = countControls(bytes);
  if (count >= CONTROL_MIN_COUNT && count >= CONTROL_MIN_SHARE * bytes.length) {
    throw new MarsadError(
      'E_BINARY',
      `${input} looks binary (control byte ${hex(bytes[first] as number)} at offset ${first}; ${count} control bytes)`,
      { input },
    );
  }
}

/** How many C0 control bytes (other than tab, newlines, form feed) there are, and where the first is. */
function countControls(bytes: Uint8Array): { count: number; first: number } {
  let count = 0;
  let first = -1;
  for (let i = 0; i < bytes.length; i++) {
    if (isControl(bytes[i] as number)) {
      if (first < 0) first = i;
      count++;
    }
  }
  return { count, first };
}

function controlWarnings(bytes: Uint8Array): string[] {
  const { count, first } = countControls(bytes);
  return count === 0 ? [] : [`${count} control character(s) in the input (first at byte offset ${first})`];
}

/** Detects BOM-less UTF-16 by where the 0x00 / 0x06 high bytes sit. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, UTF16_SNIFF_BYTES) & ~1;
  const units = n / 2;
  if (units < 2) return null;
  let highEven = 0;
  let highOdd = 0;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    const e = bytes[i] as number;
    const o = bytes[i + 1] as number;
    if (e === 0 || e === 6) highEven++;
    if (o === 0 || o === 6) highOdd++;
    if (e === 0) zeroEven++;
    if (o === 0) zeroOdd++;
  }
  // No single-byte text has 0x00 / 0x06 at every other position; binary data that does is caught
  // after decoding by its NUL and control characters.
  if (highOdd >= UTF16_MIN_HIGH_SHARE * units && zeroEven <= UTF16_MAX_LOW_ZERO_SHARE * units)
    return 'utf-16le';
  if (highEven >= UTF16_MIN_HIGH_SHARE * units && zeroOdd <= UTF16_MAX_LOW_ZERO_SHARE * units)
    return 'utf-16be';
  return null;
}

function decodeUtf16(
  bytes: Uint8Array,
  encoding: 'utf-16le' | 'utf-16be',
  base: number,
  input: string,
): Decoded {
  const warnings: string[] = [];
  let body = bytes;
  if (body.length % 2 === 1) {
    warnings.push(
      `odd number of bytes in ${encoding} input; last byte at offset ${base + body.length - 1} dropped`,
    );
    body = body.subarray(0, body.length - 1);
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    text = new TextDecoder(encoding).decode(body);
    const at = text.indexOf('\uFFFD');
    warnings.push(
      `unpaired surrogate(s) in ${encoding} input replaced with U+FFFD (first at byte offset ${base + 2 * at})`,
    );
  }
  // Binary data that happened to match the UTF-16 pattern still shows as control characters.
  let count = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || isControl(c)) {
      if (first < 0) first = i;
      count++;
    }
  }
  if (
    count > 0 &&
    (text.charCodeAt(first) === 0 || (count >= CONTROL_MIN_COUNT && count >= CONTROL_MIN_SHARE * text.length))
  ) {
    const what =
      text.charCodeAt(first) === 0
        ? 'NUL character'
        : `control character U+${text.charCodeAt(first).toString(16).toUpperCase().padStart(4, '0')}`;
    throw new MarsadError('E_BINARY', `${input} looks binary (${what} at offset ${base + 2 * first})`, {
      input,
    });
  }
  return done(text, encoding, warnings);
}

/**
 * Scans bytes as UTF-8: counts invalid sequences (one per maximal invalid subpart, as TextDecoder
 * replaces them) and valid multibyte ones, keeping the offsets of the first few invalid ones only
 * (a windows-1256 file has one per letter).
 */
export function scanUtf8(bytes: Uint8Array): { badCount: number; bad: number[]; goodMultibyte: number } {
  const bad: number[] = [];
  let badCount = 0;
  let goodMultibyte = 0;
  const flag = (offset: number): void => {
    if (badCount < MAX_LISTED_OFFSETS) bad.push(offset);
    badCount++;
  };
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else {
      flag(i);
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const c = bytes[i + j];
      if (c === undefined) break;
      if (j === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) break;
    }
    if (j > need) {
      goodMultibyte++;
      i += need + 1;
    } else {
      flag(i);
      i += j;
    }
  }
  return { badCount, bad, goodMultibyte };
}

function decodeUtf8Lenient(bytes: Uint8Array, base: number, input: string): Decoded {
  const { bad, badCount } = scanUtf8(bytes);
  const warnings = controlWarnings(bytes);
  if (badCount > 0) {
    const listed = bad.map((o) => `${hex(bytes[o] as number)} at offset ${base + o}`).join(', ');
    const more = badCount > bad.length ? ', …' : '';
    warnings.push(
      `${badCount} invalid UTF-8 sequence(s) in ${input} replaced with U+FFFD (${listed}${more})`,
    );
  }
  return done(new TextDecoder('utf-8').decode(bytes), 'utf-8', warnings);
}

/** Arabic letters (incl. tatweel and the Persian/Urdu letters windows-1256 carries), by code unit. */
function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x620 && c <= 0x64a) || (c >= 0x66e && c <= 0x6d3) || c === 0x6d5 || (c >= 0x6ee && c <= 0x6ff)
  );
}

/** Latin letters outside ASCII (Latin-1 Supplement to Latin Extended-B, minus × and ÷). */
function isLatinLetter(c: number): boolean {
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}

function isLatinOrAscii(c: number): boolean {
  return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || isLatinLetter(c);
}

function isLetter(c: number): boolean {
  return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || isArabicLetter(c) || isLatinLetter(c);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0;
}

/** Characters a single-byte Arabic text plausibly contains outside ASCII and the Arabic letters. */
const GOOD_PUNCT = new Set(
  [...'،؛؟«»“”‘’„…–—•\u00A0\u200C\u200D\u200E\u200F٪٫٬'].map((ch) => ch.charCodeAt(0)),
);

/**
 * Scores a code-page decoding by its non-ASCII characters (ASCII decodes the same either way):
 * Arabic letters, marks after a letter, Arabic and typographic punctuation and Arabic-Indic digits
 * are good; U+FFFD, C1 controls, Latin letters glued to Arabic letters, marks with no letter
 * before them, and symbols wedged between two letters are bad; anything else (Latin-1 symbols,
 * accented letters inside Latin words) is neutral. Works on code units: both code pages decode
 * to the BMP only.
 */
export function scoreCodePage(text: string): { plausibility: number; score: number } {
  let good = 0;
  let bad = 0;
  let article = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0x20;
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0x20;
    if (c === 0x627 && next === 0x644 && (i === 0 || isSpace(prev))) article++;
    if (c === 0xfffd || c < 0xa0) bad++;
    else if (isArabicLetter(c)) {
      // Arabic letters are never glued to Latin ones; this is Latin text misread as Arabic.
      if (isLatinOrAscii(prev) || isLatinOrAscii(next)) bad++;
      else good++;
    } else if (c >= 0x64b && c <= 0x652) {
      if (isArabicLetter(prev) || (prev >= 0x64b && prev <= 0x652)) good++;
      else bad++;
    } else if ((c >= 0x660 && c <= 0x669) || GOOD_PUNCT.has(c)) good++;
    else if (isLatinLetter(c)) {
      if (isArabicLetter(prev) || isArabicLetter(next)) bad++;
    } else if (isLetter(prev) && isLetter(next)) bad++;
  }
  const judged = good + bad;
  return {
    plausibility: judged === 0 ? 1 : good / judged,
    score: good - BAD_WEIGHT * bad + ARTICLE_BONUS * article,
  };
}
