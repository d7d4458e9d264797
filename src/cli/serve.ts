/**
 * `marsad serve`: the HTTP API and web UI over an archive. With `--if-empty <paths…>` an empty
 * archive is first filled from those inputs (what `npm start` does with examples/).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MarsadError } from '../doc/index.js';
import {
  defaultUiDir,
  loadEntityDirectory,
  loadUi,
  MIN_TOKEN_CHARS,
  type RunningServer,
  startServer,
} from '../server/index.js';
import { openStore } from '../store/index.js';
import { type CliIO, ingestCommand } from './archive.js';

/** Default address: loopback only, so a laptop's archive is not offered to the network by accident. */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;

export interface ServeCliOptions {
  db: string;
  host?: string;
  port?: number;
  /** Built UI folder (default, or true: dist/ui of this package); false serves the API only. */
  ui?: string | boolean;
  /** Folder uploaded files are kept in (default: `<db>.uploads`). */
  uploads?: string;
  /** Read endpoints need the token too. */
  protectReads?: boolean;
  /** Inputs to ingest first when the archive is empty. */
  ifEmpty?: string[];
  /** Worker threads for ingest jobs (default 1, leaving a core for requests). */
  workers?: number;
}

const num = new Intl.NumberFormat('en-US');

/** Starts the server and returns it; the process keeps running until SIGINT/SIGTERM (see `stopOnSignals`). */
export async function serveCommand(
  options: ServeCliOptions,
  io: CliIO,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RunningServer & { stop(): Promise<void> }> {
  const token = env.MARSAD_TOKEN && env.MARSAD_TOKEN !== '' ? env.MARSAD_TOKEN : null;
  if (token !== null && token.length < MIN_TOKEN_CHARS) {
    throw new MarsadError(
      'E_USAGE',
      `MARSAD_TOKEN is too short: use at least ${MIN_TOKEN_CHARS} random characters`,
    );
  }
  if (options.protectReads && token === null) {
    throw new MarsadError(
      'E_USAGE',
      '--protect-reads needs MARSAD_TOKEN: set it to the token readers must send',
    );
  }
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new MarsadError('E_USAGE', `--port ${port} is not a TCP port (0–65535; 0 picks a free one)`);
  }

  if (options.ifEmpty && options.ifEmpty.length > 0) {
    const probe = openStore(options.db, { create: true });
    const empty = (await probe.stats()).documents === 0;
    await probe.close();
    if (empty) {
      io.stderr.write(`${options.db} is empty: ingesting ${options.ifEmpty.join(' ')}\n`);
      await ingestCommand(options.ifEmpty, { db: options.db, workers: 0 }, io);
    }
  }

  const store = openStore(options.db, { create: true });
  const warn = (m: string) => io.stderr.write(`marsad: ${m}\n`);
  const entities = await loadEntityDirectory(warn);
  const uiDir =
    options.ui === false ? null : typeof options.ui === 'string' ? resolve(options.ui) : defaultUiDir();
  if (options.ui !== false && uiDir === null)
    warn('no built web UI (run `npm run build:web`): serving the API only');
  const ui = uiDir ? loadUi(uiDir) : null;
  const uploads =
    options.uploads ??
    (options.db === ':memory:' ? mkdtempSync(join(tmpdir(), 'marsad-uploads-')) : `${options.db}.uploads`);

  let server: RunningServer;
  try {
    server = await startServer({
      store,
      token,
      protectReads: options.protectReads ?? false,
      entities,
      ui,
      uploadsDir: uploads,
      ingestWorkers: options.workers ?? 1,
      host,
      port,
      log: (line) => io.stderr.write(`${new Date().toISOString()} ${line}\n`),
    });
  } catch (e) {
    await store.close();
    throw e;
  }
  const stats = await store.stats();
  const loopback = host === '127.0.0.1' || host === '::1' || host === 'localhost';
  io.stderr.write(
    `Marsad is serving ${options.db} (${num.format(stats.documents)} documents) at ${server.url}\n` +
      `  ingest: ${token ? `enabled for the MARSAD_TOKEN holder (uploads kept in ${uploads})` : 'disabled (set MARSAD_TOKEN to enable)'}\n` +
      `  reads: ${options.protectReads ? 'need the token' : 'open'}${loopback ? '' : ' — this address is reachable from other machines'}\n`,
  );
  io.stdout.write(`${server.url}\n`);
  let stopped = false;
  return {
    ...server,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.close();
      await store.close();
    },
  };
}

/** Stops the server cleanly on Ctrl-C or a termination signal. */
export function stopOnSignals(handle: { stop(): Promise<void> }, io: CliIO): void {
  const stop = (signal: string) => {
    io.stderr.write(`\n${signal}: stopping\n`);
    handle.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
