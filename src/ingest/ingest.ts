/**
 * `marsad ingest`: streams inputs through cleaning and analysis into the archive in transactional
 * batches. Idempotent (an input already stored is skipped by its fingerprint; a document already
 * stored under another source only gains that source) and resumable (a killed run loses only its
 * uncommitted batch; re-running skips everything committed). Memory stays bounded: inputs are
 * read lazily, at most MAX_IN_FLIGHT documents are being prepared, and a batch is written then
 * dropped.
 */
import { type ErrorCode, MarsadError } from '../doc/index.js';
import { type ReadOptions, readInputs } from '../read/index.js';
import type { RawDoc } from '../read/raw-doc.js';
import type { PreparedDoc, Store } from '../store/types.js';
import { createPreparer, WorkerFailure } from './pool.js';
import { fingerprintOf } from './prepare.js';

/** Documents written per transaction: large enough to amortise the commit, small enough to lose little on a crash. */
export const DEFAULT_BATCH_SIZE = 500;
/** A batch is also committed after this many milliseconds, so a slow trickle is stored promptly. */
export const BATCH_MAX_MS = 2000;
/** Documents queued for preparation at once (bounds memory whatever the input size). */
export const MAX_IN_FLIGHT = 64;
/** Progress is reported at least every this many documents (the display throttles itself). */
const PROGRESS_EVERY = 25;
/** Failures listed one by one in the summary; the rest are only counted by code. */
const MAX_LISTED_FAILURES = 50;

export interface IngestOptions {
  readonly read?: ReadOptions;
  /** Worker threads preparing documents; 0 prepares in this thread. */
  readonly workers: number;
  readonly batchSize?: number;
  /** Near-duplicate Jaccard threshold. */
  readonly threshold: number;
  /** Called after every committed batch and at the end. */
  readonly onProgress?: (p: IngestProgress) => void;
}

export interface IngestProgress {
  /** Documents handled so far (stored, duplicates, unchanged, skipped, failed). */
  readonly documents: number;
  readonly bytesRead: number;
  readonly elapsedMs: number;
  readonly done: boolean;
}

export interface IngestFailure {
  readonly input: string;
  readonly code: ErrorCode;
  readonly message: string;
}

export interface IngestSummary {
  /** New documents, first of their duplicate group or alone. */
  stored: number;
  /** New documents that are near or exact duplicates of a stored one. */
  duplicates: number;
  /** Documents whose text was already stored (another source recorded). */
  unchanged: number;
  /** Inputs already ingested before (same fingerprint), skipped without analysis. */
  skipped: number;
  failed: number;
  failuresByCode: Record<string, number>;
  failures: IngestFailure[];
  elapsedMs: number;
  bytesRead: number;
  /** Peak resident memory of the process, worker threads included, in bytes. */
  peakRssBytes: number;
}

interface Slot {
  readonly raw: RawDoc;
  readonly result: Promise<PreparedDoc>;
}

export async function ingest(
  store: Store,
  paths: readonly string[],
  options: IngestOptions,
): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = {
    stored: 0,
    duplicates: 0,
    unchanged: 0,
    skipped: 0,
    failed: 0,
    failuresByCode: {},
    failures: [],
    elapsedMs: 0,
    bytesRead: 0,
    peakRssBytes: 0,
  };
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const fail = (input: string, e: unknown) => {
    const err =
      e instanceof MarsadError
        ? e
        : new MarsadError('E_STAGE', e instanceof Error ? e.message : String(e), { cause: e, input });
    summary.failed++;
    summary.failuresByCode[err.code] = (summary.failuresByCode[err.code] ?? 0) + 1;
    if (summary.failures.length < MAX_LISTED_FAILURES) {
      summary.failures.push({ input: err.input ?? input, code: err.code, message: err.message });
    }
  };
  const handled = () =>
    summary.stored + summary.duplicates + summary.unchanged + summary.skipped + summary.failed;
  const progress = (done: boolean) =>
    options.onProgress?.({
      documents: handled(),
      bytesRead: summary.bytesRead,
      elapsedMs: performance.now() - started,
      done,
    });

  const preparer = createPreparer(options.workers);
  const queue: Slot[] = [];
  let batch: PreparedDoc[] = [];
  let lastCommit = performance.now();

  const commit = async () => {
    if (batch.length > 0) {
      const outcomes = await store.putBatch(batch, { threshold: options.threshold });
      for (const o of outcomes) summary[o.status === 'duplicate' ? 'duplicates' : o.status]++;
      batch = [];
    }
    lastCommit = performance.now();
    progress(false);
  };
  const settle = async (slot: Slot) => {
    try {
      batch.push(await slot.result);
    } catch (e) {
      if (e instanceof WorkerFailure) throw e;
      fail(slot.raw.source.path ?? 'stdin', e);
    }
    if (batch.length >= batchSize || performance.now() - lastCommit > BATCH_MAX_MS) await commit();
    else if (handled() % PROGRESS_EVERY === 0) progress(false);
  };

  try {
    const read = { ...options.read, onBytes: (n: number) => (summary.bytesRead += n) };
    for await (const r of readInputs(paths, read)) {
      if (!r.ok) {
        fail(r.error.input ?? 'input', r.error);
        continue;
      }
      const fp = fingerprintOf(r.doc);
      if ((await store.knownFingerprints([fp])).has(fp)) {
        summary.skipped++;
        continue;
      }
      const result = preparer.prepare(r.doc);
      // Rejections are handled when the slot is settled; this keeps Node from reporting them early.
      result.catch(() => {});
      queue.push({ raw: r.doc, result });
      if (queue.length >= MAX_IN_FLIGHT) await settle(queue.shift() as Slot);
    }
    while (queue.length > 0) await settle(queue.shift() as Slot);
    await commit();
  } finally {
    await preparer.close();
  }
  summary.elapsedMs = performance.now() - started;
  // maxRSS is in kilobytes and covers every thread of the process.
  summary.peakRssBytes = process.resourceUsage().maxRSS * 1024;
  progress(true);
  return summary;
}
