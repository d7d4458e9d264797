/**
 * Archive benchmark: end-to-end ingest (the real CLI in a child process, worker threads on)
 * of the news corpus and of a generated scale-up, search latency on a fixed query set, dedup
 * precision/recall of MinHash LSH against exact Jaccard on a sample, and index size.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dedupQuality, describeQuality } from '../eval/dedup/quality.js';
import { searchArchive } from '../src/search/service.js';
import { openSqliteStore } from '../src/store/index.js';
import { newsCorpusPath, readNews, writeScaledCorpus } from './corpus.js';

const ROOT = join(import.meta.dirname, '..');
const WORK = join(ROOT, '.bench');

/** The fixed query set: names, places, phrases, OR, exclusion, filters, and the empty query. */
export const QUERIES: readonly string[] = [
  'السعودية',
  'الحوثيين',
  'داعش',
  'اليمن عدن',
  'الرياض',
  '"وزارة الداخلية"',
  '"خادم الحرمين الشريفين"',
  'إيران OR طهران',
  'النفط -أسعار',
  'الهلال',
  '"مجلس الأمن"',
  'تفجير مسجد',
  'الحج',
  'كورونا',
  'الاتحاد OR النصر',
  '"الأمم المتحدة" اليمن',
  'روسيا',
  'تركيا',
  'الحرس الوطني',
  '"عاصفة الحزم"',
  'الإرهاب',
  'outlet:sabq داعش',
  'from:2015-08-01 to:2015-08-15 الحوثي',
  'الموصل',
  'سوريا الأسد',
  'الطائف',
  'القصيم',
  '"الاتفاق النووي"',
  'الكويت تفجير',
  'الأمطار',
  'سلمان',
  'التعليم',
  'وزير الصحة',
  'البورصة OR الأسهم',
  '',
  'outlet:okaz',
  'فندق',
  'أبها',
  'الجوازات',
  'نجران',
];

function ingestCli(input: string, db: string): Record<string, number> {
  // Exit status 1 only says some records were refused (the corpus has empty articles).
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'dist/cli/main.js'), 'ingest', input, '--db', db, '--json', '--no-progress'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (r.status !== 0 && r.status !== 1) throw new Error(`ingest of ${input} failed (status ${r.status})`);
  return JSON.parse(r.stdout) as Record<string, number>;
}

function size(path: string): number {
  let total = 0;
  for (const s of ['', '-wal', '-shm']) {
    try {
      total += statSync(path + s).size;
    } catch {
      // absent
    }
  }
  return total;
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

async function searchLatency(db: string, label: string): Promise<void> {
  const store = openSqliteStore(db);
  const times: number[] = [];
  let hits = 0;
  for (const q of QUERIES) await searchArchive(store, q); // warm the page cache
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES) {
      const t = performance.now();
      const r = await searchArchive(store, q);
      times.push(performance.now() - t);
      hits += r.total;
    }
  }
  await store.close();
  times.sort((a, b) => a - b);
  console.log(
    `  search ${label}: ${QUERIES.length} queries × 5: p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms, p99 ${pct(times, 99).toFixed(1)} ms, max ${(times.at(-1) ?? 0).toFixed(1)} ms (mean ${Math.round(hits / times.length)} matches per query)`,
  );
}

function reportIngest(label: string, s: Record<string, number>, inputBytes: number, db: string): void {
  const secs = (s.elapsedMs ?? 0) / 1000;
  const docs = (s.stored ?? 0) + (s.duplicates ?? 0) + (s.unchanged ?? 0) + (s.failed ?? 0);
  console.log(
    `  ingest ${label}: ${docs} docs (${s.stored} stored, ${s.duplicates} duplicates, ${s.unchanged} same text, ${s.failed} refused) in ${secs.toFixed(1)} s: ` +
      `${(docs / secs).toFixed(0)} docs/s, ${(inputBytes / 2 ** 20 / secs).toFixed(2)} MB/s (uncompressed), peak RSS ${((s.peakRssBytes ?? 0) / 2 ** 20).toFixed(0)} MiB, archive ${(size(db) / 2 ** 20).toFixed(0)} MiB`,
  );
}

export async function benchArchive(): Promise<void> {
  const corpus = newsCorpusPath();
  if (!corpus) {
    console.log('archive: no ../shared/data/news corpus; nothing measured');
    return;
  }
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const records = await readNews(corpus);
  const corpusBytes = records.reduce((n, r) => n + Buffer.byteLength(JSON.stringify(r)) + 1, 0);
  console.log(`archive (CLI ingest in a child process, worker threads on; scratch in ${WORK}):`);

  const newsDb = join(WORK, 'news.db');
  reportIngest(`${records.length} news articles`, ingestCli(corpus, newsDb), corpusBytes, newsDb);
  const again = ingestCli(corpus, newsDb);
  console.log(
    `  re-ingest of the same corpus: ${again.skipped} skipped, ${again.stored} stored, in ${((again.elapsedMs ?? 0) / 1000).toFixed(1)} s`,
  );
  await searchLatency(newsDb, `${records.length} docs`);
  const sample = records.slice(0, Number(process.env.BENCH_DEDUP_SAMPLE ?? 5000)).map((r) => r.content ?? '');
  console.log(`  dedup vs exact Jaccard: ${describeQuality(dedupQuality(sample))}`);

  const factor = Number(process.env.BENCH_SCALE ?? 10);
  if (factor > 1) {
    const scaled = join(WORK, `news-x${factor}.jsonl.gz`);
    const n = await writeScaledCorpus(records, factor, scaled);
    // Kept in bench/out/, where the load section (bench/load.ts) reuses it instead of building its own.
    const scaledDb = join(ROOT, 'bench', 'out', 'load-200k.db');
    mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
    for (const s of ['', '-wal', '-shm']) rmSync(scaledDb + s, { force: true });
    reportIngest(
      `${n} articles (×${factor} scale-up)`,
      ingestCli(scaled, scaledDb),
      corpusBytes * factor,
      scaledDb,
    );
    await searchLatency(scaledDb, `${n} docs`);
  }
  if (!process.env.BENCH_KEEP) rmSync(WORK, { recursive: true, force: true });
}
