/**
 * Evaluation gate of the `times` stage (`npm run eval -- times`): scores the two development sets
 * dev and dev2 (per-article detail with --verbose), test and unseen (aggregates only, never
 * per-article) and checks the floors of `eval/times/floors.json`. `unseen.jsonl` is a held-out set
 * annotated after the stage was built; `dev2.jsonl` was annotated later to find its misses.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFloors } from '../lib/floors.js';
import { sharedDir } from '../lib/paths.js';
import { type ArticleReport, evalPaths, type Scores, scoreGold } from './score.js';

const GOLD_DIR = join(dirname(fileURLToPath(import.meta.url)), 'gold');
/** The sets whose per-article detail may be printed (--verbose); the others print aggregates only. */
const DEVELOPMENT_SETS: ReadonlySet<string> = new Set(['times.dev', 'times.dev2']);

function line(name: string, s: Scores, n: { gold: number; predicted: number }): string {
  const f = (x: number) => x.toFixed(3);
  return (
    `${name.padEnd(10)} articles ${s.articles}  gold ${n.gold}  predicted ${n.predicted}  ` +
    `strict P/R/F1 ${f(s.strictPrecision)}/${f(s.strictRecall)}/${f(s.strictF1)}  ` +
    `overlap P/R/F1 ${f(s.overlapPrecision)}/${f(s.overlapRecall)}/${f(s.overlapF1)}  ` +
    `type ${f(s.typeAccuracy)}  value ${f(s.valueAccuracy)}`
  );
}

function printDetail(reports: readonly ArticleReport[]): void {
  for (const r of reports) {
    const wrong = r.pairs.filter(
      (p) =>
        !p.predicted ||
        p.predicted.start !== p.gold.start ||
        p.predicted.end !== p.gold.end ||
        p.predicted.value !== p.gold.value ||
        p.predicted.type !== p.gold.type,
    );
    if (wrong.length === 0 && r.spurious.length === 0) continue;
    console.log(`\n  ${r.url}`);
    const slice = (s: { start: number; end: number }) => JSON.stringify(r.content.slice(s.start, s.end));
    for (const { gold: g, predicted: p } of wrong) {
      const got = p ? `${slice(p)} ${p.type} ${p.value}` : 'missed';
      console.log(`    gold ${slice(g)} ${g.type} ${g.value} (${g.calendar})  →  ${got}`);
    }
    for (const p of r.spurious) console.log(`    spurious ${slice(p)} ${p.type} ${p.value}`);
  }
}

/** Scores dev, dev2, test and unseen and returns one line per floor not met. */
export async function runGate({ verbose = false }: { verbose?: boolean } = {}): Promise<string[]> {
  const paths = evalPaths(sharedDir(), GOLD_DIR);
  if (!paths) {
    console.log('times: shared news corpus not found (set MARSAD_SHARED); skipped');
    return [];
  }
  const failures: string[] = [];
  for (const [group, file] of [
    ['times.dev', paths.dev],
    ['times.dev2', join(GOLD_DIR, 'dev2.jsonl')],
    ['times.test', paths.test],
    ['times.unseen', join(GOLD_DIR, 'unseen.jsonl')],
  ] as const) {
    if (!existsSync(file)) {
      console.log(`${group}: ${file} not found; skipped`);
      continue;
    }
    const detail: ArticleReport[] | undefined = verbose && DEVELOPMENT_SETS.has(group) ? [] : undefined;
    const { scores, counts, missing } = await scoreGold(file, paths.corpus, detail);
    console.log(line(group, scores, counts));
    if (missing > 0) console.log(`${group}: ${missing} gold article(s) not found in the corpus or changed`);
    if (detail) printDetail(detail);
    failures.push(...checkFloors(group, { ...scores }));
  }
  return failures;
}
