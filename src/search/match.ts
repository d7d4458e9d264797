/**
 * Where a query matches inside a text, by the same rules as the index: a word matches a token
 * whose light stem is one of the word's stems or whose match key equals the word's key; a phrase
 * matches consecutive word and number tokens (punctuation between them is skipped, as in the
 * index). Exclusions are not highlighted.
 */
import { lightStem } from '../text/stem.js';
import { tokenize } from '../text/tokenize.js';
import type { Query, QueryNode, QueryWord } from './ast.js';

/** A match of one query item in a text: UTF-16 offsets, half-open; `item` numbers the query's words and phrases. */
export interface TextMatch {
  readonly start: number;
  readonly end: number;
  readonly item: number;
}

/** The words and phrases a query looks for (not those it excludes), each as a list of words. */
export function positiveItems(query: Query): QueryWord[][] {
  const out: QueryWord[][] = [];
  const walk = (n: QueryNode): void => {
    if (n.kind === 'term') out.push([n.word]);
    else if (n.kind === 'phrase') out.push([...n.words]);
    else if (n.kind === 'and' || n.kind === 'or') n.children.forEach(walk);
  };
  if (query.text) walk(query.text);
  return out;
}

interface TextWord {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly stem: string;
}

function textWords(text: string): TextWord[] {
  const out: TextWord[] = [];
  for (const t of tokenize(text)) {
    if (t.kind === 'word' || t.kind === 'number')
      out.push({ start: t.start, end: t.end, key: t.key, stem: lightStem(t.key) });
  }
  return out;
}

function matches(w: QueryWord, t: TextWord): boolean {
  return t.key === w.key || w.stems.includes(t.stem);
}

/** Every match of the query's words and phrases in `text`, ordered by start then by length (longest first). */
export function findMatches(text: string, query: Query): TextMatch[] {
  const items = positiveItems(query);
  if (items.length === 0) return [];
  const words = textWords(text);
  const out: TextMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    items.forEach((item, n) => {
      if (i + item.length > words.length) return;
      for (let k = 0; k < item.length; k++)
        if (!matches(item[k] as QueryWord, words[i + k] as TextWord)) return;
      out.push({
        start: (words[i] as TextWord).start,
        end: (words[i + item.length - 1] as TextWord).end,
        item: n,
      });
    });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Merges overlapping or touching matches into highlight spans. */
export function mergeSpans(
  spans: readonly { start: number; end: number }[],
): { start: number; end: number }[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}
