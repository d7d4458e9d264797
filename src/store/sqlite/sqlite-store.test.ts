import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { MarsadError } from '../../doc/index.js';
import { storeContract } from '../contract.js';
import { LATEST_VERSION, migrate, schemaVersion } from './migrations.js';
import { openSqliteStore } from './sqlite-store.js';

storeContract('sqlite', () => openSqliteStore(':memory:'));

describe('sqlite migrations', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-store-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a new archive at the latest version in WAL mode', async () => {
    const path = join(dir, 'a.db');
    const store = openSqliteStore(path);
    await store.close();
    const db = new Database(path);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('migrates down to nothing and back up', () => {
    const db = new Database(':memory:');
    expect(migrate(db, 'mem')).toBe(LATEST_VERSION);
    expect(migrate(db, 'mem', 0)).toBe(0);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'schema_migrations'")
      .all();
    expect(tables).toEqual([]);
    expect(migrate(db, 'mem')).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuses an archive newer than this code', () => {
    const path = join(dir, 'new.db');
    const db = new Database(path);
    migrate(db, path);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
      999,
      'future',
      'now',
    );
    db.close();
    expect(() => openSqliteStore(path)).toThrow(MarsadError);
    expect(() => openSqliteStore(path)).toThrow(/newer than this Marsad/u);
  });
});
