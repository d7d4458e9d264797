/**
 * The training settings of the released tagger, chosen on the tuning slice of ANERcorp
 * (eval/ner/tune.ts; results in eval/ner/README.md). Changing one means re-running the tuning
 * experiments, retraining (`npm run train:ner`) and re-pinning the floors.
 */
import { DEFAULT_FEATURES } from '../tagger/features.js';
import type { TrainOptions } from './train.js';

/**
 * Settings of `npm run train:ner`. Calibration (tuning slice): the averaged perceptron beat the
 * L2 CRF on the full recipe (74.15 against 73.30 F1) at a third of the training time; BIO matched
 * BILOU with half the labels; 10 epochs matched 5–20; pruning rows below 2% of the largest weight
 * cost nothing and shrank the model 4×. `l2`/`eta` only apply to the CRF.
 */
export const TRAINING: Omit<TrainOptions, 'log'> = {
  learner: 'perceptron',
  l2: 1,
  eta: 0.1,
  scheme: 'bio',
  config: DEFAULT_FEATURES,
  epochs: 10,
  seed: 20_07,
  minCount: 1,
  prune: 0.02,
};

/** Extra corpora added to ANERcorp for the released model (domain-augmented, see train.ts). */
export const EXTRA_CORPORA: readonly ('aqmar' | 'wikifane')[] = ['aqmar', 'wikifane'];

/**
 * Jackknife folds of the stacked two-stage tagger (`trainTwoStage`, Krishnan & Manning 2006);
 * 0 trains a single-stage tagger. Off: with 4 folds the tagger alone gained 1.0 F1 on the tuning
 * slice but the stage only 0.1–0.2 over propagation, at 4–5× the training time and half the
 * stage's speed (eval/ner/README.md).
 */
export const STACKING_FOLDS: number = 0;
