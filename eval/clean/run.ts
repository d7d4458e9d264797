/**
 * Cleaning evaluation: keeps every body sentence, drops the site chrome, recovers metadata.
 * Sets: `examples` (our example pages; the cleaner was tuned on them), `heldout-dev` (held-out
 * pages seen during development), `heldout` (pages written independently of the cleaner and never
 * inspected: only their aggregate is printed), `samples` (the user's five pages in ../shared,
 * scored from line-number gold; skipped when ../shared is absent).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clean } from '../../src/clean/index.js';
import { readInputs } from '../../src/read/index.js';
import type { RawDoc } from '../../src/read/raw-doc.js';
import { checkFloors } from '../lib/floors.js';
import { ROOT, sharedDir } from '../lib/paths.js';
import {
  META_FIELDS,
  type PageGold,
  type PageOutcome,
  type PageScore,
  type SetScore,
  scorePage,
  scoreSet,
} from './score.js';

interface FileGold extends Omit<PageGold, 'name'> {
  file: string;
}

async function readAll(path: string): Promise<RawDoc[]> {
  const docs: RawDoc[] = [];
  for await (const r of readInputs([path], {})) {
    if (!r.ok) throw r.error;
    docs.push(r.doc);
  }
  return docs;
}

function outcome(raw: RawDoc): PageOutcome {
  const r = clean(raw);
  return { title: r.title, text: r.text, meta: r.meta };
}

/** Scores a folder of gold files written as JSON (an object, or an array for JSONL inputs). */
async function scoreGoldDir(dir: string): Promise<PageScore[]> {
  const scores: PageScore[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const parsed = JSON.parse(readFileSync(join(dir, name), 'utf8')) as FileGold | FileGold[];
    const golds = Array.isArray(parsed) ? parsed : [parsed];
    const file = (golds[0] as FileGold).file;
    const docs = await readAll(resolve(ROOT, file));
    golds.forEach((g, i) => {
      const doc = docs[i];
      if (!doc) throw new Error(`${name}: ${file} has no record ${i + 1}`);
      scores.push(scorePage({ ...g, name: golds.length > 1 ? `${file}#${i + 1}` : file }, outcome(doc)));
    });
  }
  return scores;
}

type LineRef = number | { line: number; from?: number; to?: number };
interface SampleGold {
  file: string;
  sha256: string;
  title: { line: number } | null;
  meta: PageGold['meta'];
  keep: LineRef[];
  drop: LineRef[];
}

/** Scores the user's samples: gold holds line numbers and hashes; snippets come from the files. */
async function scoreSamples(shared: string): Promise<PageScore[]> {
  const gold = JSON.parse(readFileSync(resolve(ROOT, 'eval/clean/gold/samples.json'), 'utf8')) as {
    pages: SampleGold[];
  };
  const scores: PageScore[] = [];
  for (const g of gold.pages) {
    const path = join(shared, g.file);
    const bytes = readFileSync(path);
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (hash !== g.sha256)
      throw new Error(`${g.file} changed (sha256 ${hash.slice(0, 12)}…): its gold no longer applies`);
    const [raw] = await readAll(path);
    if (!raw) throw new Error(`${g.file}: nothing read`);
    const lines = raw.text.split('\n').map((l) => l.trim());
    const snippet = (ref: LineRef) => {
      const r = typeof ref === 'number' ? { line: ref } : ref;
      return (lines[r.line - 1] ?? '').slice(r.from ?? 0, r.to);
    };
    const page: PageGold = {
      name: g.file,
      title: g.title ? snippet(g.title.line) : null,
      meta: g.meta,
      keep: g.keep.map(snippet),
      drop: g.drop.map(snippet),
    };
    scores.push(scorePage(page, outcome(raw)));
  }
  return scores;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function report(set: string, s: SetScore, pages: readonly PageScore[], verbose: boolean): void {
  console.log(
    `clean/${set}: ${s.pages} pages  precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}  ` +
      `chrome removed ${pct(s.chromeRemoved)}  title ${pct(s.titleAccuracy)}  meta ${pct(s.metaAccuracy)} ` +
      `(${META_FIELDS.map((f) => `${f} ${pct(s.perField[f])}`).join(', ')})  perfect pages ${pct(s.perfectPages)}`,
  );
  if (!verbose) return;
  for (const p of pages) {
    const wrong = META_FIELDS.filter((f) => !p.metaOk[f]).map((f) => `${f}=${JSON.stringify(p.gotMeta[f])}`);
    if (!p.titleOk) wrong.unshift(`title=${JSON.stringify(p.gotMeta.title)}`);
    if (p.lost.length + p.leaked.length + wrong.length === 0) continue;
    console.log(
      `  ${p.name}: lost ${p.lost.length}, leaked ${p.leaked.length}${wrong.length ? `; wrong ${wrong.join(' ')}` : ''}`,
    );
    // Only for our own pages: the samples' text stays out of logs that might be pasted anywhere.
    if (!p.name.startsWith('samples/')) {
      for (const l of p.lost) console.log(`    lost:   ${l.slice(0, 90)}`);
      for (const l of p.leaked) console.log(`    leaked: ${l.slice(0, 90)}`);
    }
  }
}

export async function runCleanEval(options: { verbose?: boolean } = {}): Promise<string[]> {
  const verbose = options.verbose ?? false;
  const failures: string[] = [];
  const split = JSON.parse(readFileSync(resolve(ROOT, 'eval/clean/split.json'), 'utf8')) as { dev: string[] };
  const isDev = (p: PageScore) => split.dev.some((id) => p.name.split('/').at(-1)?.startsWith(`${id}-`));
  const heldout = await scoreGoldDir(resolve(ROOT, 'eval/clean/heldout/gold'));
  const sets: [string, PageScore[]][] = [
    ['examples', await scoreGoldDir(resolve(ROOT, 'eval/clean/gold/examples'))],
    ['heldout-dev', heldout.filter(isDev)],
    ['heldout', heldout.filter((p) => !isDev(p))],
  ];
  const shared = sharedDir();
  if (shared) sets.push(['samples', await scoreSamples(shared)]);
  else console.log('clean/samples: skipped (no ../shared; set MARSAD_SHARED)');
  for (const [name, pages] of sets) {
    const s = scoreSet(pages);
    // The unseen held-out split is never shown page by page: looking would make it tuning data.
    report(name, s, pages, verbose && name !== 'heldout');
    const scores: Record<string, number> = {
      precision: s.precision,
      recall: s.recall,
      titleAccuracy: s.titleAccuracy,
      metaAccuracy: s.metaAccuracy,
      perfectPages: s.perfectPages,
    };
    failures.push(...checkFloors(`clean.${name}`, scores));
  }
  return failures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const failures = await runCleanEval({
    verbose: process.argv.includes('--verbose') || process.argv.includes('-v'),
  });
  for (const f of failures) console.error(`FLOOR ${f}`);
  process.exit(failures.length > 0 ? 1 : 0);
}
