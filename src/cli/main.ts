#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_THRESHOLD } from '../corpus/minhash.js';
import { isMarsadError } from '../doc/index.js';
import { defaultLocation } from '../store/index.js';
import { analyze, describeError, type OutputFormat } from './analyze.js';
import { type CliIO, defaultWorkers, ingestCommand, showCommand, statsCommand } from './archive.js';
import { type EventsCliOptions, eventsCommand } from './events.js';
import { ANSI, PLAIN } from './format-text.js';
import { exportCommand, searchCommand } from './search.js';
import { DEFAULT_HOST, DEFAULT_PORT, type ServeCliOptions, serveCommand, stopOnSignals } from './serve.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number (0 or more)');
  return n;
}

function share(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 1) throw new InvalidArgumentError('expected a number in (0, 1]');
  return n;
}

function io(): CliIO {
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    style: color ? ANSI : PLAIN,
  };
}

const stdinFormatOption = () =>
  new Option('--stdin-format <format>', 'format of standard input (default: sniffed)').choices([
    'auto',
    'text',
    'html',
    'json',
    'jsonl',
  ]);

const dbOption = () =>
  new Option('--db <path>', 'archive file (env MARSAD_DB)').default(defaultLocation(), defaultLocation());

/** Builds the `marsad` command line. */
export function buildCli(): Command {
  const program = new Command();
  program
    .name('marsad')
    .description(
      'Marsad (مرصد): an Arabic news observatory. Reads scraped Arabic news, cleans it and analyses it.',
    )
    .version(pkg.version)
    .showHelpAfterError();

  program
    .command('analyze')
    .description(
      'clean and analyse articles; one record per document (readable on a terminal, JSON Lines otherwise)',
    )
    .argument('<paths...>', 'files or directories (walked recursively); - reads standard input')
    .addOption(
      new Option(
        '-f, --format <format>',
        'output format (default: text on a terminal, jsonl otherwise)',
      ).choices(['text', 'jsonl', 'json']),
    )
    .option('-e, --encoding <label>', 'input encoding for every file (default: detected)')
    .option(
      '--field <map...>',
      'JSON field mapping, e.g. title=headline text=body,article (fields: title text url published author outlet category)',
    )
    .option('--max-bytes <n>', 'largest input accepted, in bytes (default 50 MiB)', positiveInt)
    .addOption(stdinFormatOption())
    .action(
      async (
        paths: string[],
        opts: {
          format?: OutputFormat;
          encoding?: string;
          field?: string[];
          maxBytes?: number;
          stdinFormat?: 'auto' | 'text' | 'html' | 'json' | 'jsonl';
        },
      ) => {
        const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
        const summary = await analyze(paths, opts, {
          stdout: process.stdout,
          stderr: process.stderr,
          stdin: process.stdin,
          color,
        });
        if (summary.failed > 0) process.exitCode = 1;
      },
    );

  program
    .command('ingest')
    .description('clean, analyse and store articles in the archive; re-running skips what is stored')
    .argument(
      '<paths...>',
      'files or directories (walked recursively), .jsonl.gz dumps; - reads standard input',
    )
    .addOption(dbOption())
    .option('-e, --encoding <label>', 'input encoding for every file (default: detected)')
    .option('--field <map...>', 'JSON field mapping, e.g. title=headline text=body,article')
    .option(
      '--max-bytes <n>',
      'largest input (or JSON Lines record) accepted, in bytes (default 50 MiB)',
      positiveInt,
    )
    .addOption(stdinFormatOption())
    .option('--workers <n>', `worker threads (0: none; default ${defaultWorkers()})`, count)
    .option('--batch-size <n>', 'documents per transaction (default 500)', positiveInt)
    .option('--threshold <j>', `near-duplicate Jaccard threshold (default ${DEFAULT_THRESHOLD})`, share)
    .option('--no-progress', 'no progress line on the terminal')
    .option('--json', 'print the summary as JSON on stdout')
    .action(async (paths: string[], opts: Parameters<typeof ingestCommand>[1]) => {
      const summary = await ingestCommand(paths, opts, io());
      if (summary.failed > 0) process.exitCode = 1;
    });

  program
    .command('show')
    .description('print a stored document: its analysis record and duplicates')
    .argument('<id>', 'document id (or a unique prefix of 6 or more characters)')
    .addOption(dbOption())
    .option('--json', 'JSON even on a terminal')
    .action(async (id: string, opts: { db: string; json?: boolean }) => {
      if (!(await showCommand(id, opts, io()))) process.exitCode = 1;
    });

  program
    .command('search')
    .description(
      'search the archive: words, "phrases", OR, -exclusion, outlet: from: to: type: entity: speaker: medium:',
    )
    .argument('[query...]', 'the query (empty: every document, newest first)')
    .addOption(dbOption())
    .option('-n, --limit <n>', 'results per page (default 10, at most 100)', positiveInt)
    .option('-p, --page <n>', 'page number (default 1)', positiveInt)
    .option('--expand', 'show every copy of a duplicate group instead of one hit per group')
    .option('--json', 'JSON even on a terminal')
    .action(async (query: string[], opts: Parameters<typeof searchCommand>[1]) => {
      await searchCommand(query, opts, io());
    });

  program
    .command('export')
    .description('write the documents matching a query (all by default) as JSON Lines records or CSV')
    .argument('[query...]', 'the query (same language as search)')
    .addOption(dbOption())
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['jsonl', 'csv']).default('jsonl'),
    )
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .action(async (query: string[], opts: Parameters<typeof exportCommand>[1]) => {
      await exportCommand(query, opts, io());
    });

  program
    .command('events')
    .description(
      'statements (and other events) in the archive, newest release first; a table on a terminal, JSON Lines otherwise',
    )
    .addOption(dbOption())
    .option('--type <type>', 'event type (default statement; all: every type)')
    .option('--speaker <name...>', 'speaker entity key or name (any of)')
    .option('--org <name...>', 'organisation entity key or name (any of)')
    .addOption(
      new Option('--medium <medium...>', 'medium (any of)').choices(['audio', 'video', 'text', 'unknown']),
    )
    .option('--channel <channel...>', 'channel, e.g. Telegram Twitter website (any of)')
    .addOption(
      new Option('--attribution <a...>', 'attribution (any of)').choices([
        'asserted',
        'claimed',
        'unverified',
        'confirmed',
        'denied',
      ]),
    )
    .option('--from <date>', 'earliest release date (YYYY-MM-DD)')
    .option('--to <date>', 'latest release date')
    .option('--current', 'leave out earlier releases mentioned in passing')
    .option('-n, --limit <n>', 'releases per page (default 20, at most 200)', positiveInt)
    .option('-p, --page <n>', 'page number (default 1)', positiveInt)
    .option('--json', 'JSON Lines even on a terminal')
    .action(async (opts: EventsCliOptions) => {
      await eventsCommand(opts, io());
    });

  program
    .command('serve')
    .description('serve the archive: the JSON API (OpenAPI at /api/openapi.json) and the Arabic web UI')
    .addOption(dbOption())
    .option('--host <host>', `address to listen on (default ${DEFAULT_HOST}: this machine only)`)
    .option('--port <n>', `port (default ${DEFAULT_PORT}; 0 picks a free one)`, count)
    .option('--ui <dir>', 'built web UI folder (default: dist/ui of this package)')
    .option('--no-ui', 'serve the API only')
    .option('--uploads <dir>', 'folder uploaded files are kept in (default: <db>.uploads)')
    .option('--protect-reads', 'read endpoints need the token too (env MARSAD_TOKEN)')
    .option('--if-empty <paths...>', 'ingest these inputs first when the archive is empty')
    .option('--workers <n>', 'worker threads for ingest jobs (default 1)', count)
    .action(async (opts: ServeCliOptions) => {
      stopOnSignals(await serveCommand(opts, io()), io());
    });

  program
    .command('stats')
    .description('what the archive holds')
    .addOption(dbOption())
    .option('--json', 'JSON even on a terminal')
    .action(async (opts: { db: string; json?: boolean }) => {
      await statsCommand(opts, io());
    });

  return program;
}

// A reader that closes the pipe early (`marsad analyze … | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  await buildCli().parseAsync(process.argv);
} catch (e) {
  process.stderr.write(`marsad: ${describeError(e)}\n`);
  process.exitCode = isMarsadError(e) && e.code === 'E_USAGE' ? 2 : 1;
}
