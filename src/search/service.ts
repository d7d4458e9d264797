/** Search as the interfaces use it: parse, compile, run against the store, add snippets. */
import type { Store } from '../store/types.js';
import type { Query } from './ast.js';
import { type CompileOptions, compileQuery } from './compile.js';
import { resolveEntityKeys } from './entity-keys.js';
import { parseQuery } from './query.js';
import { type Snippet, snippet } from './snippet.js';

/** Largest page a caller may ask for. */
export const MAX_LIMIT = 100;

export interface SearchOptions extends CompileOptions {
  readonly limit?: number;
  readonly page?: number;
  readonly expand?: boolean;
}

export interface SearchHitView {
  readonly id: string;
  readonly url: string | null;
  readonly path: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly score: number;
  readonly snippet: Snippet;
  readonly duplicates: number;
  readonly duplicateOf: string | null;
}

export interface SearchResponse {
  readonly query: string;
  readonly total: number;
  readonly page: number;
  readonly limit: number;
  readonly fallback: boolean;
  readonly hits: readonly SearchHitView[];
}

/** Runs a query string; malformed queries throw E_QUERY naming the position. */
export async function searchArchive(
  store: Store,
  input: string,
  options: SearchOptions = {},
): Promise<SearchResponse> {
  const query: Query = parseQuery(input);
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(options.limit ?? 10)));
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const result = await store.search({
    query: compileQuery(query, { resolveEntity: options.resolveEntity ?? resolveEntityKeys }),
    limit,
    page,
    expand: options.expand ?? false,
  });
  return {
    query: input,
    total: result.total,
    page: result.page,
    limit: result.limit,
    fallback: result.fallback,
    hits: result.hits.map(({ text, ...hit }) => ({ ...hit, snippet: snippet(text, query) })),
  };
}
