import { cleanToDoc } from '../clean/index.js';
import { MarsadError, toRecord } from '../doc/index.js';
import { defaultPipeline } from '../pipeline/default.js';
import { parseFieldMap, type ReadOptions, readInputs } from '../read/index.js';
import { ANSI, formatRecord, PLAIN } from './format-text.js';
import { writeOut } from './output.js';

export type OutputFormat = 'text' | 'jsonl' | 'json';

export interface AnalyzeOptions {
  format?: OutputFormat;
  encoding?: string;
  field?: string[];
  maxBytes?: number;
  stdinFormat?: ReadOptions['stdinFormat'];
}

export interface AnalyzeIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream;
  color?: boolean;
}

export interface AnalyzeSummary {
  documents: number;
  failed: number;
}

/**
 * `marsad analyze`: reads every input, cleans and analyses each document, and prints one record
 * per document. Inputs that fail are reported on stderr, naming the file and the cause, and the
 * others go on.
 */
export async function analyze(
  paths: string[],
  options: AnalyzeOptions,
  io: AnalyzeIO,
): Promise<AnalyzeSummary> {
  const format: OutputFormat = options.format ?? (io.stdout.isTTY ? 'text' : 'jsonl');
  const readOptions: ReadOptions = {
    encoding: options.encoding,
    fields: options.field && options.field.length > 0 ? parseFieldMap(options.field) : undefined,
    maxBytes: options.maxBytes,
    stdin: io.stdin,
    stdinFormat: options.stdinFormat,
  };
  const pipeline = defaultPipeline({ onStageError: 'record' });
  const style = io.color ? ANSI : PLAIN;
  const out = io.stdout as unknown as import('node:stream').Writable;
  let documents = 0;
  let failed = 0;
  if (format === 'json') await writeOut(out, '[');
  for await (const result of readInputs(paths, readOptions)) {
    if (!result.ok) {
      failed++;
      io.stderr.write(`marsad: ${describeError(result.error)}\n`);
      continue;
    }
    let record: ReturnType<typeof toRecord>;
    try {
      record = toRecord(pipeline.run(cleanToDoc(result.doc)));
    } catch (cause) {
      failed++;
      const where = result.doc.source.path ?? 'stdin';
      io.stderr.write(
        `marsad: cannot analyse ${where}: ${cause instanceof Error ? cause.message : String(cause)}\n`,
      );
      continue;
    }
    if (format === 'text') await writeOut(out, `${formatRecord(record, style)}\n`);
    else if (format === 'json')
      await writeOut(out, `${documents > 0 ? ',' : ''}\n${JSON.stringify(record, null, 2)}`);
    else await writeOut(out, `${JSON.stringify(record)}\n`);
    documents++;
  }
  if (format === 'json') await writeOut(out, documents > 0 ? '\n]\n' : ']\n');
  if (format === 'text') {
    io.stderr.write(`${documents} document(s) analysed${failed > 0 ? `, ${failed} failed` : ''}\n`);
  }
  return { documents, failed };
}

/** One line for a failure: the coded message, then its cause when that adds something. */
export function describeError(e: unknown): string {
  if (e instanceof MarsadError) {
    const cause =
      e.cause instanceof Error && !e.message.includes(e.cause.message) ? ` (${e.cause.message})` : '';
    return `${e.message}${cause} [${e.code}]`;
  }
  return e instanceof Error ? e.message : String(e);
}
