/** The archive commands that are not search: ingest, show, stats. */
import { availableParallelism } from 'node:os';
import { DEFAULT_THRESHOLD } from '../corpus/minhash.js';
import { Doc, toRecord } from '../doc/index.js';
import { type IngestSummary, ingest } from '../ingest/ingest.js';
import { parseFieldMap, type ReadOptions, sizeOfInputs } from '../read/index.js';
import { openStore } from '../store/index.js';
import { formatRecord, type Style, safeForTerminal } from './format-text.js';
import { writeOut } from './output.js';
import { progressLine } from './progress.js';

export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin?: NodeJS.ReadableStream;
  style: Style;
}

export interface IngestCliOptions {
  db: string;
  encoding?: string;
  field?: string[];
  maxBytes?: number;
  stdinFormat?: ReadOptions['stdinFormat'];
  workers?: number;
  batchSize?: number;
  threshold?: number;
  json?: boolean;
  progress?: boolean;
}

/** Worker threads by default: one per core, since reading and writing on the main thread are light. */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

const num = new Intl.NumberFormat('en-US');

export async function ingestCommand(
  paths: string[],
  options: IngestCliOptions,
  io: CliIO,
): Promise<IngestSummary> {
  const store = openStore(options.db, { create: true });
  const total = await sizeOfInputs(paths);
  const bar = options.progress === false ? { update: () => {} } : progressLine(io.stderr, 'ingest', total);
  let summary: IngestSummary;
  try {
    summary = await ingest(store, paths, {
      read: {
        encoding: options.encoding,
        fields: options.field && options.field.length > 0 ? parseFieldMap(options.field) : undefined,
        maxBytes: options.maxBytes,
        stdin: io.stdin,
        stdinFormat: options.stdinFormat,
      },
      workers: options.workers ?? defaultWorkers(),
      batchSize: options.batchSize,
      threshold: options.threshold ?? DEFAULT_THRESHOLD,
      onProgress: (p) => bar.update(p),
    });
  } finally {
    await store.close();
  }
  if (options.json) {
    await writeOut(io.stdout as never, `${JSON.stringify({ db: options.db, ...summary })}\n`);
  } else {
    const secs = summary.elapsedMs / 1000;
    const handled =
      summary.stored + summary.duplicates + summary.unchanged + summary.skipped + summary.failed;
    const codes = Object.entries(summary.failuresByCode)
      .map(([c, n]) => `${c} ${num.format(n)}`)
      .join(', ');
    io.stderr.write(
      `${options.db}: stored ${num.format(summary.stored)}, duplicates ${num.format(summary.duplicates)}, ` +
        `already stored ${num.format(summary.unchanged + summary.skipped)}, failed ${num.format(summary.failed)}` +
        `${codes ? ` (${codes})` : ''} — ${num.format(handled)} documents in ${secs.toFixed(1)} s` +
        ` (${num.format(Math.round(handled / Math.max(secs, 0.001)))}/s)\n`,
    );
    for (const f of summary.failures.slice(0, 10)) io.stderr.write(`  failed: ${f.message} [${f.code}]\n`);
    if (summary.failed > 10) io.stderr.write(`  … and ${num.format(summary.failed - 10)} more\n`);
  }
  return summary;
}

/** `marsad show <id>`: the stored analysis record, readable on a terminal, JSON otherwise. */
export async function showCommand(
  id: string,
  options: { db: string; json?: boolean },
  io: CliIO,
): Promise<boolean> {
  const store = openStore(options.db, { create: false });
  try {
    const json = await store.getDocument(id);
    if (!json) {
      io.stderr.write(`marsad: no document ${id} in ${options.db}\n`);
      return false;
    }
    const group = await store.duplicatesOf(json.id);
    // Rebuilt through Doc so every stored layer is checked against the text again.
    const record = toRecord(Doc.fromJSON(json));
    const asJson = options.json ?? !io.stdout.isTTY;
    if (asJson) {
      await writeOut(io.stdout as never, `${JSON.stringify({ ...record, duplicates: group })}\n`);
    } else {
      await writeOut(io.stdout as never, `${formatRecord(record, io.style)}\n`);
      if (group) {
        const others = group.members.filter((m) => m.id !== json.id);
        io.stdout.write(
          `\n${others.length} duplicate(s); canonical ${group.canonical}${group.canonical === json.id ? ' (this one)' : ''}\n`,
        );
        for (const m of others)
          io.stdout.write(`  ${m.id}  ${m.published ?? '—'}  similarity ${m.similarity.toFixed(2)}\n`);
      }
    }
    return true;
  } finally {
    await store.close();
  }
}

/** `marsad stats`: what the archive holds. */
export async function statsCommand(options: { db: string; json?: boolean }, io: CliIO): Promise<void> {
  const store = openStore(options.db, { create: false });
  try {
    const s = await store.stats();
    if (options.json ?? !io.stdout.isTTY) {
      await writeOut(io.stdout as never, `${JSON.stringify({ db: options.db, ...s })}\n`);
      return;
    }
    const lines = [
      `archive     ${options.db}${s.bytes === null ? '' : ` (${(s.bytes / (1024 * 1024)).toFixed(1)} MiB)`}`,
      `documents   ${num.format(s.documents)} from ${num.format(s.sources)} source(s)`,
      `duplicates  ${num.format(s.duplicates)} in ${num.format(s.duplicateGroups)} group(s)`,
      `published   ${s.firstPublished ?? '—'} … ${s.lastPublished ?? '—'}`,
      `messages    ${
        Object.entries(s.messages)
          .map(([l, n]) => `${l} ${num.format(n)}`)
          .join(', ') || 'none'
      }`,
      'outlets',
      ...s.outlets.map((o) => `  ${num.format(o.documents).padStart(8)}  ${safeForTerminal(o.outlet)}`),
    ];
    await writeOut(io.stdout as never, `${lines.join('\n')}\n`);
  } finally {
    await store.close();
  }
}
