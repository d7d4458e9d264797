/**
 * Evaluation gate of the `quotes` and `events` stages (`npm run eval:statements`): runs the
 * analysis pipeline on the gold articles of `eval/statements/gold/` and scores them with
 * `score.ts`. Dev gets per-article detail with --verbose; test (unseen) is scored on aggregates
 * only, never printed per article; the five user samples are read raw (gold offsets are into the
 * raw files) and only their article body, as the cleaning gold keeps it, is scored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc, type EntitySpan, type QuoteSpan, type Span } from '../../src/doc/index.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { buildPipeline, type Pipeline } from '../../src/pipeline/index.js';
import type { Stage } from '../../src/pipeline/stage.js';
import type { StatementSpan } from '../../src/stages/events/index.js';
import { events } from '../../src/stages/events/index.js';
import { quotes } from '../../src/stages/quotes/index.js';
import { sentences } from '../../src/stages/sentences/index.js';
import { tokens } from '../../src/stages/tokens/index.js';
import { checkFloors } from '../lib/floors.js';
import { ROOT, sharedDir } from '../lib/paths.js';
import { type GoldLine, loadContents, readGold } from './check-gold.js';
import {
  type ArticleScore,
  addCounts,
  type Counts,
  emptyCounts,
  FIELDS,
  type Scores,
  type SystemArticle,
  scoreArticle,
  scoresOf,
} from './score.js';

/** A stage that declares a capability the pipeline does not have yet, writing nothing. */
function absent(capability: string): Stage {
  return { name: `${capability}-absent.v1`, requires: [], provides: [capability], run: () => ({}) };
}

/** A stage if it loads and runs on a small document, else null. */
async function probe(load: () => Promise<Stage>): Promise<Stage | null> {
  try {
    const stage = await load();
    const doc = Doc.create({
      source: { path: null, url: null, encoding: 'utf-8', format: 'text' },
      title: null,
      text: 'قال الوزير أمس إن الوضع مستقر.',
    });
    buildPipeline(
      [tokens(), sentences(), stage].filter((s, i, a) => a.indexOf(s) === i),
      { onStageError: 'throw' },
    ).run(doc);
    return stage;
  } catch {
    return null;
  }
}

/** The analysis pipeline: the default one once it has quotes and events, else one built from what exists. */
export async function statementPipeline(): Promise<{ pipeline: Pipeline; note: string }> {
  const def = defaultPipeline({ onStageError: 'record' });
  if (def.provides.has('quotes') && def.provides.has('events'))
    return { pipeline: def, note: 'default pipeline' };
  const ent = await probe(async () => (await import('../../src/stages/entities/index.js')).entities());
  const tim = await probe(async () => (await import('../../src/stages/times/index.js')).times());
  const stages = [
    tokens(),
    sentences(),
    ent ?? absent('entities'),
    tim ?? absent('times'),
    quotes(),
    events(),
  ];
  const note = `own pipeline (entities ${ent ? 'on' : 'absent'}, times ${tim ? 'on' : 'absent'})`;
  return { pipeline: buildPipeline(stages, { onStageError: 'record' }), note };
}

/** Runs the pipeline on a text and returns what the scorer reads. */
export function systemArticle(
  pipeline: Pipeline,
  text: string,
  anchor: string | null,
  body: readonly Span[] | null,
): SystemArticle {
  return articleOf(analyseText(pipeline, text, anchor), body);
}

/** The analysed document of a gold text. */
export function analyseText(pipeline: Pipeline, text: string, anchor: string | null): Doc {
  return pipeline.run(
    Doc.create({
      source: { path: null, url: null, encoding: 'utf-8', format: 'text' },
      title: null,
      text,
      meta: { published: anchor, publishedSource: anchor ? 'input' : null },
    }),
  );
}

/** What the scorer reads from an analysed document (quotes and statements within `body`). */
export function articleOf(doc: Doc, body: readonly Span[] | null): SystemArticle {
  const inBody = (s: Span) => body === null || body.some((b) => b.start <= s.start && s.start < b.end);
  const statements = doc
    .spans<StatementSpan>('events')
    .filter((e) => e.type === 'statement')
    .map((e) => ({ ...e, evidence: e.evidence.filter(inBody) }))
    .filter((e) => e.evidence.length > 0);
  return {
    quotes: doc.spans<QuoteSpan>('quotes').filter(inBody),
    statements,
    entities: doc.hasLayer('entities') ? doc.spans<EntitySpan>('entities') : null,
  };
}

interface PageGold {
  readonly file: string;
  readonly keep: readonly (number | { line: number; from?: number; to?: number })[];
}

/** The article body of a seed file: the line ranges its cleaning gold keeps. */
export function seedBody(text: string, file: string): Span[] | null {
  const path = join(ROOT, 'eval', 'clean', 'gold', 'samples.json');
  if (!existsSync(path)) return null;
  const pages = (JSON.parse(readFileSync(path, 'utf8')) as { pages: PageGold[] }).pages;
  const page = pages.find((p) => p.file === file);
  if (!page) return null;
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return page.keep.map((k) => {
    const line = typeof k === 'number' ? k : k.line;
    const a = starts[line - 1] ?? 0;
    const b = (starts[line] ?? text.length + 1) - 1;
    if (typeof k === 'number') return { start: a, end: b };
    return { start: a + (k.from ?? 0), end: k.to === undefined ? b : a + k.to };
  });
}

/** `text` with every character outside `keep` (line breaks aside) replaced by a space. */
export function blankOutside(text: string, keep: readonly Span[]): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    out += c === '\n' || c === '\r' || keep.some((k) => k.start <= i && i < k.end) ? c : ' ';
  }
  return out;
}

/**
 * Gold splits the gate knows. `dev2`, `test2` and `dev3` (blind-annotated in later sessions) are
 * scored when their files exist.
 */
export const SPLITS = ['dev', 'dev2', 'dev3', 'test', 'test2', 'seeds'] as const;
export type Split = (typeof SPLITS)[number];

/** The unseen splits: scored on aggregates only, never printed per article. */
const UNSEEN: ReadonlySet<Split> = new Set(['test', 'test2']);

/** Splits whose gold file may be absent (then they are skipped). */
const OPTIONAL: ReadonlySet<Split> = new Set(['dev2', 'dev3', 'test2']);

/** Scores one gold split; `detail` collects per-article reports (never for the unseen split). */
export async function scoreSplit(
  name: Split,
  pipeline: Pipeline,
  detail?: { line: GoldLine; text: string; score: ArticleScore }[],
): Promise<{ scores: Scores; counts: Counts; articles: number; missing: number }> {
  const shared = sharedDir();
  const lines = readGold(name);
  let counts = emptyCounts();
  let missing = 0;
  const contents =
    shared && name !== 'seeds'
      ? await loadContents(shared, new Set(lines.flatMap((l) => (l.url ? [l.url] : []))))
      : null;
  for (const line of lines) {
    let text: string | undefined;
    let body: Span[] | null = null;
    if (name === 'seeds') {
      const path = shared && line.file ? join(shared, line.file) : '';
      if (!path || !existsSync(path)) {
        missing++;
        continue;
      }
      text = readFileSync(path, 'utf8');
      body = seedBody(text, line.file as string);
      // Only the article body is analysed, as after cleaning: the rest is blanked out (same
      // length, line breaks kept) so gold offsets into the raw file still hold.
      if (body) text = blankOutside(text, body);
    } else text = line.url ? contents?.get(line.url) : undefined;
    if (text === undefined) {
      missing++;
      continue;
    }
    const score = scoreArticle(line, systemArticle(pipeline, text, line.anchor, body));
    counts = addCounts(counts, score.counts);
    if (detail && !UNSEEN.has(name)) detail.push({ line, text, score });
  }
  return { scores: scoresOf(counts), counts, articles: lines.length - missing, missing };
}

function report(group: string, r: { scores: Scores; counts: Counts; articles: number }): string {
  const s = r.scores;
  const c = r.counts;
  const f = (x: number | undefined) => (x ?? 0).toFixed(3);
  return (
    `${group.padEnd(17)} articles ${r.articles}\n` +
    `  quotes     gold ${c.goldQuotes} system ${c.systemQuotes}  P/R/F1 ${f(s.quotePrecision)}/${f(s.quoteRecall)}/${f(s.quoteF1)}  direct ${f(s.directAccuracy)}  speaker ${f(s.speakerAccuracy)}\n` +
    `  statements gold ${c.goldStatements} system ${c.systemStatements}  P/R/F1 ${f(s.statementPrecision)}/${f(s.statementRecall)}/${f(s.statementF1)}\n` +
    `  fields     ${FIELDS.map((x) => `${x} ${f(s[x])}`).join('  ')}`
  );
}

function printDetail(items: readonly { line: GoldLine; text: string; score: ArticleScore }[]): void {
  const cut = (t: string) => JSON.stringify(t.length > 70 ? `${t.slice(0, 67)}…` : t);
  for (const { line, text, score } of items) {
    const out: string[] = [];
    for (const p of score.quotePairs) {
      const g = `${cut(text.slice(p.gold.start, p.gold.end))} (${p.gold.speaker?.name ?? 'null'})`;
      if (!p.system) out.push(`    missed quote ${g}`);
      else if (!p.speakerOk) out.push(`    speaker ${g} → ${p.system.speaker.name ?? 'null'}`);
    }
    for (const q of score.spuriousQuotes) out.push(`    spurious quote ${cut(text.slice(q.start, q.end))}`);
    for (const p of score.statementPairs) {
      const ev = cut(text.slice(p.gold.evidence[0]?.start ?? 0, p.gold.evidence[0]?.end ?? 0));
      if (!p.system) out.push(`    missed statement ${ev}`);
      else if (p.wrong.length > 0) {
        const got = p.wrong.map(
          (w) =>
            `${w}=${JSON.stringify(fieldValue(p.system as never, w))}/${JSON.stringify(goldValue(p.gold, w))}`,
        );
        out.push(`    statement ${ev}: ${got.join(' ')}`);
      }
    }
    for (const s of score.spuriousStatements)
      out.push(`    spurious statement ${cut(text.slice(s.start, s.end))}`);
    if (out.length > 0) console.log(`\n  ${line.url ?? line.file}\n${out.join('\n')}`);
  }
}

function fieldValue(s: Record<string, unknown>, f: string): unknown {
  const v = s[f] as { name?: unknown; value?: unknown } | unknown;
  if (f === 'date') return (v as { value: unknown }).value;
  if (f === 'speaker' || f === 'organization') return (v as { name: unknown }).name;
  return v;
}

function goldValue(g: Record<string, unknown> | object, f: string): unknown {
  const v = (g as Record<string, unknown>)[f] as { name?: unknown; value?: unknown } | null;
  if (v === null || v === undefined) return null;
  if (f === 'date') return (v as { value: unknown }).value;
  if (f === 'speaker' || f === 'organization') return (v as { name: unknown }).name;
  return v;
}

/**
 * Scores the gold splits (default: dev, dev2, dev3 and test2 when present, test, seeds) and returns one line per
 * floor not met. `splits` narrows the run, e.g. to dev and seeds while developing, so that the
 * unseen split is scored only when asked for.
 */
export async function runGate({
  verbose = false,
  splits = SPLITS,
}: {
  verbose?: boolean;
  splits?: readonly Split[];
} = {}): Promise<string[]> {
  if (!sharedDir()) {
    console.log('statements: shared data not found (set MARSAD_SHARED); skipped');
    return [];
  }
  const { pipeline, note } = await statementPipeline();
  console.log(`statements: ${note}`);
  const failures: string[] = [];
  for (const split of SPLITS) {
    if (!splits.includes(split)) continue;
    if (OPTIONAL.has(split) && readGold(split).length === 0) continue;
    const group = `statements.${split}`;
    const detail =
      verbose && !UNSEEN.has(split)
        ? ([] as { line: GoldLine; text: string; score: ArticleScore }[])
        : undefined;
    const r = await scoreSplit(split, pipeline, detail);
    console.log(report(group, r));
    if (r.missing > 0) console.log(`  ${r.missing} gold article(s) not found`);
    if (detail) printDetail(detail);
    failures.push(...checkFloors(group, r.scores));
  }
  return failures;
}

const HELP = `usage: npx tsx eval/statements/gate.ts [--verbose] [--splits dev,dev2,dev3,seeds]
  --verbose, -v   per-article errors (never for the unseen test and test2)
  --splits LIST   comma-separated subset of ${SPLITS.join(', ')} (default: all; dev2, dev3 and test2 when
                  their files exist)
The full gate with floors is \`npm run eval -- statements\`.`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) console.log(HELP);
  else {
    const i = args.indexOf('--splits');
    const list = i >= 0 ? (args[i + 1] ?? '').split(',').filter((x) => x !== '') : [...SPLITS];
    const bad = list.filter((x) => !(SPLITS as readonly string[]).includes(x));
    if (bad.length > 0) {
      console.error(`gate: unknown split(s) ${bad.join(', ')}\n${HELP}`);
      process.exitCode = 2;
    } else {
      const failures = await runGate({
        verbose: args.includes('--verbose') || args.includes('-v'),
        splits: list as Split[],
      });
      for (const f of failures) console.error(`FLOOR ${f}`);
      if (failures.length > 0) process.exitCode = 1;
    }
  }
}
