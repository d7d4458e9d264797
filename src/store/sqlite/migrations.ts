/**
 * Numbered, reversible schema migrations for the SQLite archive. Each runs in its own
 * transaction; `schema_migrations` records what is applied. Column names are snake_case and say
 * their unit where one applies (`start_utf16`: UTF-16 code-unit offsets).
 */
import type Database from 'better-sqlite3';
import { MarsadError } from '../../doc/index.js';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: string;
  readonly down: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, layers, messages, sources, duplicates, search index',
    up: `
      -- Small, filtered columns first and the article text last: SQLite reads a row's columns in
      -- order, so filters and ranking never walk through the text's overflow pages.
      CREATE TABLE documents (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        norm_hash TEXT NOT NULL,
        group_id INTEGER,
        similarity REAL,
        published TEXT,
        outlet_key TEXT,
        outlet TEXT,
        title TEXT,
        source_path TEXT,
        source_url TEXT,
        source_encoding TEXT NOT NULL,
        source_format TEXT NOT NULL,
        source_record INTEGER,
        author TEXT,
        agency TEXT,
        category TEXT,
        published_source TEXT,
        ingested_at TEXT NOT NULL,
        removed_json TEXT NOT NULL,
        text TEXT NOT NULL
      );
      CREATE INDEX documents_norm_hash ON documents (norm_hash);
      CREATE INDEX documents_group ON documents (group_id);
      CREATE INDEX documents_published ON documents (published);
      CREATE INDEX documents_outlet_key ON documents (outlet_key);

      CREATE TABLE dup_groups (
        id INTEGER PRIMARY KEY,
        canonical_seq INTEGER NOT NULL REFERENCES documents (seq),
        size INTEGER NOT NULL
      );

      CREATE TABLE layers (
        doc_seq INTEGER NOT NULL REFERENCES documents (seq),
        name TEXT NOT NULL,
        spans_json TEXT NOT NULL,
        PRIMARY KEY (doc_seq, name)
      ) WITHOUT ROWID;

      CREATE TABLE messages (
        doc_seq INTEGER NOT NULL REFERENCES documents (seq),
        ord INTEGER NOT NULL,
        stage TEXT NOT NULL,
        level TEXT NOT NULL,
        code TEXT,
        text TEXT NOT NULL,
        start_utf16 INTEGER,
        end_utf16 INTEGER,
        PRIMARY KEY (doc_seq, ord)
      ) WITHOUT ROWID;
      CREATE INDEX messages_level ON messages (level);

      CREATE TABLE sources (
        fingerprint TEXT PRIMARY KEY,
        doc_seq INTEGER NOT NULL REFERENCES documents (seq),
        path TEXT,
        url TEXT,
        record INTEGER,
        outlet TEXT,
        published TEXT,
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX sources_doc ON sources (doc_seq);

      CREATE TABLE facets (
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        doc_seq INTEGER NOT NULL REFERENCES documents (seq),
        count INTEGER NOT NULL,
        PRIMARY KEY (kind, value, doc_seq)
      ) WITHOUT ROWID;
      CREATE INDEX facets_doc ON facets (doc_seq);

      -- One row per canonical entity per document: names and types for entity pages, counts for timelines.
      CREATE TABLE doc_entities (
        entity TEXT NOT NULL,
        doc_seq INTEGER NOT NULL REFERENCES documents (seq),
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        PRIMARY KEY (entity, doc_seq)
      ) WITHOUT ROWID;
      CREATE INDEX doc_entities_doc ON doc_entities (doc_seq);

      -- Events (statements first) as rows, for listing and filtering across the archive.
      CREATE TABLE events (
        doc_seq INTEGER NOT NULL REFERENCES documents (seq),
        ord INTEGER NOT NULL,
        type TEXT NOT NULL,
        speaker_name TEXT,
        speaker_entity TEXT,
        organization_name TEXT,
        organization_entity TEXT,
        medium TEXT,
        channel TEXT,
        title TEXT,
        date_value TEXT,
        date_text TEXT,
        attribution TEXT,
        is_current INTEGER NOT NULL,
        start_utf16 INTEGER NOT NULL,
        end_utf16 INTEGER NOT NULL,
        PRIMARY KEY (doc_seq, ord)
      ) WITHOUT ROWID;
      CREATE INDEX events_speaker ON events (speaker_entity, date_value);
      CREATE INDEX events_organization ON events (organization_entity, date_value);
      CREATE INDEX events_date ON events (date_value);

      CREATE TABLE minhash (
        doc_seq INTEGER PRIMARY KEY REFERENCES documents (seq),
        signature BLOB NOT NULL
      );

      CREATE TABLE lsh_buckets (
        band INTEGER NOT NULL,
        bucket INTEGER NOT NULL,
        doc_seq INTEGER NOT NULL,
        PRIMARY KEY (band, bucket, doc_seq)
      ) WITHOUT ROWID;

      CREATE VIRTUAL TABLE search_index USING fts5 (
        title_stems, stems, title_keys, keys,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0'
      );
    `,
    down: `
      DROP TABLE search_index;
      DROP TABLE lsh_buckets;
      DROP TABLE minhash;
      DROP TABLE events;
      DROP TABLE doc_entities;
      DROP TABLE facets;
      DROP TABLE sources;
      DROP TABLE messages;
      DROP TABLE layers;
      DROP TABLE dup_groups;
      DROP TABLE documents;
    `,
  },
];

/** The latest schema version this code knows. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/** The applied schema version (0 for a new database). */
export function schemaVersion(db: Database.Database): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

/**
 * Brings the schema to `target` (default: latest), up or down, one migration per transaction.
 * A database newer than this code is refused rather than touched.
 */
export function migrate(db: Database.Database, location: string, target = LATEST_VERSION): number {
  let version = schemaVersion(db);
  if (version > LATEST_VERSION) {
    throw new MarsadError(
      'E_MIGRATION',
      `${location} has schema version ${version}, newer than this Marsad knows (${LATEST_VERSION}): upgrade Marsad`,
      { input: location },
    );
  }
  while (version < target) {
    const m = MIGRATIONS.find((x) => x.version === version + 1);
    if (!m) break;
    run(db, location, m, 'up');
    version = m.version;
  }
  while (version > target) {
    const m = MIGRATIONS.find((x) => x.version === version);
    if (!m) break;
    run(db, location, m, 'down');
    version = m.version - 1;
  }
  return version;
}

function run(db: Database.Database, location: string, m: Migration, direction: 'up' | 'down'): void {
  const apply = db.transaction(() => {
    db.exec(direction === 'up' ? m.up : m.down);
    if (direction === 'up') {
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    } else {
      db.prepare('DELETE FROM schema_migrations WHERE version = ?').run(m.version);
    }
  });
  try {
    apply();
  } catch (cause) {
    throw new MarsadError(
      'E_MIGRATION',
      `cannot migrate ${location} ${direction} to version ${m.version} (${m.name}): ${(cause as Error).message}`,
      { cause, input: location },
    );
  }
}
