/**
 * Input enumeration: files, directories (walked in sorted order) and stdin, each read by the
 * reader its extension (or, for stdin, its content) calls for. Every failure is one failed result
 * naming the input; reading goes on with the rest.
 */
import type { Stats } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { MarsadError } from '../doc/index.js';
import type { ReadContext } from './context.js';
import { decodeBytes } from './decode.js';
import { readHtml } from './html.js';
import { type JsonFieldMap, jsonlToResults, jsonToResults, readJson, readJsonl } from './json.js';
import { readJsonlStream } from './jsonl-stream.js';
import type { ReadResult } from './raw-doc.js';
import { readText, textToRawDoc } from './text.js';

/**
 * Default per-input size cap. 50 MiB is ~25 million Arabic characters — a large JSONL dump —
 * while keeping a runaway input (a disk image, a log) from exhausting memory.
 */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * JSON Lines files above this size are streamed line by line (constant memory, and the size cap
 * applies per record); smaller ones are decoded whole, so one encoding is detected for the file.
 */
export const STREAM_JSONL_BYTES = 4 * 1024 * 1024;

/** Input formats a reader exists for. */
export type InputFormat = 'text' | 'html' | 'json' | 'jsonl';

/** Extensions read when found in a directory; anything else there is skipped. */
export const KNOWN_EXTENSIONS: Readonly<Record<string, InputFormat>> = Object.freeze({
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
});

/** Options for `readInputs`. */
export interface ReadOptions {
  /** Explicit encoding label for every input; skips detection. */
  encoding?: string;
  /** JSON field names per document field, overriding the defaults. */
  fields?: JsonFieldMap;
  /** Per-input size cap in bytes (default 50 MiB); larger inputs fail with E_TOO_LARGE. */
  maxBytes?: number;
  /** Stream read for the path `-` (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Format of stdin; `auto` (default) sniffs it from the content. */
  stdinFormat?: 'auto' | InputFormat;
  /** Called with the number of bytes read from disk as reading proceeds (for progress). */
  onBytes?: (n: number) => void;
}

/** The format of a file by its extension: known ones, text when there is none, null otherwise. */
export function formatOf(path: string): InputFormat | null {
  const ext = extname(path).toLowerCase();
  // Compressed JSON Lines dumps (x.jsonl.gz) are read as a stream.
  if (ext === '.gz') return formatOf(path.slice(0, -3)) === 'jsonl' ? 'jsonl' : null;
  if (ext === '') return 'text';
  return KNOWN_EXTENSIONS[ext] ?? null;
}

function fail(error: MarsadError): ReadResult {
  return { ok: false, error };
}

function sizeText(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${n} bytes`;
}

function tooLarge(name: string, input: string, size: number | null, max: number): MarsadError {
  const what =
    size === null
      ? `is larger than ${sizeText(max)}`
      : `is ${sizeText(size)}, over the ${sizeText(max)} limit`;
  return new MarsadError('E_TOO_LARGE', `${name} ${what}`, { input });
}

function fsError(path: string, cause: unknown): MarsadError {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new MarsadError('E_NOT_FOUND', `${path}: no such file or directory`, { cause, input: path });
  }
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new MarsadError('E_READ', `cannot read ${path}: ${reason}`, { cause, input: path });
}

/** Turns any error escaping a reader into a MarsadError naming the input. */
function asMarsad(e: unknown, input: string, errorInput: string): MarsadError {
  if (e instanceof MarsadError) {
    return e.input === errorInput
      ? e
      : new MarsadError(e.code, e.message, { cause: e.cause, input: errorInput });
  }
  const reason = e instanceof Error ? e.message : String(e);
  return new MarsadError('E_READ', `cannot read ${input}: ${reason}`, { cause: e, input: errorInput });
}

/**
 * Reads every input in order and yields one result per document or failed input: files by
 * extension, directories recursively in sorted order (dot entries and unknown extensions
 * skipped), `-` from stdin. Never throws for a bad input; the failure names it.
 */
export async function* readInputs(
  paths: readonly string[],
  opts: ReadOptions = {},
): AsyncGenerator<ReadResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const path of paths) {
    if (path === '-') {
      yield* readStdin(opts, maxBytes);
      continue;
    }
    let info: Stats;
    try {
      info = await stat(path);
    } catch (cause) {
      yield fail(fsError(path, cause));
      continue;
    }
    if (info.isDirectory()) {
      yield* readDirectory(path, opts, maxBytes, new Set());
    } else {
      // A file named explicitly is read even with an unknown extension: as text.
      yield* readFileAt(path, formatOf(path) ?? 'text', opts, maxBytes, info.size);
    }
  }
}

async function* readDirectory(
  dir: string,
  opts: ReadOptions,
  maxBytes: number,
  seen: Set<string>,
): AsyncGenerator<ReadResult> {
  let entries: string[];
  try {
    // Symlink loops would walk forever: each real directory is visited once.
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await readdir(dir);
  } catch (cause) {
    yield fail(fsError(dir, cause));
    return;
  }
  // Plain string order, not locale order: the same on every machine.
  const names = entries.filter((n) => !n.startsWith('.')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const path = join(dir, name);
    let info: Stats;
    try {
      info = await stat(path);
    } catch (cause) {
      // A broken link to a file we would skip anyway is not worth a failure.
      if (formatOf(path) !== null) yield fail(fsError(path, cause));
      continue;
    }
    if (info.isDirectory()) {
      yield* readDirectory(path, opts, maxBytes, seen);
    } else if (info.isFile()) {
      const format = formatOf(path);
      if (format) yield* readFileAt(path, format, opts, maxBytes, info.size);
    }
  }
}

async function* readFileAt(
  path: string,
  format: InputFormat,
  opts: ReadOptions,
  maxBytes: number,
  size: number,
): AsyncGenerator<ReadResult> {
  const ctx: ReadContext = { path, input: path, encoding: opts.encoding, fields: opts.fields };
  const gzip = path.toLowerCase().endsWith('.gz');
  if (format === 'jsonl' && (gzip || size > STREAM_JSONL_BYTES)) {
    yield* readJsonlStream(path, ctx, { gzip, maxLineBytes: maxBytes, onBytes: opts.onBytes });
    return;
  }
  if (size > maxBytes) {
    opts.onBytes?.(size);
    yield fail(tooLarge(path, path, size, maxBytes));
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    yield fail(fsError(path, cause));
    return;
  }
  opts.onBytes?.(bytes.length);
  // The file may have grown since stat.
  if (bytes.length > maxBytes) {
    yield fail(tooLarge(path, path, bytes.length, maxBytes));
    return;
  }
  yield* runReader(bytes, format, ctx, path);
}

function* runReader(
  bytes: Uint8Array,
  format: InputFormat,
  ctx: ReadContext,
  errorInput: string,
): Generator<ReadResult> {
  try {
    switch (format) {
      case 'text':
        yield { ok: true, doc: readText(bytes, ctx) };
        break;
      case 'html':
        yield { ok: true, doc: readHtml(bytes, ctx) };
        break;
      case 'json':
        yield* readJson(bytes, ctx);
        break;
      case 'jsonl':
        yield* readJsonl(bytes, ctx);
        break;
    }
  } catch (e) {
    yield fail(asMarsad(e, ctx.input, errorInput));
  }
}

async function* readStdin(opts: ReadOptions, maxBytes: number): AsyncGenerator<ReadResult> {
  const stream = opts.stdin ?? process.stdin;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
      total += buf.length;
      if (total > maxBytes) {
        yield fail(tooLarge('stdin', '-', null, maxBytes));
        return;
      }
      chunks.push(buf);
    }
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    yield fail(new MarsadError('E_READ', `cannot read stdin: ${reason}`, { cause, input: '-' }));
    return;
  }
  const bytes = Buffer.concat(chunks, total);
  const ctx: ReadContext = { path: null, input: 'stdin', encoding: opts.encoding, fields: opts.fields };
  const format = opts.stdinFormat ?? 'auto';
  if (format !== 'auto') {
    yield* runReader(bytes, format, ctx, '-');
    return;
  }
  // Sniff the format from the decoded content.
  try {
    const decoded = decodeBytes(bytes, { input: ctx.input, encoding: ctx.encoding });
    const head = decoded.text.trimStart();
    if (head.startsWith('<')) {
      // Read again from the bytes so a declared <meta charset> is honoured.
      yield { ok: true, doc: readHtml(bytes, ctx) };
      return;
    }
    if (head.startsWith('{') || head.startsWith('[')) {
      let whole = true;
      try {
        JSON.parse(decoded.text);
      } catch {
        whole = false;
      }
      if (whole) {
        yield* jsonToResults(decoded.text, ctx, decoded.encoding, decoded.warnings);
        return;
      }
      const firstLine = head.split('\n', 1)[0] as string;
      let lines = true;
      try {
        JSON.parse(firstLine);
      } catch {
        lines = false;
      }
      if (lines) {
        yield* jsonlToResults(decoded.text, ctx, decoded.encoding, decoded.warnings);
        return;
      }
    }
    yield { ok: true, doc: textToRawDoc(decoded.text, ctx, decoded.encoding, decoded.warnings) };
  } catch (e) {
    yield fail(asMarsad(e, ctx.input, '-'));
  }
}

/** Total bytes of the files `readInputs` would read (for progress); null when stdin is among them. */
export async function sizeOfInputs(paths: readonly string[]): Promise<number | null> {
  let total = 0;
  const walk = async (path: string, seen: Set<string>, named: boolean): Promise<void> => {
    let info: Stats;
    try {
      info = await stat(path);
    } catch {
      return;
    }
    if (info.isDirectory()) {
      const real = await realpath(path).catch(() => path);
      if (seen.has(real)) return;
      seen.add(real);
      const names = await readdir(path).catch(() => [] as string[]);
      for (const n of names) if (!n.startsWith('.')) await walk(join(path, n), seen, false);
    } else if (info.isFile() && (named || formatOf(path) !== null)) {
      total += info.size;
    }
  };
  for (const p of paths) {
    if (p === '-') return null;
    await walk(p, new Set(), true);
  }
  return total;
}
