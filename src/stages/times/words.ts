/**
 * The word stream the time grammar reads: one entry per token with its match key and, for Arabic
 * words, the readings it may have as the first word of an expression once attached conjunctions
 * and prepositions are set aside (وامس → امس, بالامس → الامس, للعام → العام).
 */

import { normalizeWithMap } from '../../text/normalize.js';
import type { TokenKind } from '../../text/tokenize.js';
import type { TokenSpan } from '../tokens/index.js';

/** A reading of a word as an expression's first word: `key` once `consumed` clitic letters are dropped. */
export interface Head {
  readonly key: string;
  /** Letters of و ف ب ل ك left out of the extent. */
  readonly consumed: number;
}

/** One token of the stream. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly kind: TokenKind;
  /** Readings as a first word, the whole word first. */
  readonly heads: readonly Head[];
  /** The most likely analysis is the future particle س + a verb (سيزور). */
  readonly future: boolean;
}

/** Builds the word stream from the `tokens` layer. */
export function wordStream(tokens: readonly TokenSpan[]): Word[] {
  return tokens.map((t) => {
    const heads: Head[] = [{ key: t.key, consumed: 0 }];
    for (const a of t.clitics ?? []) {
      if (a.future || (!a.conj && !a.prep)) continue;
      const key = a.det ? `ال${a.stem}` : a.stem;
      if (!heads.some((h) => h.key === key))
        heads.push({ key, consumed: (a.conj ? 1 : 0) + (a.prep ? 1 : 0) });
    }
    return {
      start: t.start,
      end: t.end,
      key: t.key,
      kind: t.kind,
      heads,
      future: t.clitics?.[0]?.future === true,
    };
  });
}

/**
 * Text offset where a head reading starts: after `consumed` clitic letters, with their diacritics
 * and tatweel (وَبِالأمس → الأمس). With لل (ل + ال, alef elided) this is after the first ل.
 */
export function headStart(text: string, word: Word, consumed: number): number {
  if (consumed === 0) return word.start;
  const { map } = normalizeWithMap(text.slice(word.start, word.end));
  return word.start + (map[consumed] as number);
}
