/**
 * Word vectors by skip-gram with negative sampling (word2vec, Mikolov et al. 2013), single
 * threaded and seeded so the same corpus always gives the same vectors. The vectors only feed
 * k-means word clusters (see `kmeans.ts`), which the tagger uses as features.
 */
import { Random } from './random.js';

/** Hyper-parameters of skip-gram training. */
export interface SgnsOptions {
  readonly dim: number;
  /** Maximum window; the effective window is drawn in [1, window] per position, as in word2vec. */
  readonly window: number;
  readonly negatives: number;
  readonly epochs: number;
  readonly learningRate: number;
  /** Sub-sampling threshold of frequent words (word2vec `-sample`). */
  readonly sample: number;
  readonly seed: number;
}

/** Defaults follow word2vec's for skip-gram; 3 epochs suffice on a few million tokens. */
export const SGNS_DEFAULTS: SgnsOptions = {
  dim: 100,
  window: 5,
  negatives: 5,
  epochs: 3,
  learningRate: 0.025,
  sample: 1e-4,
  seed: 7,
};

const TABLE_SIZE = 10_000_000;
const EXP_TABLE_SIZE = 1000;
const MAX_EXP = 6;

function unigramTable(counts: Int32Array): Int32Array {
  const table = new Int32Array(TABLE_SIZE);
  let total = 0;
  for (const c of counts) total += c ** 0.75;
  let w = 0;
  let cum = (counts[0] ?? 0) ** 0.75 / total;
  for (let i = 0; i < TABLE_SIZE; i++) {
    table[i] = w;
    if (i / TABLE_SIZE > cum && w < counts.length - 1) {
      w++;
      cum += (counts[w] as number) ** 0.75 / total;
    }
  }
  return table;
}

/**
 * Trains word vectors. `corpus` holds word ids, with -1 between sentences or documents (windows
 * never cross them); `counts[id]` is each word's frequency. Returns `counts.length × dim` floats.
 */
export function trainSgns(
  corpus: Int32Array,
  counts: Int32Array,
  options: SgnsOptions = SGNS_DEFAULTS,
  onProgress?: (done: number) => void,
): Float32Array {
  const { dim, window, negatives, epochs, learningRate, sample, seed } = options;
  const vocab = counts.length;
  const rng = new Random(seed);
  const input = new Float32Array(vocab * dim);
  for (let i = 0; i < input.length; i++) input[i] = (rng.next() - 0.5) / dim;
  const output = new Float32Array(vocab * dim);
  const table = unigramTable(counts);
  const expTable = new Float32Array(EXP_TABLE_SIZE);
  for (let i = 0; i < EXP_TABLE_SIZE; i++) {
    const e = Math.exp(((i / EXP_TABLE_SIZE) * 2 - 1) * MAX_EXP);
    expTable[i] = e / (e + 1);
  }
  let totalWords = 0;
  for (const c of counts) totalWords += c;
  const keep = new Float32Array(vocab);
  for (let w = 0; w < vocab; w++) {
    const f = (counts[w] as number) / totalWords;
    keep[w] = Math.min(1, (Math.sqrt(f / sample) + 1) * (sample / f));
  }
  const grad = new Float32Array(dim);
  const sentence: number[] = [];
  const totalSteps = epochs * corpus.length;
  let step = 0;

  const trainPair = (center: number, context: number, alpha: number): void => {
    const ci = context * dim;
    grad.fill(0);
    for (let d = 0; d <= negatives; d++) {
      let target: number;
      let label: number;
      if (d === 0) {
        target = center;
        label = 1;
      } else {
        target = table[rng.int(TABLE_SIZE)] as number;
        if (target === center) continue;
        label = 0;
      }
      const ti = target * dim;
      let f = 0;
      for (let k = 0; k < dim; k++) f += (input[ci + k] as number) * (output[ti + k] as number);
      let g: number;
      if (f > MAX_EXP) g = (label - 1) * alpha;
      else if (f < -MAX_EXP) g = label * alpha;
      else
        g =
          (label - (expTable[Math.floor(((f + MAX_EXP) * EXP_TABLE_SIZE) / MAX_EXP / 2)] as number)) * alpha;
      for (let k = 0; k < dim; k++) {
        grad[k] = (grad[k] as number) + g * (output[ti + k] as number);
        output[ti + k] = (output[ti + k] as number) + g * (input[ci + k] as number);
      }
    }
    for (let k = 0; k < dim; k++) input[ci + k] = (input[ci + k] as number) + (grad[k] as number);
  };

  const trainSentence = (alpha: number): void => {
    const n = sentence.length;
    for (let i = 0; i < n; i++) {
      const center = sentence[i] as number;
      const b = rng.int(window);
      const lo = Math.max(0, i - window + b);
      const hi = Math.min(n - 1, i + window - b);
      for (let j = lo; j <= hi; j++) if (j !== i) trainPair(center, sentence[j] as number, alpha);
    }
  };

  for (let epoch = 0; epoch < epochs; epoch++) {
    sentence.length = 0;
    for (let p = 0; p <= corpus.length; p++) {
      const w = p < corpus.length ? (corpus[p] as number) : -1;
      step++;
      if (w >= 0) {
        if ((keep[w] as number) >= 1 || rng.next() < (keep[w] as number)) sentence.push(w);
        continue;
      }
      if (sentence.length > 1) {
        const alpha = Math.max(learningRate * 1e-4, learningRate * (1 - step / (totalSteps + 1)));
        trainSentence(alpha);
      }
      sentence.length = 0;
      if (onProgress && (p & 0xfff) === 0) onProgress(step / totalSteps);
    }
  }
  return input;
}
