/**
 * A linear-chain sequence model: per-label weights of sparse binary features plus label
 * transition weights, decoded with Viterbi under the tag scheme's allowed transitions. Trained as
 * an averaged structured perceptron (Collins 2002) by `train/perceptron.ts`.
 */
import type { FeatureConfig } from './features.js';
import { allowed, labels, type Scheme } from './scheme.js';

/** The parameters of a trained tagger. */
export interface ModelParams {
  readonly scheme: Scheme;
  readonly config: FeatureConfig;
  /** Feature strings; row i of `weights` belongs to `features[i]`. */
  readonly features: readonly string[];
  /** `features.length × labels.length` weights. */
  readonly weights: Float32Array;
  /** `(labels + 1) × (labels + 1)` transition weights; index `labels.length` is the sentence edge. */
  readonly transitions: Float32Array;
}

/** A tagger model ready to decode. */
export class SequenceModel {
  readonly labels: readonly string[];
  readonly featureIndex: Map<string, number>;
  /** Transition scores with -Infinity for transitions the scheme forbids. */
  private readonly trans: Float64Array;
  private scoreBuf = new Float64Array(0);
  private backBuf = new Int32Array(0);

  constructor(readonly params: ModelParams) {
    this.labels = labels(params.scheme);
    const L = this.labels.length;
    if (params.weights.length !== params.features.length * L)
      throw new Error('model: weights do not match features');
    if (params.transitions.length !== (L + 1) * (L + 1)) throw new Error('model: bad transition matrix');
    this.featureIndex = new Map(params.features.map((f, i) => [f, i]));
    this.trans = new Float64Array((L + 1) * (L + 1));
    for (let a = 0; a <= L; a++) {
      for (let b = 0; b <= L; b++) {
        const ok = allowed(
          params.scheme,
          a === L ? null : (this.labels[a] as string),
          b === L ? null : (this.labels[b] as string),
        );
        this.trans[a * (L + 1) + b] = ok
          ? (params.transitions[a * (L + 1) + b] as number)
          : Number.NEGATIVE_INFINITY;
      }
    }
  }

  /** Feature ids of feature strings (unknown features dropped). */
  ids(features: readonly string[]): Int32Array {
    const out: number[] = [];
    for (const f of features) {
      const i = this.featureIndex.get(f);
      if (i !== undefined) out.push(i);
    }
    return Int32Array.from(out);
  }

  /** Best label ids for a sentence given each token's feature ids. */
  decode(tokens: readonly (readonly Int32Array[])[]): number[] {
    return viterbi(tokens, this.params.weights, this.trans, this.labels.length, this);
  }

  /** Scratch buffers reused across sentences. */
  buffers(n: number, L: number): { score: Float64Array; back: Int32Array } {
    if (this.scoreBuf.length < n * L) {
      this.scoreBuf = new Float64Array(n * L * 2);
      this.backBuf = new Int32Array(n * L * 2);
    }
    return { score: this.scoreBuf, back: this.backBuf };
  }
}

/**
 * Viterbi decoding. `tokens[i]` lists groups of feature ids of token i (own and context groups,
 * summed alike); `trans` is `(L+1)²` with the edge state at index L.
 */
export function viterbi(
  tokens: readonly (readonly Int32Array[])[],
  weights: ArrayLike<number>,
  trans: ArrayLike<number>,
  L: number,
  scratch?: { buffers(n: number, L: number): { score: Float64Array; back: Int32Array } },
): number[] {
  const n = tokens.length;
  if (n === 0) return [];
  const { score, back } = scratch
    ? scratch.buffers(n, L)
    : { score: new Float64Array(n * L), back: new Int32Array(n * L) };
  const emit = new Float64Array(L);
  const W = L + 1;
  for (let i = 0; i < n; i++) {
    emit.fill(0);
    for (const group of tokens[i] as readonly Int32Array[]) {
      for (let k = 0; k < group.length; k++) {
        const row = (group[k] as number) * L;
        for (let l = 0; l < L; l++) emit[l] = (emit[l] as number) + (weights[row + l] as number);
      }
    }
    for (let l = 0; l < L; l++) {
      if (i === 0) {
        score[l] = (trans[L * W + l] as number) + (emit[l] as number);
        back[l] = -1;
        continue;
      }
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      const prev = (i - 1) * L;
      for (let p = 0; p < L; p++) {
        const s = (score[prev + p] as number) + (trans[p * W + l] as number);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + l] = best + (emit[l] as number);
      back[i * L + l] = arg;
    }
  }
  let best = Number.NEGATIVE_INFINITY;
  let arg = 0;
  for (let l = 0; l < L; l++) {
    const s = (score[(n - 1) * L + l] as number) + (trans[l * W + L] as number);
    if (s > best) {
      best = s;
      arg = l;
    }
  }
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg] as number;
  }
  return out;
}
