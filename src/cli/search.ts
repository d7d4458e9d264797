/** `marsad search` and `marsad export`. */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { Doc, toRecord } from '../doc/index.js';
import { compileQuery } from '../search/compile.js';
import { resolveEntityKeys } from '../search/entity-keys.js';
import { parseQuery } from '../search/query.js';
import { searchArchive } from '../search/service.js';
import { renderSnippet } from '../search/snippet.js';
import { openStore } from '../store/index.js';
import type { CliIO } from './archive.js';
import { csvHeader, csvRow } from './csv.js';
import { safeForTerminal } from './format-text.js';
import { writeOut } from './output.js';

export interface SearchCliOptions {
  db: string;
  limit?: number;
  page?: number;
  expand?: boolean;
  json?: boolean;
}

const num = new Intl.NumberFormat('en-US');

export async function searchCommand(words: string[], options: SearchCliOptions, io: CliIO): Promise<void> {
  const store = openStore(options.db, { create: false });
  try {
    const res = await searchArchive(store, words.join(' '), options);
    const out = io.stdout as unknown as Writable;
    if (options.json ?? !io.stdout.isTTY) {
      await writeOut(out, `${JSON.stringify(res)}\n`);
      return;
    }
    const s = io.style;
    const from = (res.page - 1) * res.limit;
    const lines: string[] = [
      s.dim(
        `${num.format(res.total)} document(s)${res.fallback ? ' (by prefix: no exact match)' : ''}` +
          (res.hits.length > 0 ? ` — ${from + 1}–${from + res.hits.length}` : ''),
      ),
    ];
    res.hits.forEach((h, i) => {
      lines.push('');
      lines.push(`${s.bold(`${from + i + 1}.`)} ${s.bold(safeForTerminal(h.title ?? '(no title)'))}`);
      const facts = [
        h.outlet ? safeForTerminal(h.outlet) : null,
        h.published,
        h.id,
        h.score > 0 ? `score ${h.score.toFixed(2)}` : null,
        h.duplicates > 0 ? `+${h.duplicates} duplicate(s)` : null,
        h.duplicateOf ? `copy of ${h.duplicateOf}` : null,
      ].filter(Boolean);
      lines.push(`   ${s.dim(facts.join(' · '))}`);
      lines.push(`   ${renderSnippet(h.snippet, (t) => s.bold(t), safeForTerminal)}`);
      if (h.url) lines.push(`   ${s.dim(safeForTerminal(h.url))}`);
    });
    if (from + res.hits.length < res.total && res.hits.length === res.limit) {
      lines.push('', s.dim(`more: --page ${res.page + 1}`));
    }
    await writeOut(out, `${lines.join('\n')}\n`);
  } finally {
    await store.close();
  }
}

export interface ExportCliOptions {
  db: string;
  format: 'jsonl' | 'csv';
  out?: string;
}

/** Writes every document matching the query (all when empty) as JSON Lines records or CSV rows. */
export async function exportCommand(words: string[], options: ExportCliOptions, io: CliIO): Promise<number> {
  const query = compileQuery(parseQuery(words.join(' ')), { resolveEntity: resolveEntityKeys });
  const store = openStore(options.db, { create: false });
  const out: Writable = options.out ? createWriteStream(options.out) : (io.stdout as unknown as Writable);
  let n = 0;
  try {
    if (options.format === 'csv') await writeOut(out, csvHeader());
    for await (const json of store.exportDocuments(query)) {
      const record = toRecord(Doc.fromJSON(json));
      await writeOut(out, options.format === 'csv' ? csvRow(record) : `${JSON.stringify(record)}\n`);
      n++;
    }
  } finally {
    await store.close();
    if (options.out)
      await new Promise<void>((res, rej) =>
        (out as ReturnType<typeof createWriteStream>).end((e?: Error | null) => (e ? rej(e) : res())),
      );
  }
  if (options.out) io.stderr.write(`${num.format(n)} document(s) written to ${options.out}\n`);
  return n;
}
