/**
 * Averaged structured perceptron (Collins 2002) for the linear-chain tagger: decode each training
 * sentence with the current weights and, where the best path differs from the gold one, add the
 * gold features and subtract the predicted ones. The averaged weights (the mean over every step)
 * generalise far better than the last ones. Sentences are visited in a seeded shuffled order, so
 * training is deterministic.
 */
import type { FeatureConfig } from '../tagger/features.js';
import { type ModelParams, viterbi } from '../tagger/model.js';
import type { Scheme } from '../tagger/scheme.js';
import { encodeTraining } from './encode.js';
import { Random } from './random.js';

/** A training sentence: feature strings per token and gold labels. */
export interface TrainingSentence {
  readonly features: readonly (readonly string[])[];
  readonly labels: readonly string[];
}

/** Training options. */
export interface PerceptronOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Features seen fewer times than this in training are dropped (smaller model, less noise). */
  readonly minCount: number;
  readonly onEpoch?: (epoch: number, errors: number) => void;
}

/** Trains a model; returns parameters with averaged weights (features with all-zero weights pruned). */
export function trainPerceptron(
  sentences: readonly TrainingSentence[],
  scheme: Scheme,
  config: FeatureConfig,
  options: PerceptronOptions,
): ModelParams {
  const encoded = encodeTraining(sentences, scheme, options.minCount, 'perceptron');
  const { L, W, features, mask } = encoded;
  const data = encoded.data.map((d) => ({ tokens: d.tokens.map((ids) => [ids]), gold: d.gold }));
  const w = new Float64Array(features.length * L);
  const u = new Float64Array(features.length * L); // sum of step × update, for averaging
  const t = new Float64Array(W * W);
  const tu = new Float64Array(W * W);
  const trans = new Float64Array(W * W);
  const rng = new Random(options.seed);
  const order = data.map((_, i) => i);
  let step = 1;

  const bump = (ids: Int32Array, label: number, delta: number): void => {
    for (let k = 0; k < ids.length; k++) {
      const p = (ids[k] as number) * L + label;
      w[p] = (w[p] as number) + delta;
      u[p] = (u[p] as number) + step * delta;
    }
  };
  const bumpT = (a: number, b: number, delta: number): void => {
    const p = a * W + b;
    t[p] = (t[p] as number) + delta;
    tu[p] = (tu[p] as number) + step * delta;
  };

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    rng.shuffle(order);
    let errors = 0;
    for (const si of order) {
      const s = data[si] as (typeof data)[number];
      for (let p = 0; p < W * W; p++) trans[p] = (t[p] as number) + (mask[p] as number);
      const pred = viterbi(s.tokens, w, trans, L);
      let wrong = false;
      for (let i = 0; i < pred.length; i++) {
        const g = s.gold[i] as number;
        const p = pred[i] as number;
        const gPrev = i === 0 ? L : (s.gold[i - 1] as number);
        const pPrev = i === 0 ? L : (pred[i - 1] as number);
        if (g !== p) {
          wrong = true;
          const ids = (s.tokens[i] as Int32Array[])[0] as Int32Array;
          bump(ids, g, 1);
          bump(ids, p, -1);
        }
        if (g !== p || gPrev !== pPrev) {
          bumpT(gPrev, g, 1);
          bumpT(pPrev, p, -1);
        }
      }
      const n = pred.length;
      if (n > 0 && s.gold[n - 1] !== pred[n - 1]) {
        bumpT(s.gold[n - 1] as number, L, 1);
        bumpT(pred[n - 1] as number, L, -1);
      }
      if (wrong) errors++;
      step++;
    }
    options.onEpoch?.(epoch + 1, errors);
  }

  // Averaged weights: w − u / step. Drop feature rows that end all zero.
  const keep: number[] = [];
  for (let f = 0; f < features.length; f++) {
    let any = false;
    for (let l = 0; l < L; l++) {
      const p = f * L + l;
      if (Math.abs((w[p] as number) - (u[p] as number) / step) > 1e-6) any = true;
    }
    if (any) keep.push(f);
  }
  const weights = new Float32Array(keep.length * L);
  keep.forEach((f, r) => {
    for (let l = 0; l < L; l++)
      weights[r * L + l] = (w[f * L + l] as number) - (u[f * L + l] as number) / step;
  });
  const transitions = new Float32Array(W * W);
  for (let p = 0; p < W * W; p++) transitions[p] = (t[p] as number) - (tu[p] as number) / step;
  return { scheme, config, features: keep.map((f) => features[f] as string), weights, transitions };
}
