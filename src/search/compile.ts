/**
 * Compiles a parsed query for the store: full-text part to FTS5 expressions, filters to
 * parameter values (outlets and entities by match key, dates as inclusive day bounds).
 */
import type { FacetConstraint, FacetKind, StoreQuery } from '../store/types.js';
import { type Filter, type Query, queryError } from './ast.js';
import { toFtsExclude, toFtsMatch, toFtsPrefixMatch } from './fts.js';

export interface CompileOptions {
  /**
   * Canonical entity keys for an `entity:`/`speaker:` value (an alias, a name, or a key). Without
   * a resolver the value's match key is used as is.
   */
  readonly resolveEntity?: (value: string) => readonly string[];
}

const FACET_OF: Readonly<Record<string, FacetKind>> = {
  entity: 'entity',
  speaker: 'speaker',
  type: 'type',
  medium: 'medium',
};

export function compileQuery(query: Query, options: CompileOptions = {}): StoreQuery {
  const outlets: string[] = [];
  const excludeOutlets: string[] = [];
  const facets: FacetConstraint[] = [];
  for (const f of query.filters) {
    if (f.field === 'outlet') {
      (f.negated ? excludeOutlets : outlets).push(f.key);
      continue;
    }
    const kind = FACET_OF[f.field];
    if (!kind) queryError(`the filter ${f.field}: is not supported by this archive`, f.start);
    facets.push({ kind, values: valuesOf(kind, f, options), negated: f.negated });
  }
  const match = toFtsMatch(query);
  return {
    match,
    fallbackMatch: match === null ? null : toFtsPrefixMatch(query),
    exclude: toFtsExclude(query),
    outlets,
    excludeOutlets,
    from: query.from,
    to: query.to,
    facets: mergeAnyOf(facets),
  };
}

function valuesOf(kind: FacetKind, f: Filter, options: CompileOptions): string[] {
  if ((kind === 'entity' || kind === 'speaker') && options.resolveEntity) {
    const keys = options.resolveEntity(f.value);
    return keys.length > 0 ? [...keys] : [f.key];
  }
  // Types and media are closed lower-case vocabularies (statement, audio …).
  if (kind === 'type' || kind === 'medium') return [f.value.toLowerCase()];
  return [f.value, f.key];
}

/** Several positive filters on one single-valued field mean "any of" (type:statement type:attack). */
function mergeAnyOf(facets: FacetConstraint[]): FacetConstraint[] {
  const out: FacetConstraint[] = [];
  for (const f of facets) {
    const same = out.find(
      (o) => o.kind === f.kind && !o.negated && !f.negated && (f.kind === 'type' || f.kind === 'medium'),
    );
    if (same) out[out.indexOf(same)] = { ...same, values: [...same.values, ...f.values] };
    else out.push(f);
  }
  return out;
}
