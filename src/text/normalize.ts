/**
 * The match key: a normalised form of Arabic (and Latin) text used by search, deduplication and
 * gazetteers. Two spellings of the same word should get the same key; the base text itself is
 * never changed, and `normalizeWithMap` maps every key character back to the base text.
 *
 * What the key does, in order, per character (or per cluster of a base letter and its marks):
 * - NFKC: Arabic presentation forms (positional shapes ﺑ, ligatures ﻻ ﷲ ﷺ) become base letters.
 *   Never NFD: it would split أ إ آ ؤ ئ into a letter plus a combining hamza/madda.
 * - Drops harakat, tanwin, shadda and sukun (U+064B–U+065F), superscript alef (U+0670), Quranic
 *   annotation marks (U+0610–U+061A, U+06D6–U+06ED, U+08D3–U+08FF), tatweel (U+0640, the
 *   stretching stroke: كـتـاب), and invisible controls (bidi marks, zero-width characters, BOM,
 *   soft hyphen, variation selectors).
 * - Folds spelling variants news sites mix freely: alef with hamza/madda/wasla (أ إ آ ٱ) → ا;
 *   alef maqsura ى → ي (final ى and ي are often swapped: على/علي); ta marbuta ة → ه (often
 *   written without dots: مدينه); Persian/Urdu letters (ک → ك, ی → ي, ۀ ھ ہ → ه).
 * - Arabic-Indic (٠–٩) and Persian (۰–۹) digits → 0–9; Arabic decimal/thousands separators
 *   ٫ ٬ → . , and the Arabic percent sign ٪ → %.
 * - Lower-cases cased letters (Latin in practice); every whitespace run becomes one space.
 *
 * Hamza on waw and ya (ؤ ئ) is kept: unlike the alef forms it is not a spelling variant but part
 * of the word (سؤال "question" vs سوال is a misspelling; رئيس "president" vs ريس is another word).
 */

/** Options for the match key; both foldings are on by default. */
export interface NormalizeOptions {
  /** Fold ta marbuta ة (and Urdu ۃ) to ه. */
  readonly taMarbuta?: boolean;
  /** Fold alef maqsura ى to ي. */
  readonly alefMaqsura?: boolean;
}

/** A match key with, for every key code unit, the offset in the source of the character that produced it. */
export interface KeyWithMap {
  readonly key: string;
  /** `map[i]` is the UTF-16 offset in the source of the character producing `key[i]`; `map[key.length]` is the source length. */
  readonly map: Int32Array;
}

// Table entries: a code unit >= 0 is a one-for-one replacement; negative values are actions.
const UNKNOWN = -1;
const REMOVE = -2;
const SPACE = -3;
const EXPAND = -4;

/** Code points removed from the key (marks and invisible controls). */
function isRemoved(cp: number): boolean {
  return (
    (cp >= 0x064b && cp <= 0x065f) || // harakat, tanwin, shadda, sukun, hamza/madda marks
    cp === 0x0670 || // superscript (dagger) alef: هٰذا
    (cp >= 0x0610 && cp <= 0x061a) || // honorific and Quranic signs above/below letters
    (cp >= 0x06d6 && cp <= 0x06ed) || // Quranic annotation marks
    (cp >= 0x08d3 && cp <= 0x08ff && cp !== 0x08e2) || // Arabic Extended-A marks
    cp === 0x0640 || // tatweel
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space/joiners, LRM, RLM
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings and overrides
    (cp >= 0x2060 && cp <= 0x2064) || // word joiner, invisible operators
    (cp >= 0x2066 && cp <= 0x2069) || // bidi isolates
    cp === 0x061c || // Arabic letter mark
    cp === 0xfeff || // BOM / zero-width no-break space
    cp === 0x00ad || // soft hyphen
    cp === 0x034f || // combining grapheme joiner
    cp === 0x180e || // Mongolian vowel separator (formerly a space)
    (cp >= 0xfe00 && cp <= 0xfe0f) // variation selectors
  );
}

/** Marks whose removal never depends on composition with the preceding letter (all removed marks but madda/hamza above/below). */
function isSimpleRemovedMark(cp: number): boolean {
  return isRemoved(cp) && !(cp >= 0x0653 && cp <= 0x0655);
}

function isWhitespace(cp: number): boolean {
  return cp !== 0xfeff && (cp === 0x85 || /\s/.test(String.fromCodePoint(cp)));
}

const ALEFS = new Set([0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673]);

/** Folds one NFKC-normalised code point; returns the replacement string ('' to drop, ' ' for whitespace). */
function foldCodePoint(cp: number, taMarbuta: boolean, alefMaqsura: boolean): string {
  if (isRemoved(cp)) return '';
  if (isWhitespace(cp)) return ' ';
  if (ALEFS.has(cp)) return 'ا';
  if (cp === 0x0649) return alefMaqsura ? 'ي' : 'ى';
  if (cp === 0x0629) return taMarbuta ? 'ه' : 'ة';
  if (cp === 0x06c3) return taMarbuta ? 'ه' : 'ة'; // Urdu ta marbuta goal ۃ
  if (cp === 0x06cc) return 'ي'; // Farsi yeh ی (dotless when final, like ى, but it is a ya)
  if (cp === 0x06a9 || cp === 0x06aa) return 'ك'; // Persian keheh ک, swash kaf ڪ
  if (cp === 0x06c0 || cp === 0x06be || cp === 0x06c1) return 'ه'; // ۀ ھ ہ
  if (cp >= 0x0660 && cp <= 0x0669) return String.fromCharCode(0x30 + cp - 0x0660);
  if (cp >= 0x06f0 && cp <= 0x06f9) return String.fromCharCode(0x30 + cp - 0x06f0);
  if (cp === 0x066b) return '.'; // Arabic decimal separator ٫
  if (cp === 0x066c) return ','; // Arabic thousands separator ٬
  if (cp === 0x066a) return '%'; // Arabic percent sign ٪
  const ch = String.fromCodePoint(cp);
  return ch.toLowerCase();
}

/** Normalises a whole character or cluster: NFKC, then the foldings, per code point. */
function foldString(s: string, taMarbuta: boolean, alefMaqsura: boolean): string {
  let out = '';
  for (const ch of s.normalize('NFKC'))
    out += foldCodePoint(ch.codePointAt(0) as number, taMarbuta, alefMaqsura);
  // Spacing forms of harakat (ﹰ U+FE70, ﱞ U+FC5E …) decompose to a space plus a mark: they are
  // diacritics, not spaces, so a non-space character that folds to spaces only is dropped.
  if (out.trim() === '' && out !== '' && !isWhitespace(s.codePointAt(0) as number)) return '';
  return out;
}

interface Tables {
  readonly bmp: Int32Array;
  readonly expansions: Map<number, string>;
  readonly astral: Map<number, string>;
  readonly taMarbuta: boolean;
  readonly alefMaqsura: boolean;
}

const tableCache: (Tables | undefined)[] = [];

function tablesFor(options: NormalizeOptions | undefined): Tables {
  const taMarbuta = options?.taMarbuta ?? true;
  const alefMaqsura = options?.alefMaqsura ?? true;
  const index = (taMarbuta ? 1 : 0) + (alefMaqsura ? 2 : 0);
  let t = tableCache[index];
  if (!t) {
    t = {
      bmp: new Int32Array(0x10000).fill(UNKNOWN),
      expansions: new Map(),
      astral: new Map(),
      taMarbuta,
      alefMaqsura,
    };
    tableCache[index] = t;
  }
  return t;
}

/** Fills (lazily) and returns the table entry of a BMP code unit. */
function entry(t: Tables, c: number): number {
  const e = t.bmp[c] as number;
  if (e !== UNKNOWN) return e;
  let v: number;
  if (c >= 0xd800 && c <= 0xdfff) {
    v = c; // a lone surrogate is kept as is
  } else {
    const r = foldString(String.fromCharCode(c), t.taMarbuta, t.alefMaqsura);
    if (r === '') v = REMOVE;
    else if (r === ' ') v = SPACE;
    else if (r.length === 1) v = r.charCodeAt(0);
    else {
      v = EXPAND;
      t.expansions.set(c, r);
    }
  }
  t.bmp[c] = v;
  return v;
}

function astralFold(t: Tables, cp: number): string {
  let r = t.astral.get(cp);
  if (r === undefined) {
    r = foldString(String.fromCodePoint(cp), t.taMarbuta, t.alefMaqsura);
    t.astral.set(cp, r);
  }
  return r;
}

const MARK = /\p{M}/u;
// 0 unknown, 1 not a mark, 2 a removed mark that never composes, 3 another mark.
const markClass = new Uint8Array(0x10000);

function markKind(c: number): number {
  let k = markClass[c] as number;
  if (k === 0) {
    const isMark = c < 0xd800 || c > 0xdfff ? MARK.test(String.fromCharCode(c)) : false;
    k = !isMark ? 1 : isSimpleRemovedMark(c) ? 2 : 3;
    markClass[c] = k;
  }
  return k;
}

/** Growable output buffers for the key code units and their source offsets. */
class KeyBuilder {
  units = new Uint16Array(256);
  offsets: Int32Array | null;
  length = 0;
  private pendingSpace = -1;

  constructor(withMap: boolean) {
    this.offsets = withMap ? new Int32Array(256) : null;
  }

  private grow(): void {
    const units = new Uint16Array(this.units.length * 2);
    units.set(this.units);
    this.units = units;
    if (this.offsets) {
      const offsets = new Int32Array(this.units.length);
      offsets.set(this.offsets);
      this.offsets = offsets;
    }
  }

  /** Records whitespace at `at`; a run of whitespace yields one space, attributed to its first character. */
  space(at: number): void {
    if (this.pendingSpace < 0) this.pendingSpace = at;
  }

  unit(u: number, at: number): void {
    if (this.pendingSpace >= 0) {
      const sp = this.pendingSpace;
      this.pendingSpace = -1;
      this.unit(0x20, sp);
    }
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = u;
    if (this.offsets) this.offsets[this.length] = at;
    this.length++;
  }

  string(s: string, at: number): void {
    for (let i = 0; i < s.length; i++) {
      const u = s.charCodeAt(i);
      if (u === 0x20) this.space(at);
      else this.unit(u, at);
    }
  }

  /** Flushes a trailing whitespace run (kept by `normalizeWithMap`, trimmed by `matchKey`). */
  finish(keepTrailingSpace: boolean): void {
    if (keepTrailingSpace && this.pendingSpace >= 0) {
      const sp = this.pendingSpace;
      this.pendingSpace = -1;
      this.unit(0x20, sp);
    }
  }

  /** Empties the builder for reuse. */
  reset(): void {
    this.length = 0;
    this.pendingSpace = -1;
  }

  key(): string {
    let out = '';
    for (let i = 0; i < this.length; i += 8192) {
      const chunk = this.units.subarray(i, Math.min(this.length, i + 8192));
      out += String.fromCharCode.apply(null, chunk as unknown as number[]);
    }
    return out;
  }
}

// matchKey is called once per token: reuse one builder (normalisation never re-enters itself).
const shared = new KeyBuilder(false);

function build(s: string, t: Tables, out: KeyBuilder): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    let next: number;
    let fold: string | null = null;
    let code: number;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        next = i + 2;
        fold = astralFold(t, ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        code = EXPAND;
      } else {
        next = i + 1;
        code = entry(t, c);
      }
    } else {
      next = i + 1;
      code = entry(t, c);
    }
    // A letter followed by marks: if some mark may compose with it (madda/hamza above or below,
    // or a non-Arabic accent), NFKC the whole cluster: و + hamza above is ؤ, not و. Removed marks
    // that never compose are simply skipped.
    let j = next;
    let composes = false;
    while (j < n) {
      const k = markKind(s.charCodeAt(j));
      if (k === 1) break;
      if (k === 3) composes = true;
      j++;
    }
    if (composes && code !== SPACE) {
      const r = foldString(s.slice(i, j), t.taMarbuta, t.alefMaqsura);
      out.string(r, i);
      i = j;
      continue;
    }
    if (code >= 0) out.unit(code, i);
    else if (code === SPACE) out.space(i);
    else if (code === EXPAND) out.string(fold ?? (t.expansions.get(c) as string), i);
    // REMOVE: nothing.
    i = code === SPACE ? next : j;
  }
}

/** The match key of `s` (see the module comment), with leading and trailing whitespace trimmed. */
export function matchKey(s: string, options?: NormalizeOptions): string {
  const out = shared;
  out.reset();
  build(s, tablesFor(options), out);
  out.finish(false);
  const key = out.key();
  return key.charCodeAt(0) === 0x20 ? key.slice(1) : key;
}

/**
 * The match key of `s` with an offset map back into `s`. Unlike `matchKey`, a whitespace run at
 * either edge is kept as one space, so `normalizeWithMap(s).key.trim() === matchKey(s)`.
 */
export function normalizeWithMap(s: string, options?: NormalizeOptions): KeyWithMap {
  const out = new KeyBuilder(true);
  build(s, tablesFor(options), out);
  out.finish(true);
  const map = new Int32Array(out.length + 1);
  map.set((out.offsets as Int32Array).subarray(0, out.length));
  map[out.length] = s.length;
  return { key: out.key(), map };
}

/**
 * Maps the half-open key range `[keyStart, keyEnd)` back to the source. The start is the start of
 * the source character producing `key[keyStart]`; the end is the end of the source character
 * producing `key[keyEnd - 1]`, which runs up to the next character that produced key text — so
 * diacritics and tatweel after the last letter are included, and a key range inside a ligature
 * (ﻻ → لا) or a surrogate pair widens to the whole character. Whitespace after the range is not
 * included (it produces a key space); an invisible control glued to the last letter (RLM) is.
 */
export function keySpanToBase(
  map: Int32Array,
  keyStart: number,
  keyEnd: number,
): { start: number; end: number } {
  const keyLength = map.length - 1;
  if (!Number.isInteger(keyStart) || !Number.isInteger(keyEnd) || keyStart < 0 || keyEnd > keyLength) {
    throw new RangeError(`key range [${keyStart},${keyEnd}) is outside the key [0,${keyLength})`);
  }
  if (keyEnd < keyStart) throw new RangeError(`key range [${keyStart},${keyEnd}) is reversed`);
  const start = map[keyStart] as number;
  if (keyEnd === keyStart) return { start, end: start };
  const last = map[keyEnd - 1] as number;
  let j = keyEnd;
  while (j < keyLength && (map[j] as number) <= last) j++;
  return { start, end: map[j] as number };
}
