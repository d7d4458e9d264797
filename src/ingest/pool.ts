/**
 * Prepares documents in worker threads (or in this thread when `workers` is 0). Cleaning and
 * analysis are CPU-bound and independent per document, so they spread over the cores while the
 * main thread reads inputs and writes the archive.
 */
import { Worker } from 'node:worker_threads';
import { type ErrorCode, MarsadError } from '../doc/index.js';
import { defaultPipeline } from '../pipeline/default.js';
import type { RawDoc } from '../read/raw-doc.js';
import type { PreparedDoc } from '../store/types.js';
import { prepareDoc } from './prepare.js';

/**
 * Old-generation heap cap per worker (MB). A worker's live set is ~250 MB (models, word caches);
 * without a cap V8 lets garbage grow to gigabytes on a 24 GiB machine before collecting, which
 * broke the 1 GiB budget of an ingest with two workers.
 */
export const WORKER_HEAP_MB = 384;

/** A worker thread died: not a problem with one document, so the whole ingest stops. */
export class WorkerFailure extends MarsadError {
  constructor(cause: unknown) {
    super('E_STAGE', `a worker thread failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
  }
}

export interface Preparer {
  prepare(raw: RawDoc): Promise<PreparedDoc>;
  close(): Promise<void>;
}

type Reply =
  | { seq: number; ok: true; prepared: PreparedDoc }
  | { seq: number; ok: false; error: { code: ErrorCode; message: string; input?: string } };

/** A preparer using `workers` threads; 0 prepares in the calling thread. */
export function createPreparer(workers: number): Preparer {
  if (workers <= 0) {
    const pipeline = defaultPipeline({ onStageError: 'record' });
    return {
      prepare: async (raw) => prepareDoc(raw, pipeline),
      close: async () => {},
    };
  }
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(`./worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  // Run from source (tsx, tests), the worker registers tsx's loader before importing the .ts file.
  const spawnWorker = () =>
    fromSource
      ? new Worker(
          `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`,
          { eval: true, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } },
        )
      : new Worker(url, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  const pending = new Map<number, { resolve: (p: PreparedDoc) => void; reject: (e: unknown) => void }>();
  const threads: Worker[] = [];
  const load = new Map<Worker, number>();
  let seq = 0;
  let failure: unknown = null;
  for (let i = 0; i < workers; i++) {
    const w = spawnWorker();
    w.on('message', (reply: Reply) => {
      load.set(w, (load.get(w) ?? 1) - 1);
      const p = pending.get(reply.seq);
      if (!p) return;
      pending.delete(reply.seq);
      if (reply.ok) {
        const sig = reply.prepared.signature;
        p.resolve({ ...reply.prepared, signature: new Uint32Array(sig.buffer, sig.byteOffset, sig.length) });
      } else {
        p.reject(new MarsadError(reply.error.code, reply.error.message, { input: reply.error.input }));
      }
    });
    w.on('error', (e) => {
      failure = new WorkerFailure(e);
      for (const p of pending.values()) p.reject(failure);
      pending.clear();
    });
    threads.push(w);
    load.set(w, 0);
  }
  return {
    prepare(raw: RawDoc): Promise<PreparedDoc> {
      if (failure) return Promise.reject(failure);
      // The least-loaded worker: documents vary a hundredfold in size.
      let pick = threads[0] as Worker;
      for (const w of threads) if ((load.get(w) ?? 0) < (load.get(pick) ?? 0)) pick = w;
      load.set(pick, (load.get(pick) ?? 0) + 1);
      const id = seq++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        pick.postMessage({ seq: id, raw });
      });
    },
    async close(): Promise<void> {
      await Promise.all(threads.map((w) => w.terminate()));
    },
  };
}
