/**
 * The embedded archive: one SQLite file (WAL mode) via better-sqlite3. Batches are written in one
 * transaction each, so a crash or kill -9 loses at most the batch in flight and never leaves half
 * a document. Near-duplicates are found with MinHash LSH buckets stored beside the documents.
 */
import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { bandKeys, estimateJaccard, signatureFromBytes, signatureToBytes } from '../../corpus/minhash.js';
import { type DocJSON, MarsadError } from '../../doc/index.js';
import { BM25_WEIGHTS } from '../../search/fts.js';
import type {
  ArchiveStats,
  CoEntity,
  DedupOptions,
  DuplicateGroup,
  EntityList,
  EntityListOptions,
  EntityProfile,
  FacetCounts,
  FacetOptions,
  PlaceCount,
  PreparedDoc,
  PutOutcome,
  ReleaseFilter,
  ReleaseList,
  SearchHit,
  SearchRequest,
  SearchResult,
  Store,
  StoreQuery,
  TimelinePoint,
} from '../types.js';
import * as analytics from './analytics.js';
import { migrate } from './migrations.js';
import {
  type DocumentRow,
  documentValues,
  entityRows,
  eventRows,
  type LayerRow,
  type MessageRow,
  messageValues,
  rowsToDoc,
} from './rows.js';

/**
 * Candidates read per LSH bucket. A bucket shared by hundreds of documents is stock text (a
 * one-line item repeated by a feed); capping keeps a batch's cost bounded without losing real
 * copies, which share many buckets.
 */
const MAX_BUCKET_CANDIDATES = 64;
/** Hits ranked before collapsing duplicate groups, per requested result (bounds a page's work). */
const COLLAPSE_OVERFETCH = 4;
/** Most hits ranked for one page, whatever the page number. */
const MAX_RANKED = 2000;

export interface SqliteStoreOptions {
  readonly readonly?: boolean;
}

/** Opens (creating and migrating when needed) the SQLite archive at `path` (`:memory:` for tests). */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteStore {
  let db: Database.Database;
  try {
    db = new Database(path, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
    });
  } catch (cause) {
    throw new MarsadError('E_STORE', `cannot open archive ${path}: ${(cause as Error).message}`, {
      cause,
      input: path,
    });
  }
  try {
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // NORMAL in WAL mode survives a process crash (kill -9); only power loss can undo the last commits.
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 10000');
    db.pragma('cache_size = -65536');
    if (!options.readonly) migrate(db, path);
  } catch (cause) {
    db.close();
    if (cause instanceof MarsadError) throw cause;
    throw new MarsadError('E_STORE', `cannot use archive ${path}: ${(cause as Error).message}`, {
      cause,
      input: path,
    });
  }
  return new SqliteStore(db, path);
}

interface Candidate {
  seq: number;
  similarity: number;
}

export class SqliteStore implements Store {
  readonly location: string;
  private readonly db: Database.Database;
  private readonly stmt: ReturnType<typeof prepare>;

  constructor(db: Database.Database, location: string) {
    this.db = db;
    this.location = location;
    this.stmt = prepare(db);
  }

  async knownFingerprints(fingerprints: readonly string[]): Promise<Set<string>> {
    const known = new Set<string>();
    for (const f of fingerprints) if (this.stmt.sourceExists.get(f)) known.add(f);
    return known;
  }

  async putBatch(docs: readonly PreparedDoc[], dedup: DedupOptions): Promise<PutOutcome[]> {
    const now = new Date().toISOString();
    const write = this.db.transaction((items: readonly PreparedDoc[]) =>
      items.map((p) => this.putOne(p, dedup, now)),
    );
    try {
      return write(docs);
    } catch (cause) {
      if (cause instanceof MarsadError) throw cause;
      throw new MarsadError('E_STORE', `cannot write to ${this.location}: ${(cause as Error).message}`, {
        cause,
        input: this.location,
      });
    }
  }

  private putOne(p: PreparedDoc, dedup: DedupOptions, now: string): PutOutcome {
    const s = this.stmt;
    const doc = p.doc;
    const existing = s.seqById.get(doc.id) as { seq: number } | undefined;
    if (existing) {
      this.addSource(p, existing.seq, now);
      return { status: 'unchanged', id: doc.id };
    }
    const seq = Number(s.insertDocument.run(documentValues(doc, p.normHash, now)).lastInsertRowid);
    for (const [name, layer] of Object.entries(doc.layers)) {
      s.insertLayer.run(seq, name, JSON.stringify(layer));
    }
    doc.messages.forEach((m, i) => {
      s.insertMessage.run({ doc_seq: seq, ...messageValues(m, i) });
    });
    this.addSource(p, seq, now);
    for (const f of p.facets) s.insertFacet.run(f.kind, f.value, seq, f.count);
    for (const e of entityRows(doc)) s.insertEntity.run(e.entity, seq, e.type, e.name, e.mentions);
    eventRows(doc).forEach((e, ord) => {
      s.insertEvent.run({ doc_seq: seq, ord, ...e });
    });
    s.insertIndex.run(seq, p.index.titleStems, p.index.stems, p.index.titleKeys, p.index.keys);

    const match = this.findDuplicate(seq, p, dedup);
    const keys = bandKeys(p.signature);
    s.insertMinhash.run(seq, signatureToBytes(p.signature));
    keys.forEach((bucket, band) => {
      s.insertBucket.run(band, bucket, seq);
    });
    if (!match) return { status: 'stored', id: doc.id };
    this.joinGroup(seq, doc, match);
    const of = s.idBySeq.get(match.seq) as { id: string };
    return { status: 'duplicate', id: doc.id, of: of.id, similarity: match.similarity };
  }

  private addSource(p: PreparedDoc, seq: number, now: string): void {
    const src = p.doc.source;
    this.stmt.insertSource.run(
      p.fingerprint,
      seq,
      src.path,
      src.url,
      src.record ?? null,
      p.doc.meta.outlet,
      p.doc.meta.published,
      now,
    );
  }

  /** The most similar stored document at or above the threshold: exact normalised-text matches first. */
  private findDuplicate(seq: number, p: PreparedDoc, dedup: DedupOptions): Candidate | null {
    const s = this.stmt;
    const exact = s.sameNormHash.get(p.normHash, seq) as { seq: number } | undefined;
    if (exact) return { seq: exact.seq, similarity: 1 };
    const seen = new Set<number>();
    let best: Candidate | null = null;
    bandKeys(p.signature).forEach((bucket, band) => {
      for (const row of s.bucketMembers.all(band, bucket, MAX_BUCKET_CANDIDATES) as { doc_seq: number }[]) {
        if (seen.has(row.doc_seq)) continue;
        seen.add(row.doc_seq);
        const sig = s.signatureOf.get(row.doc_seq) as { signature: Buffer } | undefined;
        if (!sig) continue;
        const similarity = estimateJaccard(p.signature, signatureFromBytes(sig.signature));
        if (similarity >= dedup.threshold && (!best || similarity > best.similarity))
          best = { seq: row.doc_seq, similarity };
      }
    });
    return best;
  }

  /** Adds a new document to its match's group (creating it), keeping the earliest document canonical. */
  private joinGroup(seq: number, doc: DocJSON, match: Candidate): void {
    const s = this.stmt;
    const other = s.groupOf.get(match.seq) as { group_id: number | null };
    let group = other.group_id;
    if (group === null) {
      group = match.seq;
      s.insertGroup.run(group, match.seq);
      s.setGroup.run(group, 1, match.seq);
    }
    s.setGroup.run(group, match.similarity, seq);
    s.growGroup.run(group);
    const canonical = s.canonicalOf.get(group) as { seq: number; published: string | null };
    if (earlier(doc.meta.published, canonical.published)) s.setCanonical.run(seq, group);
  }

  async getDocument(id: string): Promise<DocJSON | null> {
    const row = this.findRow(id);
    if (!row) return null;
    return rowsToDoc(
      row,
      this.stmt.layersOf.all(row.seq) as LayerRow[],
      this.stmt.messagesOf.all(row.seq) as MessageRow[],
    );
  }

  private findRow(id: string): DocumentRow | null {
    const exact = this.stmt.documentById.get(id) as DocumentRow | undefined;
    if (exact) return exact;
    if (!/^[0-9a-f]{6,15}$/u.test(id)) return null;
    const rows = this.stmt.documentsByPrefix.all(`${id}%`) as DocumentRow[];
    if (rows.length > 1) {
      throw new MarsadError('E_USAGE', `document id prefix ${id} is ambiguous: give more characters`, {
        input: id,
      });
    }
    return rows[0] ?? null;
  }

  async duplicatesOf(id: string): Promise<DuplicateGroup | null> {
    const row = this.findRow(id);
    if (!row || row.group_id === null) return null;
    const canonical = this.stmt.canonicalOf.get(row.group_id) as { id: string };
    const members = this.stmt.groupMembers.all(row.group_id) as {
      id: string;
      similarity: number | null;
      published: string | null;
    }[];
    return {
      canonical: canonical.id,
      members: members.map((m) => ({ id: m.id, similarity: m.similarity ?? 1, published: m.published })),
    };
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const { query } = request;
    let result = this.rank(query.match, request);
    let fallback = false;
    if (result.total === 0 && query.fallbackMatch && query.fallbackMatch !== query.match) {
      result = this.rank(query.fallbackMatch, request);
      fallback = result.total > 0;
    }
    return { ...result, page: request.page, limit: request.limit, fallback };
  }

  private rank(match: string | null, request: SearchRequest): { hits: SearchHit[]; total: number } {
    const { where, params } = filterSql(request.query);
    const wanted = request.page * request.limit;
    const fetch = Math.min(MAX_RANKED, request.expand ? wanted : wanted * COLLAPSE_OVERFETCH);
    const columns = `d.seq, d.id, d.source_url, d.source_path, d.title, d.outlet, d.published, d.group_id`;
    let rows: (RankedRow & { score: number })[];
    let total: number;
    try {
      if (match) {
        const bm25 = `bm25(search_index, ${BM25_WEIGHTS.join(', ')})`;
        if (where) {
          const from = `FROM search_index JOIN documents d ON d.seq = search_index.rowid
            WHERE search_index MATCH @match AND ${where}`;
          rows = this.db
            .prepare(`SELECT ${columns}, ${bm25} AS score ${from} ORDER BY score LIMIT @fetch`)
            .all({ ...params, match, fetch }) as (RankedRow & { score: number })[];
          total = (this.db.prepare(`SELECT count(*) AS n ${from}`).get({ ...params, match }) as { n: number })
            .n;
        } else {
          // Without filters, rank and count inside the index and join only the page's rows.
          rows = this.db
            .prepare(
              `SELECT ${columns}, r.score FROM (SELECT rowid, ${bm25} AS score FROM search_index
               WHERE search_index MATCH @match ORDER BY score LIMIT @fetch) r
               JOIN documents d ON d.seq = r.rowid ORDER BY r.score`,
            )
            .all({ match, fetch }) as (RankedRow & { score: number })[];
          total = (
            this.db
              .prepare('SELECT count(*) AS n FROM search_index WHERE search_index MATCH @match')
              .get({ match }) as {
              n: number;
            }
          ).n;
        }
      } else {
        const from = `FROM documents d ${where ? `WHERE ${where}` : ''}`;
        rows = this.db
          .prepare(`SELECT ${columns}, 0 AS score ${from} ORDER BY d.published DESC, d.seq DESC LIMIT @fetch`)
          .all({ ...params, fetch }) as (RankedRow & { score: number })[];
        total = (this.db.prepare(`SELECT count(*) AS n ${from}`).get(params) as { n: number }).n;
      }
    } catch (cause) {
      throw new MarsadError('E_QUERY', `the search index rejected the query: ${(cause as Error).message}`, {
        cause,
      });
    }
    const kept: (RankedRow & { score: number; duplicates: number })[] = [];
    const byGroup = new Map<number, number>();
    for (const r of rows) {
      if (r.group_id === null || request.expand) {
        kept.push({ ...r, duplicates: r.group_id === null ? 0 : this.groupSize(r.group_id) - 1 });
        continue;
      }
      if (byGroup.has(r.group_id)) continue;
      byGroup.set(r.group_id, kept.length);
      kept.push({ ...r, duplicates: this.groupSize(r.group_id) - 1 });
    }
    const pageRows = kept.slice((request.page - 1) * request.limit, request.page * request.limit);
    const hits = pageRows.map((r): SearchHit => {
      const canonical =
        r.group_id === null ? null : (this.stmt.canonicalOf.get(r.group_id) as { seq: number; id: string });
      return {
        id: r.id,
        url: r.source_url,
        path: r.source_path,
        title: r.title,
        outlet: r.outlet,
        published: r.published,
        score: r.score === 0 ? 0 : -r.score,
        text: (this.stmt.textOf.get(r.seq) as { text: string }).text,
        duplicates: r.duplicates,
        duplicateOf: canonical && canonical.seq !== r.seq ? canonical.id : null,
      };
    });
    return { hits, total };
  }

  private groupSize(group: number): number {
    return (this.stmt.groupSize.get(group) as { size: number }).size;
  }

  async *exportDocuments(query: StoreQuery): AsyncIterable<DocJSON> {
    const { where, params } = filterSql(query);
    const sql = query.match
      ? `SELECT d.seq FROM search_index JOIN documents d ON d.seq = search_index.rowid
         WHERE search_index MATCH @match ${where ? `AND ${where}` : ''} ORDER BY d.seq`
      : `SELECT d.seq FROM documents d ${where ? `WHERE ${where}` : ''} ORDER BY d.seq`;
    // Page by seq rather than holding a cursor open across awaits: constant memory, and other
    // readers and writers are never blocked by a slow consumer.
    let after = 0;
    const page = this.db.prepare(`SELECT seq FROM (${sql}) WHERE seq > @after ORDER BY seq LIMIT 500`);
    for (;;) {
      const seqs = page.all({ ...params, ...(query.match ? { match: query.match } : {}), after }) as {
        seq: number;
      }[];
      if (seqs.length === 0) return;
      for (const { seq } of seqs) {
        const row = this.stmt.documentBySeq.get(seq) as DocumentRow;
        yield rowsToDoc(
          row,
          this.stmt.layersOf.all(seq) as LayerRow[],
          this.stmt.messagesOf.all(seq) as MessageRow[],
        );
        after = seq;
      }
    }
  }

  async stats(): Promise<ArchiveStats> {
    const one = (sql: string) => (this.db.prepare(sql).get() as { n: number | string | null }).n;
    const outlets = this.db
      .prepare(
        `SELECT outlet, count(*) AS documents FROM documents WHERE outlet IS NOT NULL
         GROUP BY outlet ORDER BY documents DESC, outlet LIMIT 20`,
      )
      .all() as { outlet: string; documents: number }[];
    const levels = this.db.prepare('SELECT level, count(*) AS n FROM messages GROUP BY level').all() as {
      level: string;
      n: number;
    }[];
    return {
      documents: Number(one('SELECT count(*) AS n FROM documents')),
      sources: Number(one('SELECT count(*) AS n FROM sources')),
      duplicateGroups: Number(one('SELECT count(*) AS n FROM dup_groups')),
      duplicates: Number(one('SELECT coalesce(sum(size - 1), 0) AS n FROM dup_groups')),
      outlets,
      firstPublished: one('SELECT min(published) AS n FROM documents') as string | null,
      lastPublished: one('SELECT max(published) AS n FROM documents') as string | null,
      messages: Object.fromEntries(levels.map((l) => [l.level, l.n])),
      bytes: this.fileBytes(),
    };
  }

  private fileBytes(): number | null {
    if (this.location === ':memory:') return null;
    let total = 0;
    for (const suffix of ['', '-wal']) {
      try {
        total += statSync(this.location + suffix).size;
      } catch {
        // no WAL file: nothing to add
      }
    }
    return total;
  }

  async close(): Promise<void> {
    if (this.db.open) {
      try {
        this.db.pragma('optimize');
      } catch {
        // read-only or busy: optimisation is only a hint
      }
      this.db.close();
    }
  }

  // Analytics for the API and web UI: thin delegates to analytics.ts.

  /** The underlying connection, for maintenance and benchmarks. */
  get database(): Database.Database {
    return this.db;
  }

  async revision(): Promise<string> {
    return analytics.revision(this.db);
  }

  async facets(query: StoreQuery, options: FacetOptions): Promise<FacetCounts> {
    return analytics.facetCounts(this.db, query, filterSql(query), options);
  }

  async listEntities(options: EntityListOptions): Promise<EntityList> {
    return analytics.listEntities(this.db, options);
  }

  async entityProfile(key: string): Promise<EntityProfile | null> {
    return analytics.entityProfile(this.db, key);
  }

  async entityTimeline(key: string, bucket: 'day' | 'month'): Promise<TimelinePoint[]> {
    return analytics.entityTimeline(this.db, key, bucket);
  }

  async coEntities(key: string, options: { limit: number; sample: number }): Promise<CoEntity[]> {
    return analytics.coEntities(this.db, key, options);
  }

  async listReleases(filter: ReleaseFilter): Promise<ReleaseList> {
    return analytics.listReleases(this.db, filter);
  }

  async placeCounts(query: StoreQuery | null, options: { limit: number }): Promise<PlaceCount[]> {
    return analytics.placeCounts(this.db, query ? { query, filter: filterSql(query) } : null, options);
  }
}

interface RankedRow {
  seq: number;
  id: string;
  source_url: string | null;
  source_path: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  group_id: number | null;
}

/** Publication dates compare as ISO strings; a document without one is never earlier. */
function earlier(a: string | null, b: string | null): boolean {
  return a !== null && (b === null || a < b);
}

/** SQL for a query's structured filters, every value a bound parameter. */
function filterSql(q: StoreQuery): { where: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (q.outlets.length > 0) {
    parts.push(`d.outlet_key IN (${q.outlets.map((_, i) => `@outlet${i}`).join(', ')})`);
    q.outlets.forEach((o, i) => {
      params[`outlet${i}`] = o;
    });
  }
  if (q.from) {
    parts.push('d.published >= @from');
    params.from = q.from;
  }
  if (q.to) {
    // Dates carry times after the day ('2015-07-21T10:00'); 'Z' sorts after 'T' and after any day.
    parts.push('d.published < @to');
    params.to = `${q.to}Z`;
  }
  const excludeOutlets = q.excludeOutlets ?? [];
  if (excludeOutlets.length > 0) {
    parts.push(
      `(d.outlet_key IS NULL OR d.outlet_key NOT IN (${excludeOutlets.map((_, i) => `@xoutlet${i}`).join(', ')}))`,
    );
    excludeOutlets.forEach((o, i) => {
      params[`xoutlet${i}`] = o;
    });
  }
  if (q.exclude) {
    parts.push('d.seq NOT IN (SELECT rowid FROM search_index WHERE search_index MATCH @exclude)');
    params.exclude = q.exclude;
  }
  q.facets.forEach((f, i) => {
    const values = f.values.map((_, j) => `@facet${i}v${j}`).join(', ');
    parts.push(
      `${f.negated ? 'NOT ' : ''}EXISTS (SELECT 1 FROM facets f WHERE f.kind = @facet${i}k AND f.value IN (${values}) AND f.doc_seq = d.seq)`,
    );
    params[`facet${i}k`] = f.kind;
    f.values.forEach((v, j) => {
      params[`facet${i}v${j}`] = v;
    });
  });
  return { where: parts.join(' AND '), params };
}

function prepare(db: Database.Database) {
  return {
    sourceExists: db.prepare('SELECT 1 FROM sources WHERE fingerprint = ?').pluck(),
    seqById: db.prepare('SELECT seq FROM documents WHERE id = ?'),
    idBySeq: db.prepare('SELECT id FROM documents WHERE seq = ?'),
    insertDocument: db.prepare(`INSERT INTO documents (id, norm_hash, title, text, source_path, source_url,
      source_encoding, source_format, source_record, author, outlet, outlet_key, agency, category, published,
      published_source, removed_json, ingested_at) VALUES (@id, @norm_hash, @title, @text, @source_path,
      @source_url, @source_encoding, @source_format, @source_record, @author, @outlet, @outlet_key, @agency,
      @category, @published, @published_source, @removed_json, @ingested_at)`),
    insertLayer: db.prepare('INSERT INTO layers (doc_seq, name, spans_json) VALUES (?, ?, ?)'),
    insertMessage:
      db.prepare(`INSERT INTO messages (doc_seq, ord, stage, level, code, text, start_utf16, end_utf16)
      VALUES (@doc_seq, @ord, @stage, @level, @code, @text, @start_utf16, @end_utf16)`),
    insertSource: db.prepare(`INSERT OR IGNORE INTO sources (fingerprint, doc_seq, path, url, record, outlet,
      published, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    insertFacet: db.prepare(
      'INSERT OR REPLACE INTO facets (kind, value, doc_seq, count) VALUES (?, ?, ?, ?)',
    ),
    insertIndex: db.prepare(
      'INSERT INTO search_index (rowid, title_stems, stems, title_keys, keys) VALUES (?, ?, ?, ?, ?)',
    ),
    insertEntity: db.prepare(
      'INSERT INTO doc_entities (entity, doc_seq, type, name, mentions) VALUES (?, ?, ?, ?, ?)',
    ),
    insertEvent:
      db.prepare(`INSERT INTO events (doc_seq, ord, type, speaker_name, speaker_entity, organization_name,
      organization_entity, medium, channel, title, date_value, date_text, attribution, is_current, start_utf16, end_utf16)
      VALUES (@doc_seq, @ord, @type, @speaker_name, @speaker_entity, @organization_name, @organization_entity, @medium,
      @channel, @title, @date_value, @date_text, @attribution, @is_current, @start_utf16, @end_utf16)`),
    insertMinhash: db.prepare('INSERT INTO minhash (doc_seq, signature) VALUES (?, ?)'),
    insertBucket: db.prepare('INSERT OR IGNORE INTO lsh_buckets (band, bucket, doc_seq) VALUES (?, ?, ?)'),
    sameNormHash: db.prepare(
      'SELECT seq FROM documents WHERE norm_hash = ? AND seq <> ? ORDER BY seq LIMIT 1',
    ),
    bucketMembers: db.prepare('SELECT doc_seq FROM lsh_buckets WHERE band = ? AND bucket = ? LIMIT ?'),
    signatureOf: db.prepare('SELECT signature FROM minhash WHERE doc_seq = ?'),
    groupOf: db.prepare('SELECT group_id FROM documents WHERE seq = ?'),
    insertGroup: db.prepare('INSERT INTO dup_groups (id, canonical_seq, size) VALUES (?, ?, 1)'),
    setGroup: db.prepare('UPDATE documents SET group_id = ?, similarity = ? WHERE seq = ?'),
    growGroup: db.prepare('UPDATE dup_groups SET size = size + 1 WHERE id = ?'),
    groupSize: db.prepare('SELECT size FROM dup_groups WHERE id = ?'),
    canonicalOf: db.prepare(`SELECT d.seq, d.id, d.published FROM dup_groups g JOIN documents d
      ON d.seq = g.canonical_seq WHERE g.id = ?`),
    setCanonical: db.prepare('UPDATE dup_groups SET canonical_seq = ? WHERE id = ?'),
    groupMembers: db.prepare(
      'SELECT id, similarity, published FROM documents WHERE group_id = ? ORDER BY published IS NULL, published, seq',
    ),
    documentById: db.prepare('SELECT * FROM documents WHERE id = ?'),
    documentBySeq: db.prepare('SELECT * FROM documents WHERE seq = ?'),
    documentsByPrefix: db.prepare('SELECT * FROM documents WHERE id LIKE ? LIMIT 2'),
    layersOf: db.prepare('SELECT name, spans_json FROM layers WHERE doc_seq = ? ORDER BY name'),
    messagesOf: db.prepare('SELECT * FROM messages WHERE doc_seq = ? ORDER BY ord'),
    textOf: db.prepare('SELECT text FROM documents WHERE seq = ?'),
  };
}
