/**
 * The archive's storage contract. One interface, several backends: SQLite (embedded default,
 * `src/store/sqlite`) now, PostgreSQL for a shared server later; both must pass the contract suite
 * in `contract.ts`. Methods are async so a networked backend fits the same shape.
 */
import type { DocJSON } from '../doc/index.js';

/** What ingest hands the store for one analysed document. */
export interface PreparedDoc {
  /** Fingerprint of the input (source + raw text): lets a re-run skip inputs already stored. */
  readonly fingerprint: string;
  /** The analysed document (layers the archive does not keep, such as tokens, already dropped). */
  readonly doc: DocJSON;
  /** sha256 of the document's normalised text (match key): exact duplicates share it. */
  readonly normHash: string;
  /** MinHash signature (see src/corpus/minhash.ts). */
  readonly signature: Uint32Array;
  /** Search index terms for the title and body. */
  readonly index: {
    readonly titleStems: string;
    readonly stems: string;
    readonly titleKeys: string;
    readonly keys: string;
  };
  /** Facet values for filters and faceted search (entity keys, event types, speakers, media …). */
  readonly facets: readonly Facet[];
}

export interface Facet {
  readonly kind: FacetKind;
  readonly value: string;
  readonly count: number;
}

export const FACET_KINDS = ['entity', 'entity-type', 'type', 'speaker', 'medium', 'channel'] as const;
export type FacetKind = (typeof FACET_KINDS)[number];

/** What happened to one prepared document in `putBatch`. */
export type PutOutcome =
  /** New document, first of its duplicate group (or alone). */
  | { readonly status: 'stored'; readonly id: string }
  /** New document, near or exact duplicate of a stored one. */
  | { readonly status: 'duplicate'; readonly id: string; readonly of: string; readonly similarity: number }
  /** The same document (same text) is already stored; only its source is recorded. */
  | { readonly status: 'unchanged'; readonly id: string };

export interface DedupOptions {
  /** Jaccard threshold for near-duplicates (0–1). */
  readonly threshold: number;
}

/** A duplicate group: its canonical (earliest) member and every member with its similarity. */
export interface DuplicateGroup {
  readonly canonical: string;
  readonly members: readonly {
    readonly id: string;
    readonly similarity: number;
    readonly published: string | null;
  }[];
}

/**
 * A search query compiled for the store (see src/search/compile.ts): the full-text part as FTS
 * MATCH expressions built only from quoted literals, and structured filters bound as parameters.
 */
export interface StoreQuery {
  /** Full-text expression; null when the query has only filters. */
  readonly match: string | null;
  /** Looser expression tried when `match` finds nothing (prefixes of names and rare words). */
  readonly fallbackMatch: string | null;
  /** Full-text expression of documents to leave out when there is no positive text (`-word` alone). */
  readonly exclude?: string | null;
  /** Outlet match keys; a document matches any of them. */
  readonly outlets: readonly string[];
  /** Outlet match keys to leave out. */
  readonly excludeOutlets?: readonly string[];
  /** Inclusive publication-date bounds, `YYYY-MM-DD`. */
  readonly from: string | null;
  readonly to: string | null;
  /**
   * Each constraint must hold: the document has a facet of `kind` with one of `values` (or, when
   * `negated`, none of them).
   */
  readonly facets: readonly FacetConstraint[];
}

export interface FacetConstraint {
  readonly kind: FacetKind;
  readonly values: readonly string[];
  readonly negated?: boolean;
}

export interface SearchRequest {
  readonly query: StoreQuery;
  /** Results per page (1–100). */
  readonly limit: number;
  /** 1-based page. */
  readonly page: number;
  /** Show every member of a duplicate group instead of its best hit only. */
  readonly expand?: boolean;
}

export interface SearchHit {
  readonly id: string;
  readonly url: string | null;
  readonly path: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  /** Higher is better (negated BM25); 0 for filter-only queries. */
  readonly score: number;
  /** The document's text, for snippets. */
  readonly text: string;
  /** How many other members its duplicate group has (collapsed into this hit unless `expand`). */
  readonly duplicates: number;
  /** The group's canonical document when this hit is not it. */
  readonly duplicateOf: string | null;
}

export interface SearchResult {
  readonly hits: readonly SearchHit[];
  /** Matching documents (before collapsing duplicates). */
  readonly total: number;
  readonly page: number;
  readonly limit: number;
  /** True when the exact match found nothing and the fallback was used. */
  readonly fallback: boolean;
}

export interface ArchiveStats {
  readonly documents: number;
  readonly sources: number;
  readonly duplicateGroups: number;
  readonly duplicates: number;
  readonly outlets: readonly { readonly outlet: string; readonly documents: number }[];
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
  readonly messages: Readonly<Record<string, number>>;
  /** Bytes on disk (database and its write-ahead log), when the backend can tell. */
  readonly bytes: number | null;
}

/** The storage backend. */
export interface Store {
  /** Where the archive lives, for messages (`marsad.db`, a connection string without password …). */
  readonly location: string;
  /** Fingerprints among `fingerprints` that are already stored (their inputs can be skipped). */
  knownFingerprints(fingerprints: readonly string[]): Promise<Set<string>>;
  /** Stores a batch atomically: all of it or nothing. Outcomes in input order. */
  putBatch(docs: readonly PreparedDoc[], dedup: DedupOptions): Promise<PutOutcome[]>;
  /** A stored document by id (or unique id prefix of ≥ 6 characters); null when absent. */
  getDocument(id: string): Promise<DocJSON | null>;
  /** The duplicate group of a document, or null when it has none. */
  duplicatesOf(id: string): Promise<DuplicateGroup | null>;
  search(request: SearchRequest): Promise<SearchResult>;
  /** Every document matching a query, oldest first, for export; streams without holding them all. */
  exportDocuments(query: StoreQuery): AsyncIterable<DocJSON>;
  stats(): Promise<ArchiveStats>;
  close(): Promise<void>;
  // Analytics for the API and web UI (src/store/sqlite/analytics.ts).
  /** Changes whenever the archive does (any writer): lets callers cache derived figures. */
  revision(): Promise<string>;
  /** Facet counts (outlet, entity, type, medium, month) over a query's newest `sample` matches. */
  facets(query: StoreQuery, options: FacetOptions): Promise<FacetCounts>;
  /** Entities by number of documents, optionally of one type or with a name starting with `prefix`. */
  listEntities(options: EntityListOptions): Promise<EntityList>;
  /** What the archive knows of an entity key; null when no document mentions it. */
  entityProfile(key: string): Promise<EntityProfile | null>;
  /** Documents and mentions of an entity per day or month of publication, oldest first. */
  entityTimeline(key: string, bucket: 'day' | 'month'): Promise<TimelinePoint[]>;
  /** Entities mentioned in the same documents as `key` (over its newest `sample` documents). */
  coEntities(key: string, options: { limit: number; sample: number }): Promise<CoEntity[]>;
  /** Statements and other events, merged into releases across reporting documents. */
  listReleases(filter: ReleaseFilter): Promise<ReleaseList>;
  /** Places (LOC entities) by documents, over a query's matches (all of them) or the whole archive. */
  placeCounts(query: StoreQuery | null, options: { limit: number }): Promise<PlaceCount[]>;
}

export interface FacetOptions {
  /** Matches counted at most (the newest first); counts are exact when the query matches fewer. */
  readonly sample: number;
  /** Values returned per facet. */
  readonly limit: number;
}

/** One facet value and the number of documents having it. */
export interface FacetValue {
  readonly value: string;
  readonly count: number;
  /** Display name (entities: canonical name). */
  readonly label: string | null;
  /** Entity type for entity facets. */
  readonly type: string | null;
}

export interface FacetCounts {
  /** Documents the counts are taken over. */
  readonly documents: number;
  /** True when the query matched more than `sample` documents and only the newest were counted. */
  readonly sampled: boolean;
  readonly outlets: readonly FacetValue[];
  readonly entities: readonly FacetValue[];
  readonly types: readonly FacetValue[];
  readonly media: readonly FacetValue[];
  /** Publication months (`YYYY-MM`), oldest first. */
  readonly months: readonly FacetValue[];
}

export interface EntityListOptions {
  readonly type?: string | null;
  /** Match key prefix of the canonical name. */
  readonly prefix?: string | null;
  readonly limit: number;
  readonly offset: number;
}

export interface EntitySummary {
  readonly key: string;
  readonly name: string;
  readonly type: string;
  readonly documents: number;
  readonly mentions: number;
}

export interface EntityList {
  readonly total: number;
  readonly entities: readonly EntitySummary[];
}

export interface EntityProfile extends EntitySummary {
  /** Names the entity was stored under, most documents first. */
  readonly names: readonly { readonly name: string; readonly documents: number }[];
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
}

export interface TimelinePoint {
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  readonly period: string;
  readonly documents: number;
  readonly mentions: number;
}

export interface CoEntity {
  readonly key: string;
  readonly name: string;
  readonly type: string;
  /** Documents mentioning both. */
  readonly documents: number;
}

export interface ReleaseFilter {
  /** Event type (default: every type). */
  readonly type?: string | null;
  /** Speaker entity keys or names; any of them. */
  readonly speakers?: readonly string[];
  /** Organisation entity keys or names; any of them. */
  readonly organizations?: readonly string[];
  readonly media?: readonly string[];
  readonly channels?: readonly string[];
  readonly attributions?: readonly string[];
  /** Inclusive release-date bounds (`YYYY-MM-DD`). */
  readonly from?: string | null;
  readonly to?: string | null;
  /** Leave out earlier releases an article mentions in passing. */
  readonly currentOnly?: boolean;
  readonly limit: number;
  readonly offset: number;
}

/** One document reporting a release. */
export interface ReleaseReport {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly attribution: string | null;
  readonly current: boolean;
  /** The event's evidence span in the document text, UTF-16 offsets. */
  readonly start: number;
  readonly end: number;
}

/** A release (statement or other event) as reported by one or more documents. */
export interface Release {
  readonly type: string;
  readonly speaker: { readonly name: string | null; readonly entity: string | null };
  readonly organization: { readonly name: string | null; readonly entity: string | null };
  readonly medium: string | null;
  readonly channel: string | null;
  readonly title: string | null;
  readonly date: { readonly value: string | null; readonly text: string | null };
  /** The attribution most reports give. */
  readonly attribution: string | null;
  readonly reports: readonly ReleaseReport[];
}

export interface ReleaseList {
  readonly total: number;
  /** True when more events matched than were grouped (the listing covers the newest). */
  readonly truncated: boolean;
  readonly releases: readonly Release[];
}

export interface PlaceCount {
  readonly key: string;
  readonly name: string;
  readonly documents: number;
  readonly mentions: number;
}
