/**
 * The parsed search query: a tree of text conditions plus the filters that apply to the whole
 * query. Offsets (`start`, `end`) are UTF-16 code units into the query string, half-open.
 */
import { MarsadError } from '../doc/errors.js';

/** One word of a query as it is matched: its match key and the stems it may have in the index. */
export interface QueryWord {
  /** The word as typed. */
  readonly text: string;
  /** Match key (`matchKey`), compared with the `keys` columns. */
  readonly key: string;
  /** `stemVariants(key)`: every stem the word may have in the `stems` columns, the light stem first. */
  readonly stems: readonly string[];
}

/** A single word. */
export interface TermNode {
  readonly kind: 'term';
  readonly word: QueryWord;
  readonly start: number;
  readonly end: number;
}

/** Words that must appear consecutively, in order: a "quoted phrase", or a bare term that holds several words (covid-19). */
export interface PhraseNode {
  readonly kind: 'phrase';
  readonly words: readonly QueryWord[];
  readonly quoted: boolean;
  readonly start: number;
  readonly end: number;
}

/** All children must match (implicit AND between terms). Holds at least one positive child. */
export interface AndNode {
  readonly kind: 'and';
  readonly children: readonly QueryNode[];
}

/** Any child may match (`OR`, `|`). Children are never exclusions. */
export interface OrNode {
  readonly kind: 'or';
  readonly children: readonly QueryNode[];
}

/** An exclusion (`-term`, `-"phrase"`, `-(group)`): documents matching `child` are dropped. */
export interface NotNode {
  readonly kind: 'not';
  readonly child: QueryNode;
  readonly start: number;
  readonly end: number;
}

export type QueryNode = TermNode | PhraseNode | AndNode | OrNode | NotNode;

/** Filter fields, a closed set. `from` and `to` are dates and become `Query.from`/`Query.to`. */
export const FILTER_FIELDS = ['outlet', 'from', 'to', 'type', 'entity', 'speaker', 'medium', 'lang'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];
/** Fields whose values are kept as `Filter`s (all but the dates). */
export type ValueField = Exclude<FilterField, 'from' | 'to'>;

/**
 * A `field:value` filter. Several filters on one field combine as the store documents for that
 * field (suggested: any of for single-valued outlet, type, medium, lang; all of for entity, speaker).
 */
export interface Filter {
  readonly field: ValueField;
  /** The value as typed, quotes removed and whitespace trimmed. */
  readonly value: string;
  /** Match key of the value, for comparison that ignores letter variants and diacritics. */
  readonly key: string;
  /** `-field:value`: documents with this value are excluded. */
  readonly negated: boolean;
  readonly start: number;
  readonly end: number;
}

/** A parsed query. An empty query (`text` null, no filters) matches every document. */
export interface Query {
  readonly input: string;
  /** Text conditions, or null when the query has none (filters only, or empty). */
  readonly text: QueryNode | null;
  readonly filters: readonly Filter[];
  /** Inclusive lower date bound `YYYY-MM-DD` (from `from:`), compare with the document date's first 10 characters. */
  readonly from: string | null;
  /** Inclusive upper date bound `YYYY-MM-DD` (from `to:`). */
  readonly to: string | null;
}

/** A malformed query: code E_QUERY, with the offset in the query the message points at. */
export class QueryError extends MarsadError {
  /** UTF-16 offset into the query (the message says "character N", counting from 1). */
  readonly position: number;

  constructor(message: string, position: number) {
    super('E_QUERY', message);
    this.name = 'QueryError';
    this.position = position;
  }
}

/** Throws a QueryError whose message ends with "(at character N)". */
export function queryError(what: string, position: number): never {
  throw new QueryError(`${what} (at character ${position + 1})`, position);
}
