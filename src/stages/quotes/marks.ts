/**
 * Pairs quotation marks. News sites mix every convention: «…», “…”, ”…”, „…“, "…", '…', ‘…’,
 * and mixtures such as “…" or a reversed »…». Marks of the double family (“ ” „ ‟ ″ ") are read as
 * one family that toggles; guillemets pair with each other; single marks only with word
 * boundaries around them (an apostrophe inside a Latin word is no quote). Quotes never cross a
 * line. A double mark whose shape says it opens (space before, letter after) while a quote opened
 * in an earlier sentence is still open ends that quote unclosed; an unclosed quote runs to the end
 * of its sentence, final punctuation included; a mark that only closes, with nothing open, is
 * stray and ignored.
 */
import type { Span } from '../../doc/index.js';

/** A pair of quotation marks (or an opening mark left unclosed). */
export interface MarkPair {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark, or null when unclosed. */
  readonly close: number | null;
  /** The quoted words: inside the marks, trimmed of white space. */
  readonly content: Span;
}

const DOUBLE = new Set(['“', '”', '„', '‟', '″', '"', '〝', '〞', '＂']);
const SINGLE_OPEN = new Set(['‘', "'"]);
const SINGLE_CLOSE = new Set(['’', "'"]);
const LETTER = /[\p{L}\p{N}]/u;
const SPACE_OR_OPEN = /[\s([{«“„‘:،,؛—–-]/u;
const SPACE_OR_CLOSE = /[\s)\]}»”’.!?؟…،,؛:;—–-]/u;

type Family = 'guillemet' | 'double' | 'single';

interface Open {
  readonly family: Family;
  readonly at: number;
  depth: number;
}

/** Pairs the marks of `text`; `sentences` bounds unclosed quotes. Pairs come in text order. */
export function pairMarks(text: string, sentences: readonly Span[]): MarkPair[] {
  const pairs: MarkPair[] = [];
  let open: Open | null = null;
  const sentenceEnd = (at: number): number => {
    for (const s of sentences) if (s.start <= at && at < s.end) return s.end;
    const nl = text.slice(at).search(/[\n\r]/u);
    return nl < 0 ? text.length : at + nl;
  };
  const sentenceIndex = (at: number): number => sentences.findIndex((s) => s.start <= at && at < s.end);
  const emit = (o: Open, close: number | null): void => {
    let a = o.at + 1;
    let b = close ?? sentenceEnd(o.at);
    while (a < b && /\s/u.test(text[a] as string)) a++;
    while (b > a && /\s/u.test(text[b - 1] as string)) b--;
    if (b > a && LETTER.test(text.slice(a, b)))
      pairs.push({ open: o.at, close, content: { start: a, end: b } });
  };
  const before = (i: number): string => (i > 0 ? (text[i - 1] as string) : ' ');
  const after = (i: number): string => (i + 1 < text.length ? (text[i + 1] as string) : ' ');
  const openerShaped = (i: number): boolean => SPACE_OR_OPEN.test(before(i)) && !/\s/u.test(after(i));
  const closerShaped = (i: number): boolean => !/\s/u.test(before(i)) && SPACE_OR_CLOSE.test(after(i));

  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\n' || c === '\r') {
      if (open) emit(open, null);
      open = null;
      continue;
    }
    if (c === '«') {
      if (!open) open = { family: 'guillemet', at: i, depth: 1 };
      else if (open.family === 'guillemet') open.depth++;
      continue;
    }
    if (c === '»') {
      if (open?.family === 'guillemet') {
        if (--open.depth === 0) {
          emit(open, i);
          open = null;
        }
      } else if (!open && openerShaped(i) && !closerShaped(i)) {
        open = { family: 'guillemet', at: i, depth: 1 };
      }
      continue;
    }
    if (DOUBLE.has(c)) {
      if (!open) {
        if (!(closerShaped(i) && !openerShaped(i))) open = { family: 'double', at: i, depth: 1 };
      } else if (open.family === 'double') {
        const crossed = sentenceIndex(open.at) !== sentenceIndex(i);
        if (crossed && openerShaped(i) && !closerShaped(i)) {
          emit(open, null);
          open = { family: 'double', at: i, depth: 1 };
        } else {
          emit(open, i);
          open = null;
        }
      }
      continue;
    }
    if (SINGLE_CLOSE.has(c) && open?.family === 'single' && !LETTER.test(after(i))) {
      emit(open, i);
      open = null;
      continue;
    }
    if (SINGLE_OPEN.has(c) && !open && !LETTER.test(before(i)) && LETTER.test(after(i))) {
      open = { family: 'single', at: i, depth: 1 };
    }
  }
  if (open) emit(open, null);
  return pairs;
}
