/**
 * Load check of the HTTP API (`npm run bench -- load`, or `tsx bench/load.ts`): a server in a
 * child process over a 200k-article archive, and a bounded load generator in this process
 * (keep-alive HTTP over loopback, a fixed number of concurrent clients, a fixed duration).
 * Prints requests/s and latency percentiles for search and document requests.
 *
 * The archive is the news corpus scaled ×10 (≈203k articles; synthetic articles when
 * ../shared is absent), ingested once with the CLI and kept in bench/out/ for later runs.
 * Search answers are cached by the server per archive revision, so the search figures are given
 * twice: `search (repeated)` cycles through the fixed query set (warm cache, as when analysts
 * page, filter and share links), `search (distinct)` sends queries never seen before (every
 * request ranks in the archive).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { syntheticJsonl } from '../src/ingest/synthetic.js';
import { QUERIES } from './archive.js';
import { newsCorpusPath, readNews, writeScaledCorpus } from './corpus.js';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench', 'out');
/** Articles in the load archive (the news corpus ×10 is 203,290). */
const TARGET_DOCS = Number(process.env.BENCH_LOAD_DOCS ?? 200_000);
/** Concurrent clients: the target is p95 ≤ 100 ms at 50. */
const CLIENTS = Number(process.env.BENCH_LOAD_CLIENTS ?? 50);
/** Seconds measured per workload, after a warm-up of WARMUP_S. */
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 15);
const WARMUP_S = 2;
/** Requests per workload at most, whatever the duration (bounds a run on a fast machine). */
const MAX_REQUESTS = 500_000;
/** Document ids sampled for the document workload. */
const DOC_SAMPLE = 5000;

interface Result {
  latencies: number[];
  errors: number;
  requests: number;
  seconds: number;
}

function pct(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** The load archive: reused when present with enough documents, else built (slow: minutes). */
async function loadArchive(): Promise<string> {
  const db = process.env.BENCH_LOAD_DB ?? join(OUT, 'load-200k.db');
  if (existsSync(db)) {
    const conn = new Database(db, { readonly: true });
    const n = (conn.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    conn.close();
    if (n >= TARGET_DOCS * 0.95) {
      console.log(`  archive: ${db} (${n.toLocaleString('en-US')} documents, reused)`);
      return db;
    }
    rmSync(db, { force: true });
  }
  mkdirSync(OUT, { recursive: true });
  const corpus = newsCorpusPath();
  const input = join(OUT, corpus ? 'load-news-x10.jsonl.gz' : 'load-synthetic.jsonl');
  if (corpus) {
    const records = await readNews(corpus);
    await writeScaledCorpus(records, Math.ceil(TARGET_DOCS / records.length), input);
  } else {
    writeFileSync(input, syntheticJsonl(TARGET_DOCS));
  }
  console.log(`  archive: building ${db} from ${input} (once; kept for later runs)…`);
  const t = performance.now();
  execFileSync(
    process.execPath,
    [join(ROOT, 'dist/cli/main.js'), 'ingest', input, '--db', db, '--no-progress'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  console.log(`  archive: ingested in ${((performance.now() - t) / 60_000).toFixed(1)} min`);
  rmSync(input, { force: true });
  return db;
}

/** Starts the server on a free port in a child process; resolves with its URL. */
function startChild(db: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, '--serve', db], {
    stdio: ['ignore', 'pipe', 'inherit'],
    cwd: ROOT,
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once('line', (url) => resolve({ url, child }));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

/** Child mode: serve the archive (API only, reads open) and print the URL. */
async function serveChild(db: string): Promise<void> {
  const { startServer, loadEntityDirectory } = await import('../src/server/index.js');
  const { openSqliteStore } = await import('../src/store/index.js');
  const server = await startServer({
    store: openSqliteStore(db, { readonly: true }),
    entities: await loadEntityDirectory(),
    host: '127.0.0.1',
    port: 0,
  });
  console.log(server.url);
}

/** Runs `clients` loops issuing `next()` paths for `seconds`, after a warm-up. */
async function drive(base: string, next: () => string, clients: number, seconds: number): Promise<Result> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const get = (path: string) =>
    new Promise<number>((resolve, reject) => {
      const req = request(new URL(path, base), { agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
  const run = async (until: number, out: Result | null) => {
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (performance.now() < until && (!out || out.requests < MAX_REQUESTS)) {
          const t = performance.now();
          const status = await get(next()).catch(() => 0);
          if (!out) continue;
          out.requests++;
          if (status !== 200) out.errors++;
          out.latencies.push(performance.now() - t);
        }
      }),
    );
  };
  await run(performance.now() + WARMUP_S * 1000, null);
  const result: Result = { latencies: [], errors: 0, requests: 0, seconds: 0 };
  const started = performance.now();
  await run(started + seconds * 1000, result);
  result.seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return result;
}

function report(label: string, r: Result): void {
  const s = [...r.latencies].sort((a, b) => a - b);
  const p95 = pct(s, 95);
  console.log(
    `  ${label.padEnd(20)} ${(r.requests / r.seconds).toFixed(0).padStart(6)} req/s  p50 ${pct(s, 50).toFixed(1)} ms  ` +
      `p95 ${p95.toFixed(1)} ms  p99 ${pct(s, 99).toFixed(1)} ms  max ${(s.at(-1) ?? 0).toFixed(0)} ms  ` +
      `(${r.requests} requests, ${r.errors} errors)${p95 <= 100 ? '' : '  — above the 100 ms target'}`,
  );
}

/** The load benchmark section. */
export async function benchLoad(): Promise<void> {
  console.log(
    `load (HTTP API over loopback, ${CLIENTS} concurrent keep-alive clients, ${SECONDS} s per workload):`,
  );
  const db = await loadArchive();
  const conn = new Database(db, { readonly: true });
  const ids = (
    conn.prepare('SELECT id FROM documents ORDER BY random() LIMIT ?').all(DOC_SAMPLE) as { id: string }[]
  ).map((r) => r.id);
  // Distinct queries: words of stored titles, one per request, never repeated within the run.
  const words = [
    ...new Set(
      (
        conn
          .prepare('SELECT title FROM documents WHERE title IS NOT NULL ORDER BY random() LIMIT 20000')
          .all() as {
          title: string;
        }[]
      ).flatMap((r) => r.title.split(/[^\p{L}]+/u).filter((w) => w.length >= 4)),
    ),
  ];
  conn.close();
  const { url, child } = await startChild(db);
  try {
    let i = 0;
    const cycle = <T>(list: readonly T[]) => list[i++ % list.length] as T;
    report('document', await drive(url, () => `/api/documents/${cycle(ids)}`, CLIENTS, SECONDS));
    report(
      'search (repeated)',
      await drive(url, () => `/api/search?q=${encodeURIComponent(cycle(QUERIES))}`, CLIENTS, SECONDS),
    );
    report(
      'facets (repeated)',
      await drive(url, () => `/api/facets?q=${encodeURIComponent(cycle(QUERIES))}`, CLIENTS, SECONDS),
    );
    let w = 0;
    const distinct = () => `/api/search?q=${encodeURIComponent(words[w++ % words.length] as string)}`;
    report('search (distinct)', await drive(url, distinct, CLIENTS, SECONDS));
    const single = await drive(url, distinct, 1, SECONDS);
    report('search (distinct, 1 client)', single);
  } finally {
    child.kill();
  }
}

if (process.argv[2] === '--serve') {
  await serveChild(process.argv[3] as string);
} else if (import.meta.filename === process.argv[1]) {
  await benchLoad();
}
