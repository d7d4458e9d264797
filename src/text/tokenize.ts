/**
 * Tokenizer for Arabic news text. Tokens are standoff spans over the text (UTF-16 offsets), never
 * overlap, and together cover every non-space character: `text.slice(t.start, t.end)` is exactly
 * the token. Rules:
 * - words are runs of letters of one script (Arabic, Latin, other); diacritics (harakat), tatweel
 *   (ـ) and zero-width joiners inside a word stay in it; a script change splits (داعشISIS);
 *   Latin letters and ASCII digits form one word (G20, 4G);
 * - numbers: digits of any system (0-9, Arabic-Indic ٠-٩, Persian ۰-۹) with decimals (1.2, ١٫٥),
 *   dotted groups (12.06.2017) and thousands groups of three (20,000, ٢٠٬٠٠٠) are one token;
 *   a tatweel joiner before digits ends the word: بـ1.2 is بـ + 1.2;
 * - every punctuation character (\p{P}, incl. ، ؛ ؟ ٪ « » ۔) is its own token, except that a run
 *   of dots (...) is one token;
 * - URLs (scheme, www. or a bare domain with a common suffix) and emails are one token;
 * - emoji sequences (skin tones, ZWJ sequences, flags, keycaps) are one symbol token, and a
 *   surrogate pair is never split; other symbols are one token per character;
 * - invisible controls (bidi marks, zero-width characters) and combining marks with no letter
 *   before them join the token they touch on the left, else the one on the right, else form a
 *   symbol token of their own.
 */
import { type CliticAnalysis, cliticAnalyses } from './clitics.js';
import { matchKey } from './normalize.js';

/** What a token is. */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'url' | 'email';
/** The script of a token's letters; `mixed` when it has letters of several (URLs). */
export type TokenScript = 'arabic' | 'latin' | 'other' | 'mixed';

/** A token: a span of the text with its kind, script and match key. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** Script of the token's letters; letterless tokens are `arabic` when made of Arabic-block characters (٣ ، ؟), else `other`. */
  readonly script: TokenScript;
  /** Match key of the token text (see `matchKey`). */
  readonly key: string;
  /** Proclitic analyses (Arabic words only); `stemOffset` is relative to the token start. */
  readonly clitics?: readonly CliticAnalysis[];
}

// Character classes.
const C_UNKNOWN = 0;
const C_SPACE = 1;
const C_ARABIC = 2;
const C_TATWEEL = 3;
const C_LATIN = 4;
const C_OTHER_LETTER = 5;
const C_MARK = 6;
const C_IGNORABLE = 7;
const C_DIGIT = 8;
const C_OTHER_NUMBER = 9;
const C_PUNCT = 10;
const C_SYMBOL = 11;

const RE_ARABIC = /[\p{Script=Arabic}&&\p{L}]/v;
const RE_LATIN = /[\p{Script=Latin}&&\p{L}]/v;
const RE_LETTER = /\p{L}/u;
const RE_MARK = /\p{M}/u;
const RE_DIGIT = /\p{Nd}/u;
const RE_NUMBER = /\p{N}/u;
const RE_PUNCT = /\p{P}/u;
const RE_SPACE = /\s/u;

/** True for invisible format controls that carry no text: bidi marks, zero-width characters, BOM, soft hyphen. */
function isIgnorable(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0x061c ||
    cp === 0xfeff ||
    cp === 0x00ad ||
    cp === 0x180e
  );
}

function computeClass(cp: number): number {
  if (cp >= 0xd800 && cp <= 0xdfff) return C_SYMBOL; // lone surrogate
  if (isIgnorable(cp)) return C_IGNORABLE;
  const ch = String.fromCodePoint(cp);
  if (cp === 0x85 || RE_SPACE.test(ch)) return C_SPACE;
  if (cp === 0x0640) return C_TATWEEL;
  if (RE_ARABIC.test(ch)) return C_ARABIC;
  if (RE_LATIN.test(ch)) return C_LATIN;
  if (RE_LETTER.test(ch)) return C_OTHER_LETTER;
  if (RE_MARK.test(ch)) return C_MARK;
  if (RE_DIGIT.test(ch)) return C_DIGIT;
  if (RE_NUMBER.test(ch)) return C_OTHER_NUMBER;
  if (RE_PUNCT.test(ch)) return C_PUNCT;
  return C_SYMBOL;
}

const bmpClass = new Uint8Array(0x10000);
const astralClass = new Map<number, number>();

function classOf(cp: number): number {
  if (cp < 0x10000) {
    let c = bmpClass[cp] as number;
    if (c === C_UNKNOWN) {
      c = computeClass(cp);
      bmpClass[cp] = c;
    }
    return c;
  }
  let c = astralClass.get(cp);
  if (c === undefined) {
    c = computeClass(cp);
    astralClass.set(cp, c);
  }
  return c;
}

/** True for whitespace as the tokenizer sees it (JavaScript `\s` and NEL, but not the BOM). */
export function isSpaceChar(cp: number): boolean {
  return classOf(cp) === C_SPACE;
}

const NUMBER = /\p{Nd}+(?:[.\u066B]\p{Nd}+|[,\u066C]\p{Nd}{3}(?!\p{Nd}))*/uy;
const EMAIL =
  /[a-z0-9][a-z0-9._%+-]*@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}/iy;
const URL_BODY = String.raw`[^\s<>"«»]`;
const URL = new RegExp(
  String.raw`(?:(?:https?|ftp)://|www\.)${URL_BODY}+` +
    String.raw`|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+` +
    String.raw`(?:(?:com|org|net|edu|gov|info|int|mil|io|tv|news|me)(?:\.[a-z]{2})?|(?:co|ac)\.[a-z]{2})` +
    String.raw`(?![\p{L}\p{N}-])(?:[/?#]${URL_BODY}*)?`,
  'iuy',
);
const URL_TRAILING = /[.,;:!?'"\]}»…،؛؟)]/u;
const EMOJI =
  /\p{RI}\p{RI}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}[\uFE0E\uFE0F\p{Emoji_Modifier}\u{E0020}-\u{E007F}]*(?:\u200D\p{Extended_Pictographic}[\uFE0E\uFE0F\p{Emoji_Modifier}]*)*/uy;

function matchAt(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/** Drops punctuation a URL does not end with (a closing bracket stays when the URL opened one). */
function trimUrl(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const ch = text[e - 1] as string;
    if (!URL_TRAILING.test(ch)) break;
    if (ch === ')') {
      const body = text.slice(start, e);
      if ((body.match(/\(/g)?.length ?? 0) >= (body.match(/\)/g)?.length ?? 0)) break;
    }
    e--;
  }
  return e;
}

interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
}

/** End of a word of letter class `cls` starting at `i`. */
function scanWord(text: string, i: number, cls: number): number {
  const n = text.length;
  const arabic = cls === C_ARABIC || cls === C_TATWEEL;
  const continues = (c: number): boolean =>
    c === C_MARK ||
    (arabic ? c === C_ARABIC || c === C_TATWEEL : c === cls) ||
    (cls === C_LATIN && c === C_DIGIT); // letters first, then ASCII digits checked below
  let j = i;
  while (j < n) {
    const cp = text.codePointAt(j) as number;
    const c = classOf(cp);
    if (c === C_DIGIT && !(cls === C_LATIN && cp <= 0x39)) break;
    if (continues(c)) {
      j += cp > 0xffff ? 2 : 1;
      continue;
    }
    if (c === C_IGNORABLE) {
      // A zero-width joiner/non-joiner inside a word (Persian می‌خواهم) stays in it.
      let k = j;
      while (k < n && classOf(text.codePointAt(k) as number) === C_IGNORABLE) k++;
      if (k < n) {
        const next = text.codePointAt(k) as number;
        const nc = classOf(next);
        if (nc !== C_MARK && nc !== C_DIGIT && continues(nc)) {
          j = k;
          continue;
        }
      }
    }
    break;
  }
  return j;
}

function hasLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; ) {
    const cp = text.codePointAt(i) as number;
    const c = classOf(cp);
    if (c === C_ARABIC || c === C_LATIN || c === C_OTHER_LETTER) return true;
    i += cp > 0xffff ? 2 : 1;
  }
  return false;
}

function isArabicBlock(cp: number): boolean {
  return (
    (cp >= 0x0600 && cp <= 0x06ff) ||
    (cp >= 0x0750 && cp <= 0x077f) ||
    (cp >= 0x08a0 && cp <= 0x08ff) ||
    (cp >= 0xfb50 && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfeff)
  );
}

function scriptOf(text: string, start: number, end: number): TokenScript {
  let arabic = false;
  let latin = false;
  let other = false;
  let arabicBlock = false;
  for (let i = start; i < end; ) {
    const cp = text.codePointAt(i) as number;
    const c = classOf(cp);
    if (c === C_ARABIC) arabic = true;
    else if (c === C_LATIN) latin = true;
    else if (c === C_OTHER_LETTER) other = true;
    else if (c !== C_IGNORABLE && c !== C_MARK && isArabicBlock(cp)) arabicBlock = true;
    i += cp > 0xffff ? 2 : 1;
  }
  const scripts = (arabic ? 1 : 0) + (latin ? 1 : 0) + (other ? 1 : 0);
  if (scripts > 1) return 'mixed';
  if (arabic) return 'arabic';
  if (latin) return 'latin';
  if (other) return 'other';
  return arabicBlock ? 'arabic' : 'other';
}

/** Scans one token starting at a visible character `i` of class `cls`. */
function scanToken(text: string, i: number, cp: number, cls: number): RawToken {
  const len = cp > 0xffff ? 2 : 1;
  if (cls === C_LATIN || cls === C_DIGIT) {
    const email = matchAt(EMAIL, text, i);
    if (email > 0) return { start: i, end: email, kind: 'email' };
    const url = matchAt(URL, text, i);
    if (url > 0) return { start: i, end: trimUrl(text, i, url), kind: 'url' };
  }
  if (cls === C_DIGIT || cls === C_PUNCT || cls === C_SYMBOL) {
    // Digits, # and * only start a keycap (1️⃣), and pictographic punctuation (‼) only counts as
    // emoji with a presentation selector; symbols match any emoji sequence.
    const emoji = matchAt(EMOJI, text, i);
    if (emoji > 0 && (cls === C_SYMBOL || emoji > i + len)) return { start: i, end: emoji, kind: 'symbol' };
  }
  switch (cls) {
    case C_ARABIC:
    case C_TATWEEL:
    case C_LATIN:
    case C_OTHER_LETTER: {
      const end = scanWord(text, i, cls);
      return { start: i, end, kind: hasLetter(text, i, end) ? 'word' : 'symbol' };
    }
    case C_DIGIT: {
      const end = matchAt(NUMBER, text, i);
      // ASCII digits glued to Latin letters form one word (4G, 3D).
      if (
        /^[0-9]+$/.test(text.slice(i, end)) &&
        end < text.length &&
        classOf(text.codePointAt(end) as number) === C_LATIN
      ) {
        return { start: i, end: scanWord(text, end, C_LATIN), kind: 'word' };
      }
      return { start: i, end, kind: 'number' };
    }
    case C_OTHER_NUMBER:
      return { start: i, end: i + len, kind: 'number' };
    case C_PUNCT: {
      let end = i + len;
      if (cp === 0x2e) while (text.charCodeAt(end) === 0x2e) end++;
      return { start: i, end, kind: 'punct' };
    }
    default:
      return { start: i, end: i + len, kind: 'symbol' };
  }
}

function finish(text: string, raw: RawToken): Token {
  const slice = text.slice(raw.start, raw.end);
  const script = scriptOf(text, raw.start, raw.end);
  const key = matchKey(slice);
  const { start, end, kind } = raw;
  if (kind === 'word' && script === 'arabic')
    return { start, end, kind, script, key, clitics: cliticAnalyses(slice) };
  return { start, end, kind, script, key };
}

/** Splits `text` into tokens (see the module comment for the rules). */
export function tokenize(text: string): Token[] {
  const raw: RawToken[] = [];
  const n = text.length;
  let lead = -1; // start of a run of invisible controls/stray marks after a space
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i) as number;
    const len = cp > 0xffff ? 2 : 1;
    const cls = classOf(cp);
    if (cls === C_SPACE) {
      if (lead >= 0) raw.push({ start: lead, end: i, kind: 'symbol' });
      lead = -1;
      i += len;
      continue;
    }
    if (cls === C_IGNORABLE || cls === C_MARK) {
      const prev = raw.at(-1);
      if (lead < 0 && prev && prev.end === i) prev.end = i + len;
      else if (lead < 0) lead = i;
      i += len;
      continue;
    }
    const t = scanToken(text, i, cp, cls);
    if (lead >= 0) t.start = lead;
    lead = -1;
    raw.push(t);
    i = t.end;
  }
  if (lead >= 0) raw.push({ start: lead, end: n, kind: 'symbol' });
  return raw.map((t) => finish(text, t));
}
