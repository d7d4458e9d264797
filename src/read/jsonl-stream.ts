/**
 * JSON Lines read as a stream, one line at a time, optionally gzip-compressed: a dump of any size
 * is read in constant memory, and the size cap applies to each record instead of the file.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { MarsadError } from '../doc/index.js';
import type { ReadContext } from './context.js';
import { decodeBytes } from './decode.js';
import { jsonlLineToResult, resolveFields } from './json.js';
import type { ReadResult } from './raw-doc.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Yields one result per non-blank line of a UTF-8 (or `ctx.encoding`) JSON Lines file. Lines
 * that are not valid UTF-8 are decoded on their own with detection (a Windows-1256 record in a
 * UTF-8 dump). `onBytes` reports bytes read from disk (compressed bytes for .gz).
 */
export async function* readJsonlStream(
  path: string,
  ctx: ReadContext,
  options: { gzip: boolean; maxLineBytes: number; onBytes?: (n: number) => void },
): AsyncGenerator<ReadResult> {
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  if (options.onBytes) {
    const report = options.onBytes;
    file.on('data', (chunk: Buffer | string) => report(chunk.length));
  }
  const stream = options.gzip ? file.pipe(createGunzip()) : file;
  file.on('error', (e) => stream.destroy(e));
  const fields = resolveFields(ctx.fields);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let lineNo = 0;
  let record = 0;
  let skipping = false;
  const finish = (line: Buffer): ReadResult | null => {
    lineNo++;
    if (skipping) {
      skipping = false;
      record++;
      return {
        ok: false,
        error: new MarsadError(
          'E_TOO_LARGE',
          `${ctx.input} line ${lineNo}: record over ${options.maxLineBytes} bytes`,
          {
            input: ctx.input,
          },
        ),
      };
    }
    let text: string;
    let encoding = 'utf-8';
    const bytes =
      lineNo === 1 && line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf ? line.subarray(3) : line;
    if (ctx.encoding) {
      const d = decodeBytes(bytes, { input: ctx.input, encoding: ctx.encoding });
      text = d.text;
      encoding = d.encoding;
    } else {
      try {
        text = utf8.decode(bytes);
      } catch {
        const d = decodeBytes(bytes, { input: `${ctx.input} line ${lineNo}` });
        text = d.text;
        encoding = d.encoding;
      }
    }
    if (text.trim() === '') return null;
    record++;
    return jsonlLineToResult(text.replace(/\r$/u, ''), ctx, fields, encoding, [], record, lineNo);
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let from = 0;
      for (;;) {
        const nl = chunk.indexOf(0x0a, from);
        const piece = chunk.subarray(from, nl === -1 ? chunk.length : nl);
        if (!skipping) {
          pendingBytes += piece.length;
          if (pendingBytes > options.maxLineBytes) {
            skipping = true;
            pending = [];
            pendingBytes = 0;
          } else {
            pending.push(piece);
          }
        }
        if (nl === -1) break;
        const line = pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending);
        pending = [];
        pendingBytes = 0;
        const result = finish(line);
        if (result) yield result;
        from = nl + 1;
      }
    }
    if (pendingBytes > 0 || skipping) {
      const result = finish(Buffer.concat(pending));
      if (result) yield result;
    }
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    yield {
      ok: false,
      error: new MarsadError('E_READ', `cannot read ${ctx.input} after line ${lineNo}: ${reason}`, {
        cause,
        input: ctx.input,
      }),
    };
  } finally {
    file.destroy();
  }
}
