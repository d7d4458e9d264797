import { normalizeWithMap } from '../text/normalize.js';
import { letterCounts } from '../text/script.js';
import { type ChromeHit, chromeHits } from './chrome-lexicon.js';

/**
 * One line of the input (scrapers deliver one block element per line) with the evidence the
 * classifier weighs: length, scripts, punctuation and chrome-vocabulary hits.
 */
export interface Block {
  readonly index: number;
  /** Offsets of the trimmed line in the decoded input. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Match key of `text` and its map back to `text` offsets. */
  readonly key: string;
  readonly map: Int32Array;
  readonly words: number;
  readonly letters: number;
  readonly arabic: number;
  readonly latin: number;
  /** Ends like a sentence (. ! ؟ ? : closing quote after one). */
  readonly terminal: boolean;
  /** Ends with an ellipsis (teasers: "…", "..."). */
  readonly ellipsis: boolean;
  readonly hits: readonly ChromeHit[];
}

const TERMINAL = /[.!?؟。]["'»”’)\]]*\s*$|[:：]\s*$/u;
const ELLIPSIS = /(?:…|\.{2,})["'»”’)\]]*\s*$/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** Splits decoded input into non-empty trimmed lines with their features. */
export function splitBlocks(input: string): Block[] {
  const blocks: Block[] = [];
  let lineStart = 0;
  while (lineStart <= input.length) {
    let lineEnd = input.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = input.length;
    const line = input.slice(lineStart, lineEnd);
    const lead = line.length - line.trimStart().length;
    const text = line.trim();
    if (text.length > 0) blocks.push(makeBlock(blocks.length, text, lineStart + lead));
    lineStart = lineEnd + 1;
  }
  return blocks;
}

/** Builds a block's features for `text` found at `start` in the input. */
export function makeBlock(index: number, text: string, start: number): Block {
  const { key, map } = normalizeWithMap(text);
  const counts = letterCounts(text);
  return {
    index,
    start,
    end: start + text.length,
    text,
    key,
    map,
    words: key.match(WORD)?.length ?? 0,
    letters: counts.letters,
    arabic: counts.arabic,
    latin: counts.latin,
    terminal: TERMINAL.test(text) && !ELLIPSIS.test(text),
    ellipsis: ELLIPSIS.test(text),
    hits: chromeHits(key),
  };
}

/** Share of a block's letters that are Arabic. */
export function arabicShare(b: Block): number {
  return b.letters === 0 ? 0 : b.arabic / b.letters;
}

/**
 * Looks like a body paragraph by shape alone: mostly Arabic and either a finished sentence of
 * some length or long. Thresholds: news sentences run 15–40 words; headlines and labels
 * rarely reach 20 words and rarely end with a full stop.
 */
export function bodyShaped(b: Block): boolean {
  return (
    arabicShare(b) >= BODY_MIN_ARABIC &&
    ((b.terminal && b.words >= BODY_MIN_WORDS_TERMINAL) || b.words >= BODY_MIN_WORDS)
  );
}

/** Minimum share of Arabic letters for a body paragraph (Latin acronyms inside are common). */
export const BODY_MIN_ARABIC = 0.5;
/** A finished sentence this long counts as body (short one-liners like "وأضاف:" do not). */
export const BODY_MIN_WORDS_TERMINAL = 6;
/** A block this long counts as body whatever its punctuation (scraped paragraphs often lose it). */
export const BODY_MIN_WORDS = 20;
