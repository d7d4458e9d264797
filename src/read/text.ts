import type { ReadContext } from './context.js';
import { decodeBytes } from './decode.js';
import type { RawDoc } from './raw-doc.js';

/** Plain text → one RawDoc (format `text`, no title, no metadata). Throws on undecodable bytes. */
export function readText(bytes: Uint8Array, ctx: ReadContext): RawDoc {
  const decoded = decodeBytes(bytes, { input: ctx.input, encoding: ctx.encoding });
  return textToRawDoc(decoded.text, ctx, decoded.encoding, decoded.warnings);
}

/** Wraps already-decoded plain text as a RawDoc. */
export function textToRawDoc(
  text: string,
  ctx: ReadContext,
  encoding: string,
  warnings: readonly string[] = [],
): RawDoc {
  const all = text.trim() === '' ? [...warnings, `${ctx.input} holds no text`] : [...warnings];
  return {
    source: { path: ctx.path, url: null, encoding, format: 'text' },
    text,
    title: null,
    meta: {},
    warnings: all,
  };
}
