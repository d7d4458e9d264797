/**
 * Archive-wide figures for the API and web UI, in SQL over the SQLite archive: facet counts of a
 * query, entity profiles, timelines and co-occurrence, releases (events merged across the
 * documents that report them) and places. Every value is a bound parameter; the only SQL built
 * from pieces is the filter clause the store compiles from a query (itself all parameters).
 */
import type Database from 'better-sqlite3';
import { matchKey } from '../../text/normalize.js';
import type {
  CoEntity,
  EntityList,
  EntityListOptions,
  EntityProfile,
  FacetCounts,
  FacetOptions,
  FacetValue,
  PlaceCount,
  Release,
  ReleaseFilter,
  ReleaseList,
  ReleaseReport,
  StoreQuery,
  TimelinePoint,
} from '../types.js';

/**
 * Events read at most for one release listing (newest release dates first). Grouping happens in
 * memory, so this bounds a request's work; 20,000 rows group in about 30 ms.
 */
export const MAX_EVENT_ROWS = 20_000;
/** Names listed on an entity profile. */
const MAX_PROFILE_NAMES = 12;
/** Prepared statements kept per connection (dynamic filter SQL varies with the query's shape). */
const MAX_CACHED_STATEMENTS = 200;

/** A query's structured filters as SQL over `documents d`, with its parameters (see `filterSql`). */
export interface FilterClause {
  readonly where: string;
  readonly params: Record<string, unknown>;
}

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A prepared statement for `sql`, cached per connection. */
function stmt(db: Database.Database, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let s = cache.get(sql);
  if (!s) {
    if (cache.size >= MAX_CACHED_STATEMENTS) cache.clear();
    s = db.prepare(sql);
    cache.set(sql, s);
  }
  return s;
}

/** Changes when any connection commits (data_version) or this one writes (total_changes). */
export function revision(db: Database.Database): string {
  const version = db.pragma('data_version', { simple: true }) as number;
  const changes = (stmt(db, 'SELECT total_changes() AS n').get() as { n: number }).n;
  return `${version}.${changes}`;
}

/** Sequence numbers, outlets and dates of a query's newest `limit` matches (the fallback when the match finds none). */
function matchingDocs(
  db: Database.Database,
  query: StoreQuery,
  filter: FilterClause,
  limit: number,
): { seq: number; outlet: string | null; published: string | null }[] {
  const run = (match: string | null) => {
    const sql = match
      ? `SELECT d.seq, d.outlet, d.published FROM search_index JOIN documents d ON d.seq = search_index.rowid
         WHERE search_index MATCH @match ${filter.where ? `AND ${filter.where}` : ''}
         ORDER BY search_index.rowid DESC LIMIT @limit`
      : `SELECT d.seq, d.outlet, d.published FROM documents d ${filter.where ? `WHERE ${filter.where}` : ''}
         ORDER BY d.seq DESC LIMIT @limit`;
    return stmt(db, sql).all({ ...filter.params, ...(match ? { match } : {}), limit }) as {
      seq: number;
      outlet: string | null;
      published: string | null;
    }[];
  };
  const rows = run(query.match);
  if (rows.length === 0 && query.fallbackMatch && query.fallbackMatch !== query.match)
    return run(query.fallbackMatch);
  return rows;
}

function top(counts: Map<string, number>, limit: number): FacetValue[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([value, count]) => ({ value, count, label: null, type: null }));
}

/** The stored canonical name and type of an entity key, or null. */
export function entityName(db: Database.Database, key: string): { name: string; type: string } | null {
  return (
    (stmt(db, 'SELECT name, type FROM doc_entities WHERE entity = ? LIMIT 1').get(key) as
      | { name: string; type: string }
      | undefined) ?? null
  );
}

/** Facet counts over a query's newest `sample` matches. */
export function facetCounts(
  db: Database.Database,
  query: StoreQuery,
  filter: FilterClause,
  options: FacetOptions,
): FacetCounts {
  const docs = matchingDocs(db, query, filter, options.sample + 1);
  const sampled = docs.length > options.sample;
  if (sampled) docs.length = options.sample;
  const outlets = new Map<string, number>();
  const months = new Map<string, number>();
  for (const d of docs) {
    if (d.outlet) outlets.set(d.outlet, (outlets.get(d.outlet) ?? 0) + 1);
    if (d.published && /^\d{4}-\d{2}/u.test(d.published)) {
      const m = d.published.slice(0, 7);
      months.set(m, (months.get(m) ?? 0) + 1);
    }
  }
  const byKind: Record<string, Map<string, number>> = {
    entity: new Map(),
    type: new Map(),
    medium: new Map(),
  };
  if (docs.length > 0) {
    const rows = stmt(
      db,
      `SELECT kind, value, count(*) AS n FROM facets
       WHERE doc_seq IN (SELECT value FROM json_each(@seqs)) AND kind IN ('entity', 'type', 'medium')
       GROUP BY kind, value`,
    ).all({ seqs: JSON.stringify(docs.map((d) => d.seq)) }) as { kind: string; value: string; n: number }[];
    for (const r of rows) byKind[r.kind]?.set(r.value, r.n);
  }
  const entities = top(byKind.entity as Map<string, number>, options.limit).map((f) => {
    const e = entityName(db, f.value);
    return { ...f, label: e?.name ?? null, type: e?.type ?? null };
  });
  return {
    documents: docs.length,
    sampled,
    outlets: top(outlets, options.limit),
    entities,
    types: top(byKind.type as Map<string, number>, options.limit),
    media: top(byKind.medium as Map<string, number>, options.limit),
    months: [...months]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([value, count]) => ({ value, count, label: null, type: null })),
  };
}

/** Entities by number of documents (one grouping pass over doc_entities: callers should cache it). */
export function listEntities(db: Database.Database, options: EntityListOptions): EntityList {
  const rows = stmt(
    db,
    `SELECT entity AS key, max(name) AS name, max(type) AS type, count(*) AS documents, sum(mentions) AS mentions
     FROM doc_entities ${options.type ? 'WHERE type = @type' : ''}
     GROUP BY entity ORDER BY documents DESC, entity`,
  ).all(options.type ? { type: options.type } : {}) as EntityList['entities'][number][];
  const prefix = options.prefix ? matchKey(options.prefix) : '';
  const kept = prefix
    ? rows.filter((r) => matchKey(r.name).startsWith(prefix) || r.key.startsWith(options.prefix ?? ''))
    : rows;
  return { total: kept.length, entities: kept.slice(options.offset, options.offset + options.limit) };
}

/** The profile of an entity key, or null when no document mentions it. */
export function entityProfile(db: Database.Database, key: string): EntityProfile | null {
  const sum = stmt(
    db,
    `SELECT count(*) AS documents, coalesce(sum(e.mentions), 0) AS mentions,
       min(d.published) AS firstPublished, max(d.published) AS lastPublished
     FROM doc_entities e JOIN documents d ON d.seq = e.doc_seq WHERE e.entity = ?`,
  ).get(key) as {
    documents: number;
    mentions: number;
    firstPublished: string | null;
    lastPublished: string | null;
  };
  if (sum.documents === 0) return null;
  const names = stmt(
    db,
    `SELECT name, type, count(*) AS documents FROM doc_entities WHERE entity = ?
     GROUP BY name, type ORDER BY documents DESC, name LIMIT ${MAX_PROFILE_NAMES}`,
  ).all(key) as { name: string; type: string; documents: number }[];
  const first = names[0] as { name: string; type: string };
  return {
    key,
    name: first.name,
    type: first.type,
    ...sum,
    names: names.map((n) => ({ name: n.name, documents: n.documents })),
  };
}

/** Documents and mentions of an entity per publication day or month (undated documents left out). */
export function entityTimeline(db: Database.Database, key: string, bucket: 'day' | 'month'): TimelinePoint[] {
  const width = bucket === 'day' ? 10 : 7;
  return stmt(
    db,
    `SELECT substr(d.published, 1, ${width}) AS period, count(*) AS documents, sum(e.mentions) AS mentions
     FROM doc_entities e JOIN documents d ON d.seq = e.doc_seq
     WHERE e.entity = ? AND d.published IS NOT NULL AND length(d.published) >= ${width}
     GROUP BY period ORDER BY period`,
  ).all(key) as TimelinePoint[];
}

/** Entities sharing documents with `key`, over its newest `sample` documents. */
export function coEntities(
  db: Database.Database,
  key: string,
  options: { limit: number; sample: number },
): CoEntity[] {
  return stmt(
    db,
    `WITH mine AS (SELECT doc_seq FROM doc_entities WHERE entity = @key ORDER BY doc_seq DESC LIMIT @sample)
     SELECT o.entity AS key, max(o.name) AS name, max(o.type) AS type, count(*) AS documents
     FROM mine JOIN doc_entities o ON o.doc_seq = mine.doc_seq
     WHERE o.entity <> @key GROUP BY o.entity ORDER BY documents DESC, o.entity LIMIT @limit`,
  ).all({ key, sample: options.sample, limit: options.limit }) as CoEntity[];
}

interface EventRow {
  type: string;
  speaker_name: string | null;
  speaker_entity: string | null;
  organization_name: string | null;
  organization_entity: string | null;
  medium: string | null;
  channel: string | null;
  title: string | null;
  date_value: string | null;
  date_text: string | null;
  attribution: string | null;
  is_current: number;
  start_utf16: number;
  end_utf16: number;
  doc_seq: number;
  ord: number;
  id: string;
  doc_title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

/** `(col IN (@p0, @p1…) OR col2 IN (…))` for a list of values, with its parameters. */
function anyOf(
  columns: readonly string[],
  name: string,
  values: readonly string[],
  params: Record<string, unknown>,
) {
  const names = values.map((v, i) => {
    params[`${name}${i}`] = v;
    return `@${name}${i}`;
  });
  return `(${columns.map((c) => `${c} IN (${names.join(', ')})`).join(' OR ')})`;
}

/** The key events of one release share: type, speaker, medium and release day. Undated events stand alone. */
function releaseKey(r: EventRow): string {
  if (!r.date_value) return `doc\u0000${r.doc_seq}\u0000${r.ord}`;
  const who = r.speaker_entity ?? (r.speaker_name ? matchKey(r.speaker_name) : `doc${r.doc_seq}`);
  return [r.type, who, r.medium ?? '', r.date_value.slice(0, 10)].join('\u0000');
}

function mostCommon(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** Events matching the filter, merged into releases, newest release date first. */
export function listReleases(db: Database.Database, filter: ReleaseFilter): ReleaseList {
  const parts: string[] = [];
  const params: Record<string, unknown> = { cap: MAX_EVENT_ROWS + 1 };
  if (filter.type) {
    parts.push('e.type = @type');
    params.type = filter.type;
  }
  if (filter.speakers?.length)
    parts.push(anyOf(['e.speaker_entity', 'e.speaker_name'], 'sp', filter.speakers, params));
  if (filter.organizations?.length)
    parts.push(anyOf(['e.organization_entity', 'e.organization_name'], 'org', filter.organizations, params));
  if (filter.media?.length) parts.push(anyOf(['e.medium'], 'med', filter.media, params));
  if (filter.channels?.length) parts.push(anyOf(['e.channel'], 'ch', filter.channels, params));
  if (filter.attributions?.length) parts.push(anyOf(['e.attribution'], 'att', filter.attributions, params));
  if (filter.from) {
    parts.push('e.date_value >= @from');
    params.from = filter.from;
  }
  if (filter.to) {
    parts.push('e.date_value < @to');
    params.to = `${filter.to}Z`;
  }
  if (filter.currentOnly) parts.push('e.is_current = 1');
  const rows = stmt(
    db,
    `SELECT e.*, d.id, d.title AS doc_title, d.outlet, d.published, d.source_url AS url
     FROM events e JOIN documents d ON d.seq = e.doc_seq
     ${parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : ''}
     ORDER BY e.date_value IS NULL, e.date_value DESC, d.published DESC, e.doc_seq, e.ord LIMIT @cap`,
  ).all(params) as EventRow[];
  const truncated = rows.length > MAX_EVENT_ROWS;
  if (truncated) rows.length = MAX_EVENT_ROWS;
  const groups = new Map<string, EventRow[]>();
  for (const r of rows) {
    const k = releaseKey(r);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  const all = [...groups.values()];
  const releases = all.slice(filter.offset, filter.offset + filter.limit).map((g): Release => {
    const first = g.find((r) => r.is_current === 1) ?? (g[0] as EventRow);
    const reports: ReleaseReport[] = [];
    const seen = new Set<number>();
    for (const r of g) {
      if (seen.has(r.doc_seq)) continue;
      seen.add(r.doc_seq);
      reports.push({
        id: r.id,
        title: r.doc_title,
        outlet: r.outlet,
        published: r.published,
        url: r.url,
        attribution: r.attribution,
        current: r.is_current === 1,
        start: r.start_utf16,
        end: r.end_utf16,
      });
    }
    reports.sort((a, b) => ((a.published ?? '~') < (b.published ?? '~') ? -1 : 1));
    return {
      type: first.type,
      speaker: {
        name: first.speaker_name ?? mostCommon(g.map((r) => r.speaker_name)),
        entity: first.speaker_entity,
      },
      organization: {
        name: first.organization_name ?? mostCommon(g.map((r) => r.organization_name)),
        entity: first.organization_entity ?? mostCommon(g.map((r) => r.organization_entity)),
      },
      medium: first.medium,
      channel: first.channel ?? mostCommon(g.map((r) => r.channel)),
      title: first.title ?? mostCommon(g.map((r) => r.title)),
      date: { value: first.date_value, text: first.date_text },
      attribution: mostCommon(g.map((r) => r.attribution)),
      reports,
    };
  });
  return { total: all.length, truncated, releases };
}

/** Places (LOC entities) by number of documents, over the given document matches or the whole archive. */
export function placeCounts(
  db: Database.Database,
  scope: { query: StoreQuery; filter: FilterClause } | null,
  options: { limit: number },
): PlaceCount[] {
  if (!scope) {
    return stmt(
      db,
      `SELECT entity AS key, max(name) AS name, count(*) AS documents, sum(mentions) AS mentions
       FROM doc_entities WHERE type = 'LOC' GROUP BY entity ORDER BY documents DESC, entity LIMIT @limit`,
    ).all({ limit: options.limit }) as PlaceCount[];
  }
  const docs = matchingDocs(db, scope.query, scope.filter, Number.MAX_SAFE_INTEGER);
  if (docs.length === 0) return [];
  return stmt(
    db,
    `SELECT entity AS key, max(name) AS name, count(*) AS documents, sum(mentions) AS mentions
     FROM doc_entities WHERE type = 'LOC' AND doc_seq IN (SELECT value FROM json_each(@seqs))
     GROUP BY entity ORDER BY documents DESC, entity LIMIT @limit`,
  ).all({ seqs: JSON.stringify(docs.map((d) => d.seq)), limit: options.limit }) as PlaceCount[];
}
