/**
 * JSON and JSON Lines → RawDocs, one per record, with configurable field names. A bad record
 * (or JSONL line) fails alone and reading goes on.
 */
import { MarsadError, type Meta, type Source } from '../doc/index.js';
import type { ReadContext } from './context.js';
import { toIsoDate } from './dates.js';
import { decodeBytes } from './decode.js';
import type { RawDoc, ReadResult } from './raw-doc.js';

/** Document fields a JSON record can supply. */
export const JSON_FIELDS = ['title', 'text', 'url', 'published', 'author', 'outlet', 'category'] as const;
export type JsonField = (typeof JSON_FIELDS)[number];

/** Record keys to look up per document field, first present wins; overrides the defaults per field. */
export type JsonFieldMap = Partial<Record<JsonField, string[]>>;

/** Default record keys per field, as common scrapers and feed exports name them. */
export const DEFAULT_JSON_FIELDS: Readonly<Record<JsonField, readonly string[]>> = Object.freeze({
  title: ['title', 'headline'],
  text: ['content', 'text', 'body', 'article'],
  url: ['url', 'link'],
  published: ['date', 'published', 'published_at', 'pubDate', 'date_published', 'date_extracted'],
  author: ['author', 'byline'],
  outlet: ['source', 'outlet', 'site', 'site_name'],
  category: ['category', 'section'],
});

/** Keys under which an object holds its array of records. */
const CONTAINER_KEYS = ['articles', 'items', 'data'] as const;
/** Separator joining several authors or categories into one metadata string. */
const LIST_SEPARATOR = '، ';

/**
 * Parses CLI field mappings like `title=headline,name` into a JsonFieldMap. Several specs for the
 * same field add keys in order. Throws E_USAGE on bad syntax or an unknown field.
 */
export function parseFieldMap(specs: readonly string[]): JsonFieldMap {
  const map: JsonFieldMap = {};
  for (const spec of specs) {
    const m = /^\s*([A-Za-z]+)\s*=\s*(.*)$/.exec(spec);
    if (!m) throw new MarsadError('E_USAGE', `bad field mapping "${spec}": expected field=key[,key…]`);
    const field = (m[1] as string).toLowerCase();
    if (!(JSON_FIELDS as readonly string[]).includes(field)) {
      throw new MarsadError(
        'E_USAGE',
        `bad field mapping "${spec}": unknown field "${field}" (one of ${JSON_FIELDS.join(', ')})`,
      );
    }
    const keys = (m[2] as string).split(',').map((k) => k.trim());
    if (keys.some((k) => k === '')) {
      throw new MarsadError('E_USAGE', `bad field mapping "${spec}": empty key name`);
    }
    const f = field as JsonField;
    map[f] = [...(map[f] ?? []), ...keys];
  }
  return map;
}

/** JSON bytes (an object, an array of objects, or an object with `articles`/`items`/`data`) → results. */
export function* readJson(bytes: Uint8Array, ctx: ReadContext): Generator<ReadResult> {
  const decoded = decodeBytes(bytes, { input: ctx.input, encoding: ctx.encoding });
  yield* jsonToResults(decoded.text, ctx, decoded.encoding, decoded.warnings);
}

/** JSON Lines bytes → one result per non-blank line. */
export function* readJsonl(bytes: Uint8Array, ctx: ReadContext): Generator<ReadResult> {
  const decoded = decodeBytes(bytes, { input: ctx.input, encoding: ctx.encoding });
  yield* jsonlToResults(decoded.text, ctx, decoded.encoding, decoded.warnings);
}

/** Decoded JSON text → results. Falls back to JSON Lines when the text is one object per line. */
export function* jsonToResults(
  text: string,
  ctx: ReadContext,
  encoding: string,
  warnings: readonly string[] = [],
): Generator<ReadResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    if (looksLikeJsonl(text)) {
      yield* jsonlToResults(text, ctx, encoding, [
        ...warnings,
        `${ctx.input} holds one JSON object per line; read as JSON Lines`,
      ]);
      return;
    }
    const reason = cause instanceof Error ? cause.message : String(cause);
    yield failure('E_JSON', `${ctx.input}: invalid JSON${where(text, reason)} (${reason})`, ctx, cause);
    return;
  }
  const fields = resolveFields(ctx.fields);
  let records: unknown[] | null = null;
  if (Array.isArray(value)) records = value;
  else if (isObject(value) && textOf(value, fields) === null) {
    for (const key of CONTAINER_KEYS) {
      const v = value[key];
      if (Array.isArray(v)) {
        records = v;
        break;
      }
    }
  }
  if (records === null) {
    yield recordToResult(value, ctx, fields, encoding, warnings, undefined);
    return;
  }
  for (let i = 0; i < records.length; i++) {
    yield recordToResult(records[i], ctx, fields, encoding, warnings, i + 1);
  }
}

/** Decoded JSON Lines text → one result per non-blank line, yielded as each line is parsed. */
export function* jsonlToResults(
  text: string,
  ctx: ReadContext,
  encoding: string,
  warnings: readonly string[] = [],
): Generator<ReadResult> {
  const fields = resolveFields(ctx.fields);
  let record = 0;
  let lineNo = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    lineNo++;
    if (line.trim() === '') {
      if (end === text.length) break;
      continue;
    }
    record++;
    yield jsonlLineToResult(line, ctx, fields, encoding, warnings, record, lineNo);
  }
}

/** One JSON Lines line (not blank) → its result; `record` and `lineNo` are 1-based. */
export function jsonlLineToResult(
  line: string,
  ctx: ReadContext,
  fields: Record<JsonField, readonly string[]>,
  encoding: string,
  warnings: readonly string[],
  record: number,
  lineNo: number,
): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return failure('E_JSON', `${ctx.input} line ${lineNo}: invalid JSON (${reason})`, ctx, cause);
  }
  return recordToResult(value, ctx, fields, encoding, warnings, record, lineNo);
}

function looksLikeJsonl(text: string): boolean {
  const lines = text.split('\n', 3).filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  try {
    return isObject(JSON.parse(lines[0] as string));
  } catch {
    return false;
  }
}

/** " at line L, column C" of the first syntax error (JSON.parse messages do not always say where). */
function where(text: string, reason: string): string {
  const m = /position (\d+)/.exec(reason);
  const pos = m ? Number(m[1]) : jsonErrorOffset(text);
  if (pos < 0) return '';
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}

/** Offset of the first JSON syntax error in `text`, or -1 when it is valid. A plain recursive-descent check. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  class Stop extends Error {}
  const ws = (): void => {
    while (i < n && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const expect = (ok: boolean): void => {
    if (!ok) throw new Stop();
  };
  const string = (): void => {
    i++;
    for (;;) {
      expect(i < n);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      expect(c >= 0x20);
      if (c === 0x5c) {
        i++;
        const e = text[i];
        if (e === 'u') {
          expect(/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5)));
          i += 5;
        } else {
          expect(e !== undefined && '"\\/bfnrt'.includes(e));
          i++;
        }
      } else i++;
    }
  };
  const value = (depth: number): void => {
    ws();
    expect(i < n && depth < 10_000);
    const c = text[i] as string;
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          ws();
          expect(text[i] === '"');
          string();
          ws();
          expect(text[i] === ':');
          i++;
        }
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        expect(text[i] === close);
        i++;
        return;
      }
    }
    if (c === '"') {
      string();
      return;
    }
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    expect(m !== null);
    i += (m as RegExpExecArray)[0].length;
  };
  try {
    value(0);
    ws();
    return i < n ? i : -1;
  } catch (e) {
    if (e instanceof Stop) return i;
    return -1;
  }
}

function failure(
  code: 'E_JSON' | 'E_FORMAT',
  message: string,
  ctx: ReadContext,
  cause?: unknown,
): ReadResult {
  return { ok: false, error: new MarsadError(code, message, { cause, input: ctx.path ?? '-' }) };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function resolveFields(map: JsonFieldMap | undefined): Record<JsonField, readonly string[]> {
  return { ...DEFAULT_JSON_FIELDS, ...map };
}

/** Value under `key`: exact key, then a dotted path (`meta.date`), then a case-insensitive key. */
function lookup(obj: Record<string, unknown>, key: string): unknown {
  if (Object.hasOwn(obj, key)) return obj[key];
  if (key.includes('.')) {
    let cur: unknown = obj;
    for (const part of key.split('.')) {
      if (!isObject(cur) || !Object.hasOwn(cur, part)) {
        cur = undefined;
        break;
      }
      cur = cur[part];
    }
    if (cur !== undefined) return cur;
  }
  const lower = key.toLowerCase();
  for (const k of Object.keys(obj)) if (k.toLowerCase() === lower) return obj[k];
  return undefined;
}

/** First present, non-empty value among `keys`, with the key it came from. */
function first(
  obj: Record<string, unknown>,
  keys: readonly string[],
): { key: string; value: unknown } | null {
  for (const key of keys) {
    const value = lookup(obj, key);
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' && value.trim() === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    return { key, value };
  }
  return null;
}

function textOf(obj: Record<string, unknown>, fields: Record<JsonField, readonly string[]>): string | null {
  const found = first(obj, fields.text);
  if (!found) return null;
  const v = found.value;
  let text: string | null = null;
  if (typeof v === 'string') text = v;
  else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) text = v.join('\n');
  if (text === null) return null;
  text = text.replace(/\r\n?/g, '\n');
  return text.trim() === '' ? null : text;
}

/** A name from a string, an array of strings or `{name}` objects, or a `{name}` object. */
function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim() || null;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => x !== null);
    return names.length > 0 ? names.join(LIST_SEPARATOR) : null;
  }
  if (isObject(v)) return nameOf(v.name);
  return null;
}

function recordToResult(
  value: unknown,
  ctx: ReadContext,
  fields: Record<JsonField, readonly string[]>,
  encoding: string,
  fileWarnings: readonly string[],
  record: number | undefined,
  line?: number,
): ReadResult {
  const at =
    record === undefined
      ? ctx.input
      : `${ctx.input} record ${record}${line === undefined ? '' : ` (line ${line})`}`;
  if (!isObject(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    return failure('E_FORMAT', `${at}: ${kind}, not an object`, ctx);
  }
  const text = textOf(value, fields);
  if (text === null) {
    return failure('E_FORMAT', `${at}: no text (looked for ${fields.text.join(', ')})`, ctx);
  }
  const warnings = [...fileWarnings];
  const meta: { -readonly [K in keyof Meta]?: Meta[K] } = {};

  const titleV = first(value, fields.title);
  const title = titleV && typeof titleV.value === 'string' ? titleV.value.replace(/\s+/g, ' ').trim() : null;
  const urlV = first(value, fields.url);
  const url = urlV && typeof urlV.value === 'string' ? urlV.value.trim() : null;

  const dateV = first(value, fields.published);
  if (dateV) {
    // Mongo exports wrap dates as {"$date": …}.
    const raw = isObject(dateV.value) && '$date' in dateV.value ? dateV.value.$date : dateV.value;
    const iso = toIsoDate(raw);
    if (iso) {
      meta.published = iso;
      meta.publishedSource = 'input';
    } else {
      warnings.push(`unparseable date ${JSON.stringify(raw)} in field "${dateV.key}"`);
    }
  }
  const author = nameOf(first(value, fields.author)?.value);
  if (author) meta.author = author;
  const outlet = nameOf(first(value, fields.outlet)?.value);
  if (outlet) meta.outlet = outlet;
  const category = nameOf(first(value, fields.category)?.value);
  if (category) meta.category = category;

  const source: Source = {
    path: ctx.path,
    url,
    encoding,
    format: 'json',
    ...(record === undefined ? {} : { record }),
  };
  const doc: RawDoc = { source, text, title: title || null, meta, warnings };
  return { ok: true, doc };
}
