/**
 * `npx tsx eval/ner/tune.ts [experiment …] [--stage] [--verbose] [--log]`: the model-selection
 * experiments, trained on the training portion minus the tuning slice and scored on the tuning
 * slice only (never on dev). `--stage` also scores the stage's steps (lexicon, place matching,
 * propagation) on pseudo-documents. Results are in eval/ner/README.md.
 */

import { wordClusters } from '../../src/entities/clusters.js';
import { findEntities } from '../../src/entities/find.js';
import { gazetteer } from '../../src/entities/gazetteer.js';
import { ACTORS } from '../../src/entities/lexicon/index.js';
import { EntityRegistry } from '../../src/entities/registry.js';
import { entityRegistry, featureResources } from '../../src/entities/resources.js';
import type { FeatureConfig } from '../../src/entities/tagger/features.js';
import type { ModelParams } from '../../src/entities/tagger/model.js';
import { SequenceModel } from '../../src/entities/tagger/model.js';
import { Tagger } from '../../src/entities/tagger/tagger.js';
import { type ConllScores, formatScores } from '../../src/entities/train/conlleval.js';
import { EXTRA_CORPORA, STACKING_FOLDS, TRAINING } from '../../src/entities/train/settings.js';
import {
  domainsOf,
  EVAL_DOC_SIZE,
  evaluate,
  evaluateDocuments,
  evaluateStacked,
  loadCorpora,
  NEWS_DOMAIN,
  type TrainOptions,
  tagTokens,
  trainModel,
  trainTwoStage,
} from '../../src/entities/train/train.js';
import { sharedDir } from '../lib/paths.js';

interface Experiment {
  readonly options?: Partial<TrainOptions>;
  readonly config?: Partial<FeatureConfig>;
  /** Extra corpora; domain-augmented unless `plain`. */
  readonly extra?: readonly ('aqmar' | 'wikifane')[];
  readonly plain?: boolean;
  /** Stacked two-stage tagger with this many jackknife folds (`trainTwoStage`). */
  readonly twoStage?: number;
  /** ANERcorp sentences repeated this many times in the training set (weighting news up). */
  readonly newsCopies?: number;
}

const BOTH = ['aqmar', 'wikifane'] as const;

/**
 * The experiments. `released` is the released recipe (settings.ts); the feature and learner
 * ablations change one thing from `anercorp` (the same without the Wikipedia corpora, 10× faster
 * to train), so that many can be compared quickly.
 */
const EXPERIMENTS: Readonly<Record<string, Experiment>> = {
  released: { extra: EXTRA_CORPORA, ...(STACKING_FOLDS > 0 ? { twoStage: STACKING_FOLDS } : {}) },
  anercorp: {},
  '+both-plain': { extra: BOTH, plain: true },
  '+aqmar': { extra: ['aqmar'] },
  '+wikifane': { extra: ['wikifane'] },
  crf: { options: { learner: 'crf', epochs: 20, l2: 0.3 } },
  'released-crf': { extra: EXTRA_CORPORA, options: { learner: 'crf', epochs: 20, l2: 0.3 } },
  bilou: { options: { scheme: 'bilou' } },
  bigrams: { config: { bigrams: true } },
  'word-affixes': { config: { wordAffixes: true } },
  'context-words': { config: { contextWords: true } },
  'no-clusters': { config: { clusters: false } },
  'no-gazetteer': { config: { gazetteer: false } },
  'no-ngrams': { config: { ngrams: false } },
  'no-affixes': { config: { affixes: false } },
  'no-frequency': { config: { frequency: false } },
  'window-1': { config: { window: 1 } },
  'window-3': { config: { window: 3 } },
  'epochs-5': { options: { epochs: 5 } },
  'epochs-20': { options: { epochs: 20 } },
  'mincount-3': { options: { minCount: 3 } },
  'no-pruning': { options: { prune: 0 } },
  'bigrams-no-ngrams': { config: { bigrams: true, ngrams: false } },
  'released-bigrams': { extra: EXTRA_CORPORA, config: { bigrams: true } },
  'released-no-ngrams': { extra: EXTRA_CORPORA, config: { ngrams: false } },
  'released-bigrams-no-ngrams': { extra: EXTRA_CORPORA, config: { bigrams: true, ngrams: false } },
  // Issue 4: stacked document features, ANERgazet name lists, seed averaging, news weighting.
  'anercorp-two-stage': { twoStage: 4 },
  'two-stage': { extra: EXTRA_CORPORA, twoStage: 4 },
  lists: { config: { lists: true } },
  'released-lists': { extra: EXTRA_CORPORA, config: { lists: true } },
  'two-stage-lists': { extra: EXTRA_CORPORA, twoStage: 4, config: { lists: true } },
  'released-lists-3seeds': { extra: EXTRA_CORPORA, config: { lists: true }, options: { seeds: 3 } },
  'released-news-x2': { extra: EXTRA_CORPORA, newsCopies: 2 },
};

/** `--seeds N`: repeat each experiment with N shuffling seeds and report the mean (the tuning slice is small). */
function seedCount(): number {
  const at = process.argv.indexOf('--seeds');
  return at > 0 ? Math.max(1, Number(process.argv[at + 1]) || 1) : 1;
}

async function main(): Promise<void> {
  const shared = sharedDir();
  if (!shared) throw new Error('tune: no ../shared (set MARSAD_SHARED)');
  const names = process.argv.slice(2).filter((a) => !a.startsWith('-') && !/^\d+$/u.test(a));
  const corpora = loadCorpora(shared);
  const clusters = wordClusters();
  const registry = entityRegistry();
  const resources = featureResources(clusters, registry);
  for (const name of names.length > 0 ? names : Object.keys(EXPERIMENTS)) {
    const e = EXPERIMENTS[name];
    if (!e) throw new Error(`tune: unknown experiment ${name}`);
    const options: { -readonly [K in keyof TrainOptions]: TrainOptions[K] } = {
      ...TRAINING,
      ...e.options,
      config: { ...TRAINING.config, ...e.config },
    };
    if (process.argv.includes('--log')) options.log = (l) => console.log(`  ${l}`);
    const parts = [
      ...Array.from({ length: e.newsCopies ?? 1 }, () => ({ sentences: corpora.rest, domain: NEWS_DOMAIN })),
      ...(e.extra ?? []).map((x) => ({ sentences: corpora[x], domain: x })),
    ];
    const { sentences: train, domains } = domainsOf(parts);
    const t0 = Date.now();
    const augment = (e.extra ?? []).length > 0 && !e.plain;
    const runs: { params: ModelParams; first?: Tagger; scores: ConllScores }[] = [];
    for (let k = 0; k < seedCount(); k++) {
      const seeded = { ...options, seed: options.seed + k };
      const domainList = augment ? domains : undefined;
      if (e.twoStage) {
        const { first, second } = trainTwoStage(train, resources, seeded, e.twoStage, domainList);
        const t1 = new Tagger(new SequenceModel(first), resources);
        const t2 = new Tagger(new SequenceModel(second), resources);
        const scores = evaluateStacked(t1, t2, corpora.tune, EVAL_DOC_SIZE);
        console.log(`  stage 1 alone: ${summary(evaluate((a) => t1.tag(tagTokens(a)), corpora.tune))}`);
        runs.push({ params: second, first: t1, scores });
        continue;
      }
      const params = trainModel(train, resources, seeded, domainList);
      const t = new Tagger(new SequenceModel(params), resources);
      runs.push({ params, scores: evaluate((a) => t.tag(tagTokens(a)), corpora.tune) });
    }
    const seconds = (Date.now() - t0) / 1000 / runs.length;
    const { params, scores, first } = runs[0] as (typeof runs)[number];
    const tagger = new Tagger(new SequenceModel(params), resources);
    if (runs.length > 1) {
      const f1s = runs.map((r) => r.scores.overall.f1 * 100);
      const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
      console.log(
        `${name.padEnd(14)} mean F1 over ${f1s.length} seeds ${mean.toFixed(2)}  (${f1s.map((f) => f.toFixed(2)).join(', ')})`,
      );
    }
    if (process.argv.includes('--stage')) {
      const full = { clusters, registry, features: resources, tagger, ...(first ? { first } : {}) };
      const noPlaces = { ...full, registry: new EntityRegistry(gazetteer(), ACTORS, { matchPlaces: false }) };
      const noLexicon = { ...full, registry: new EntityRegistry(gazetteer(), [], { matchPlaces: false }) };
      for (const [label, res, propagate] of [
        ['tagger + canonical keys only', noLexicon, false],
        ['+ curated lexicon', noPlaces, false],
        ['+ lexicon + places', full, false],
        ['+ lexicon + propagation', noPlaces, true],
        ['+ lexicon + places + propagation (the stage)', full, true],
      ] as const) {
        const stage = evaluateDocuments(
          (text, tokens, s) => findEntities(text, tokens, s, res, { propagate }),
          corpora.tune,
          EVAL_DOC_SIZE,
        );
        console.log(`  ${label.padEnd(48)} ${summary(stage)}`);
        if (process.argv.includes('--verbose')) console.log(formatScores(stage));
      }
    }
    console.log(
      `${name.padEnd(14)} ${summary(scores)}  (${params.features.length} features, ${seconds.toFixed(0)} s)`,
    );
    if (process.argv.includes('--verbose')) console.log(formatScores(scores));
  }
}

/** One line: overall F1, P, R and F1 per type, in percent. */
function summary(s: ConllScores): string {
  const types = Object.entries(s.types)
    .map(([t, p]) => `${t} ${(p.f1 * 100).toFixed(1)}`)
    .join('  ');
  const o = s.overall;
  return `F1 ${(o.f1 * 100).toFixed(2)}  P ${(o.precision * 100).toFixed(1)}  R ${(o.recall * 100).toFixed(1)}  ${types}`;
}

await main();
