/** Query strings as the API takes them: parsed, then compiled with entity names resolved. */
import { compileQuery } from '../search/compile.js';
import { parseQuery } from '../search/query.js';
import type { StoreQuery } from '../store/types.js';
import type { EntityDirectory } from './entity-directory.js';

/** Parses and compiles a query string (E_QUERY when malformed), resolving entity names through the directory. */
export function compileApiQuery(entities: EntityDirectory, q: string): StoreQuery {
  return compileQuery(parseQuery(q), { resolveEntity: (v) => entities.resolve(v) });
}
