/**
 * Compiles a parsed query to an SQLite FTS5 MATCH expression over a table with the columns
 * `title_stems, stems, title_keys, keys` (filled by `indexTerms`). A word matches on any of its
 * stems in the stem columns or on its exact match key in the key columns, so every inflected or
 * cliticised form is found and exact forms rank higher under BM25.
 *
 * Every string from the user is emitted as an FTS5 string literal ("…" with " doubled); FTS5
 * reads a string literal as a phrase of plain tokens, so nothing typed can become an operator
 * (NEAR, AND, *, ^), a column filter or a parenthesis. Operators come only from the query tree.
 */
import type { PhraseNode, Query, QueryNode, QueryWord } from './ast.js';

/** The FTS5 columns, in table order. */
export const FTS_COLUMNS = ['title_stems', 'stems', 'title_keys', 'keys'] as const;

/**
 * BM25 weights per column, in `FTS_COLUMNS` order (`bm25(t, ...BM25_WEIGHTS)`): a title hit
 * counts more than a body hit and an exact form more than a shared stem. Chosen by judgement, not
 * calibrated: there are no relevance judgements for the archive yet.
 */
export const BM25_WEIGHTS: readonly number[] = [4, 1, 6, 1.5];

/** A phrase has at most this many stem sequences (one per combination of word variants); the rest use first stems. */
export const MAX_PHRASE_VARIANTS = 8;
/** Prefix queries shorter than this (in code units) would match too much; such words stay exact. */
export const MIN_PREFIX_CHARS = 2;

const STEM_COLUMNS = '{title_stems stems}';
const KEY_COLUMNS = '{title_keys keys}';

/** An FTS5 string literal: `"` doubled inside double quotes. */
export function ftsLiteral(s: string): string {
  return `"${s.replaceAll('"', '""')}"`;
}

function anyOf(parts: readonly string[]): string {
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join(' OR ')})`;
}

function wordMatch(w: QueryWord, prefix: boolean): string {
  const stems = anyOf(w.stems.map(ftsLiteral));
  if (prefix && w.key.length >= MIN_PREFIX_CHARS) {
    const stemPrefixes = w.stems.filter((s) => s.length >= MIN_PREFIX_CHARS).map((s) => `${ftsLiteral(s)}*`);
    const onStems = stemPrefixes.length > 0 ? anyOf(stemPrefixes) : stems;
    return `(${STEM_COLUMNS}: ${onStems} OR ${KEY_COLUMNS}: ${ftsLiteral(w.key)}*)`;
  }
  return `(${STEM_COLUMNS}: ${stems} OR ${KEY_COLUMNS}: ${ftsLiteral(w.key)})`;
}

/**
 * Stem sequences of a phrase: the first stems of all words, then sequences with one word on
 * another variant, then two, … until MAX_PHRASE_VARIANTS, so every word's variants get a turn.
 */
function phraseSequences(words: readonly QueryWord[]): string[][] {
  const first = words.map((w) => w.stems[0] as string);
  const out: string[][] = [first];
  const walk = (i: number, seq: string[], changes: number): void => {
    if (out.length >= MAX_PHRASE_VARIANTS || words.length - i < changes) return;
    const w = words[i];
    if (!w) {
      if (changes === 0) out.push(seq);
      return;
    }
    walk(i + 1, [...seq, first[i] as string], changes);
    if (changes > 0) for (const stem of w.stems.slice(1)) walk(i + 1, [...seq, stem], changes - 1);
  };
  for (let changes = 1; changes <= words.length && out.length < MAX_PHRASE_VARIANTS; changes++)
    walk(0, [], changes);
  return out;
}

function phraseMatch(p: PhraseNode): string {
  const stems = anyOf(phraseSequences(p.words).map((seq) => ftsLiteral(seq.join(' '))));
  const keys = ftsLiteral(p.words.map((w) => w.key).join(' '));
  return `(${STEM_COLUMNS}: ${stems} OR ${KEY_COLUMNS}: ${keys})`;
}

function compile(node: QueryNode, prefix: boolean): string {
  switch (node.kind) {
    case 'term':
      return wordMatch(node.word, prefix);
    case 'phrase':
      return phraseMatch(node);
    case 'or':
      return `(${node.children.map((c) => compile(c, prefix)).join(' OR ')})`;
    case 'not':
      // Only reached for an exclusion standing alone; inside AND it becomes `positive NOT negative`.
      return compile(node.child, prefix);
    case 'and': {
      const pos = node.children.filter((c) => c.kind !== 'not').map((c) => compile(c, prefix));
      const neg = node.children.flatMap((c) => (c.kind === 'not' ? [compile(c.child, false)] : []));
      const positive = pos.length === 1 ? (pos[0] as string) : `(${pos.join(' AND ')})`;
      return neg.length === 0 ? positive : `(${positive} NOT ${anyOf(neg)})`;
    }
  }
}

/** The positive part of a query's text, or null when it has none (filters only, or exclusions only). */
function positivePart(query: Query): QueryNode | null {
  const t = query.text;
  if (t === null || t.kind === 'not') return null;
  if (t.kind === 'and' && t.children.every((c) => c.kind === 'not')) return null;
  return t;
}

/**
 * The FTS5 MATCH expression for `query`, or null when it has no text to match (filters only,
 * or filters with exclusions only: see `toFtsExclude`). A word T becomes
 * `({title_stems stems}: "stem" OR {title_keys keys}: "key")`, a phrase a stem-sequence phrase,
 * exclusions `… NOT …`.
 */
export function toFtsMatch(query: Query): string | null {
  const p = positivePart(query);
  return p === null ? null : compile(p, false);
}

/**
 * The fallback for names and rare words, to run when `toFtsMatch` finds nothing: the same
 * expression with each single word as a prefix query (`{title_keys keys}: "key"*` and its stems
 * as prefixes), so a name the stemmer over-cut, or a word typed in part, still finds documents.
 * Phrases stay exact. Null when `toFtsMatch` is null.
 */
export function toFtsPrefixMatch(query: Query): string | null {
  const p = positivePart(query);
  return p === null ? null : compile(p, true);
}

/**
 * For a query whose text only excludes (`outlet:sabq -الموصل`): the MATCH expression of what
 * to exclude, for `rowid NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)`. Null otherwise
 * (exclusions of a query with positive text are already inside `toFtsMatch`).
 */
export function toFtsExclude(query: Query): string | null {
  const t = query.text;
  if (t === null || positivePart(query) !== null) return null;
  const negs =
    t.kind === 'not'
      ? [t.child]
      : t.kind === 'and'
        ? t.children.map((c) => (c.kind === 'not' ? c.child : c))
        : [];
  return negs.length === 0 ? null : anyOf(negs.map((n) => compile(n, false)));
}
