/**
 * Speed and memory of analysis (read → clean → the default pipeline) over the news corpus, on
 * one core in this process. Prints figures; never fails on speed.
 */
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { sharedDir } from '../eval/lib/paths.js';
import { cleanToDoc } from '../src/clean/index.js';
import { toRecord } from '../src/doc/index.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { jsonlToResults } from '../src/read/index.js';

const LIMIT = Number(process.env.BENCH_LIMIT ?? 0) || Number.POSITIVE_INFINITY;

export async function benchAnalyze(): Promise<void> {
  const shared = sharedDir();
  const path = shared ? join(shared, 'data/news/saudinewsnet-dev.jsonl.gz') : null;
  if (!path || !existsSync(path)) {
    console.log('bench: no ../shared/data/news corpus (set MARSAD_SHARED); nothing measured');
    return;
  }
  const pipeline = defaultPipeline({ onStageError: 'record' });
  const lines = createInterface({
    input: createReadStream(path).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let docs = 0;
  let bytes = 0;
  let chars = 0;
  let tokens = 0;
  let failed = 0;
  let peakRss = process.memoryUsage().rss;
  const t0 = process.hrtime.bigint();
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (docs >= LIMIT) break;
    bytes += Buffer.byteLength(line) + 1;
    for (const r of jsonlToResults(
      line,
      { path: 'saudinewsnet-dev.jsonl', input: `saudinewsnet-dev.jsonl line ${lineNo}` },
      'utf-8',
    )) {
      if (!r.ok) {
        failed++;
        continue;
      }
      const doc = pipeline.run(cleanToDoc(r.doc));
      const record = toRecord(doc);
      chars += record.text.length;
      tokens += doc.spans('tokens').length;
      docs++;
    }
    if (docs % 1000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  console.log(
    `analyze (one core): ${docs} docs, ${(bytes / 2 ** 20).toFixed(1)} MB in ${seconds.toFixed(1)} s`,
  );
  console.log(
    `  ${(docs / seconds).toFixed(0)} docs/s, ${(bytes / 2 ** 20 / seconds).toFixed(2)} MB/s, ${(tokens / seconds / 1000).toFixed(0)}k tokens/s`,
  );
  console.log(
    `  peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB; ${failed} record(s) failed to read; ${chars} chars of body text kept`,
  );
}
