/**
 * Training data as both learners (perceptron, CRF) read it: the label list, the feature index
 * (features seen at least `minCount` times, sorted so ids are stable), each token's feature ids,
 * gold label ids, and the mask of label transitions the tagging scheme forbids.
 */
import { allowed, labels, type Scheme } from '../tagger/scheme.js';
import type { TrainingSentence } from './perceptron.js';

export interface EncodedTraining {
  readonly labelList: readonly string[];
  /** Labels, and labels + the boundary state. */
  readonly L: number;
  readonly W: number;
  readonly features: readonly string[];
  readonly data: readonly { readonly tokens: Int32Array[]; readonly gold: number[] }[];
  /** 0 for an allowed transition a → b (index a × W + b, boundary = L), −∞ otherwise. */
  readonly mask: Float64Array;
}

export function encodeTraining(
  sentences: readonly TrainingSentence[],
  scheme: Scheme,
  minCount: number,
  learner: string,
): EncodedTraining {
  const labelList = labels(scheme);
  const L = labelList.length;
  const W = L + 1;
  const labelId = new Map(labelList.map((l, i) => [l, i]));
  const counts = new Map<string, number>();
  for (const s of sentences)
    for (const t of s.features) for (const f of t) counts.set(f, (counts.get(f) ?? 0) + 1);
  const features = [...counts.entries()]
    .filter(([, c]) => c >= minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(features.map((f, i) => [f, i]));
  const data = sentences.map((s) => ({
    tokens: s.features.map((t) => {
      const ids: number[] = [];
      for (const f of t) {
        const i = index.get(f);
        if (i !== undefined) ids.push(i);
      }
      return Int32Array.from(ids);
    }),
    gold: s.labels.map((l) => {
      const i = labelId.get(l);
      if (i === undefined) throw new Error(`${learner}: unknown label ${l}`);
      return i;
    }),
  }));
  const mask = new Float64Array(W * W);
  for (let a = 0; a < W; a++)
    for (let b = 0; b < W; b++) {
      const ok = allowed(
        scheme,
        a === L ? null : (labelList[a] as string),
        b === L ? null : (labelList[b] as string),
      );
      mask[a * W + b] = ok ? 0 : Number.NEGATIVE_INFINITY;
    }
  return { labelList, L, W, features, data, mask };
}
