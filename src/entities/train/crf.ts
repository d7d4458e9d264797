/**
 * A linear-chain CRF (Lafferty et al. 2001) trained by stochastic gradient descent with L2
 * regularisation (Bottou's scaled-weights trick: the penalty shrinks one scalar instead of every
 * weight). Same parameters as the perceptron (`ModelParams`), so decoding is shared. Sentences
 * are visited in a seeded shuffled order: training is deterministic.
 */
import type { FeatureConfig } from '../tagger/features.js';
import type { ModelParams } from '../tagger/model.js';
import type { Scheme } from '../tagger/scheme.js';
import { encodeTraining } from './encode.js';
import type { TrainingSentence } from './perceptron.js';
import { Random } from './random.js';

/** CRF training options. */
export interface CrfOptions {
  readonly epochs: number;
  readonly seed: number;
  readonly minCount: number;
  /** L2 strength per corpus (λ = l2 / sentences). */
  readonly l2: number;
  /** Initial learning rate. */
  readonly eta: number;
  readonly onEpoch?: (epoch: number, loss: number) => void;
}

function logSumExp(xs: Float64Array, n: number): number {
  let m = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) if ((xs[i] as number) > m) m = xs[i] as number;
  if (m === Number.NEGATIVE_INFINITY) return m;
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.exp((xs[i] as number) - m);
  return m + Math.log(s);
}

/** Trains a CRF; returns parameters with features that end with non-zero weights. */
export function trainCrf(
  sentences: readonly TrainingSentence[],
  scheme: Scheme,
  config: FeatureConfig,
  options: CrfOptions,
): ModelParams {
  const { L, W, features, data, mask } = encodeTraining(sentences, scheme, options.minCount, 'crf');
  const w = new Float64Array(features.length * L); // effective weight = scale × w
  let scale = 1;
  const trans = new Float64Array(W * W);
  const lambda = options.l2 / Math.max(1, data.length);
  const rng = new Random(options.seed);
  const order = data.map((_, i) => i);
  let t = 0;
  const maxN = data.reduce((m, s) => Math.max(m, s.tokens.length), 1);
  const emit = new Float64Array(maxN * L);
  const alpha = new Float64Array(maxN * L);
  const beta = new Float64Array(maxN * L);
  const tmp = new Float64Array(W);
  const tg = new Float64Array(W * W);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    rng.shuffle(order);
    let loss = 0;
    for (const si of order) {
      const s = data[si] as (typeof data)[number];
      const n = s.tokens.length;
      if (n === 0) continue;
      const eta = options.eta / (1 + options.eta * lambda * t);
      t++;
      for (let i = 0; i < n; i++) {
        const ids = s.tokens[i] as Int32Array;
        for (let l = 0; l < L; l++) {
          let e = 0;
          for (let k = 0; k < ids.length; k++) e += w[(ids[k] as number) * L + l] as number;
          emit[i * L + l] = e * scale;
        }
      }
      const tr = (a: number, b: number): number => (trans[a * W + b] as number) + (mask[a * W + b] as number);
      // Forward.
      for (let l = 0; l < L; l++) alpha[l] = tr(L, l) + (emit[l] as number);
      for (let i = 1; i < n; i++) {
        for (let l = 0; l < L; l++) {
          for (let p = 0; p < L; p++) tmp[p] = (alpha[(i - 1) * L + p] as number) + tr(p, l);
          alpha[i * L + l] = logSumExp(tmp, L) + (emit[i * L + l] as number);
        }
      }
      for (let l = 0; l < L; l++) tmp[l] = (alpha[(n - 1) * L + l] as number) + tr(l, L);
      const logZ = logSumExp(tmp, L);
      // Backward.
      for (let l = 0; l < L; l++) beta[(n - 1) * L + l] = tr(l, L);
      for (let i = n - 2; i >= 0; i--) {
        for (let l = 0; l < L; l++) {
          for (let q = 0; q < L; q++)
            tmp[q] = tr(l, q) + (emit[(i + 1) * L + q] as number) + (beta[(i + 1) * L + q] as number);
          beta[i * L + l] = logSumExp(tmp, L);
        }
      }
      // Gold score, for the loss.
      let gold = 0;
      for (let i = 0; i < n; i++) {
        const g = s.gold[i] as number;
        gold += (emit[i * L + g] as number) + tr(i === 0 ? L : (s.gold[i - 1] as number), g);
      }
      gold += tr(s.gold[n - 1] as number, L);
      loss += logZ - gold;
      // Shrink all weights (L2) through the scale, then add the gradient step.
      scale *= 1 - eta * lambda;
      if (scale < 1e-9) {
        for (let k = 0; k < w.length; k++) w[k] = (w[k] as number) * scale;
        scale = 1;
      }
      const step = eta / scale;
      for (let i = 0; i < n; i++) {
        const ids = s.tokens[i] as Int32Array;
        const g = s.gold[i] as number;
        for (let l = 0; l < L; l++) {
          const p = Math.exp((alpha[i * L + l] as number) + (beta[i * L + l] as number) - logZ);
          const grad = (l === g ? 1 : 0) - p;
          if (Math.abs(grad) < 1e-6) continue;
          for (let k = 0; k < ids.length; k++) {
            const at = (ids[k] as number) * L + l;
            w[at] = (w[at] as number) + step * grad;
          }
        }
      }
      // Transition gradients from pairwise marginals, applied after they are all computed.
      tg.fill(0);
      for (let l = 0; l < L; l++) {
        tg[L * W + l] =
          (tg[L * W + l] as number) - Math.exp((alpha[l] as number) + (beta[l] as number) - logZ);
        const last = (n - 1) * L + l;
        tg[l * W + L] =
          (tg[l * W + L] as number) - Math.exp((alpha[last] as number) + (beta[last] as number) - logZ);
      }
      tg[L * W + (s.gold[0] as number)] = (tg[L * W + (s.gold[0] as number)] as number) + 1;
      tg[(s.gold[n - 1] as number) * W + L] = (tg[(s.gold[n - 1] as number) * W + L] as number) + 1;
      for (let i = 1; i < n; i++) {
        for (let a = 0; a < L; a++) {
          const fa = alpha[(i - 1) * L + a] as number;
          if (fa === Number.NEGATIVE_INFINITY) continue;
          for (let b = 0; b < L; b++) {
            if ((mask[a * W + b] as number) !== 0) continue;
            const p = Math.exp(
              fa +
                (trans[a * W + b] as number) +
                (emit[i * L + b] as number) +
                (beta[i * L + b] as number) -
                logZ,
            );
            tg[a * W + b] = (tg[a * W + b] as number) - p;
          }
        }
        const at = (s.gold[i - 1] as number) * W + (s.gold[i] as number);
        tg[at] = (tg[at] as number) + 1;
      }
      for (let k = 0; k < W * W; k++) trans[k] = (trans[k] as number) + eta * (tg[k] as number);
    }
    options.onEpoch?.(epoch + 1, loss);
  }

  const keep: number[] = [];
  for (let f = 0; f < features.length; f++) {
    let any = false;
    for (let l = 0; l < L; l++) if (Math.abs((w[f * L + l] as number) * scale) > 1e-4) any = true;
    if (any) keep.push(f);
  }
  const weights = new Float32Array(keep.length * L);
  keep.forEach((f, r) => {
    for (let l = 0; l < L; l++) weights[r * L + l] = (w[f * L + l] as number) * scale;
  });
  const transitions = new Float32Array(W * W);
  for (let p = 0; p < W * W; p++) transitions[p] = trans[p] as number;
  return { scheme, config, features: keep.map((f) => features[f] as string), weights, transitions };
}
