#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { isMarsadError } from '../doc/index.js';
import { analyze, describeError, type OutputFormat } from './analyze.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

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
    .addOption(
      new Option('--stdin-format <format>', 'format of standard input (default: sniffed)').choices([
        'auto',
        'text',
        'html',
        'json',
        'jsonl',
      ]),
    )
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
