/**
 * Crash safety, end to end: an ingest process is killed with SIGKILL in the middle of its work;
 * the archive must be intact (every committed document complete, nothing half-written), and a
 * re-run must finish the job, skipping what was committed, with no document lost or doubled.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticJsonl } from './synthetic.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const N = 3000;

function run(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function finish(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += String(d)));
  child.stderr?.on('data', (d) => (stderr += String(d)));
  return new Promise((res) => child.on('close', (code) => res({ code, stdout, stderr })));
}

function counts(db: string): Record<string, number> {
  const c = new Database(db, { readonly: true });
  try {
    const n = (sql: string) => (c.prepare(sql).get() as { n: number }).n;
    return {
      documents: n('SELECT count(*) AS n FROM documents'),
      minhash: n('SELECT count(*) AS n FROM minhash'),
      sources: n('SELECT count(DISTINCT doc_seq) AS n FROM sources'),
      layers: n('SELECT count(DISTINCT doc_seq) AS n FROM layers'),
      indexed: n('SELECT count(*) AS n FROM search_index_docsize'),
      ok: c.pragma('integrity_check', { simple: true }) === 'ok' ? 1 : 0,
    };
  } finally {
    c.close();
  }
}

describe('ingest after kill -9', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-crash-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every committed batch whole and finishes the job when re-run', async () => {
    const input = join(dir, 'articles.jsonl');
    const db = join(dir, 'archive.db');
    writeFileSync(input, syntheticJsonl(N));
    const args = [
      'ingest',
      input,
      '--db',
      db,
      '--batch-size',
      '50',
      '--workers',
      '1',
      '--no-progress',
      '--json',
    ];

    const first = run(args);
    const ended = finish(first);
    let killedAt = 0;
    for (let i = 0; i < 600 && killedAt === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      try {
        if ((counts(db).documents ?? 0) >= 200) {
          first.kill('SIGKILL');
          killedAt = 1;
        }
      } catch {
        // the archive is not created yet
      }
    }
    const firstRun = await ended;
    expect(firstRun.code).toBeNull(); // killed, not finished
    const after = counts(db);
    expect(after.ok).toBe(1);
    expect(after.documents).toBeGreaterThanOrEqual(200);
    expect(after.documents).toBeLessThan(N);
    // Every stored document is complete: source, layers, signature and search entry.
    for (const k of ['minhash', 'sources', 'layers', 'indexed']) expect(after[k]).toBe(after.documents);

    const second = await finish(run(args));
    expect(second.code).toBe(0);
    const summary = JSON.parse(second.stdout) as Record<string, number>;
    expect(summary.skipped).toBe(after.documents);
    expect(summary.failed).toBe(0);
    const done = counts(db);
    expect(done.documents).toBe(N);
    for (const k of ['minhash', 'sources', 'layers', 'indexed']) expect(done[k]).toBe(N);

    const third = JSON.parse((await finish(run(args))).stdout) as Record<string, number>;
    expect(third).toMatchObject({ stored: 0, duplicates: 0, skipped: N, failed: 0 });
  }, 120_000);
});
