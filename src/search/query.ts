/**
 * The search query language:
 * - words, all required: `الموصل داعش` (an `AND` between them is tolerated and ignored);
 * - "quoted phrases" (also «…» and “…”), words in order and adjacent;
 * - `OR` or `|` between words, phrases or groups; it binds tighter than the implicit AND, so
 *   `الموصل داعش OR النصرة` is الموصل AND (داعش OR النصرة);
 * - `-word`, `-"phrase"`, `-(group)` exclude documents;
 * - (parentheses) group;
 * - filters `field:value` or `field:"two words"`, `-field:value` to exclude, applying to the
 *   whole query (never inside parentheses or OR): outlet, type, entity, speaker, medium, lang,
 *   and the dates from:/to: (YYYY, YYYY-MM, YYYY-MM-DD).
 * Malformed queries throw a QueryError (code E_QUERY) that says what is wrong and at which
 * character. Every word goes through the same normalisation and stemming as indexed text.
 */

import { matchKey } from '../text/normalize.js';
import { stemVariants } from '../text/stem.js';
import { tokenize } from '../text/tokenize.js';
import {
  type Filter,
  type PhraseNode,
  type Query,
  type QueryNode,
  type QueryWord,
  queryError,
  type TermNode,
  type ValueField,
} from './ast.js';
import { dateBound } from './dates.js';
import { type LexItem, lex } from './lexer.js';

/** Longest query accepted, in UTF-16 code units: far above any real search, low enough to bound work. */
export const MAX_QUERY_CHARS = 500;
/** Most words (in terms and phrases together) a query may hold; each becomes a few FTS5 clauses. */
export const MAX_QUERY_TERMS = 32;
/** Deepest nesting of parentheses. */
export const MAX_QUERY_DEPTH = 8;

/** The words of `text` as the index sees them: word and number tokens with their keys and stems. */
export function queryWords(text: string): QueryWord[] {
  const out: QueryWord[] = [];
  for (const t of tokenize(text)) {
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    out.push({ text: text.slice(t.start, t.end), key: t.key, stems: stemVariants(t.key) });
  }
  return out;
}

class Parser {
  private at = 0;
  private words = 0;
  /** Text items that had nothing searchable in them (`*`, `؟`), for the error when nothing is left. */
  readonly empty: LexItem[] = [];
  readonly filters: LexItem[] = [];

  constructor(
    private readonly input: string,
    private readonly items: readonly LexItem[],
  ) {}

  private peek(): LexItem | undefined {
    return this.items[this.at];
  }

  /** A sequence of OR-expressions up to `)` (inside a group) or the end. */
  sequence(depth: number, open: LexItem | null): QueryNode | null {
    const children: QueryNode[] = [];
    for (;;) {
      const item = this.peek();
      if (!item) {
        if (open) queryError('the parenthesis ( is never closed', open.start);
        break;
      }
      if (item.kind === 'close') {
        if (!open) queryError('the parenthesis ) has no ( before it', item.start);
        this.at++;
        break;
      }
      if (item.kind === 'or') queryError(`${item.text} has nothing before it`, item.start);
      if (item.kind === 'filter') {
        if (open)
          queryError(
            `the filter ${item.field}: applies to the whole query; put it outside parentheses`,
            item.start,
          );
        this.at++;
        this.filters.push(item);
        const next = this.peek();
        if (next?.kind === 'or')
          queryError(`the filter ${item.field}: cannot be an alternative of OR`, item.start);
        continue;
      }
      const node = this.alternatives(depth);
      if (node) children.push(node);
    }
    if (open && children.length === 0 && this.emptyGroup(open))
      queryError('the parentheses are empty', open.start);
    return this.conjunction(children, open);
  }

  private emptyGroup(open: LexItem): boolean {
    return !this.empty.some((e) => e.start > open.start);
  }

  /** Builds the AND of a sequence, checking that it does not hold exclusions only. */
  private conjunction(children: QueryNode[], open: LexItem | null): QueryNode | null {
    if (children.length === 0) return null;
    if (open && children.every((c) => c.kind === 'not')) {
      queryError(
        'a group holds exclusions only; add a word to search for inside the parentheses',
        open.start,
      );
    }
    return children.length === 1 ? (children[0] as QueryNode) : { kind: 'and', children };
  }

  /** One operand, or several joined by OR. */
  private alternatives(depth: number): QueryNode | null {
    const first = this.unary(depth);
    const options = first ? [first] : [];
    while (this.peek()?.kind === 'or') {
      const or = this.peek() as LexItem;
      this.at++;
      const next = this.peek();
      if (!next || next.kind === 'or' || next.kind === 'close')
        queryError(`${or.text} has nothing after it`, or.start);
      if (next.kind === 'filter')
        queryError(`the filter ${next.field}: cannot be an alternative of OR`, next.start);
      const node = this.unary(depth);
      if (node) options.push(node);
    }
    for (const o of options) {
      if (o.kind === 'not' && options.length > 1)
        queryError('an exclusion cannot be an alternative of OR; use -(a OR b) to exclude either', o.start);
    }
    if (options.length === 0) return null;
    return options.length === 1 ? (options[0] as QueryNode) : { kind: 'or', children: options };
  }

  /** A word, phrase or group, possibly excluded. */
  private unary(depth: number): QueryNode | null {
    const item = this.peek() as LexItem;
    this.at++;
    let node: QueryNode | null;
    if (item.kind === 'open') {
      if (depth >= MAX_QUERY_DEPTH)
        queryError(`parentheses are nested more than ${MAX_QUERY_DEPTH} deep`, item.start);
      node = this.sequence(depth + 1, item);
    } else if (item.kind === 'phrase') {
      node = this.textNode(item, true);
    } else if (item.kind === 'word') {
      node = this.textNode(item, false);
    } else {
      return queryError(`unexpected ${item.text}`, item.start);
    }
    if (!node) {
      if (item.negated) this.empty.push(item);
      return null;
    }
    return item.negated ? { kind: 'not', child: node, start: item.start, end: this.endOf(item) } : node;
  }

  private endOf(item: LexItem): number {
    return item.kind === 'open' ? (this.items[this.at - 1] as LexItem).end : item.end;
  }

  private textNode(item: LexItem, quoted: boolean): TermNode | PhraseNode | null {
    const words = queryWords(item.text);
    if (words.length === 0) {
      if (quoted) {
        queryError(
          item.text.trim() === '' ? 'the phrase is empty' : 'the phrase has no words or numbers',
          item.start,
        );
      }
      this.empty.push(item);
      return null;
    }
    this.words += words.length;
    if (this.words > MAX_QUERY_TERMS)
      queryError(`the query has more than ${MAX_QUERY_TERMS} words; shorten it`, item.start);
    const start = item.negated ? item.start + 1 : item.start;
    if (words.length === 1 && !quoted)
      return { kind: 'term', word: words[0] as QueryWord, start, end: item.end };
    return { kind: 'phrase', words, quoted, start, end: item.end };
  }

  /** Describes the input for messages. */
  quote(item: LexItem): string {
    return this.input.slice(item.start, item.end);
  }
}

/** Turns the filter items into value filters and date bounds. */
function readFilters(items: readonly LexItem[]): Pick<Query, 'filters' | 'from' | 'to'> {
  const filters: Filter[] = [];
  const dates: { from: LexItem | null; to: LexItem | null } = { from: null, to: null };
  for (const item of items) {
    const field = item.field as string;
    if (field === 'from' || field === 'to') {
      if (item.negated)
        queryError(`-${field}: cannot be excluded; use from: and to: for a date range`, item.start);
      const seen = dates[field];
      if (seen) queryError(`${field}: is given twice (first at character ${seen.start + 1})`, item.start);
      dates[field] = item;
      continue;
    }
    const value = item.text;
    filters.push({
      field: field as ValueField,
      value,
      key: matchKey(value),
      negated: item.negated,
      start: item.start,
      end: item.end,
    });
  }
  const from = dates.from ? dateBound(dates.from.text, 'from', dates.from.textStart) : null;
  const to = dates.to ? dateBound(dates.to.text, 'to', dates.to.textStart) : null;
  if (from && to && from > to) {
    queryError(`from: ${from} is after to: ${to}`, (dates.from as LexItem).start);
  }
  return { filters, from, to };
}

/**
 * Parses a search query (see the module comment for the language). Throws a QueryError
 * (E_QUERY) with the character position for: a query over MAX_QUERY_CHARS or MAX_QUERY_TERMS,
 * an unclosed quote or parenthesis, a stray `)`, OR with nothing before or after it, an
 * exclusion as an OR alternative, exclusions only (with no filter either), an empty phrase,
 * an unknown filter or one without a value, a filter inside a group or OR, and a bad or
 * reversed date. An empty query, or one of filters only, is valid.
 */
export function parseQuery(input: string): Query {
  if (input.length > MAX_QUERY_CHARS) {
    queryError(
      `the query is ${input.length} characters long; the limit is ${MAX_QUERY_CHARS}`,
      MAX_QUERY_CHARS,
    );
  }
  const parser = new Parser(input, lex(input));
  const text = parser.sequence(0, null);
  const { filters, from, to } = readFilters(parser.filters);
  const hasFilters = filters.length > 0 || from !== null || to !== null;
  if (text === null && !hasFilters && parser.empty.length > 0) {
    const first = parser.empty[0] as LexItem;
    queryError(`nothing to search for: "${parser.quote(first)}" has no letters or digits`, first.start);
  }
  const positive =
    text !== null &&
    (text.kind !== 'and' ? text.kind !== 'not' : text.children.some((c) => c.kind !== 'not'));
  if (text !== null && !positive && !hasFilters) {
    const first = text.kind === 'and' ? text.children[0] : text;
    const start = first?.kind === 'not' ? first.start : 0;
    queryError('the query only excludes; add a word to search for or a filter such as outlet:', start);
  }
  return { input, text, filters, from, to };
}
