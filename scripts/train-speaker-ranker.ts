/**
 * Trains the quote-speaker ranker (`src/stages/quotes/ranker.ts`) and writes
 * `models/speaker-ranker.json`.
 *
 * Examples: every gold quote of the training files that the system finds, that the rules (not a
 * release) attribute, and among whose candidates at least one agrees with the gold speaker (by the
 * scorer's rule). Model: a conditional logit over each quote's candidates (the probability of the
 * gold candidates under a softmax of linear scores), L2-regularised, fitted by full-batch Adam
 * from zero weights — deterministic, so the same gold gives the same file.
 *
 * Training files: the inspectable statements gold (dev, dev2, dev3) and the quotes-only training
 * sets in `eval/statements/train/`. The unseen sets (test, test2) are never read.
 *
 * Usage:
 *   npm run train:speakers                    # train on all, write the model
 *   npm run train:speakers -- --holdout NAME  # train without NAME (a gold split or train file), score
 *                                             # rules and ranker on it, write nothing
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../eval/lib/paths.js';
import {
  type GoldLine,
  loadContents,
  readGold,
  readLines,
  TRAIN_DIR,
  trainFiles,
} from '../eval/statements/check-gold.js';
import { analyseText } from '../eval/statements/gate.js';
import { partyAgrees } from '../eval/statements/score.js';
import type { EntitySpan } from '../src/doc/index.js';
import { modelsDir } from '../src/entities/models-dir.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { speakerExamples } from '../src/stages/events/analyse.js';
import { viewInput } from '../src/stages/quotes/quotes-stage.js';
import {
  bestCandidate,
  RANKER_FILE,
  type RankerModel,
  type SpeakerCandidate,
} from '../src/stages/quotes/ranker.js';

/** Gold files that may train the ranker (never the unseen test splits). */
const GOLD_SPLITS = ['dev', 'dev2', 'dev3'];

/** L2 strength, Adam step and epochs (chosen on held-out training files, see eval/statements/README). */
const L2 = 0.01;
const STEP = 0.05;
const EPOCHS = 400;

interface Example {
  readonly file: string;
  readonly cands: readonly SpeakerCandidate[];
  readonly gold: readonly boolean[];
}

/** Training sources: name → lines. */
function sources(): Map<string, GoldLine[]> {
  const out = new Map<string, GoldLine[]>();
  for (const s of GOLD_SPLITS) out.set(s, readGold(s));
  for (const f of trainFiles()) out.set(f.replace(/\.jsonl$/u, ''), readLines(join(TRAIN_DIR, f)));
  return out;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

async function examplesOf(name: string, lines: readonly GoldLine[], shared: string): Promise<Example[]> {
  const pipeline = defaultPipeline({ onStageError: 'record' });
  const contents = await loadContents(shared, new Set(lines.flatMap((l) => (l.url ? [l.url] : []))));
  const out: Example[] = [];
  for (const line of lines) {
    const text = line.url ? contents.get(line.url) : undefined;
    if (text === undefined) continue;
    const doc = analyseText(pipeline, text, line.anchor);
    const entities = doc.hasLayer('entities') ? doc.spans<EntitySpan>('entities') : null;
    const ex = speakerExamples(viewInput(doc));
    for (const g of line.quotes) {
      if (!g.speaker) continue;
      const shorter = (e: { span: { start: number; end: number } }) =>
        Math.min(e.span.end - e.span.start, g.end - g.start);
      const hit = ex.find((e) => overlap(e.span, g) * 2 >= shorter(e));
      if (!hit || hit.candidates.length === 0) continue;
      const gold = hit.candidates.map((c) =>
        partyAgrees(g.speaker, { name: c.actor.name, entity: c.actor.entity }, entities),
      );
      out.push({ file: name, cands: hit.candidates, gold });
    }
  }
  return out;
}

/** Fits the conditional logit; returns the weights. */
function fitWeights(examples: readonly Example[]): Map<string, number> {
  const usable = examples.filter((e) => e.gold.some(Boolean));
  const names = [...new Set(usable.flatMap((e) => e.cands.flatMap((c) => [...c.features.keys()])))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const w = new Float64Array(names.length);
  const m = new Float64Array(names.length);
  const v = new Float64Array(names.length);
  const b1 = 0.9;
  const b2 = 0.999;
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const grad = new Float64Array(names.length);
    for (const e of usable) {
      const scores = e.cands.map((c) => {
        let s = 0;
        for (const [k, x] of c.features) s += (w[index.get(k) as number] ?? 0) * x;
        return s;
      });
      const max = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - max));
      const z = exp.reduce((a, b) => a + b, 0);
      const zPos = exp.reduce((a, b, i) => a + (e.gold[i] ? b : 0), 0);
      // d(-log(zPos/z)) = E_all[f] - E_pos[f]
      for (const [i, c] of e.cands.entries()) {
        const coef = (exp[i] as number) / z - (e.gold[i] ? (exp[i] as number) / zPos : 0);
        if (coef === 0) continue;
        for (const [k, x] of c.features) {
          const j = index.get(k) as number;
          grad[j] = (grad[j] as number) + coef * x;
        }
      }
    }
    for (let j = 0; j < names.length; j++) {
      const g = (grad[j] as number) / usable.length + L2 * (w[j] as number);
      m[j] = b1 * (m[j] as number) + (1 - b1) * g;
      v[j] = b2 * (v[j] as number) + (1 - b2) * g * g;
      const mh = (m[j] as number) / (1 - b1 ** epoch);
      const vh = (v[j] as number) / (1 - b2 ** epoch);
      w[j] = (w[j] as number) - (STEP * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return new Map(names.map((n, j) => [n, Math.round((w[j] as number) * 1e4) / 1e4]));
}

function choose(weights: Map<string, number>, e: Example): number {
  return bestCandidate({ version: 1, weights: Object.fromEntries(weights) }, e.cands);
}

async function main(): Promise<number> {
  const shared = sharedDir();
  if (!shared) {
    console.error('train-speaker-ranker: ../shared not found (set MARSAD_SHARED)');
    return 2;
  }
  const args = process.argv.slice(2);
  const h = args.indexOf('--holdout');
  const holdout = h >= 0 ? (args[h + 1] ?? '') : null;
  const all = sources();
  if (holdout !== null && !all.has(holdout)) {
    console.error(`train-speaker-ranker: unknown holdout ${holdout} (${[...all.keys()].join(', ')})`);
    return 2;
  }
  const examples: Example[] = [];
  for (const [name, lines] of all) {
    const ex = await examplesOf(name, lines, shared);
    const covered = ex.filter((e) => e.gold.some(Boolean)).length;
    console.log(
      `${name.padEnd(10)} ${String(lines.length).padStart(3)} articles, ${ex.length} ranked quotes, gold among candidates ${covered}`,
    );
    examples.push(...ex);
  }
  const blindOnly = args.includes('--blind-only');
  const train = examples.filter((e) => e.file !== holdout && (!blindOnly || !GOLD_SPLITS.includes(e.file)));
  const weights = fitWeights(train);
  if (holdout !== null) {
    const test = examples.filter((e) => e.file === holdout);
    const ruleRight = test.filter((e) => e.cands.some((c, i) => c.features.get('rule') && e.gold[i])).length;
    const rankRight = test.filter((e) => e.gold[choose(weights, e)]).length;
    console.log(
      `holdout ${holdout}: ${test.length} quotes; rules right ${ruleRight} (${(ruleRight / test.length).toFixed(3)}), ranker right ${rankRight} (${(rankRight / test.length).toFixed(3)})`,
    );
    return 0;
  }
  const model: RankerModel = {
    version: 1,
    weights: Object.fromEntries([...weights.entries()].filter(([, x]) => x !== 0)),
  };
  writeFileSync(join(modelsDir(), RANKER_FILE), `${JSON.stringify(model, null, 1)}\n`);
  const right = train.filter((e) => e.gold[choose(weights, e)]).length;
  console.log(
    `wrote models/${RANKER_FILE}: ${weights.size} weights; training quotes right ${right}/${train.length}`,
  );
  return 0;
}

process.exitCode = await main();
