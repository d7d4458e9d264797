/**
 * Ingest through the API: uploaded files are kept in the uploads folder (so each document's
 * `source.path` names a real file), then ingested one job at a time, in arrival order, by the
 * same `ingest` the CLI runs. Jobs report progress while they run.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { DEFAULT_THRESHOLD } from '../corpus/minhash.js';
import { ingest } from '../ingest/ingest.js';
import type { Store } from '../store/types.js';
import { ApiError } from './errors.js';

/** Failures listed on a job (the rest are counted). */
const MAX_JOB_FAILURES = 20;
/** Finished jobs remembered for the jobs list. */
const MAX_JOBS = 50;
/** Longest stored file name (characters, extension included). */
const MAX_NAME = 80;

/** File name endings the readers know; anything else is refused rather than guessed. */
export const UPLOAD_EXTENSIONS = [
  '.txt',
  '.text',
  '.html',
  '.htm',
  '.json',
  '.jsonl',
  '.ndjson',
  '.jsonl.gz',
];

export interface UploadFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface JobView {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  files: { name: string; bytes: number }[];
  bytes: number;
  bytesRead: number;
  documents: number;
  stored: number;
  duplicates: number;
  unchanged: number;
  skipped: number;
  failed: number;
  failures: { input: string; code: string; message: string }[];
  createdAt: string;
  finishedAt: string | null;
  message: string | null;
}

export interface IngestJobsOptions {
  readonly store: Store;
  /** Folder uploads are kept in, one sub-folder per job. */
  readonly uploadsDir: string;
  /** Worker threads per job (0: in the server's thread). */
  readonly workers: number;
  readonly threshold?: number;
  /** Called after every committed batch (the archive changed). */
  readonly onChange?: () => void;
  readonly log?: (line: string) => void;
}

/** The extension of an upload name when the readers know it ('.jsonl.gz' counts as one), else null. */
export function uploadExtension(name: string): string | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.jsonl.gz')) return '.jsonl.gz';
  const ext = extname(lower);
  return UPLOAD_EXTENSIONS.includes(ext) ? ext : null;
}

/** A safe file name for an upload: no folders, controls or odd characters, bounded length, extension kept. */
export function safeUploadName(name: string, index: number): string {
  const base = basename(name.replaceAll('\\', '/'));
  const known = uploadExtension(base);
  const ext = known ?? '.txt';
  const stem = base
    .slice(0, base.length - (known ? known.length : 0))
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/-{2,}/gu, '-')
    .replace(/^[.-]+/u, '')
    .slice(0, MAX_NAME - ext.length - 4);
  return `${String(index + 1).padStart(2, '0')}-${stem || 'upload'}${ext}`;
}

/** The queue of ingest jobs of one server. */
export class IngestJobs {
  private readonly jobs = new Map<string, JobView>();
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly options: IngestJobsOptions) {}

  /** Stores the files of a new job and queues it; returns the job as it stands. */
  async submit(files: readonly UploadFile[]): Promise<JobView> {
    if (files.length === 0) throw new ApiError('E_BAD_REQUEST', 'no files to ingest');
    for (const f of files) {
      if (!uploadExtension(f.name)) {
        throw new ApiError(
          'E_MEDIA_TYPE',
          `cannot ingest ${JSON.stringify(f.name.slice(0, MAX_NAME))}: accepted files end in ${UPLOAD_EXTENSIONS.join(' ')}`,
        );
      }
    }
    const id = `${new Date().toISOString().slice(0, 10)}-${randomBytes(6).toString('hex')}`;
    const dir = join(this.options.uploadsDir, id);
    await mkdir(dir, { recursive: true });
    const stored = files.map((f, i) => ({ name: safeUploadName(f.name, i), bytes: f.bytes }));
    for (const f of stored) await writeFile(join(dir, f.name), f.bytes, { flag: 'wx' });
    const job: JobView = {
      id,
      status: 'queued',
      files: stored.map((f) => ({ name: f.name, bytes: f.bytes.byteLength })),
      bytes: stored.reduce((n, f) => n + f.bytes.byteLength, 0),
      bytesRead: 0,
      documents: 0,
      stored: 0,
      duplicates: 0,
      unchanged: 0,
      skipped: 0,
      failed: 0,
      failures: [],
      createdAt: new Date().toISOString(),
      finishedAt: null,
      message: null,
    };
    this.jobs.set(id, job);
    this.forget();
    this.chain = this.chain.then(() => this.run(job, dir));
    return { ...job };
  }

  private async run(job: JobView, dir: string): Promise<void> {
    job.status = 'running';
    try {
      const summary = await ingest(this.options.store, [dir], {
        workers: this.options.workers,
        threshold: this.options.threshold ?? DEFAULT_THRESHOLD,
        onProgress: (p) => {
          job.documents = p.documents;
          job.bytesRead = p.bytesRead;
          this.options.onChange?.();
        },
      });
      Object.assign(job, {
        stored: summary.stored,
        duplicates: summary.duplicates,
        unchanged: summary.unchanged,
        skipped: summary.skipped,
        failed: summary.failed,
        failures: summary.failures.slice(0, MAX_JOB_FAILURES).map((f) => ({
          input: basename(f.input),
          code: f.code,
          message: f.message.replaceAll(dir, job.id),
        })),
        bytesRead: summary.bytesRead,
        status: 'done',
      });
      this.options.log?.(
        `ingest ${job.id}: stored ${summary.stored}, duplicates ${summary.duplicates}, failed ${summary.failed}`,
      );
    } catch (e) {
      job.status = 'failed';
      job.message = 'the ingest stopped: see the server log';
      this.options.log?.(
        `ingest ${job.id} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
      );
    } finally {
      job.finishedAt = new Date().toISOString();
      this.options.onChange?.();
    }
  }

  /** A job by id, or null. */
  get(id: string): JobView | null {
    const job = this.jobs.get(id);
    return job ? { ...job } : null;
  }

  /** Jobs, newest first. */
  list(): JobView[] {
    return [...this.jobs.values()].reverse().map((j) => ({ ...j }));
  }

  /** Resolves when every queued job has finished. */
  async idle(): Promise<void> {
    await this.chain;
  }

  private forget(): void {
    const finished = [...this.jobs.values()].filter((j) => j.status === 'done' || j.status === 'failed');
    for (const j of finished.slice(0, Math.max(0, this.jobs.size - MAX_JOBS))) this.jobs.delete(j.id);
  }
}
